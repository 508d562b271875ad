package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/duochain/duochain/services/server/servertest"
)

// TestIdempotency runs keyed writes through the real router: a repeat replays
// the first answer and records nothing more, a different request under the
// same key is refused, and so is a repeat while the first still runs.
func TestIdempotency(t *testing.T) {
	s, clk := servertest.NewClock(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER")
	const (
		ops  = `SELECT count(*) FROM operations WHERE kind <> 'trace.anchor'` // what requests recorded
		recs = `SELECT count(*) FROM receivables`
	)
	post := func(t *testing.T, org, path string, body any, key string) servertest.Reply {
		t.Helper()
		r, err := s.Request(org, "POST", path, body, "Idempotency-Key", key)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	sameAnswer := func(t *testing.T, first, again servertest.Reply) {
		t.Helper()
		if again.Status != first.Status || !bytes.Equal(again.Body, first.Body) {
			t.Errorf("replay answered %d %s, the first request %d %s", again.Status, again.Body, first.Status, first.Body)
		}
		if again.Header.Get("Content-Type") != first.Header.Get("Content-Type") {
			t.Errorf("replay Content-Type %q, first %q", again.Header.Get("Content-Type"), first.Header.Get("Content-Type"))
		}
		if got := again.Header.Get("Idempotent-Replayed"); got != "true" {
			t.Errorf("replay: Idempotent-Replayed %q", got)
		}
		if got := first.Header.Get("Idempotent-Replayed"); got != "" {
			t.Errorf("first request: Idempotent-Replayed %q", got)
		}
	}
	body := s.Submission("INV-2026-0001", "1000.00", s.DueIn(60))

	t.Run("NewAPIKeyNeverStored", func(t *testing.T) {
		s := s.On(t)
		org := map[string]any{"name": "Keyed Co.", "roles": []string{"SUPPLIER"}, "tax_id": servertest.TaxID("Keyed Co.")}
		first := post(t, "operator", "/v1/organizations", org, "org-1")
		var created struct {
			ID     string `json:"id"`
			APIKey string `json:"api_key"`
		}
		if first.Status != http.StatusCreated || json.Unmarshal(first.Body, &created) != nil || created.APIKey == "" {
			t.Fatalf("first: %d %s", first.Status, first.Body)
		}
		again := post(t, "operator", "/v1/organizations", org, "org-1")
		var replayed map[string]any
		if again.Status != http.StatusCreated || json.Unmarshal(again.Body, &replayed) != nil {
			t.Fatalf("replay: %d %s", again.Status, again.Body)
		}
		if _, ok := replayed["api_key"]; ok || replayed["id"] != created.ID {
			t.Errorf("replay answered %s; want organization %s without its key", again.Body, created.ID)
		}
		if n := s.Count(t, `SELECT count(*) FROM idempotency_keys WHERE position($1::bytea in response_body) > 0`, []byte(created.APIKey)); n != 0 {
			t.Errorf("the new API key is stored in clear in %d idempotency responses", n)
		}
	})

	t.Run("ReplaysTheFirstAnswer", func(t *testing.T) {
		s := s.On(t)
		first := post(t, "sup1", "/v1/receivables", body, "k-1")
		if first.Status != http.StatusCreated {
			t.Fatalf("first: %d %s", first.Status, first.Body)
		}
		nOps, nRecs := s.Count(t, ops), s.Count(t, recs)
		for range 2 {
			sameAnswer(t, first, post(t, "sup1", "/v1/receivables", body, "k-1"))
		}
		if s.Count(t, ops) != nOps || s.Count(t, recs) != nRecs {
			t.Errorf("replays recorded more: operations %d -> %d, receivables %d -> %d", nOps, s.Count(t, ops), nRecs, s.Count(t, recs))
		}
	})

	t.Run("DifferentRequestIsRefused", func(t *testing.T) {
		s := s.On(t)
		reused := servertest.Refused(http.StatusUnprocessableEntity, "idempotency_key_reused", "Idempotency-Key")
		other := s.Submission("INV-2026-0001", "1000.01", s.DueIn(60))
		for _, c := range []struct {
			path string
			body any
		}{
			{"/v1/receivables", other},
			{"/v1/receivables", strings.Replace(mustJSON(t, body), `"value"`, ` "value"`, 1)}, // the bytes differ
			{"/v1/receivables/1/reject", nil},
		} {
			nOps := s.Count(t, ops)
			servertest.CheckProblem(t, post(t, "sup1", c.path, c.body, "k-1"), reused)
			if s.Count(t, ops) != nOps {
				t.Errorf("refused reuse recorded an operation")
			}
		}
		// Keys belong to an organization: the core's k-1 is another key.
		issue := s.Submission("INV-2026-0002", "1000.00", s.DueIn(60))
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup1"]
		if r := post(t, "core", "/v1/receivables", issue, "k-1"); r.Status != http.StatusCreated {
			t.Errorf("core's k-1: %d %s", r.Status, r.Body)
		}
	})

	t.Run("InUseWhileTheFirstRuns", func(t *testing.T) {
		s := s.On(t)
		body := s.Submission("INV-2026-0003", "3000.00", s.DueIn(60))
		release := clk.Hold() // the first request's transaction stays unmined
		defer release()
		done := make(chan servertest.Reply, 1)
		go func() {
			r, err := s.Request("sup1", "POST", "/v1/receivables", body, "Idempotency-Key", "k-2")
			if err != nil {
				r.Body = []byte(err.Error())
			}
			done <- r
		}()
		s.WaitCount(t, 1, `SELECT count(*) FROM idempotency_keys WHERE key = 'k-2' AND operation_id IS NOT NULL`)
		nOps := s.Count(t, ops)
		servertest.CheckProblem(t, post(t, "sup1", "/v1/receivables", body, "k-2"), servertest.Refused(http.StatusConflict, "idempotency_key_in_use", ""))
		servertest.CheckProblem(t, post(t, "sup1", "/v1/receivables", s.Submission("INV-2026-0004", "3000.00", s.DueIn(60)), "k-2"),
			servertest.Refused(http.StatusUnprocessableEntity, "idempotency_key_reused", "Idempotency-Key"))
		if s.Count(t, ops) != nOps {
			t.Errorf("refused repeats recorded an operation")
		}
		release()
		first := <-done
		if first.Status != http.StatusCreated {
			t.Fatalf("first: %d %s", first.Status, first.Body)
		}
		sameAnswer(t, first, post(t, "sup1", "/v1/receivables", body, "k-2"))
		if s.Count(t, ops) != nOps {
			t.Errorf("operations %d -> %d", nOps, s.Count(t, ops))
		}
	})

	t.Run("ReplaysAChainRefusal", func(t *testing.T) {
		s := s.On(t)
		// A credential revoked once: the second revocation reaches the chain,
		// which refuses it.
		s.Must(http.StatusCreated, "verifier", "POST", "/v1/organizations/"+s.IDs["core"]+"/credentials",
			map[string]any{"topic": "MARKETPLACE_SELLER", "document_sha256": strings.Repeat("cd", 32), "expires_at": "2099-01-01T00:00:00Z"}, nil)
		path := "/v1/organizations/" + s.IDs["core"] + "/credentials/MARKETPLACE_SELLER"
		s.Must(http.StatusOK, "verifier", "DELETE", path, nil, nil)
		refused := servertest.Refused(http.StatusConflict, "already_revoked", "")
		r, err := s.Request("verifier", "DELETE", path, nil, "Idempotency-Key", "k-3")
		if err != nil {
			t.Fatal(err)
		}
		servertest.CheckProblem(t, r, refused)
		nOps := s.Count(t, ops)
		again, err := s.Request("verifier", "DELETE", path, nil, "Idempotency-Key", "k-3")
		if err != nil {
			t.Fatal(err)
		}
		servertest.CheckProblem(t, again, refused)
		if again.Header.Get("Idempotent-Replayed") != "true" {
			t.Errorf("replayed refusal: Idempotent-Replayed %q", again.Header.Get("Idempotent-Replayed"))
		}
		if s.Count(t, ops) != nOps {
			t.Errorf("replay recorded an operation")
		}
	})

	t.Run("RefusalFreesTheKey", func(t *testing.T) {
		s := s.On(t)
		bad := s.Submission("INV-2026-0005", "1.005", s.DueIn(60))
		servertest.CheckProblem(t, post(t, "sup1", "/v1/receivables", bad, "k-4"), servertest.Refused(http.StatusUnprocessableEntity, "amount_precision", "value"))
		good := s.Submission("INV-2026-0005", "1.00", s.DueIn(60))
		if r := post(t, "sup1", "/v1/receivables", good, "k-4"); r.Status != http.StatusCreated {
			t.Errorf("corrected request under the refused one's key: %d %s", r.Status, r.Body)
		}
	})

	t.Run("KeyTooLong", func(t *testing.T) {
		s := s.On(t)
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_idempotency_key", "Idempotency-Key"), "sup1", "POST", "/v1/receivables",
			s.Submission("INV-2026-0006", "1.00", s.DueIn(60)), "Idempotency-Key", strings.Repeat("k", 201))
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
