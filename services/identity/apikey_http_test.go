package identity_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/duochain/duochain/services/server/servertest"
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
	s := servertest.New(t)
	s.Onboard("a", "VERIFIER")
	s.Onboard("b", "VERIFIER")
	keysOf := func(org string) string { return "/v1/organizations/" + s.IDs[org] + "/api-keys" }
	forbidden := servertest.Refused(http.StatusForbidden, "forbidden", "")
	notFound := servertest.Refused(http.StatusNotFound, "not_found", "")
	// as sends a request with a key that is not one of the stack's names.
	as := func(t *testing.T, key, method, path string, body any) servertest.Reply {
		t.Helper()
		s.Keys["_"] = key
		r, err := s.Request("_", method, path, body)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	t.Run("OperatorCannotAddKeysForOthers", func(t *testing.T) {
		s := s.On(t)
		s.Must(http.StatusOK, "a", "GET", keysOf("a"), nil, nil) // a has used its key
		servertest.CheckProblem(t, as(t, s.Keys["operator"], "POST", keysOf("a"), map[string]any{"label": "mine now"}), forbidden)
		servertest.CheckProblem(t, as(t, s.Keys["operator"], "DELETE", keysOf("a")+"/1", nil), forbidden)
		servertest.CheckProblem(t, as(t, s.Keys["b"], "POST", keysOf("a"), nil), forbidden)
		servertest.CheckProblem(t, as(t, s.Keys["b"], "GET", keysOf("a"), nil), forbidden)
		if n := s.Count(t, `SELECT count(*) FROM api_keys WHERE organization_id = $1`, s.IDs["a"]); n != 1 {
			t.Fatalf("a holds %d keys, want its first only", n)
		}
	})

	t.Run("OperatorReissuesAnUnusedFirstKey", func(t *testing.T) {
		// The registration's answer, the only one showing the first key, was
		// lost: while the organization never used a key, the operator gives it again.
		s := s.On(t)
		s.Onboard("c", "VERIFIER")
		lost := s.Keys["c"]
		var again apiKey
		s.Must(http.StatusCreated, "operator", "POST", keysOf("c"), nil, &again)
		if again.Label != "initial" || again.Secret == "" || again.Secret == lost {
			t.Fatalf("reissued %+v", again)
		}
		servertest.CheckProblem(t, as(t, lost, "GET", keysOf("c"), nil), servertest.Refused(http.StatusUnauthorized, "api_key_revoked", ""))
		if r := as(t, again.Secret, "GET", keysOf("c"), nil); r.Status != http.StatusOK {
			t.Fatalf("reissued key: %d %s", r.Status, r.Body)
		}
		servertest.CheckProblem(t, as(t, s.Keys["operator"], "POST", keysOf("c"), nil), forbidden)
	})

	var ci apiKey
	t.Run("CreateListRevoke", func(t *testing.T) {
		s := s.On(t)
		expires := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
		s.Must(http.StatusCreated, "a", "POST", keysOf("a"), map[string]any{"label": " ci ", "expires_at": expires}, &ci)
		if ci.Label != "ci" || ci.Status != "active" || !strings.HasPrefix(ci.Secret, ci.Prefix) || len(ci.Prefix) != 12 || ci.ExpiresAt == nil || !ci.ExpiresAt.Equal(expires) {
			t.Fatalf("created %+v", ci)
		}
		// The new key works, and lists the keys without any secret.
		r := as(t, ci.Secret, "GET", keysOf("a"), nil)
		if r.Status != http.StatusOK || strings.Contains(string(r.Body), ci.Secret) || strings.Contains(string(r.Body), "api_key") {
			t.Fatalf("list: %d %s", r.Status, r.Body)
		}
		var list struct{ Items []apiKey }
		s.Must(http.StatusOK, "operator", "GET", keysOf("a"), nil, &list) // operators may look
		if len(list.Items) != 2 || list.Items[0].Label != "initial" || list.Items[1].ID != ci.ID || list.Items[0].Current || list.Items[1].Current {
			t.Fatalf("listed %+v", list.Items)
		}
		s.Must(http.StatusOK, "a", "GET", keysOf("a"), nil, &list)
		if !list.Items[0].Current || list.Items[1].Current {
			t.Fatalf("listed with the first key: %+v", list.Items)
		}
		var revoked apiKey
		s.Must(http.StatusOK, "a", "DELETE", keysOf("a")+"/"+ci.ID, nil, &revoked)
		if revoked.Status != "revoked" || revoked.RevokedAt == nil {
			t.Fatalf("revoked %+v", revoked)
		}
		servertest.CheckProblem(t, as(t, ci.Secret, "GET", keysOf("a"), nil), servertest.Refused(http.StatusUnauthorized, "api_key_revoked", ""))
		// Revoking again changes nothing.
		var again apiKey
		s.Must(http.StatusOK, "a", "DELETE", keysOf("a")+"/"+ci.ID, nil, &again)
		if !again.RevokedAt.Equal(*revoked.RevokedAt) {
			t.Errorf("revoked again at %v, first at %v", again.RevokedAt, revoked.RevokedAt)
		}
	})

	t.Run("NotAnotherOrganizationsKey", func(t *testing.T) {
		s := s.On(t)
		servertest.CheckProblem(t, as(t, s.Keys["b"], "DELETE", keysOf("b")+"/"+ci.ID, nil), notFound)
		servertest.CheckProblem(t, as(t, s.Keys["a"], "DELETE", keysOf("a")+"/999999", nil), notFound)
		servertest.CheckProblem(t, as(t, s.Keys["a"], "DELETE", keysOf("a")+"/x", nil), notFound)
	})

	t.Run("LastKeyKept", func(t *testing.T) {
		s := s.On(t)
		var list struct{ Items []apiKey }
		s.Must(http.StatusOK, "b", "GET", keysOf("b"), nil, &list)
		servertest.CheckProblem(t, as(t, s.Keys["b"], "DELETE", keysOf("b")+"/"+list.Items[0].ID, nil), servertest.Refused(http.StatusConflict, "last_api_key", ""))
		if s.Call("b", "GET", keysOf("b"), nil, nil) != http.StatusOK {
			t.Fatal("b's only key stopped working")
		}
	})

	t.Run("BadRequests", func(t *testing.T) {
		s := s.On(t)
		servertest.CheckProblem(t, as(t, s.Keys["a"], "POST", keysOf("a"), map[string]any{"expires_at": time.Now().Add(-time.Minute)}), servertest.Refused(http.StatusUnprocessableEntity, "invalid_expiry", "expires_at"))
		servertest.CheckProblem(t, as(t, s.Keys["a"], "POST", keysOf("a"), map[string]any{"label": strings.Repeat("l", 101)}), servertest.Refused(http.StatusUnprocessableEntity, "invalid", "label"))
		servertest.CheckProblem(t, as(t, s.Keys["a"], "POST", keysOf("a"), "{\"label\":\"\xff\"}"), servertest.Refused(http.StatusBadRequest, "invalid_text", ""))
		servertest.CheckProblem(t, as(t, s.Keys["a"], "POST", keysOf("a"), map[string]any{"secret": "x"}), servertest.Refused(http.StatusBadRequest, "unknown_field", "secret"))
	})

	t.Run("Expired", func(t *testing.T) {
		s := s.On(t)
		var k apiKey
		s.Must(http.StatusCreated, "a", "POST", keysOf("a"), map[string]any{"label": "short", "expires_at": time.Now().Add(time.Hour)}, &k)
		if r := as(t, k.Secret, "GET", keysOf("a"), nil); r.Status != http.StatusOK {
			t.Fatalf("fresh key: %d %s", r.Status, r.Body)
		}
		if _, err := s.Server.Pool.Exec(context.Background(), `UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, k.ID); err != nil {
			t.Fatal(err)
		}
		r := as(t, k.Secret, "GET", keysOf("a"), nil)
		p := servertest.CheckProblem(t, r, servertest.Refused(http.StatusUnauthorized, "api_key_expired", ""))
		if !strings.Contains(p.Detail, "expired") || !strings.Contains(p.Detail, k.Prefix) || r.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("expired key: %s %v", r.Body, r.Header)
		}
		var list struct{ Items []apiKey }
		s.Must(http.StatusOK, "a", "GET", keysOf("a"), nil, &list)
		if got := list.Items[len(list.Items)-1]; got.ID != k.ID || got.Status != "expired" {
			t.Errorf("listed %+v", got)
		}
	})

	t.Run("CapOnLiveKeys", func(t *testing.T) {
		s := s.On(t)
		live := s.Count(t, `SELECT count(*) FROM api_keys WHERE organization_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`, s.IDs["a"])
		var last apiKey
		for i := live; i < 20; i++ {
			s.Must(http.StatusCreated, "a", "POST", keysOf("a"), map[string]any{"label": fmt.Sprint("k", i)}, &last)
		}
		servertest.CheckProblem(t, as(t, s.Keys["a"], "POST", keysOf("a"), nil), servertest.Refused(http.StatusConflict, "api_key_limit", ""))
		s.Must(http.StatusOK, "a", "DELETE", keysOf("a")+"/"+last.ID, nil, nil)
		s.Must(http.StatusCreated, "a", "POST", keysOf("a"), nil, nil) // no body: no label, no expiry
	})

	t.Run("LastUsedAtOnceAMinute", func(t *testing.T) {
		s := s.On(t)
		var k apiKey
		s.Must(http.StatusCreated, "b", "POST", keysOf("b"), map[string]any{"label": "busy"}, &k)
		if k.LastUsedAt != nil {
			t.Fatalf("a new key was used at %v", k.LastUsedAt)
		}
		row := func() (used time.Time, xmin string) {
			t.Helper()
			if err := s.Server.Pool.QueryRow(context.Background(), `SELECT last_used_at, xmin::text FROM api_keys WHERE id = $1`, k.ID).Scan(&used, &xmin); err != nil {
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
		if _, err := s.Server.Pool.Exec(context.Background(), `UPDATE api_keys SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, k.ID); err != nil {
			t.Fatal(err)
		}
		stale, _ := row()
		as(t, k.Secret, "GET", keysOf("b"), nil)
		if u, _ := row(); !u.After(stale) {
			t.Fatalf("a use a minute later kept last_used_at %v", u)
		}
	})
}
