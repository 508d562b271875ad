package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// TestReceivableMetadata follows tokenURI as a wallet does: the operator's base
// URI names the API, the document is served without a key, carries only what
// the contract's views show anyone, and slotURI and contractURI answer too.
func TestReceivableMetadata(t *testing.T) {
	s := newStack(t)
	s.demo()
	ctx := context.Background()
	if err := s.m.AnnounceMetadata(ctx, s.url); err != nil {
		t.Fatal(err)
	}
	if err := s.m.AnnounceMetadata(ctx, s.url); err != nil { // unchanged: nothing sent
		t.Fatal(err)
	}
	due := s.dueIn(90)
	var root rec
	s.must(http.StatusCreated, "sup1", "POST", "/v1/receivables", map[string]any{
		"obligor": s.ids["core"], "amount": "1000.00", "currency": "CNY", "due_date": due, "invoice": invoice("INV-META-1"),
	}, &root)
	s.must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, nil)
	var split struct {
		Parts []rec `json:"parts"`
	}
	s.must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/split", map[string]any{
		"parts": []map[string]any{{"to": s.ids["sup2"], "amount": "400.00"}},
	}, &split)
	part := split.Parts[0]

	rcv := receivable.NewReceivable()
	view := func(data []byte, unpack func([]byte) (string, error)) string {
		t.Helper()
		out, err := s.m.Config.Chain.CallContract(ctx, ethereum.CallMsg{To: &s.m.Config.Deployment.Receivable, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := unpack(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	partID, _ := new(big.Int).SetString(part.ID, 10)
	uri := view(rcv.PackTokenURI(partID), rcv.UnpackTokenURI)
	if want := s.url + "/metadata/receivables/" + part.ID; uri != want {
		t.Fatalf("tokenURI = %q, want %q", uri, want)
	}
	path := strings.TrimPrefix(uri, s.url)
	r := s.get("", path) // no API key: wallets have none
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Fatalf("GET %s: %d %s", path, r.status, r.body)
	}
	var doc struct {
		Name        string `json:"name"`
		Description string `json:"description"`
		Attributes  []struct {
			TraitType   string `json:"trait_type"`
			DisplayType string `json:"display_type"`
			Value       any    `json:"value"`
		} `json:"attributes"`
	}
	if err := json.Unmarshal(r.body, &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, a := range doc.Attributes {
		got[a.TraitType] = a.Value
	}
	dueDay, _ := time.Parse(time.DateOnly, due)
	want := map[string]any{
		"obligor": s.address("core").Hex(), "value": "400.00", "currency": "CNY", "due_date": float64(dueDay.Unix()),
		"root_id": root.ID, "parent_id": root.ID, "tier": float64(2), "status": "active",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("attributes (-want +got):\n%s", diff)
	}
	if doc.Name != "Duochain receivable "+part.ID {
		t.Fatalf("name %q", doc.Name)
	}
	// Visibility hides the receivable's invoice and parties' names from
	// outsiders; the public document must not carry them either.
	for _, secret := range []string{"INV-META-1", "sup1", "sup2", "core", taxID("sup1"), taxID("core")} {
		if strings.Contains(string(r.body), `"`+secret+`"`) || strings.Contains(string(r.body), secret+" ") {
			t.Errorf("metadata reveals %q: %s", secret, r.body)
		}
	}
	if s.get("sup2", "/v1/receivables/"+part.ID).status != http.StatusOK || s.get("bank", "/v1/receivables/"+part.ID).status != http.StatusNotFound {
		t.Fatal("visibility changed under the test")
	}

	rootID, _ := new(big.Int).SetString(root.ID, 10)
	slot := view(rcv.PackSlotURI(rootID), rcv.UnpackSlotURI)
	if r := s.get("", strings.TrimPrefix(slot, s.url)); r.status != http.StatusOK || !strings.Contains(string(r.body), `"face_value"`) {
		t.Fatalf("GET %s: %d %s", slot, r.status, r.body)
	}
	contract := view(rcv.PackContractURI(), rcv.UnpackContractURI)
	if r := s.get("", strings.TrimPrefix(contract, s.url)); r.status != http.StatusOK || !strings.Contains(string(r.body), `"valueDecimals":2`) {
		t.Fatalf("GET %s: %d %s", contract, r.status, r.body)
	}
	for _, p := range []string{"/metadata/receivables/1", "/metadata/receivables/x", "/metadata/receivables/slots/" + part.ID} {
		if r := s.get("", p); r.status != http.StatusNotFound {
			t.Errorf("GET %s: %d %s", p, r.status, r.body)
		}
	}
}
