package receivable_test

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
	"github.com/duochain/duochain/services/server/servertest"
)

// TestReceivableMetadata follows tokenURI as a wallet does: the operator's base
// URI names the API, the document is served without a key, carries only what
// the contract's views show anyone, and slotURI and contractURI answer too.
func TestReceivableMetadata(t *testing.T) {
	s := servertest.New(t)
	s.Demo()
	ctx := context.Background()
	if err := s.Server.AnnounceMetadata(ctx, s.URL); err != nil {
		t.Fatal(err)
	}
	if err := s.Server.AnnounceMetadata(ctx, s.URL); err != nil { // unchanged: nothing sent
		t.Fatal(err)
	}
	due := s.DueIn(90)
	var root servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", map[string]any{
		"obligor": s.IDs["core"], "value": "1000.00", "currency": "CNY", "due_date": due, "invoice": servertest.Invoice("INV-META-1"),
	}, &root)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, nil)
	var split struct {
		Parts []servertest.Receivable `json:"parts"`
	}
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/split", map[string]any{
		"parts": []map[string]any{{"to": s.IDs["sup2"], "value": "400.00"}},
	}, &split)
	part := split.Parts[0]

	rcv := receivable.NewReceivable()
	view := func(data []byte, unpack func([]byte) (string, error)) string {
		t.Helper()
		out, err := s.Server.Config.Chain.CallContract(ctx, ethereum.CallMsg{To: &s.Server.Config.Deployment.Receivable, Data: data}, nil)
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
	if want := s.URL + "/metadata/receivables/" + part.ID; uri != want {
		t.Fatalf("tokenURI = %q, want %q", uri, want)
	}
	path := strings.TrimPrefix(uri, s.URL)
	r := s.Get("", path) // no API key: wallets have none
	if r.Status != http.StatusOK || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("GET %s: %d %s", path, r.Status, r.Body)
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
	if err := json.Unmarshal(r.Body, &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, a := range doc.Attributes {
		got[a.TraitType] = a.Value
	}
	dueDay, _ := time.Parse(time.DateOnly, due)
	want := map[string]any{
		"obligor": s.Address("core").Hex(), "value": "400.00", "currency": "CNY", "due_date": float64(dueDay.Unix()),
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
	for _, secret := range []string{"INV-META-1", "sup1", "sup2", "core", servertest.TaxID("sup1"), servertest.TaxID("core")} {
		if strings.Contains(string(r.Body), `"`+secret+`"`) || strings.Contains(string(r.Body), secret+" ") {
			t.Errorf("metadata reveals %q: %s", secret, r.Body)
		}
	}
	if s.Get("sup2", "/v1/receivables/"+part.ID).Status != http.StatusOK || s.Get("bank", "/v1/receivables/"+part.ID).Status != http.StatusNotFound {
		t.Fatal("visibility changed under the test")
	}

	rootID, _ := new(big.Int).SetString(root.ID, 10)
	slot := view(rcv.PackSlotURI(rootID), rcv.UnpackSlotURI)
	if r := s.Get("", strings.TrimPrefix(slot, s.URL)); r.Status != http.StatusOK || !strings.Contains(string(r.Body), `"face_value"`) {
		t.Fatalf("GET %s: %d %s", slot, r.Status, r.Body)
	}
	contract := view(rcv.PackContractURI(), rcv.UnpackContractURI)
	if r := s.Get("", strings.TrimPrefix(contract, s.URL)); r.Status != http.StatusOK || !strings.Contains(string(r.Body), `"valueDecimals":2`) {
		t.Fatalf("GET %s: %d %s", contract, r.Status, r.Body)
	}
	for _, p := range []string{"/metadata/receivables/1", "/metadata/receivables/x", "/metadata/receivables/slots/" + part.ID} {
		if r := s.Get("", p); r.Status != http.StatusNotFound {
			t.Errorf("GET %s: %d %s", p, r.Status, r.Body)
		}
	}
}
