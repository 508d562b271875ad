package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/pg"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestBadInput runs the refusals of the issue's "bad input and faults" through
// the real router, on one stack: every refusal is a problem+json with a stable
// code (and the field at fault), and records nothing.
func TestBadInput(t *testing.T) {
	s, clk := servertest.NewClock(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "core2", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER",
		"bank", "FINANCIER+CLEARING")

	// root: active, held by sup1, 600000.00 left after a 400000.00 part went
	// to sup2, who asked the bank to finance it (request fr, open).
	var root, pending servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0001", "1000000.00", s.DueIn(90)), &root)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0002", "5000.00", s.DueIn(60)), &pending)
	var split struct {
		Source servertest.Receivable   `json:"source"`
		Parts  []servertest.Receivable `json:"parts"`
	}
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/split", servertest.Parts(s.IDs["sup2"], "400000.00"), &split)
	part := split.Parts[0]
	var fr struct {
		ID string `json:"id"`
	}
	s.Must(http.StatusCreated, "sup2", "POST", "/v1/receivables/"+part.ID+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "400000.00", "max_annual_rate": "0.20"}, &fr)
	rootPath, partPath, frPath := "/v1/receivables/"+root.ID, "/v1/receivables/"+part.ID, "/v1/financing-requests/"+fr.ID

	// writes lists every write that binds a JSON body, each with a well-formed body.
	writes := []struct {
		org, path string
		body      map[string]any
	}{
		{"sup1", "/v1/receivables", s.Submission("INV-2026-0100", "1.00", s.DueIn(30))},
		{"sup1", rootPath + "/split", servertest.Parts(s.IDs["sup2"], "1.00")},
		{"sup1", rootPath + "/transfer", map[string]any{"to": s.IDs["sup2"]}},
		{"sup1", rootPath + "/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "1.00", "max_annual_rate": "0.20"}},
		{"bank", frPath + "/fund", map[string]any{"annual_rate": "0.05"}},
		{"bank", "/v1/cash/mint", map[string]any{"to": s.IDs["core"], "amount": "1.00"}},
		{"operator", "/v1/organizations", map[string]any{"name": "X", "roles": []string{"SUPPLIER"}, "tax_id": servertest.TaxID("X")}},
		{"verifier", "/v1/organizations/" + s.IDs["sup2"] + "/credentials", map[string]any{"topic": "KYB", "document_sha256": strings.Repeat("ab", 32), "expires_at": "2099-01-01T00:00:00Z"}},
	}

	t.Run("MalformedJSON", func(t *testing.T) {
		s := s.On(t)
		for _, w := range writes {
			for _, body := range []string{`{"value": "1.00"`, `not json`, `{"value": "1.00",}`, `{} {}`, ``, `{"value": '1.00'}`} {
				s.Refuse(t, servertest.Refused(http.StatusBadRequest, "malformed_json", ""), w.org, "POST", w.path, body)
			}
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_type", ""), w.org, "POST", w.path, `["not", "an", "object"]`)
		}
	})

	t.Run("UnknownField", func(t *testing.T) {
		s := s.On(t)
		for _, w := range writes {
			body := map[string]any{"colour": "red"}
			for k, v := range w.body {
				body[k] = v
			}
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "unknown_field", "colour"), w.org, "POST", w.path, body)
		}
		nested := s.Submission("INV-2026-0100", "1.00", s.DueIn(30))
		nested["invoice"].(map[string]any)["colour"] = "red"
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "unknown_field", "invoice.colour"), "sup1", "POST", "/v1/receivables", nested)
		inList := servertest.Parts(s.IDs["sup2"], "1.00", "2.00")
		inList["parts"].([]map[string]any)[1]["memo"] = "x"
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "unknown_field", "parts[1].memo"), "sup1", "POST", rootPath+"/split", inList)
		wrongType := s.Submission("INV-2026-0100", "1.00", s.DueIn(30))
		wrongType["value"] = 100
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_type", "value"), "sup1", "POST", "/v1/receivables", wrongType)
	})

	t.Run("WrongContentType", func(t *testing.T) {
		s := s.On(t)
		for _, w := range writes {
			j, _ := json.Marshal(w.body)
			for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", "application/xml", "application/jsonx", "multipart/form-data; boundary=x", "not a media type;;"} {
				if strings.HasPrefix(ct, "multipart/") && strings.HasSuffix(w.path, "/credentials") {
					// Credentials also come as multipart uploads: a JSON body under that type is a broken form.
					s.Refuse(t, servertest.Refused(http.StatusBadRequest, "malformed_form", ""), w.org, "POST", w.path, string(j), "Content-Type", ct)
					continue
				}
				s.Refuse(t, servertest.Refused(http.StatusUnsupportedMediaType, "unsupported_media_type", ""), w.org, "POST", w.path, string(j), "Content-Type", ct)
			}
		}
		// Parameters and case do not matter: these reach validation.
		bad := s.Submission("INV-2026-0100", "abc", s.DueIn(30))
		for _, ct := range []string{"application/json; charset=utf-8", "Application/JSON"} {
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_amount", "value"), "sup1", "POST", "/v1/receivables", bad, "Content-Type", ct)
		}
	})

	t.Run("Amount", func(t *testing.T) {
		s := s.On(t)
		amounts := []struct{ amount, code string }{
			{"-1.00", "invalid_amount"},
			{"-0", "invalid_amount"},
			{"0", "invalid_amount"},
			{"0.00", "invalid_amount"},
			{"1.005", "amount_precision"},
			{"0.001", "amount_precision"},
			{"3402823669209384634633746074317682114.56", "amount_too_large"}, // 2^128 fen
			{"1" + strings.Repeat("0", 60) + ".00", "amount_too_large"},
			{"1e5", "invalid_amount"},
			{"1E5", "invalid_amount"},
			{"abc", "invalid_amount"},
			{"", "invalid_amount"},
			{"NaN", "invalid_amount"},
			{"1,000.00", "invalid_amount"},
			{"0x10", "invalid_amount"},
		}
		targets := []struct {
			org, path, field string
			body             func(amount string) map[string]any
		}{
			{"sup1", "/v1/receivables", "value", func(a string) map[string]any { return s.Submission("INV-2026-0100", a, s.DueIn(30)) }},
			{"sup1", rootPath + "/split", "parts[0].value", func(a string) map[string]any { return servertest.Parts(s.IDs["sup2"], a) }},
			{"sup1", rootPath + "/financing-requests", "value", func(a string) map[string]any {
				return map[string]any{"financier": s.IDs["bank"], "value": a, "max_annual_rate": "0.20"}
			}},
			{"bank", frPath + "/fund", "price", func(a string) map[string]any { return map[string]any{"price": a} }},
			{"bank", "/v1/cash/mint", "amount", func(a string) map[string]any { return map[string]any{"to": s.IDs["core"], "amount": a} }},
		}
		for _, tg := range targets {
			for _, a := range amounts {
				want := servertest.Refused(http.StatusUnprocessableEntity, a.code, tg.field)
				if tg.field == "price" && a.amount == "" { // no price is no rate either
					want = servertest.Refused(http.StatusUnprocessableEntity, "invalid", "annual_rate")
				}
				s.Refuse(t, want, tg.org, "POST", tg.path, tg.body(a.amount))
			}
		}
	})

	t.Run("DueDate", func(t *testing.T) {
		s := s.On(t)
		for _, c := range []struct{ due, code string }{
			{s.DueIn(-1), "due_date_in_past"},
			{s.DueIn(0), "due_date_in_past"}, // the start of the chain's today has passed
			{s.DueIn(367), "term_too_long"},  // 366 is past the term too, unless the chain's clock crosses midnight meanwhile
			{s.DueIn(1000), "term_too_long"},
			{"2027-02-30", "invalid_date"},
			{"31/12/2026", "invalid_date"},
			{"", "invalid_date"},
		} {
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, c.code, "due_date"), "sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0100", "1.00", c.due))
		}
		var r servertest.Receivable
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0101", "1.00", s.DueIn(365)), &r)
	})

	t.Run("UnknownOrganization", func(t *testing.T) {
		s := s.On(t)
		for _, ref := range []string{"999999", "0x00000000000000000000000000000000000000aa", "acme", "-1"} {
			body := s.Submission("INV-2026-0100", "1.00", s.DueIn(30))
			body["obligor"] = ref
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "obligor"), "sup1", "POST", "/v1/receivables", body)
			issue := s.Submission("INV-2026-0100", "1.00", s.DueIn(30))
			delete(issue, "obligor")
			issue["supplier"] = ref
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "supplier"), "core", "POST", "/v1/receivables", issue)
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "parts[0].to"), "sup1", "POST", rootPath+"/split", servertest.Parts(ref, "1.00"))
			two := servertest.Parts(s.IDs["sup2"], "1.00", "1.00")
			two["parts"].([]map[string]any)[1]["to"] = ref
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "parts[1].to"), "sup1", "POST", rootPath+"/split", two)
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "financier"), "sup1", "POST", rootPath+"/financing-requests",
				map[string]any{"financier": ref, "value": "1.00", "max_annual_rate": "0.20"})
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "to"), "sup1", "POST", rootPath+"/transfer", map[string]any{"to": ref})
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "unknown_organization", "to"), "bank", "POST", "/v1/cash/mint", map[string]any{"to": ref, "amount": "1.00"})
		}
	})

	t.Run("WrongRole", func(t *testing.T) {
		s := s.On(t)
		forbidden := servertest.Refused(http.StatusForbidden, "forbidden", "")
		s.Refuse(t, forbidden, "bank", "POST", "/v1/receivables", s.Submission("INV-2026-0100", "1.00", s.DueIn(30)))
		// The role is judged first: a bank "submitting" an existing invoice is refused for its role.
		s.Refuse(t, forbidden, "bank", "POST", "/v1/receivables", s.Submission("INV-2026-0001", "1000000.00", s.DueIn(90)))
		issue := s.Submission("INV-2026-0100", "1.00", s.DueIn(30))
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup2"]
		s.Refuse(t, forbidden, "sup1", "POST", "/v1/receivables", issue)
		s.Refuse(t, forbidden, "sup1", "POST", "/v1/receivables/"+pending.ID+"/confirm", nil)
		s.Refuse(t, forbidden, "sup1", "POST", "/v1/receivables/"+pending.ID+"/reject", nil)
		s.Refuse(t, forbidden, "sup1", "POST", frPath+"/fund", map[string]any{"annual_rate": "0.05"})
		s.Refuse(t, forbidden, "sup2", "POST", frPath+"/fund", map[string]any{"price": "390000.00"})
		s.Refuse(t, forbidden, "sup1", "POST", "/v1/cash/mint", map[string]any{"to": s.IDs["sup1"], "amount": "1.00"})
		s.Refuse(t, forbidden, "sup1", "POST", "/v1/organizations", map[string]any{"name": "X", "roles": []string{"SUPPLIER"}})
		s.Refuse(t, forbidden, "sup1", "POST", "/v1/organizations/"+s.IDs["sup2"]+"/credentials", writes[7].body)
		s.Refuse(t, forbidden, "sup1", "DELETE", "/v1/organizations/"+s.IDs["sup2"]+"/credentials/KYB", nil)
		notCore := s.Submission("INV-2026-0100", "1.00", s.DueIn(30))
		notCore["obligor"] = s.IDs["sup2"]
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "not_core_enterprise", "obligor"), "sup1", "POST", "/v1/receivables", notCore)
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "not_financier", "financier"), "sup1", "POST", rootPath+"/financing-requests",
			map[string]any{"financier": s.IDs["core"], "value": "1.00", "max_annual_rate": "0.20"})
	})

	t.Run("WrongOrganization", func(t *testing.T) {
		s := s.On(t)
		forbidden := servertest.Refused(http.StatusForbidden, "forbidden", "")
		s.Refuse(t, forbidden, "core2", "POST", "/v1/receivables/"+pending.ID+"/confirm", nil)
		s.Refuse(t, forbidden, "core2", "POST", "/v1/receivables/"+pending.ID+"/reject", nil)
		s.Refuse(t, forbidden, "core2", "POST", rootPath+"/repay", nil)
		s.Refuse(t, forbidden, "sup2", "POST", rootPath+"/transfer", map[string]any{"to": s.IDs["sup2"]})
		s.Refuse(t, forbidden, "sup2", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], "1.00"))
		s.Refuse(t, forbidden, "sup1", "POST", partPath+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "1.00", "max_annual_rate": "0.20"})
		s.Refuse(t, forbidden, "sup1", "POST", frPath+"/cancel", nil)
		s.Refuse(t, forbidden, "sup1", "POST", frPath+"/decline", nil)
	})

	t.Run("Unauthenticated", func(t *testing.T) {
		s := s.On(t)
		unauthorized := servertest.Refused(http.StatusUnauthorized, "unauthorized", "")
		for _, auth := range []string{"", "Bearer dck_" + strings.Repeat("0", 64), "Bearer ", "Basic c3VwMTpzZWNyZXQ=", "dck_" + strings.Repeat("0", 64)} {
			for _, w := range writes[:3] {
				s.Refuse(t, unauthorized, "", "POST", w.path, w.body, "Authorization", auth)
			}
			r, err := s.Request("", "GET", rootPath, nil, "Authorization", auth)
			if err != nil {
				t.Fatal(err)
			}
			servertest.CheckProblem(t, r, unauthorized)
			if ch := r.Header.Get("WWW-Authenticate"); !strings.HasPrefix(ch, "Bearer ") {
				t.Errorf("Authorization %q: WWW-Authenticate %q, want a Bearer challenge", auth, ch)
			}
		}
		// The scheme is case-insensitive (RFC 9110 section 11.1).
		if st := s.Call("", "GET", rootPath, nil, nil, "Authorization", "bearer "+s.Keys["sup1"]); st != http.StatusOK {
			t.Errorf("lower-case bearer: status %d", st)
		}
	})

	t.Run("SplitValue", func(t *testing.T) {
		s := s.On(t)
		tooMuch := servertest.Refused(http.StatusUnprocessableEntity, "insufficient_value", "parts")
		s.Refuse(t, tooMuch, "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], "600000.00"))
		s.Refuse(t, tooMuch, "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], "300000.00", "300000.00"))
		s.Refuse(t, tooMuch, "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], "400000.00", "300000.00"))
		s.Refuse(t, tooMuch, "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], "3402823669209384634633746074317682114.55"))
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_parts", "parts"), "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"]))
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_parts", "parts"), "sup1", "POST", rootPath+"/split", map[string]any{})
		many := make([]string, 65)
		for i := range many {
			many[i] = "1.00"
		}
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_parts", "parts"), "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], many...))
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "insufficient_value", "value"), "sup1", "POST", rootPath+"/financing-requests",
			map[string]any{"financier": s.IDs["bank"], "value": "600000.01", "max_annual_rate": "0.20"})
	})

	t.Run("NotRoot", func(t *testing.T) {
		s := s.On(t)
		notRoot := servertest.Refused(http.StatusUnprocessableEntity, "not_root", "")
		s.Refuse(t, notRoot, "core", "POST", partPath+"/repay", nil)
		s.Refuse(t, notRoot, "core", "POST", partPath+"/confirm", nil)
		s.Refuse(t, notRoot, "core", "POST", partPath+"/reject", nil)
	})

	t.Run("DuplicateInvoice", func(t *testing.T) {
		s := s.On(t)
		for _, number := range []string{"INV-2026-0001", " inv 2026 0001 ", "inv/2026/0001", "Inv_2026.0001"} {
			p := s.Refuse(t, servertest.Refused(http.StatusConflict, "invoice_already_tokenized", ""), "sup1", "POST", "/v1/receivables", s.Submission(number, "1000000.00", s.DueIn(90)))
			if !strings.Contains(p.Detail, "receivable "+root.ID) {
				t.Errorf("%q: detail %q does not name receivable %s", number, p.Detail, root.ID)
			}
		}
		// The same invoice typed differently, and issued by its buyer instead.
		typed := s.Submission("INV-2026-0001", "1000000", s.DueIn(120))
		typed["invoice"].(map[string]any)["seller_tax_id"] = " " + strings.ToLower(servertest.TaxID("sup1"))
		s.Refuse(t, servertest.Refused(http.StatusConflict, "invoice_already_tokenized", ""), "sup1", "POST", "/v1/receivables", typed)
		issue := s.Submission("INV 2026 0001", "1000000.00", s.DueIn(90))
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup1"]
		s.Refuse(t, servertest.Refused(http.StatusConflict, "invoice_already_tokenized", ""), "core", "POST", "/v1/receivables", issue)
	})

	// Two submissions of one invoice, both past the read-model check before
	// either is mined: the contract is the last line, and lets one through.
	t.Run("DuplicateRace", func(t *testing.T) {
		s := s.On(t)
		var before int
		if err := s.Server.Pool.QueryRow(context.Background(), `SELECT COALESCE(max(id), 0) FROM operations`).Scan(&before); err != nil {
			t.Fatal(err)
		}
		body := s.Submission("INV-2026-RACE", "2500.00", s.DueIn(30))
		release := clk.Hold()
		defer release()
		replies := make(chan servertest.Reply, 2)
		for range 2 {
			go func() {
				r, err := s.Request("sup1", "POST", "/v1/receivables", body)
				if err != nil {
					r.Body = []byte(err.Error())
				}
				replies <- r
			}()
		}
		s.WaitCount(t, 2, `SELECT count(*) FROM operations WHERE id > $1 AND kind = 'receivable.submit'`, before)
		release()
		var created servertest.Receivable
		var refused servertest.Reply
		for range 2 {
			r := <-replies
			switch r.Status {
			case http.StatusCreated:
				if err := json.Unmarshal(r.Body, &created); err != nil {
					t.Fatal(err)
				}
			default:
				refused = r
			}
		}
		if created.ID == "" {
			t.Fatalf("neither submission created a receivable; one answered %d %s", refused.Status, refused.Body)
		}
		p := servertest.CheckProblem(t, refused, servertest.Refused(http.StatusConflict, "invoice_already_tokenized", ""))
		if !strings.Contains(p.Detail, "ReceivableInvoiceAlreadyTokenized(") || !strings.Contains(p.Detail, ", "+created.ID+")") {
			t.Errorf("detail %q does not name receivable %s", p.Detail, created.ID)
		}
		if n := s.Count(t, `SELECT count(*) FROM receivables WHERE fingerprint = (SELECT fingerprint FROM receivables WHERE id = $1)`, created.ID); n != 1 {
			t.Errorf("%d receivables hold the invoice", n)
		}
		rows, err := s.Server.Pool.Query(context.Background(), `SELECT state || ' ' || error_code FROM operations WHERE id > $1 ORDER BY state`, before)
		if err != nil {
			t.Fatal(err)
		}
		states, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(states) != "[confirmed  failed ReceivableInvoiceAlreadyTokenized]" {
			t.Errorf("operations: %q", states)
		}
	})

	t.Run("NotFound", func(t *testing.T) {
		s := s.On(t)
		notFound := servertest.Refused(http.StatusNotFound, "not_found", "")
		for _, path := range []string{"/v1/receivables/999999", "/v1/receivables/abc", "/v1/receivables/0", "/v1/receivables/999999/history",
			"/v1/operations/999999", "/v1/operations/xyz", "/v1/financing-requests/999999", "/v1/financing-requests/999999/quote?annual_rate=0.05",
			"/v1/organizations/999999", "/v1/organizations/0x00000000000000000000000000000000000000aa", "/v1/cash/balances/999999", "/v1/no-such-thing"} {
			s.Refuse(t, notFound, "sup1", "GET", path, nil)
		}
		s.Refuse(t, notFound, "core", "POST", "/v1/receivables/999999/confirm", nil)
		s.Refuse(t, notFound, "core", "POST", "/v1/receivables/999999/repay", nil)
		s.Refuse(t, notFound, "sup1", "POST", "/v1/receivables/999999/split", servertest.Parts(s.IDs["sup2"], "1.00"))
		s.Refuse(t, notFound, "sup1", "POST", "/v1/receivables/999999/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "1.00", "max_annual_rate": "0.20"})
		s.Refuse(t, notFound, "bank", "POST", "/v1/financing-requests/999999/fund", map[string]any{"annual_rate": "0.05"})
		s.Refuse(t, notFound, "verifier", "DELETE", "/v1/organizations/999999/credentials/KYB", nil)
	})

	t.Run("MethodNotAllowed", func(t *testing.T) {
		s := s.On(t)
		notAllowed := servertest.Refused(http.StatusMethodNotAllowed, "method_not_allowed", "")
		s.Refuse(t, notAllowed, "sup1", "PUT", rootPath, map[string]any{})
		s.Refuse(t, notAllowed, "sup1", "DELETE", "/v1/receivables", nil)
		s.Refuse(t, notAllowed, "sup1", "PATCH", "/v1/organizations/"+s.IDs["sup2"], map[string]any{})
		// Authentication still comes first.
		s.Refuse(t, servertest.Refused(http.StatusUnauthorized, "unauthorized", ""), "", "PUT", rootPath, map[string]any{})
	})

	// Late: it moves the chain's time three days on.
	t.Run("PastDue", func(t *testing.T) {
		s := s.On(t)
		var short servertest.Receivable
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0400", "20000.00", s.DueIn(2)), &short)
		s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+short.ID+"/confirm", nil, &short)
		var sp struct {
			Parts []servertest.Receivable `json:"parts"`
		}
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+short.ID+"/split", servertest.Parts(s.IDs["sup2"], "5000.00"), &sp)
		var open struct {
			ID string `json:"id"`
		}
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+short.ID+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "15000.00", "max_annual_rate": "0.20"}, &open)

		if err := clk.Advance(3 * 24 * time.Hour); err != nil {
			t.Fatalf("advance the chain's time: %v", err)
		}

		pastDue := servertest.Refused(http.StatusUnprocessableEntity, "past_due", "")
		shortPart := "/v1/receivables/" + sp.Parts[0].ID
		s.Refuse(t, pastDue, "sup2", "POST", shortPart+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "5000.00", "max_annual_rate": "0.20"})
		s.Refuse(t, pastDue, "sup2", "POST", shortPart+"/transfer", map[string]any{"to": s.IDs["sup1"]})
		s.Refuse(t, pastDue, "sup2", "POST", shortPart+"/split", servertest.Parts(s.IDs["sup1"], "1.00"))
		s.Refuse(t, pastDue, "bank", "GET", "/v1/financing-requests/"+open.ID+"/quote?annual_rate=0.05", nil)
		s.Refuse(t, pastDue, "bank", "POST", "/v1/financing-requests/"+open.ID+"/fund", map[string]any{"annual_rate": "0.05"})

		// A price skips the quote, not the due date: the API refuses it too (the
		// contract's own ReceivablePastDue is tested in contracts/).
		s.Refuse(t, pastDue, "bank", "POST", "/v1/financing-requests/"+open.ID+"/fund", map[string]any{"price": "14000.00"})
		var req struct {
			Status string `json:"status"`
		}
		s.Must(http.StatusOK, "bank", "GET", "/v1/financing-requests/"+open.ID, nil, &req)
		if req.Status != "expired" { // it expired at the due date at the latest
			t.Errorf("financing request %s is %s", open.ID, req.Status)
		}
	})

	// After PastDue, which moves receivables to sup2.
	t.Run("RevokedKYB", func(t *testing.T) {
		s := s.On(t)
		issue := s.Submission("INV-2026-0300", "8000.00", s.DueIn(60))
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup2"]
		issue["invoice"] = servertest.InvoiceOf("INV-2026-0300", "sup2", "core")
		var own servertest.Receivable
		s.Must(http.StatusCreated, "core", "POST", "/v1/receivables", issue, &own)
		if st := s.Call("verifier", "DELETE", "/v1/organizations/"+s.IDs["sup2"]+"/credentials/KYB", nil, nil); st != http.StatusOK {
			t.Fatalf("revoke: status %d", st)
		}
		own2 := "/v1/receivables/" + own.ID
		notVerified := servertest.Refused(http.StatusUnprocessableEntity, "not_verified", "")
		s.Refuse(t, notVerified, "sup2", "POST", own2+"/transfer", map[string]any{"to": s.IDs["sup1"]})
		s.Refuse(t, notVerified, "sup2", "POST", own2+"/split", servertest.Parts(s.IDs["sup1"], "1000.00"))
		s.Refuse(t, notVerified, "sup2", "POST", own2+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "8000.00", "max_annual_rate": "0.20"})
		s.Refuse(t, notVerified, "sup2", "POST", "/v1/receivables", s.Submission("INV-2026-0301", "1.00", s.DueIn(30)))
		// Nor does anything move to it.
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "not_verified", "to"), "sup1", "POST", rootPath+"/transfer", map[string]any{"to": s.IDs["sup2"]})
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "not_verified", "parts[0].to"), "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup2"], "1.00"))
		issue["invoice"] = servertest.InvoiceOf("INV-2026-0302", "sup2", "core")
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "not_verified", "supplier"), "core", "POST", "/v1/receivables", issue)
	})

	// Last: it takes the database away for a moment.
	t.Run("DatabaseDown", func(t *testing.T) {
		s := s.On(t)
		ctx := context.Background()
		admin, err := pg.WithDatabase(s.Server.Config.DatabaseURL, "postgres")
		if err != nil {
			t.Fatal(err)
		}
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Skipf("no maintenance connection: %v", err)
		}
		defer conn.Close(ctx)
		db := s.Server.Pool.Config().ConnConfig.Database
		ident := pgx.Identifier{db}.Sanitize()
		if _, err := conn.Exec(ctx, `ALTER DATABASE `+ident+` ALLOW_CONNECTIONS false`); err != nil {
			t.Skipf("cannot close the database to connections: %v", err)
		}
		restored := false
		restore := func() {
			if !restored {
				restored = true
				if _, err := conn.Exec(ctx, `ALTER DATABASE `+ident+` ALLOW_CONNECTIONS true`); err != nil {
					t.Fatal(err)
				}
			}
		}
		defer restore()
		if _, err := conn.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, db); err != nil {
			t.Fatal(err)
		}
		unavailable := servertest.Refused(http.StatusServiceUnavailable, "unavailable", "")
		down := func(org, method, path string, body any, hdr ...string) {
			t.Helper()
			r, err := s.Request(org, method, path, body, hdr...)
			if err != nil {
				t.Fatal(err)
			}
			servertest.CheckProblem(t, r, unavailable)
			if ra := r.Header.Get("Retry-After"); ra != "5" {
				t.Errorf("%s %s: Retry-After %q", method, path, ra)
			}
		}
		down("sup1", "GET", rootPath, nil)
		down("sup1", "GET", "/v1/receivables", nil)
		down("sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0500", "1.00", s.DueIn(30)), "Idempotency-Key", "while-down")
		down("sup1", "POST", rootPath+"/transfer", map[string]any{"to": s.IDs["sup2"]})
		r, err := s.Request("", "GET", "/readyz", nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" || !strings.Contains(string(r.Body), `"database":"down`) {
			t.Errorf("readyz while the database is down: %d %v %s", r.Status, r.Header, r.Body)
		}
		restore()

		deadline := time.Now().Add(10 * time.Second)
		for s.Call("sup1", "GET", rootPath, nil, nil) != http.StatusOK {
			if time.Now().After(deadline) {
				t.Fatal("the API did not come back with the database")
			}
			time.Sleep(20 * time.Millisecond)
		}
		if n := s.Count(t, `SELECT count(*) FROM idempotency_keys WHERE key = 'while-down'`); n != 0 {
			t.Error("a write refused while the database was down kept its key")
		}
		if n := s.Count(t, `SELECT count(*) FROM invoices WHERE number = 'INV-2026-0500'`); n != 0 {
			t.Error("a write refused while the database was down was recorded")
		}
		var back servertest.Receivable
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-2026-0500", "1.00", s.DueIn(30)), &back)
	})
}
