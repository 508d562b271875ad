package receivable_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/duochain/duochain/services/server/servertest"
)

// TestInvoiceIdentity performs the attacks of issue 8, section 3 through the
// real router: an invoice already tokenized, sent again typed differently or
// with another value or date, is a 409 naming the first receivable; an
// invoice that does not name the submitter as seller and the obligor as buyer
// is a 422. Every refusal records nothing.
func TestInvoiceIdentity(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "core2", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER")

	var first servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-000123", "1000.00", s.DueIn(90)), &first)

	// submit is sup1's submission of number to core, with the invoice changed by edit.
	submit := func(number, value string, edit func(inv map[string]any)) map[string]any {
		body := s.Submission(number, value, s.DueIn(60))
		if edit != nil {
			edit(body["invoice"].(map[string]any))
		}
		return body
	}
	duplicate := servertest.Refused(http.StatusConflict, "invoice_already_tokenized", "")
	for _, c := range []struct {
		name string
		body map[string]any
	}{
		{"FullWidthDigits", submit("INV-０００１２３", "1000.00", nil)},
		{"FullWidth", submit("ＩＮＶ－０００１２３", "1000.00", nil)},
		{"CyrillicLookalike", submit("\u0406NV-000123", "1000.00", nil)}, // Cyrillic І
		{"GreekOmicronForZero", submit("INV-\u039f00123", "1000.00", nil)},
		{"ArabicIndicDigits", submit("INV-٠٠٠١٢٣", "1000.00", nil)},
		{"DevanagariDigits", submit("INV-०००१२३", "1000.00", nil)},
		{"DroppedLeadingZeros", submit("INV-123", "1000.00", nil)},
		{"AddedLeadingZeros", submit("INV-00000123", "1000.00", nil)},
		{"OtherValue", submit("INV-000123", "1000.01", nil)},
		{"OtherDate", submit("INV-000123", "1000.00", func(inv map[string]any) { inv["issue_date"] = "2026-11-02" })},
		{"LowerCase", submit("inv-000123", "1000.00", nil)},
		{"MixedSeparators", submit(" INV/000.123_ ", "1000.00", nil)},
		{"ZeroWidthSpace", submit("INV-\u200b000123", "1000.00", nil)},
		{"SoftHyphen", submit("INV\u00ad000123", "1000.00", nil)},
		{"RomanNumeralOne", submit("\u2160NV-000123", "1000.00", nil)}, // Ⅰ
		{"TrailingWhitespace", submit("INV-000123 \t\u3000", "1000.00", nil)},
		{"SellerTaxIDTypedDifferently", submit("INV-000123", "1000.00", func(inv map[string]any) {
			inv["seller_tax_id"] = "cn: " + strings.ToLower(servertest.TaxID("sup1"))
		})},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := s.On(t).Refuse(t, duplicate, "sup1", "POST", "/v1/receivables", c.body)
			if !strings.Contains(p.Detail, "receivable "+first.ID) {
				t.Errorf("detail %q does not name receivable %s", p.Detail, first.ID)
			}
		})
	}
	// The same seller's invoice charged to another buyer is still that invoice.
	t.Run("OtherObligor", func(t *testing.T) {
		body := submit("INV-000123", "1000.00", func(inv map[string]any) { inv["buyer_tax_id"] = servertest.TaxID("core2") })
		body["obligor"] = s.IDs["core2"]
		s.On(t).Refuse(t, duplicate, "sup1", "POST", "/v1/receivables", body)
	})
	// Issued directly by the buyer, as a supplier's invoice it is the same one.
	t.Run("IssuedByTheBuyer", func(t *testing.T) {
		issue := submit("INV 123", "999.00", nil)
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup1"]
		s.On(t).Refuse(t, duplicate, "core", "POST", "/v1/receivables", issue)
	})

	t.Run("AnotherCompanysSellerTaxID", func(t *testing.T) {
		s := s.On(t)
		mismatch := servertest.Refused(http.StatusUnprocessableEntity, "seller_tax_id_mismatch", "invoice.seller_tax_id")
		// sup2 tokenizes an invoice that sup1 issued: a new number, and the one sup1 tokenized.
		for _, number := range []string{"INV-777", "INV-000123"} {
			body := s.Submission(number, "1000.00", s.DueIn(60))
			s.Refuse(t, mismatch, "sup2", "POST", "/v1/receivables", body)
		}
		// A core enterprise issuing to sup2 an invoice whose seller is sup1.
		issue := s.Submission("INV-778", "1000.00", s.DueIn(60))
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup2"]
		s.Refuse(t, mismatch, "core", "POST", "/v1/receivables", issue)
	})
	t.Run("BuyerTaxIDNotTheObligors", func(t *testing.T) {
		s := s.On(t)
		mismatch := servertest.Refused(http.StatusUnprocessableEntity, "buyer_tax_id_mismatch", "invoice.buyer_tax_id")
		body := s.Submission("INV-779", "1000.00", s.DueIn(60))
		body["invoice"] = servertest.InvoiceOf("INV-779", "sup1", "core2") // owed by core, billed to core2
		s.Refuse(t, mismatch, "sup1", "POST", "/v1/receivables", body)
		issue := s.Submission("INV-780", "1000.00", s.DueIn(60))
		delete(issue, "obligor")
		issue["supplier"] = s.IDs["sup1"]
		issue["invoice"] = servertest.InvoiceOf("INV-780", "sup1", "core2") // core issues an invoice billed to core2
		s.Refuse(t, mismatch, "core", "POST", "/v1/receivables", issue)
		// Seller and buyer swapped.
		body["invoice"] = servertest.InvoiceOf("INV-781", "core", "sup1")
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "seller_tax_id_mismatch", "invoice.seller_tax_id"), "sup1", "POST", "/v1/receivables", body)
	})
	t.Run("WrongCheckCharacter", func(t *testing.T) {
		s := s.On(t)
		bad := servertest.TaxID("sup1")[:17] + "0"
		if bad == servertest.TaxID("sup1") {
			bad = servertest.TaxID("sup1")[:17] + "1"
		}
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "invoice.seller_tax_id"), "sup1", "POST", "/v1/receivables",
			submit("INV-782", "1.00", func(inv map[string]any) { inv["seller_tax_id"] = bad }))
	})

	// A VAT invoice's code and number are one invoice however they are sent.
	t.Run("VATInvoiceCode", func(t *testing.T) {
		s := s.On(t)
		var vat servertest.Receivable
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables",
			submit("00012345", "500.00", func(inv map[string]any) { inv["code"] = "3100204130" }), &vat)
		for _, edit := range []func(inv map[string]any){
			func(inv map[string]any) { inv["number"] = "310020413000012345" },
			func(inv map[string]any) { inv["code"], inv["number"] = "３１００２０４１３０", "12345" },
		} {
			p := s.Refuse(t, duplicate, "sup1", "POST", "/v1/receivables", submit("", "500.00", edit))
			if !strings.Contains(p.Detail, "receivable "+vat.ID) {
				t.Errorf("detail %q does not name receivable %s", p.Detail, vat.ID)
			}
		}
		var code *string
		var identity string
		if err := s.Server.Pool.QueryRow(t.Context(), `SELECT code, identity FROM invoices WHERE number = '00012345'`).Scan(&code, &identity); err != nil {
			t.Fatal(err)
		}
		if code == nil || *code != "3100204130" || identity != servertest.TaxID("sup1")+"|"+"3lOO2O4l3OOOOl2345" {
			t.Errorf("invoices row: code %v identity %q", code, identity)
		}
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_invoice_code", "invoice.code"), "sup1", "POST", "/v1/receivables",
			submit("00012346", "500.00", func(inv map[string]any) { inv["code"] = "31002041" }))
	})

	// An obligor registered before tax ids is billed by none until an operator sets its tax id.
	t.Run("TaxIDMissing", func(t *testing.T) {
		s := s.On(t)
		if _, err := s.Server.Pool.Exec(t.Context(), `UPDATE organizations SET tax_id = NULL WHERE id = $1`, s.IDs["core2"]); err != nil {
			t.Fatal(err)
		}
		body := s.Submission("INV-790", "1000.00", s.DueIn(60))
		body["obligor"], body["invoice"] = s.IDs["core2"], servertest.InvoiceOf("INV-790", "sup1", "core2")
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "tax_id_missing", "invoice.buyer_tax_id"), "sup1", "POST", "/v1/receivables", body)
		s.Must(http.StatusOK, "operator", "PUT", "/v1/organizations/"+s.IDs["core2"]+"/tax-id", map[string]any{"tax_id": servertest.TaxID("core2")}, nil)
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", body, nil)
	})

	// Hostile text is a 400 or 422, never a 500.
	t.Run("HostileText", func(t *testing.T) {
		s := s.On(t)
		for _, c := range []struct {
			name, field, value string
			want               servertest.Refusal
		}{
			{"NULInNumber", "number", "INV-\x00-1", servertest.Refused(http.StatusBadRequest, "invalid_text", "invoice.number")},
			{"NULInSeller", "seller_tax_id", servertest.TaxID("sup1") + "\x00", servertest.Refused(http.StatusBadRequest, "invalid_text", "invoice.seller_tax_id")},
			{"NULInCode", "code", "3100204130\x00", servertest.Refused(http.StatusBadRequest, "invalid_text", "invoice.code")},
			{"HugeNumber", "number", strings.Repeat("9", 100000), servertest.Refused(http.StatusUnprocessableEntity, "invalid_invoice_number", "invoice.number")},
			{"HugeBuyer", "buyer_tax_id", strings.Repeat("9", 100000), servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "invoice.buyer_tax_id")},
			{"OnlyInvisible", "number", "\u200b\u00ad\u2060", servertest.Refused(http.StatusUnprocessableEntity, "invalid_invoice_number", "invoice.number")},
		} {
			t.Run(c.name, func(t *testing.T) {
				s.On(t).Refuse(t, c.want, "sup1", "POST", "/v1/receivables", submit("INV-900", "1.00", func(inv map[string]any) { inv[c.field] = c.value }))
			})
		}
		// Invalid UTF-8, which encoding/json would turn into U+FFFD.
		raw := `{"obligor":"` + s.IDs["core"] + `","value":"1.00","currency":"CNY","due_date":"` + s.DueIn(30) +
			`","invoice":{"number":"INV-` + "\xff\xfe" + `","issue_date":"2026-11-01","seller_tax_id":"` + servertest.TaxID("sup1") + `","buyer_tax_id":"` + servertest.TaxID("core") + `"}}`
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_text", "invoice.number"), "sup1", "POST", "/v1/receivables", raw)
	})
}

// TestOrganizationTaxID: the operator registers an organization's tax id,
// required of suppliers and core enterprises, checked, unique, and shown.
func TestOrganizationTaxID(t *testing.T) {
	s := servertest.New(t)
	org := func(name, taxID string, roles ...string) map[string]any {
		b := map[string]any{"name": name, "roles": roles}
		if taxID != "" {
			b["tax_id"] = taxID
		}
		return b
	}
	var created struct {
		ID    string `json:"id"`
		TaxID string `json:"tax_id"`
	}
	// Typed with separators, in lower case, full width: stored canonical.
	s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", org("Supplier A", " ９１３１００００ma1k-0000-19 ", "SUPPLIER"), &created)
	if created.TaxID != "91310000MA1K000019" {
		t.Errorf("created with tax_id %q", created.TaxID)
	}
	var got struct {
		TaxID string `json:"tax_id"`
	}
	s.Must(http.StatusOK, "operator", "GET", "/v1/organizations/"+created.ID, nil, &got)
	if got.TaxID != "91310000MA1K000019" {
		t.Errorf("GET shows tax_id %q", got.TaxID)
	}
	var list struct {
		Items []struct {
			ID    string `json:"id"`
			TaxID string `json:"tax_id"`
		} `json:"items"`
	}
	s.Must(http.StatusOK, "operator", "GET", "/v1/organizations", nil, &list)
	found := false
	for _, o := range list.Items {
		found = found || (o.ID == created.ID && o.TaxID == "91310000MA1K000019")
	}
	if !found {
		t.Errorf("the list does not show the tax id: %+v", list.Items)
	}
	// Elsewhere: a country and an identifier. A bank may go without.
	s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", org("German Supplier GmbH", "de:DE 123 456 789", "SUPPLIER"), &created)
	if created.TaxID != "DE:DE123456789" {
		t.Errorf("created with tax_id %q", created.TaxID)
	}
	created.TaxID = ""
	s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", org("Bank Without", "", "FINANCIER"), &created)
	if created.TaxID != "" {
		t.Errorf("created with tax_id %q", created.TaxID)
	}

	for _, c := range []struct {
		name string
		body map[string]any
		want servertest.Refusal
	}{
		{"WrongCheckCharacter", org("B", "91310000MA1K000018", "SUPPLIER"), servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "tax_id")},
		{"CyrillicLetter", org("B", "91310000МA1K000019", "SUPPLIER"), servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "tax_id")},
		{"UnknownCountry", org("B", "XX:123456", "SUPPLIER"), servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "tax_id")},
		{"NoCountry", org("B", "DE123456789", "SUPPLIER"), servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "tax_id")},
		{"MissingForSupplier", org("B", "", "SUPPLIER"), servertest.Refused(http.StatusUnprocessableEntity, "tax_id_required", "tax_id")},
		{"MissingForCoreEnterprise", org("B", "", "FINANCIER", "CORE_ENTERPRISE"), servertest.Refused(http.StatusUnprocessableEntity, "tax_id_required", "tax_id")},
		{"Taken", org("B", "91310000MA1K000019", "SUPPLIER"), servertest.Refused(http.StatusConflict, "tax_id_taken", "tax_id")},
		{"TakenTypedDifferently", org("B", "CN:91310000ma1k000019", "CORE_ENTERPRISE"), servertest.Refused(http.StatusConflict, "tax_id_taken", "tax_id")},
		{"TakenElsewhere", org("B", "DE:DE-123.456.789", "FINANCIER"), servertest.Refused(http.StatusConflict, "tax_id_taken", "tax_id")},
		{"NUL", org("B", "91310000MA1K0000\x0019", "SUPPLIER"), servertest.Refused(http.StatusBadRequest, "invalid_text", "tax_id")},
		{"Huge", org("B", strings.Repeat("9", 100000), "SUPPLIER"), servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "tax_id")},
	} {
		t.Run(c.name, func(t *testing.T) { s.On(t).Refuse(t, c.want, "operator", "POST", "/v1/organizations", c.body) })
	}
	s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_text", ""), "operator", "POST", "/v1/organizations",
		`{"name":"B","roles":["SUPPLIER"],"tax_id":"91310000MA1K0000`+"\xff"+`19"}`)

	// Two registrations of one tax id at once: one wins, the other is a 409, never a 500.
	t.Run("TakenRace", func(t *testing.T) {
		replies := make(chan servertest.Reply, 2)
		for i := range 2 {
			go func() {
				r, err := s.Request("operator", "POST", "/v1/organizations", org(fmt.Sprintf("Racer %d", i), "91310000MA1K00003F", "SUPPLIER"))
				if err != nil {
					r.Body = []byte(err.Error())
				}
				replies <- r
			}()
		}
		statuses := map[int]int{}
		for range 2 {
			r := <-replies
			statuses[r.Status]++
			if r.Status == http.StatusConflict {
				servertest.CheckProblem(t, r, servertest.Refused(http.StatusConflict, "tax_id_taken", "tax_id"))
			}
		}
		if statuses[http.StatusCreated] != 1 || statuses[http.StatusConflict] != 1 {
			t.Errorf("statuses %v, want one 201 and one 409", statuses)
		}
	})

	// An organization registered before tax ids (here: the bank) gets one, once.
	t.Run("SetLater", func(t *testing.T) {
		s := s.On(t)
		path := "/v1/organizations/" + created.ID + "/tax-id"
		s.Onboard("verifier", "VERIFIER")
		s.Onboard("sup1", "SUPPLIER")
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "sup1", "PUT", path, map[string]any{"tax_id": "91440300MA5F00BNK7"})
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_tax_id", "tax_id"), "operator", "PUT", path, map[string]any{"tax_id": "91440300MA5F00BNK8"})
		s.Refuse(t, servertest.Refused(http.StatusConflict, "tax_id_taken", "tax_id"), "operator", "PUT", path, map[string]any{"tax_id": "91310000MA1K000019"})
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "tax_id_required", "tax_id"), "operator", "PUT", path, map[string]any{"tax_id": " "})
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "invalid_text", "tax_id"), "operator", "PUT", path, map[string]any{"tax_id": "\x00"})
		var o struct {
			TaxID string `json:"tax_id"`
		}
		s.Must(http.StatusOK, "operator", "PUT", path, map[string]any{"tax_id": "9144 0300 MA5F 00BN K7"}, &o)
		if o.TaxID != "91440300MA5F00BNK7" {
			t.Errorf("set tax_id %q", o.TaxID)
		}
		s.Must(http.StatusOK, "operator", "PUT", path, map[string]any{"tax_id": "91440300MA5F00BNK7"}, nil)
		s.Refuse(t, servertest.Refused(http.StatusConflict, "tax_id_already_set", "tax_id"), "operator", "PUT", path, map[string]any{"tax_id": "91310000MA1K00004J"})
		s.Refuse(t, servertest.Refused(http.StatusNotFound, "not_found", ""), "operator", "PUT", "/v1/organizations/999999/tax-id", map[string]any{"tax_id": "91310000MA1K00003F"})
	})
}
