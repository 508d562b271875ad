package receivable_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/duochain/duochain/services/server/servertest"
)

// TestLifecycleOverHTTP runs the README walk-through through the real router:
// submit, confirm, split to tier 2, finance at 4.5 %, repay, redeem. Each write
// that names a receivable's value first sends it as amount, the old name, and
// must be refused as an unknown field, recording nothing.
func TestLifecycleOverHTTP(t *testing.T) {
	s := servertest.New(t)
	s.Demo()

	var root servertest.Receivable
	submission := map[string]any{
		"obligor": s.IDs["core"], "value": "1000000.00", "currency": "CNY", "due_date": s.DueIn(90), "invoice": servertest.Invoice("INV-2026-0001"),
	}
	s.Refuse(t, servertest.Refused(http.StatusBadRequest, "unknown_field", "amount"), "sup1", "POST", "/v1/receivables", withAmount(submission))
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", submission, &root)
	if root.Status != "pending" || root.Value != "1000000.00" || root.Tier != 1 {
		t.Fatalf("submitted: %+v", root)
	}
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	if root.Status != "active" {
		t.Fatalf("confirmed: %+v", root)
	}
	var split struct {
		Source servertest.Receivable   `json:"source"`
		Parts  []servertest.Receivable `json:"parts"`
	}
	parts := []map[string]any{{"to": s.IDs["sup2"], "value": "400000.00"}}
	s.Refuse(t, servertest.Refused(http.StatusBadRequest, "unknown_field", "parts[0].amount"), "sup1", "POST", "/v1/receivables/"+root.ID+"/split",
		map[string]any{"parts": []map[string]any{withAmount(parts[0])}})
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/split", map[string]any{"parts": parts}, &split)
	part := split.Parts[0]
	if part.Tier != 2 || part.Value != "400000.00" || part.Holder.ID != s.IDs["sup2"] || split.Source.Value != "600000.00" {
		t.Fatalf("split: %+v", split)
	}
	var fr struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Value  string `json:"value"`
	}
	financing := map[string]any{"financier": s.IDs["bank"], "value": "400000.00", "max_annual_rate": "0.20"}
	s.Refuse(t, servertest.Refused(http.StatusBadRequest, "unknown_field", "amount"), "sup2", "POST", "/v1/receivables/"+part.ID+"/financing-requests", withAmount(financing))
	s.Must(http.StatusCreated, "sup2", "POST", "/v1/receivables/"+part.ID+"/financing-requests", financing, &fr)
	var quote struct {
		Value string `json:"value"`
		Price string `json:"price"`
		Days  int64  `json:"days"`
	}
	s.Must(http.StatusOK, "bank", "GET", "/v1/financing-requests/"+fr.ID+"/quote?annual_rate=0.045", nil, &quote)
	if fr.Value != "400000.00" || quote.Value != "400000.00" {
		t.Fatalf("financing request of value %q quoted for value %q, want 400000.00", fr.Value, quote.Value)
	}
	s.Must(http.StatusCreated, "bank", "POST", "/v1/financing-requests/"+fr.ID+"/fund", map[string]any{"annual_rate": "0.045"}, &fr)
	if fr.Status != "funded" {
		t.Fatalf("funded: %+v", fr)
	}
	var bal struct {
		Balance string `json:"balance"`
	}
	s.Must(http.StatusOK, "sup2", "GET", "/v1/cash/balances/"+s.IDs["sup2"], nil, &bal)
	if bal.Balance != quote.Price {
		t.Fatalf("supplier 2 holds %s, want the quoted price %s (%d days)", bal.Balance, quote.Price, quote.Days)
	}
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/repay", nil, &root)
	if root.Status != "repaid" {
		t.Fatalf("repaid: %+v", root)
	}
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/redeem", nil, &root)
	s.Must(http.StatusCreated, "bank", "POST", "/v1/receivables/"+part.ID+"/redeem", nil, nil)
	s.Must(http.StatusOK, "sup1", "GET", "/v1/cash/balances/"+s.IDs["sup1"], nil, &bal)
	if bal.Balance != "600000.00" {
		t.Fatalf("supplier 1 holds %s after redemption", bal.Balance)
	}
	var hist struct {
		Items []struct {
			Kind string `json:"kind"`
		} `json:"items"`
	}
	s.Must(http.StatusOK, "sup1", "GET", "/v1/receivables/"+root.ID+"/history", nil, &hist)
	var kinds []string
	for _, h := range hist.Items {
		kinds = append(kinds, h.Kind)
	}
	if fmt.Sprint(kinds) != "[submitted confirmed split repaid redeemed]" {
		t.Fatalf("history: %v", kinds)
	}
}

// withAmount is a copy of body with its value under amount, the name the
// requests gave it before they said value, as the answers always did.
func withAmount(body map[string]any) map[string]any {
	old := map[string]any{}
	for k, v := range body {
		old[k] = v
	}
	old["amount"] = old["value"]
	delete(old, "value")
	return old
}
