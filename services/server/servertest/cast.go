package servertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/taxid"
)

// Onboard creates an organization with roles and, unless it is the verifier, a KYB credential.
func (s *Stack) Onboard(name string, roles ...string) {
	s.T.Helper()
	var created struct {
		ID     string `json:"id"`
		APIKey string `json:"api_key"`
	}
	s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", map[string]any{"name": name, "roles": roles, "tax_id": TaxID(name)}, &created)
	s.Keys[name], s.IDs[name] = created.APIKey, created.ID
	if roles[0] == "VERIFIER" {
		return
	}
	s.Must(http.StatusCreated, "verifier", "POST", "/v1/organizations/"+created.ID+"/credentials", map[string]any{
		"topic": "KYB", "document_sha256": fmt.Sprintf("%064x", len(name)), "expires_at": time.Now().Add(2 * 365 * 24 * time.Hour).UTC().Format(time.RFC3339),
	}, nil)
}

// Demo onboards the cast of the walk-through and gives core and bank cash.
func (s *Stack) Demo() {
	s.Onboard("verifier", "VERIFIER")
	s.Onboard("core", "CORE_ENTERPRISE")
	s.Onboard("sup1", "SUPPLIER")
	s.Onboard("sup2", "SUPPLIER")
	s.Onboard("bank", "FINANCIER", "CLEARING")
	for _, who := range []string{"core", "bank"} {
		s.Must(http.StatusCreated, "bank", "POST", "/v1/cash/mint", map[string]any{"to": s.IDs[who], "amount": "100000000.00"}, nil)
	}
}

// DueIn is a due date days after the chain's time.
func (s *Stack) DueIn(days int) string {
	h, err := s.Sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.T.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC().AddDate(0, 0, days).Format(time.DateOnly)
}

// TaxID is the tax id the test helpers register organization name with.
func TaxID(name string) string { return taxid.Synthetic(name) }

// Invoice is an invoice of sup1 to core, the parties of s.submission.
func Invoice(number string) map[string]any { return InvoiceOf(number, "sup1", "core") }

// InvoiceOf is an invoice from the organization named seller to buyer.
func InvoiceOf(number, seller, buyer string) map[string]any {
	return map[string]any{"number": number, "issue_date": "2026-11-01", "seller_tax_id": TaxID(seller), "buyer_tax_id": TaxID(buyer)}
}

// Receivable is the part of a receivable the tests read.
type Receivable struct {
	ID       string `json:"id"`
	RootID   string `json:"root_id"`
	ParentID string `json:"parent_id"`
	Tier     int    `json:"tier"`
	Value    string `json:"value"`
	Status   string `json:"status"`
	Holder   struct {
		ID string `json:"id"`
	} `json:"holder"`
}

// Address is an organization's address, as the API shows it.
func (s *Stack) Address(org string) common.Address {
	s.T.Helper()
	var o struct{ Address common.Address }
	s.Must(http.StatusOK, "operator", "GET", "/v1/organizations/"+s.IDs[org], nil, &o)
	return o.Address
}

// OnboardAll is onboard for several organizations at once (name, then its
// roles joined by "+"): the registrations go out together, then the KYB
// credentials, which keeps a stack's setup short under the race detector.
func (s *Stack) OnboardAll(orgs ...string) {
	s.T.Helper()
	type org struct{ name, roles string }
	var all []org
	for i := 0; i+1 < len(orgs); i += 2 {
		all = append(all, org{orgs[i], orgs[i+1]})
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []string
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		errs = append(errs, fmt.Sprintf(format, args...))
	}
	for _, o := range all {
		wg.Go(func() {
			r, err := s.Request("operator", "POST", "/v1/organizations", map[string]any{"name": o.name, "roles": strings.Split(o.roles, "+"), "tax_id": TaxID(o.name)})
			var created struct {
				ID     string `json:"id"`
				APIKey string `json:"api_key"`
			}
			if err == nil && r.Status == http.StatusCreated {
				err = json.Unmarshal(r.Body, &created)
			}
			if err != nil || r.Status != http.StatusCreated {
				fail("create %s: %v %d %s", o.name, err, r.Status, r.Body)
				return
			}
			mu.Lock()
			s.Keys[o.name], s.IDs[o.name] = created.APIKey, created.ID
			mu.Unlock()
		})
	}
	wg.Wait()
	for _, o := range all {
		if strings.HasPrefix(o.roles, "VERIFIER") || errs != nil {
			continue
		}
		wg.Go(func() {
			r, err := s.Request("verifier", "POST", "/v1/organizations/"+s.IDs[o.name]+"/credentials", map[string]any{
				"topic": "KYB", "document_sha256": fmt.Sprintf("%064x", len(o.name)), "expires_at": time.Now().Add(2 * 365 * 24 * time.Hour).UTC().Format(time.RFC3339),
			})
			if err != nil || r.Status != http.StatusCreated {
				fail("KYB for %s: %v %d %s", o.name, err, r.Status, r.Body)
			}
		})
	}
	wg.Wait()
	if errs != nil {
		s.T.Fatal(strings.Join(errs, "\n"))
	}
}

// Submission is the body of a supplier's POST /v1/receivables.
func (s *Stack) Submission(number, value, due string) map[string]any {
	return map[string]any{"obligor": s.IDs["core"], "value": value, "currency": "CNY", "due_date": due, "invoice": Invoice(number)}
}

// Parts is the body of a split: one part of each value to the organization to.
func Parts(to string, values ...string) map[string]any {
	ps := []map[string]any{}
	for _, v := range values {
		ps = append(ps, map[string]any{"to": to, "value": v})
	}
	return map[string]any{"parts": ps}
}
