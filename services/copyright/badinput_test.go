package copyright_test

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/duochain/duochain/services/copyright"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestCopyrightBadInput runs the copyright refusals through the real router:
// malformed hashes, missing fields, oversize uploads, empty and duplicate
// catalogs, works registered already (directly or in a catalog), pending
// works, wrong keys and roles. Each is a problem+json with a stable code.
func TestCopyrightBadInput(t *testing.T) {
	s, clk := servertest.NewClock(t)
	s.OnboardAll("verifier", "VERIFIER", "sup1", "SUPPLIER", "sup2", "SUPPLIER", "bank", "FINANCIER")
	valid := servertest.SHA256Hex([]byte("valid"))

	t.Run("MalformedHash", func(t *testing.T) {
		s := s.On(t)
		for _, h := range []string{"abcd", valid + "00", strings.Repeat("zz", 32), "0x" + valid[:62], ""} {
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_hash", "sha256"), "sup1", "POST", "/v1/works", map[string]any{"sha256": h, "title": "x"})
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_hash", "sha256"), "sup1", "POST", "/v1/works/verify", map[string]any{"sha256": h})
		}
		for _, path := range []string{"/v1/works/abcd", "/v1/works/" + strings.Repeat("zz", 32), "/v1/works/abcd/certificate"} {
			r, _ := s.Request("sup1", "GET", path, nil)
			servertest.CheckProblem(t, r, servertest.Refused(http.StatusBadRequest, "invalid_hash", "sha256"))
		}
		r, _ := s.Request("sup1", "GET", "/v1/works/catalogs/xyz", nil)
		servertest.CheckProblem(t, r, servertest.Refused(http.StatusBadRequest, "invalid_hash", "root"))
	})

	t.Run("MissingFields", func(t *testing.T) {
		s := s.On(t)
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_title", "title"), "sup1", "POST", "/v1/works", map[string]any{"sha256": valid})
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_title", "title"), "sup1", "POST", "/v1/works", map[string]any{"sha256": valid, "title": strings.Repeat("é", 101)})
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_metadata", "metadata"), "sup1", "POST", "/v1/works", map[string]any{"sha256": valid, "title": "x", "metadata": []int{1}})
		refuseUpload(s, t, servertest.Refused(http.StatusBadRequest, "missing_file", "file"), "sup1", "/v1/works", map[string]string{"title": "x"}, nil)
		refuseUpload(s, t, servertest.Refused(http.StatusBadRequest, "invalid_title", "title"), "sup1", "/v1/works", nil, []byte("a file"))
		refuseUpload(s, t, servertest.Refused(http.StatusBadRequest, "missing_file", "file"), "sup1", "/v1/works/verify", nil, nil)
		refuseUpload(s, t, servertest.Refused(http.StatusBadRequest, "unknown_field", "colour"), "sup1", "/v1/works", map[string]string{"title": "x", "colour": "red"}, []byte("f"))
	})

	t.Run("OversizeUpload", func(t *testing.T) {
		s := s.On(t)
		big := bytes.Repeat([]byte{7}, copyright.DefaultMaxUpload+1)
		refuseUpload(s, t, servertest.Refused(http.StatusRequestEntityTooLarge, "file_too_large", "file"), "sup1", "/v1/works", map[string]string{"title": "big"}, big)
		refuseUpload(s, t, servertest.Refused(http.StatusRequestEntityTooLarge, "file_too_large", "file"), "sup1", "/v1/works/verify", nil, big)
	})

	t.Run("BadCatalog", func(t *testing.T) {
		s := s.On(t)
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "empty_catalog", "works"), "sup1", "POST", "/v1/works/catalogs", map[string]any{"catalog_id": "c", "works": []any{}})
		r, _ := s.Request("sup1", "POST", "/v1/works/catalogs?catalog_id=c", "\n\n", "Content-Type", "application/x-ndjson")
		servertest.CheckProblem(t, r, servertest.Refused(http.StatusBadRequest, "empty_catalog", "works"))
		body, _ := servertest.CatalogBody("", "noid", 2)
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid", "catalog_id"), "sup1", "POST", "/v1/works/catalogs", body)
		body, _ = servertest.CatalogBody("c", "badhash", 3)
		body["works"].([]map[string]any)[1]["sha256"] = "12"
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_hash", "works[1].sha256"), "sup1", "POST", "/v1/works/catalogs", body)
		body, hs := servertest.CatalogBody("c", "dup", 4)
		body["works"].([]map[string]any)[3]["sha256"] = hs[1]
		p := s.Refuse(t, servertest.Refused(http.StatusConflict, "duplicate_works", ""), "sup1", "POST", "/v1/works/catalogs", body)
		if !strings.Contains(p.Detail, hs[1]) {
			t.Errorf("detail %q does not list %s", p.Detail, hs[1])
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s := s.On(t)
		for _, path := range []string{"/v1/works/" + valid, "/v1/works/" + valid + "/certificate", "/v1/works/catalogs/" + valid} {
			r, _ := s.Request("sup1", "GET", path, nil)
			servertest.CheckProblem(t, r, servertest.Refused(http.StatusNotFound, "not_found", ""))
		}
	})

	t.Run("KeysAndRoles", func(t *testing.T) {
		s := s.On(t)
		body := map[string]any{"sha256": valid, "title": "x"}
		s.Refuse(t, servertest.Refused(http.StatusUnauthorized, "unauthorized", ""), "", "POST", "/v1/works", body)
		s.Refuse(t, servertest.Refused(http.StatusUnauthorized, "unauthorized", ""), "sup1", "POST", "/v1/works", body, "Authorization", "Bearer dck_nope")
		s.Refuse(t, servertest.Refused(http.StatusUnauthorized, "unauthorized", ""), "", "POST", "/v1/works/verify", map[string]any{"sha256": valid})
		for _, org := range []string{"bank", "verifier"} {
			s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), org, "POST", "/v1/works", body)
			cat, _ := servertest.CatalogBody("c", "roles", 2)
			s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), org, "POST", "/v1/works/catalogs", cat)
		}
	})

	// sup1 registers a work directly, sup2 a catalog: each refuses the other's work.
	var direct servertest.Work
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/works", map[string]any{"sha256": servertest.SHA256Hex([]byte("direct")), "title": "Direct"}, &direct)
	catBody, catHashes := servertest.CatalogBody("autumn", "autumn", 6)
	s.Must(http.StatusCreated, "sup2", "POST", "/v1/works/catalogs", catBody, nil)

	t.Run("AlreadyRegistered", func(t *testing.T) {
		s := s.On(t)
		p := s.Refuse(t, servertest.Refused(http.StatusConflict, "work_already_registered", ""), "sup2", "POST", "/v1/works", map[string]any{"sha256": direct.SHA256, "title": "Mine"})
		if !strings.Contains(p.Detail, "sup1") || !strings.Contains(p.Detail, direct.TxHash) || !strings.Contains(p.Detail, direct.RegisteredAt.Format("2006-01-02T15:04:05Z")) {
			t.Errorf("detail %q does not name the first owner, time and transaction", p.Detail)
		}
		r := s.Upload("sup2", "/v1/works", map[string]string{"title": "Mine"}, []byte("direct"))
		servertest.CheckProblem(t, r, servertest.Refused(http.StatusConflict, "work_already_registered", ""))

		p = s.Refuse(t, servertest.Refused(http.StatusConflict, "work_already_registered", ""), "sup1", "POST", "/v1/works", map[string]any{"sha256": catHashes[2], "title": "Mine"})
		if !strings.Contains(p.Detail, "sup2") || !strings.Contains(p.Detail, "catalog autumn") {
			t.Errorf("detail %q does not name the catalog's owner", p.Detail)
		}
		works := s.Count(t, `SELECT count(*) FROM works`)
		body, _ := servertest.CatalogBody("mixed", "mixed", 3)
		body["works"] = append(body["works"].([]map[string]any), map[string]any{"sha256": direct.SHA256, "title": "again"},
			map[string]any{"sha256": catHashes[4], "title": "again"})
		p = s.Refuse(t, servertest.Refused(http.StatusConflict, "work_already_registered", ""), "sup1", "POST", "/v1/works/catalogs", body)
		if !strings.Contains(p.Detail, direct.SHA256) || !strings.Contains(p.Detail, catHashes[4]) || !strings.HasPrefix(p.Detail, "2 of the works") {
			t.Errorf("detail %q does not list both registered works", p.Detail)
		}
		if n := s.Count(t, `SELECT count(*) FROM works`); n != works {
			t.Errorf("a refused catalog stored %d works", n-works)
		}
		s.Refuse(t, servertest.Refused(http.StatusConflict, "catalog_already_registered", ""), "sup1", "POST", "/v1/works/catalogs", catBody)
	})

	// Two organizations register one work at once: one wins, the other is
	// told who did, whether the read-model check or the table's key caught it.
	t.Run("ConcurrentDuplicate", func(t *testing.T) {
		s := s.On(t)
		h := servertest.SHA256Hex([]byte("raced"))
		replies := make(chan servertest.Reply, 2)
		for _, org := range []string{"sup1", "sup2"} {
			go func() {
				r, err := s.Request(org, "POST", "/v1/works", map[string]any{"sha256": h, "title": "Raced by " + org})
				if err != nil {
					r.Body = []byte(err.Error())
				}
				replies <- r
			}()
		}
		a, b := <-replies, <-replies
		if a.Status != http.StatusCreated {
			a, b = b, a
		}
		var won servertest.Work
		servertest.Decode(t, a, http.StatusCreated, &won)
		p := servertest.CheckProblem(t, b, servertest.Refused(http.StatusConflict, "work_already_registered", ""))
		if !strings.Contains(p.Detail, won.Owner.Name) {
			t.Errorf("detail %q does not name the winner %s", p.Detail, won.Owner.Name)
		}
		if n := s.Count(t, `SELECT count(*) FROM operations WHERE kind = 'copyright.register' AND resource_id = $1`, h); n != 1 {
			t.Errorf("%d registrations of one work were sent to the chain", n)
		}
	})

	// The contract is the last line: with the read model unaware of a work, the
	// chain's CopyrightAlreadyRegistered answers with the same code.
	t.Run("ContractLastLine", func(t *testing.T) {
		s := s.On(t)
		if _, err := s.Server.Pool.Exec(context.Background(), `DELETE FROM works WHERE sha256 = decode($1, 'hex')`, direct.SHA256); err != nil {
			t.Fatal(err)
		}
		r, err := s.Request("sup2", "POST", "/v1/works", map[string]any{"sha256": direct.SHA256, "title": "Mine"})
		if err != nil {
			t.Fatal(err)
		}
		p := servertest.CheckProblem(t, r, servertest.Refused(http.StatusConflict, "work_already_registered", ""))
		if !strings.Contains(p.Detail, "CopyrightAlreadyRegistered(") {
			t.Errorf("detail %q is not the contract's error", p.Detail)
		}
		var got servertest.Work
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+direct.SHA256, nil, &got)
		if got.Status != "failed" {
			t.Fatalf("the refused registration is %q, want failed", got.Status)
		}
		// Rebuilt from the chain, the read model shows the first registration again.
		if err := s.Server.Indexer.Reindex(context.Background()); err != nil {
			t.Fatal(err)
		}
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+direct.SHA256, nil, &got)
		if got.Status != "registered" || got.Owner.ID != s.IDs["sup1"] || got.TxHash != direct.TxHash {
			t.Fatalf("after reindex: %+v, want sup1's registration %s", got, direct.TxHash)
		}
	})

	// A work waiting for its block has no certificate yet and cannot be taken.
	t.Run("Pending", func(t *testing.T) {
		s := s.On(t)
		release := clk.Hold()
		defer release()
		h := servertest.SHA256Hex([]byte("pending"))
		r, err := s.Request("sup1", "POST", "/v1/works", map[string]any{"sha256": h, "title": "Pending"})
		if err != nil || r.Status != http.StatusAccepted || !strings.HasPrefix(r.Header.Get("Location"), "/v1/operations/") {
			t.Fatalf("held chain: %v %d %s", err, r.Status, r.Body)
		}
		r, _ = s.Request("sup1", "GET", "/v1/works/"+h+"/certificate", nil)
		servertest.CheckProblem(t, r, servertest.Refused(http.StatusConflict, "work_pending", ""))
		var v struct {
			Registered bool            `json:"registered"`
			Work       servertest.Work `json:"work"`
		}
		s.Must(http.StatusOK, "bank", "POST", "/v1/works/verify", map[string]any{"sha256": h}, &v)
		if v.Registered || v.Work.Status != "pending" {
			t.Fatalf("verify pending: %+v", v)
		}
		p := s.Refuse(t, servertest.Refused(http.StatusConflict, "work_already_registered", ""), "sup2", "POST", "/v1/works", map[string]any{"sha256": h, "title": "Mine"})
		if !strings.Contains(p.Detail, "being registered") {
			t.Errorf("detail %q does not say the work is being registered", p.Detail)
		}
		release()
		s.WaitCount(t, 1, `SELECT count(*) FROM works WHERE sha256 = decode($1, 'hex') AND block_number IS NOT NULL`, h)
		r, _ = s.Request("sup1", "GET", "/v1/works/"+h+"/certificate", nil)
		servertest.Decode(t, r, http.StatusOK, nil)
	})
}
