package copyright_test

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestCopyrightReviewFixes runs the refusals found in review through the real
// router: the catalog route checks the caller's role before reading a body,
// the NDJSON catalog_id is part of the idempotency key, text Postgres cannot
// store is a 400, a file sent twice is a 400, and licence expiries are judged
// by the chain's time.
func TestCopyrightReviewFixes(t *testing.T) {
	s, clk := servertest.NewClock(t)
	s.OnboardAll("verifier", "VERIFIER", "sup1", "SUPPLIER", "bank", "FINANCIER")

	t.Run("CatalogRoleBeforeBody", func(t *testing.T) {
		s := s.On(t)
		// A malformed body would be a 400 had it been read: the role is checked first.
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "bank", "POST", "/v1/works/catalogs", `{"catalog_id":`)
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "bank", "POST", "/v1/works/catalogs?catalog_id=c", "not json\n",
			"Content-Type", "application/x-ndjson")
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "verifier", "POST", "/v1/works/catalogs", `{"catalog_id":`)
	})

	t.Run("NDJSONCatalogIDInIdempotencyKey", func(t *testing.T) {
		s := s.On(t)
		body := fmt.Sprintf(`{"sha256":%q,"title":"idem"}`+"\n", servertest.SHA256Hex([]byte("review idem")))
		r, err := s.Request("sup1", "POST", "/v1/works/catalogs?catalog_id=first", body, "Content-Type", "application/x-ndjson", "Idempotency-Key", "nd-idem")
		if err != nil {
			t.Fatal(err)
		}
		servertest.Decode(t, r, http.StatusCreated, nil)
		r, err = s.Request("sup1", "POST", "/v1/works/catalogs?catalog_id=second", body, "Content-Type", "application/x-ndjson", "Idempotency-Key", "nd-idem")
		if err != nil {
			t.Fatal(err)
		}
		servertest.CheckProblem(t, r, servertest.Refused(http.StatusUnprocessableEntity, "idempotency_key_reused", "Idempotency-Key"))
		r, err = s.Request("sup1", "POST", "/v1/works/catalogs?catalog_id=first", body, "Content-Type", "application/x-ndjson", "Idempotency-Key", "nd-idem")
		if err != nil {
			t.Fatal(err)
		}
		servertest.Decode(t, r, http.StatusCreated, nil)
		if r.Header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("the same NDJSON request was not replayed: %s", r.Body)
		}
	})

	t.Run("UnstorableText", func(t *testing.T) {
		s := s.On(t)
		h := servertest.SHA256Hex([]byte("review text"))
		for _, title := range []string{"a\x00b", "\x00"} {
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_title", "title"), "sup1", "POST", "/v1/works", map[string]any{"sha256": h, "title": title})
		}
		refuseUpload(s, t, servertest.Refused(http.StatusBadRequest, "invalid_title", "title"), "sup1", "/v1/works", map[string]string{"title": "a\x00b"}, []byte("f"))
		refuseUpload(s, t, servertest.Refused(http.StatusBadRequest, "invalid_title", "title"), "sup1", "/v1/works", map[string]string{"title": "a\xffb"}, []byte("f"))
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_title", "works[0].title"), "sup1", "POST", "/v1/works/catalogs",
			map[string]any{"catalog_id": "c", "works": []any{map[string]any{"sha256": h, "title": "x\x00"}}})
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid", "catalog_id"), "sup1", "POST", "/v1/works/catalogs",
			map[string]any{"catalog_id": "c\x00", "works": []any{map[string]any{"sha256": h, "title": "x"}}})
		line := fmt.Sprintf(`{"sha256":%q,"title":"x"}`+"\n", h)
		for _, id := range []string{"c%00", "c%ff", "%C3"} {
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid", "catalog_id"), "sup1", "POST", "/v1/works/catalogs?catalog_id="+id, line,
				"Content-Type", "application/x-ndjson")
		}
	})

	t.Run("FileTwice", func(t *testing.T) {
		s := s.On(t)
		for _, path := range []string{"/v1/works", "/v1/works/verify"} {
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			_ = mw.WriteField("title", "twice")
			for _, f := range []string{"one file", "another file"} {
				fw, err := mw.CreateFormFile("file", "work.png")
				if err != nil {
					t.Fatal(err)
				}
				fw.Write([]byte(f))
			}
			mw.Close()
			ops := s.RequestOps(t)
			r, err := s.Request("sup1", "POST", path, body.String(), "Content-Type", mw.FormDataContentType())
			if err != nil {
				t.Fatal(err)
			}
			servertest.CheckProblem(t, r, servertest.Refused(http.StatusBadRequest, "duplicate_field", "file"))
			if n := s.RequestOps(t); n != ops {
				t.Errorf("a refused upload recorded %d operations", n-ops)
			}
		}
	})

	t.Run("CatalogPrecedenceStepOnChain", func(t *testing.T) {
		s := s.On(t)
		body, hashes := servertest.CatalogBody("precedence", "precedence", 3)
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/works/catalogs", body, nil)
		var c certificate
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+hashes[1]+"/certificate", nil, &c)
		found := false
		for _, st := range c.Steps {
			if !strings.Contains(st.Title, "no direct registration came first") {
				continue
			}
			found = true
			w, err := copyrightregistry.NewCopyrightRegistry().UnpackWork(ethCall(s, t, st.RPC))
			if err != nil || w.Owner != (common.Address{}) || !strings.Contains(st.Expect, "0x0000000000000000000000000000000000000000") {
				t.Fatalf("work(%s) on chain: %+v %v; step %+v", hashes[1], w, err, st)
			}
		}
		if !found {
			t.Fatalf("a catalog certificate without its precedence step: %+v", c.Steps)
		}
	})

	// Last: it moves the chain's clock.
	t.Run("LicenceExpiryByChainTime", func(t *testing.T) {
		s := s.On(t)
		h := servertest.SHA256Hex([]byte("review licence"))
		var w servertest.Work
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/works", map[string]any{"sha256": h, "title": "licensed"}, &w)
		if w.Status != "registered" {
			t.Fatalf("work: %+v", w)
		}
		if err := clk.Advance(72 * time.Hour); err != nil {
			t.Fatal(err)
		}
		// Ahead of the wall clock, behind the chain's.
		p := s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_expiry", "expires_at"), "sup1", "POST", "/v1/works/"+h+"/licenses", map[string]any{
			"licensee": s.IDs["bank"], "terms_sha256": servertest.SHA256Hex([]byte("terms")), "expires_at": time.Now().Add(24 * time.Hour).UTC().Format(time.RFC3339),
		})
		if !strings.Contains(p.Detail, "chain") {
			t.Errorf("detail %q does not say the chain's time judged it", p.Detail)
		}
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/works/"+h+"/licenses", map[string]any{
			"licensee": s.IDs["bank"], "terms_sha256": servertest.SHA256Hex([]byte("terms")), "expires_at": time.Now().Add(96 * time.Hour).UTC().Format(time.RFC3339),
		}, &w)
		if len(w.Licenses) != 1 {
			t.Fatalf("licences: %+v", w.Licenses)
		}
	})
}
