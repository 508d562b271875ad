package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// apiKey is a key as the API lists it, with its secret when just created.
type apiKey struct {
	ID         string     `json:"id"`
	Label      string     `json:"label"`
	Prefix     string     `json:"prefix"`
	Status     string     `json:"status"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	ExpiresAt  *time.Time `json:"expires_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
	Current    bool       `json:"current"`
	Secret     string     `json:"api_key"`
}

// TestAPIKeyLifecycle: an organization creates, lists and revokes its own
// keys; revocation and expiry hold from the next request; an operator gives
// only the first key (again, while it was never used); live keys are capped;
// last_used_at is not a write per read.
func TestAPIKeyLifecycle(t *testing.T) {
	s := newStack(t)
	s.onboard("a", "VERIFIER")
	s.onboard("b", "VERIFIER")
	keysOf := func(org string) string { return "/v1/organizations/" + s.ids[org] + "/api-keys" }
	forbidden := refusal{http.StatusForbidden, "forbidden", ""}
	notFound := refusal{http.StatusNotFound, "not_found", ""}
	// as sends a request with a key that is not one of the stack's names.
	as := func(t *testing.T, key, method, path string, body any) httpReply {
		t.Helper()
		s.keys["_"] = key
		r, err := s.request("_", method, path, body)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	t.Run("OperatorCannotAddKeysForOthers", func(t *testing.T) {
		s := s.on(t)
		s.must(http.StatusOK, "a", "GET", keysOf("a"), nil, nil) // a has used its key
		checkProblem(t, as(t, s.keys["operator"], "POST", keysOf("a"), map[string]any{"label": "mine now"}), forbidden)
		checkProblem(t, as(t, s.keys["operator"], "DELETE", keysOf("a")+"/1", nil), forbidden)
		checkProblem(t, as(t, s.keys["b"], "POST", keysOf("a"), nil), forbidden)
		checkProblem(t, as(t, s.keys["b"], "GET", keysOf("a"), nil), forbidden)
		if n := s.count(t, `SELECT count(*) FROM api_keys WHERE organization_id = $1`, s.ids["a"]); n != 1 {
			t.Fatalf("a holds %d keys, want its first only", n)
		}
	})

	t.Run("OperatorReissuesAnUnusedFirstKey", func(t *testing.T) {
		// The registration's answer, the only one showing the first key, was
		// lost: while the organization never used a key, the operator gives it again.
		s := s.on(t)
		s.onboard("c", "VERIFIER")
		lost := s.keys["c"]
		var again apiKey
		s.must(http.StatusCreated, "operator", "POST", keysOf("c"), nil, &again)
		if again.Label != "initial" || again.Secret == "" || again.Secret == lost {
			t.Fatalf("reissued %+v", again)
		}
		checkProblem(t, as(t, lost, "GET", keysOf("c"), nil), refusal{http.StatusUnauthorized, "api_key_revoked", ""})
		if r := as(t, again.Secret, "GET", keysOf("c"), nil); r.status != http.StatusOK {
			t.Fatalf("reissued key: %d %s", r.status, r.body)
		}
		checkProblem(t, as(t, s.keys["operator"], "POST", keysOf("c"), nil), forbidden)
	})

	var ci apiKey
	t.Run("CreateListRevoke", func(t *testing.T) {
		s := s.on(t)
		expires := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
		s.must(http.StatusCreated, "a", "POST", keysOf("a"), map[string]any{"label": " ci ", "expires_at": expires}, &ci)
		if ci.Label != "ci" || ci.Status != "active" || !strings.HasPrefix(ci.Secret, ci.Prefix) || len(ci.Prefix) != 12 || ci.ExpiresAt == nil || !ci.ExpiresAt.Equal(expires) {
			t.Fatalf("created %+v", ci)
		}
		// The new key works, and lists the keys without any secret.
		r := as(t, ci.Secret, "GET", keysOf("a"), nil)
		if r.status != http.StatusOK || strings.Contains(string(r.body), ci.Secret) || strings.Contains(string(r.body), "api_key") {
			t.Fatalf("list: %d %s", r.status, r.body)
		}
		var list struct{ Items []apiKey }
		s.must(http.StatusOK, "operator", "GET", keysOf("a"), nil, &list) // operators may look
		if len(list.Items) != 2 || list.Items[0].Label != "initial" || list.Items[1].ID != ci.ID || list.Items[0].Current || list.Items[1].Current {
			t.Fatalf("listed %+v", list.Items)
		}
		s.must(http.StatusOK, "a", "GET", keysOf("a"), nil, &list)
		if !list.Items[0].Current || list.Items[1].Current {
			t.Fatalf("listed with the first key: %+v", list.Items)
		}
		var revoked apiKey
		s.must(http.StatusOK, "a", "DELETE", keysOf("a")+"/"+ci.ID, nil, &revoked)
		if revoked.Status != "revoked" || revoked.RevokedAt == nil {
			t.Fatalf("revoked %+v", revoked)
		}
		checkProblem(t, as(t, ci.Secret, "GET", keysOf("a"), nil), refusal{http.StatusUnauthorized, "api_key_revoked", ""})
		// Revoking again changes nothing.
		var again apiKey
		s.must(http.StatusOK, "a", "DELETE", keysOf("a")+"/"+ci.ID, nil, &again)
		if !again.RevokedAt.Equal(*revoked.RevokedAt) {
			t.Errorf("revoked again at %v, first at %v", again.RevokedAt, revoked.RevokedAt)
		}
	})

	t.Run("NotAnotherOrganizationsKey", func(t *testing.T) {
		s := s.on(t)
		checkProblem(t, as(t, s.keys["b"], "DELETE", keysOf("b")+"/"+ci.ID, nil), notFound)
		checkProblem(t, as(t, s.keys["a"], "DELETE", keysOf("a")+"/999999", nil), notFound)
		checkProblem(t, as(t, s.keys["a"], "DELETE", keysOf("a")+"/x", nil), notFound)
	})

	t.Run("LastKeyKept", func(t *testing.T) {
		s := s.on(t)
		var list struct{ Items []apiKey }
		s.must(http.StatusOK, "b", "GET", keysOf("b"), nil, &list)
		checkProblem(t, as(t, s.keys["b"], "DELETE", keysOf("b")+"/"+list.Items[0].ID, nil), refusal{http.StatusConflict, "last_api_key", ""})
		if s.call("b", "GET", keysOf("b"), nil, nil) != http.StatusOK {
			t.Fatal("b's only key stopped working")
		}
	})

	t.Run("BadRequests", func(t *testing.T) {
		s := s.on(t)
		checkProblem(t, as(t, s.keys["a"], "POST", keysOf("a"), map[string]any{"expires_at": time.Now().Add(-time.Minute)}), refusal{http.StatusUnprocessableEntity, "invalid_expiry", "expires_at"})
		checkProblem(t, as(t, s.keys["a"], "POST", keysOf("a"), map[string]any{"label": strings.Repeat("l", 101)}), refusal{http.StatusUnprocessableEntity, "invalid", "label"})
		checkProblem(t, as(t, s.keys["a"], "POST", keysOf("a"), "{\"label\":\"\xff\"}"), refusal{http.StatusBadRequest, "invalid_text", ""})
		checkProblem(t, as(t, s.keys["a"], "POST", keysOf("a"), map[string]any{"secret": "x"}), refusal{http.StatusBadRequest, "unknown_field", "secret"})
	})

	t.Run("Expired", func(t *testing.T) {
		s := s.on(t)
		var k apiKey
		s.must(http.StatusCreated, "a", "POST", keysOf("a"), map[string]any{"label": "short", "expires_at": time.Now().Add(time.Hour)}, &k)
		if r := as(t, k.Secret, "GET", keysOf("a"), nil); r.status != http.StatusOK {
			t.Fatalf("fresh key: %d %s", r.status, r.body)
		}
		if _, err := s.m.Pool.Exec(context.Background(), `UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, k.ID); err != nil {
			t.Fatal(err)
		}
		r := as(t, k.Secret, "GET", keysOf("a"), nil)
		p := checkProblem(t, r, refusal{http.StatusUnauthorized, "api_key_expired", ""})
		if !strings.Contains(p.Detail, "expired") || !strings.Contains(p.Detail, k.Prefix) || r.header.Get("WWW-Authenticate") == "" {
			t.Errorf("expired key: %s %v", r.body, r.header)
		}
		var list struct{ Items []apiKey }
		s.must(http.StatusOK, "a", "GET", keysOf("a"), nil, &list)
		if got := list.Items[len(list.Items)-1]; got.ID != k.ID || got.Status != "expired" {
			t.Errorf("listed %+v", got)
		}
	})

	t.Run("CapOnLiveKeys", func(t *testing.T) {
		s := s.on(t)
		live := s.count(t, `SELECT count(*) FROM api_keys WHERE organization_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`, s.ids["a"])
		var last apiKey
		for i := live; i < 20; i++ {
			s.must(http.StatusCreated, "a", "POST", keysOf("a"), map[string]any{"label": fmt.Sprint("k", i)}, &last)
		}
		checkProblem(t, as(t, s.keys["a"], "POST", keysOf("a"), nil), refusal{http.StatusConflict, "api_key_limit", ""})
		s.must(http.StatusOK, "a", "DELETE", keysOf("a")+"/"+last.ID, nil, nil)
		s.must(http.StatusCreated, "a", "POST", keysOf("a"), nil, nil) // no body: no label, no expiry
	})

	t.Run("LastUsedAtOnceAMinute", func(t *testing.T) {
		s := s.on(t)
		var k apiKey
		s.must(http.StatusCreated, "b", "POST", keysOf("b"), map[string]any{"label": "busy"}, &k)
		if k.LastUsedAt != nil {
			t.Fatalf("a new key was used at %v", k.LastUsedAt)
		}
		row := func() (used time.Time, xmin string) {
			t.Helper()
			if err := s.m.Pool.QueryRow(context.Background(), `SELECT last_used_at, xmin::text FROM api_keys WHERE id = $1`, k.ID).Scan(&used, &xmin); err != nil {
				t.Fatal(err)
			}
			return used, xmin
		}
		as(t, k.Secret, "GET", keysOf("b"), nil)
		used, xmin := row()
		for range 20 {
			as(t, k.Secret, "GET", keysOf("b"), nil)
		}
		if u, x := row(); !u.Equal(used) || x != xmin {
			t.Fatalf("20 reads within a minute rewrote the key: last_used_at %v -> %v, xmin %s -> %s", used, u, xmin, x)
		}
		if _, err := s.m.Pool.Exec(context.Background(), `UPDATE api_keys SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, k.ID); err != nil {
			t.Fatal(err)
		}
		stale, _ := row()
		as(t, k.Secret, "GET", keysOf("b"), nil)
		if u, _ := row(); !u.After(stale) {
			t.Fatalf("a use a minute later kept last_used_at %v", u)
		}
	})
}
