package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestIdempotency runs keyed writes through the real router: a repeat replays
// the first answer and records nothing more, a different request under the
// same key is refused, and so is a repeat while the first still runs.
func TestIdempotency(t *testing.T) {
	s, clk := newClockStack(t)
	s.onboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER")
	const (
		ops  = `SELECT count(*) FROM operations`
		recs = `SELECT count(*) FROM receivables`
	)
	post := func(t *testing.T, org, path string, body any, key string) httpReply {
		t.Helper()
		r, err := s.request(org, "POST", path, body, "Idempotency-Key", key)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	sameAnswer := func(t *testing.T, first, again httpReply) {
		t.Helper()
		if again.status != first.status || !bytes.Equal(again.body, first.body) {
			t.Errorf("replay answered %d %s, the first request %d %s", again.status, again.body, first.status, first.body)
		}
		if again.header.Get("Content-Type") != first.header.Get("Content-Type") {
			t.Errorf("replay Content-Type %q, first %q", again.header.Get("Content-Type"), first.header.Get("Content-Type"))
		}
		if got := again.header.Get("Idempotent-Replayed"); got != "true" {
			t.Errorf("replay: Idempotent-Replayed %q", got)
		}
		if got := first.header.Get("Idempotent-Replayed"); got != "" {
			t.Errorf("first request: Idempotent-Replayed %q", got)
		}
	}
	body := s.submission("INV-2026-0001", "1000.00", s.dueIn(60))

	t.Run("NewAPIKeyNeverStored", func(t *testing.T) {
		s := s.on(t)
		org := map[string]any{"name": "Keyed Co.", "roles": []string{"SUPPLIER"}, "tax_id": taxID("Keyed Co.")}
		first := post(t, "operator", "/v1/organizations", org, "org-1")
		var created struct {
			ID     string `json:"id"`
			APIKey string `json:"api_key"`
		}
		if first.status != http.StatusCreated || json.Unmarshal(first.body, &created) != nil || created.APIKey == "" {
			t.Fatalf("first: %d %s", first.status, first.body)
		}
		again := post(t, "operator", "/v1/organizations", org, "org-1")
		var replayed map[string]any
		if again.status != http.StatusCreated || json.Unmarshal(again.body, &replayed) != nil {
			t.Fatalf("replay: %d %s", again.status, again.body)
		}
		if _, ok := replayed["api_key"]; ok || replayed["id"] != created.ID {
			t.Errorf("replay answered %s; want organization %s without its key", again.body, created.ID)
		}
		if n := s.count(t, `SELECT count(*) FROM idempotency_keys WHERE position($1::bytea in response_body) > 0`, []byte(created.APIKey)); n != 0 {
			t.Errorf("the new API key is stored in clear in %d idempotency responses", n)
		}
	})

	t.Run("ReplaysTheFirstAnswer", func(t *testing.T) {
		s := s.on(t)
		first := post(t, "sup1", "/v1/receivables", body, "k-1")
		if first.status != http.StatusCreated {
			t.Fatalf("first: %d %s", first.status, first.body)
		}
		nOps, nRecs := s.count(t, ops), s.count(t, recs)
		for range 2 {
			sameAnswer(t, first, post(t, "sup1", "/v1/receivables", body, "k-1"))
		}
		if s.count(t, ops) != nOps || s.count(t, recs) != nRecs {
			t.Errorf("replays recorded more: operations %d -> %d, receivables %d -> %d", nOps, s.count(t, ops), nRecs, s.count(t, recs))
		}
	})

	t.Run("DifferentRequestIsRefused", func(t *testing.T) {
		s := s.on(t)
		reused := refusal{http.StatusUnprocessableEntity, "idempotency_key_reused", "Idempotency-Key"}
		other := s.submission("INV-2026-0001", "1000.01", s.dueIn(60))
		for _, c := range []struct {
			path string
			body any
		}{
			{"/v1/receivables", other},
			{"/v1/receivables", strings.Replace(mustJSON(t, body), `"amount"`, ` "amount"`, 1)}, // the bytes differ
			{"/v1/receivables/1/reject", nil},
		} {
			nOps := s.count(t, ops)
			checkProblem(t, post(t, "sup1", c.path, c.body, "k-1"), reused)
			if s.count(t, ops) != nOps {
				t.Errorf("refused reuse recorded an operation")
			}
		}
		// Keys belong to an organization: the core's k-1 is another key.
		issue := s.submission("INV-2026-0002", "1000.00", s.dueIn(60))
		delete(issue, "obligor")
		issue["supplier"] = s.ids["sup1"]
		if r := post(t, "core", "/v1/receivables", issue, "k-1"); r.status != http.StatusCreated {
			t.Errorf("core's k-1: %d %s", r.status, r.body)
		}
	})

	t.Run("InUseWhileTheFirstRuns", func(t *testing.T) {
		s := s.on(t)
		body := s.submission("INV-2026-0003", "3000.00", s.dueIn(60))
		release := clk.Hold() // the first request's transaction stays unmined
		defer release()
		done := make(chan httpReply, 1)
		go func() {
			r, err := s.request("sup1", "POST", "/v1/receivables", body, "Idempotency-Key", "k-2")
			if err != nil {
				r.body = []byte(err.Error())
			}
			done <- r
		}()
		s.waitCount(t, 1, `SELECT count(*) FROM idempotency_keys WHERE key = 'k-2' AND operation_id IS NOT NULL`)
		nOps := s.count(t, ops)
		checkProblem(t, post(t, "sup1", "/v1/receivables", body, "k-2"), refusal{http.StatusConflict, "idempotency_key_in_use", ""})
		checkProblem(t, post(t, "sup1", "/v1/receivables", s.submission("INV-2026-0004", "3000.00", s.dueIn(60)), "k-2"),
			refusal{http.StatusUnprocessableEntity, "idempotency_key_reused", "Idempotency-Key"})
		if s.count(t, ops) != nOps {
			t.Errorf("refused repeats recorded an operation")
		}
		release()
		first := <-done
		if first.status != http.StatusCreated {
			t.Fatalf("first: %d %s", first.status, first.body)
		}
		sameAnswer(t, first, post(t, "sup1", "/v1/receivables", body, "k-2"))
		if s.count(t, ops) != nOps {
			t.Errorf("operations %d -> %d", nOps, s.count(t, ops))
		}
	})

	t.Run("ReplaysAChainRefusal", func(t *testing.T) {
		s := s.on(t)
		// A credential revoked once: the second revocation reaches the chain,
		// which refuses it.
		s.must(http.StatusCreated, "verifier", "POST", "/v1/organizations/"+s.ids["core"]+"/credentials",
			map[string]any{"topic": "MARKETPLACE_SELLER", "document_sha256": strings.Repeat("cd", 32), "expires_at": "2099-01-01T00:00:00Z"}, nil)
		path := "/v1/organizations/" + s.ids["core"] + "/credentials/MARKETPLACE_SELLER"
		s.must(http.StatusOK, "verifier", "DELETE", path, nil, nil)
		refused := refusal{http.StatusConflict, "already_revoked", ""}
		r, err := s.request("verifier", "DELETE", path, nil, "Idempotency-Key", "k-3")
		if err != nil {
			t.Fatal(err)
		}
		checkProblem(t, r, refused)
		nOps := s.count(t, ops)
		again, err := s.request("verifier", "DELETE", path, nil, "Idempotency-Key", "k-3")
		if err != nil {
			t.Fatal(err)
		}
		checkProblem(t, again, refused)
		if again.header.Get("Idempotent-Replayed") != "true" {
			t.Errorf("replayed refusal: Idempotent-Replayed %q", again.header.Get("Idempotent-Replayed"))
		}
		if s.count(t, ops) != nOps {
			t.Errorf("replay recorded an operation")
		}
	})

	t.Run("RefusalFreesTheKey", func(t *testing.T) {
		s := s.on(t)
		bad := s.submission("INV-2026-0005", "1.005", s.dueIn(60))
		checkProblem(t, post(t, "sup1", "/v1/receivables", bad, "k-4"), refusal{http.StatusUnprocessableEntity, "amount_precision", "amount"})
		good := s.submission("INV-2026-0005", "1.00", s.dueIn(60))
		if r := post(t, "sup1", "/v1/receivables", good, "k-4"); r.status != http.StatusCreated {
			t.Errorf("corrected request under the refused one's key: %d %s", r.status, r.body)
		}
	})

	t.Run("KeyTooLong", func(t *testing.T) {
		s := s.on(t)
		s.refuse(t, refusal{http.StatusBadRequest, "invalid_idempotency_key", "Idempotency-Key"}, "sup1", "POST", "/v1/receivables",
			s.submission("INV-2026-0006", "1.00", s.dueIn(60)), "Idempotency-Key", strings.Repeat("k", 201))
	})
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
