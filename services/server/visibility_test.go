package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/services/server/servertest"
)

// everyone is the cast of TestVisibilityMatrix, each reading with its own key.
var everyone = []string{"operator", "verifier", "core", "sup1", "sup2", "bank", "bank2"}

// visScenario is what TestVisibilityMatrix built: receivables, financing
// requests, one operation signed by each organization, and trace events.
type visScenario struct {
	r1, p, r2     string // receivable ids
	fr1, fr2, fr3 string // financing request ids
	ops           map[string]string
	epc           string
}

// buildVisScenario: core owes sup1 root R1 (10,000.00); sup1 splits 4,000.00
// of it off as P to its tier-2 supplier sup2, who sells P whole to bank (FR1,
// funded); sup1 asks bank2 to finance 2,000.00 of R1 (FR2, left open). Core
// issues R2 (3,000.00) directly to sup1, who transfers it to sup2; sup2 asks
// bank2 to finance it and bank2 declines (FR3). bank is FINANCIER and
// CLEARING, as in the demo seed; bank2 only FINANCIER. Three trace events
// name one item: core's receipt of R1's invoice (links R1 and P), sup1's
// shipment with a private extension field, and sup2's "receipt" of the same
// invoice (sup2 is no party to the invoice, so it links nothing).
func buildVisScenario(t *testing.T, s *servertest.Stack) visScenario {
	t.Helper()
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER",
		"bank", "FINANCIER+CLEARING", "bank2", "FINANCIER")
	for _, who := range []string{"core", "bank", "bank2"} {
		s.Must(http.StatusCreated, "bank", "POST", "/v1/cash/mint", map[string]any{"to": s.IDs[who], "amount": "1000000.00"}, nil)
	}
	var sc visScenario
	var r servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-VIS-1", "10000.00", s.DueIn(90)), &r)
	sc.r1 = r.ID
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+sc.r1+"/confirm", nil, nil)
	var split struct {
		Parts []servertest.Receivable `json:"parts"`
	}
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+sc.r1+"/split", servertest.Parts(s.IDs["sup2"], "4000.00"), &split)
	sc.p = split.Parts[0].ID
	var fr struct {
		ID string `json:"id"`
	}
	s.Must(http.StatusCreated, "sup2", "POST", "/v1/receivables/"+sc.p+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "4000.00", "max_annual_rate": "0.20"}, &fr)
	sc.fr1 = fr.ID
	s.Must(http.StatusCreated, "bank", "POST", "/v1/financing-requests/"+sc.fr1+"/fund", map[string]any{"price": "3900.00"}, nil)
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+sc.r1+"/financing-requests", map[string]any{"financier": s.IDs["bank2"], "value": "2000.00", "max_annual_rate": "0.20"}, &fr)
	sc.fr2 = fr.ID

	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables", map[string]any{
		"supplier": s.IDs["sup1"], "value": "3000.00", "currency": "CNY", "due_date": s.DueIn(60), "invoice": servertest.Invoice("INV-VIS-2"),
	}, &r)
	sc.r2 = r.ID
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+sc.r2+"/transfer", map[string]any{"to": s.IDs["sup2"]}, nil)
	s.Must(http.StatusCreated, "sup2", "POST", "/v1/receivables/"+sc.r2+"/financing-requests", map[string]any{"financier": s.IDs["bank2"], "value": "1000.00", "max_annual_rate": "0.20"}, &fr)
	sc.fr3 = fr.ID
	s.Must(http.StatusCreated, "bank2", "POST", "/v1/financing-requests/"+sc.fr3+"/decline", nil, nil)

	sc.epc = "urn:epc:id:sgtin:9521234.054321.42"
	for _, ev := range []struct{ org, body string }{
		{"core", servertest.TraceEvent(1, sc.epc, "receiving", "urn:epcglobal:cbv:bt:0614141073467:INV-VIS-1")},
		{"sup1", `{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"example":"http://ns.example.com/epcis/"}],` +
			`"type":"ObjectEvent","eventTime":"2026-11-20T10:00:02.000Z","eventTimeZoneOffset":"+08:00","action":"OBSERVE",` +
			`"epcList":["` + sc.epc + `"],"bizStep":"shipping","example:margin":"SECRET-MARGIN-3.2"}`},
		{"sup2", servertest.TraceEvent(3, sc.epc, "receiving", "INV-VIS-1")},
	} {
		s.Must(http.StatusAccepted, ev.org, "POST", "/v1/trace/events", "["+ev.body+"]", nil)
	}

	// The latest operation each organization signed (the operator's
	// registrations, the verifier's credentials, everyone's writes).
	sc.ops = map[string]string{}
	for _, org := range everyone {
		var id int64
		if err := s.Server.Pool.QueryRow(context.Background(), `SELECT max(op.id) FROM operations op
			JOIN organizations o ON o.address = op.signer WHERE o.id = $1`, s.IDs[org]).Scan(&id); err != nil {
			t.Fatalf("operation of %s: %v", org, err)
		}
		sc.ops[org] = fmt.Sprint(id)
	}
	return sc
}

// TestVisibilityMatrix walks every read route with every organization's key
// and checks who sees what against the table below: 200 for a reader, 404
// not_found (as for a missing record) for anyone else; lists hold exactly
// what the reader may see, page by page; trace entries keep their hashes and
// proof for everyone and their body for readers only.
func TestVisibilityMatrix(t *testing.T) {
	s := servertest.New(t)
	sc := buildVisScenario(t, s)
	const (
		r1Readers = "operator core sup1 bank2"      // obligor, creditor, financier asked (FR2)
		pReaders  = "operator core sup2 bank"       // obligor, split recipient, financier and funder (FR1); not sup1, who split it off
		r2Readers = "operator core sup1 sup2 bank2" // obligor, creditor and past holder, holder, financier that declined
		balances  = "operator bank"                 // besides the owner: operators and CLEARING
		public    = "operator verifier core sup1 sup2 bank bank2"
	)
	q := url.QueryEscape
	cases := []struct {
		path    string
		readers string
	}{
		{"/v1/receivables/" + sc.r1, r1Readers},
		{"/v1/receivables/" + sc.r1 + "/history", r1Readers},
		{"/v1/receivables/" + sc.r1 + "/trace", r1Readers},
		{"/v1/receivables/" + sc.p, pReaders},
		{"/v1/receivables/" + sc.p + "/history", pReaders},
		{"/v1/receivables/" + sc.p + "/trace", pReaders},
		{"/v1/receivables/" + sc.r2, r2Readers},
		{"/v1/receivables/" + sc.r2 + "/history", r2Readers},
		{"/v1/receivables/" + sc.r2 + "/trace", r2Readers},
		{"/v1/receivables/999999", ""},
		{"/v1/exposure?obligor=" + s.IDs["core"], "operator core"},
		{"/v1/exposure?obligor=" + s.IDs["sup1"], "operator sup1"},
		{"/v1/financing-requests/" + sc.fr1, "sup2 bank"},
		{"/v1/financing-requests/" + sc.fr1 + "/quote?annual_rate=0.045", "sup2 bank"},
		{"/v1/financing-requests/" + sc.fr2, "sup1 bank2"},
		{"/v1/financing-requests/" + sc.fr2 + "/quote?annual_rate=0.045", "sup1 bank2"},
		{"/v1/financing-requests/" + sc.fr3, "sup2 bank2"},
		{"/v1/financing-requests/" + sc.fr3 + "/quote?annual_rate=0.045", "sup2 bank2"},
		{"/v1/trace/items/" + url.PathEscape(sc.epc), public}, // anchoring proofs are public; bodies below
		{"/v1/trace/items/" + url.PathEscape("urn:epc:id:sgtin:9521234.054321.43"), ""},
		{"/v1/organizations", public},
		{"/v1/organizations/" + s.IDs["sup1"], public},
		{"/v1/organizations/" + s.IDs["sup1"] + "/verification?topics=" + q("KYB"), public},
		{"/v1/operations/999999", ""},
	}
	for _, org := range everyone {
		cases = append(cases,
			struct{ path, readers string }{"/v1/cash/balances/" + s.IDs[org], balances + " " + org},
			struct{ path, readers string }{"/v1/operations/" + sc.ops[org], org})
	}
	for _, c := range cases {
		for _, org := range everyone {
			t.Run(org+c.path, func(t *testing.T) {
				r, err := s.Request(org, "GET", c.path, nil)
				if err != nil {
					t.Fatal(err)
				}
				if slices.Contains(strings.Fields(c.readers), org) {
					if r.Status != http.StatusOK {
						t.Fatalf("status %d, want 200: %s", r.Status, r.Body)
					}
					return
				}
				servertest.CheckProblem(t, r, servertest.Refused(http.StatusNotFound, "not_found", ""))
			})
		}
	}

	t.Run("lists", func(t *testing.T) {
		want := map[string][]string{ // GET /v1/receivables, in id order
			"operator": {sc.r1, sc.p, sc.r2},
			"verifier": {},
			"core":     {sc.r1, sc.p, sc.r2},
			"sup1":     {sc.r1, sc.r2},
			"sup2":     {sc.p, sc.r2},
			"bank":     {sc.p},
			"bank2":    {sc.r1, sc.r2},
		}
		for _, ids := range want { // ids do not follow creation order: they derive from what created them
			slices.SortFunc(ids, func(a, b string) int {
				x, _ := strconv.ParseInt(a, 10, 64)
				y, _ := strconv.ParseInt(b, 10, 64)
				return int(min(max(x-y, -1), 1))
			})
		}
		for _, org := range everyone {
			for _, limit := range []int{1, 2, 50} {
				if diff := cmp.Diff(want[org], listReceivables(s, t, org, "", limit)); diff != "" {
					t.Errorf("%s's list by pages of %d (-want +got):\n%s", org, limit, diff)
				}
			}
		}
		// Filters narrow what the reader sees; they never widen it.
		for _, tt := range []struct{ org, query string }{
			{"sup2", "root=" + sc.r1},                // P, not its root R1
			{"sup1", "holder=" + s.IDs["sup2"]},      // R2, which it held; not P
			{"bank", "obligor=" + s.IDs["core"]},     // only P
			{"verifier", "obligor=" + s.IDs["core"]}, // nothing
		} {
			got := listReceivables(s, t, tt.org, tt.query, 50)
			var exp []string
			switch tt.org {
			case "sup2":
				exp = []string{sc.p}
			case "sup1":
				exp = []string{sc.r2}
			case "bank":
				exp = []string{sc.p}
			default:
				exp = []string{}
			}
			if diff := cmp.Diff(exp, got); diff != "" {
				t.Errorf("%s with %s (-want +got):\n%s", tt.org, tt.query, diff)
			}
		}
	})

	t.Run("children", func(t *testing.T) {
		// R1's children are listed only as far as the reader may see them.
		for org, want := range map[string][]string{"core": {sc.p}, "operator": {sc.p}, "sup1": nil, "bank2": nil} {
			var got struct {
				Children []string `json:"children"`
			}
			s.On(t).Must(http.StatusOK, org, "GET", "/v1/receivables/"+sc.r1, nil, &got)
			if diff := cmp.Diff(want, got.Children); diff != "" {
				t.Errorf("%s sees children (-want +got):\n%s", org, diff)
			}
		}
	})

	t.Run("exposure", func(t *testing.T) {
		var got struct {
			Items []struct {
				Holder struct {
					ID string `json:"id"`
				} `json:"holder"`
				Value string `json:"value"`
			} `json:"items"`
		}
		s.On(t).Must(http.StatusOK, "core", "GET", "/v1/exposure?obligor="+s.IDs["core"], nil, &got)
		if len(got.Items) != 3 {
			t.Errorf("core's exposure: %+v", got.Items)
		}
	})

	t.Run("trace bodies", func(t *testing.T) {
		// Entries in event time order: core's receipt (links R1 and P),
		// sup1's shipment, sup2's receipt (links nothing).
		core := "operator core sup1 sup2 bank bank2" // the submitter, and whoever sees R1 or P
		want := [][]string{strings.Fields(core), {"sup1"}, {"sup2"}}
		for _, org := range everyone {
			var h struct {
				Items []struct {
					Event     json.RawMessage `json:"event"`
					EventHash string          `json:"event_hash"`
					Proof     []string        `json:"proof"`
					Redacted  bool            `json:"redacted"`
				} `json:"items"`
			}
			r, err := s.Request(org, "GET", "/v1/trace/items/"+url.PathEscape(sc.epc), nil)
			if err != nil || r.Status != http.StatusOK || json.Unmarshal(r.Body, &h) != nil || len(h.Items) != 3 {
				t.Fatalf("%s reads the item: %v %d %s", org, err, r.Status, r.Body)
			}
			for i, e := range h.Items {
				readable := slices.Contains(want[i], org)
				hasBody := len(e.Event) > 0 && string(e.Event) != "null"
				if hasBody != readable || e.Redacted == readable || e.EventHash == "" || e.Proof == nil {
					t.Errorf("%s, entry %d: body %v redacted %v hash %q, want body %v: %s", org, i, hasBody, e.Redacted, e.EventHash, readable, r.Body)
				}
			}
			if secret := strings.Contains(string(r.Body), "SECRET-MARGIN"); secret != (org == "sup1") {
				t.Errorf("%s reads sup1's private extension field: %v", org, secret)
			}
		}
		// The receivable's own trace: core's receipt, with its body, for R1's readers.
		for _, org := range strings.Fields(r1Readers) {
			var got struct {
				Received []struct {
					Event    json.RawMessage `json:"event"`
					Redacted bool            `json:"redacted"`
				} `json:"received"`
			}
			s.On(t).Must(http.StatusOK, org, "GET", "/v1/receivables/"+sc.r1+"/trace", nil, &got)
			if len(got.Received) != 1 || got.Received[0].Redacted || !strings.Contains(string(got.Received[0].Event), "INV-VIS-1") {
				t.Errorf("%s reads R1's trace: %+v", org, got.Received)
			}
		}
	})
}

// listReceivables pages through GET /v1/receivables?query as org, limit at a time, and returns the ids.
func listReceivables(s *servertest.Stack, t *testing.T, org, query string, limit int) []string {
	t.Helper()
	ids := []string{}
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 20 {
			t.Fatalf("%s's list never ends", org)
		}
		var page struct {
			Items      []servertest.Receivable `json:"items"`
			NextCursor string                  `json:"next_cursor"`
		}
		path := fmt.Sprintf("/v1/receivables?limit=%d&cursor=%s&%s", limit, cursor, query)
		s.On(t).Must(http.StatusOK, org, "GET", path, nil, &page)
		for _, r := range page.Items {
			ids = append(ids, r.ID)
		}
		if page.NextCursor == "" {
			return ids
		}
		cursor = page.NextCursor
	}
}
