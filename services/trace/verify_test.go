package trace

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// anchoredHistory ingests two events of one item, batches and anchors them,
// and returns the item's history.
func anchoredHistory(t *testing.T, h *harness) History {
	t.Helper()
	h.ingest(ndjson(objectEvent(1, sgtin(7)), objectEvent(2, sgtin(8)), objectEvent(3, sgtin(7))), FormatNDJSON)
	if _, err := h.batcher.Cut(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	h.waitAnchored()
	hist, err := h.svc.ItemHistory(context.Background(), sgtin(7), "", 10)
	if err != nil || len(hist.Items) != 2 {
		t.Fatalf("history: %+v %v", hist, err)
	}
	return hist
}

// TestVerify checks a served entry, and each way of tampering with it.
func TestVerify(t *testing.T) {
	h := newHarness(t)
	entry := anchoredHistory(t, h).Items[1]
	v := Verifier{Chain: h.sim.Client()}
	str := func(s string) *string { return &s }
	for _, tt := range []struct {
		name    string
		tamper  func(e *Entry)
		reasons []string
	}{
		{"AsServed", func(*Entry) {}, nil},
		{"TamperedEvent", func(e *Entry) {
			e.Event = json.RawMessage(strings.Replace(string(e.Event), "shipping", "receiving", 1))
		}, []string{ReasonHashMismatch, ReasonProofInvalid}},
		{"WrongHash", func(e *Entry) { e.EventHash = "0x" + strings.Repeat("00", 32) }, []string{ReasonHashMismatch}},
		{"TamperedProof", func(e *Entry) {
			e.Proof = append(slices.Clone(e.Proof[:len(e.Proof)-1]), "0x"+strings.Repeat("ab", 32))
		},
			[]string{ReasonProofInvalid}},
		{"WrongRoot", func(e *Entry) { e.Batch.Root = str("0x" + strings.Repeat("11", 32)) }, []string{ReasonProofInvalid, ReasonNotAnchored}},
		{"WrongTransaction", func(e *Entry) { e.Batch.TxHash = str("0x" + strings.Repeat("22", 32)) }, []string{ReasonAnchorMismatch}},
		{"WrongCount", func(e *Entry) { n := 99; e.Batch.ItemCount = &n }, []string{ReasonAnchorMismatch}},
		{"OtherChain", func(e *Entry) { e.Chain.ChainID = "1" }, []string{ReasonChainMismatch}},
		{"NotYetAnchored", func(e *Entry) { e.Batch.TxHash, e.Batch.BlockNumber = nil, nil }, []string{ReasonNotYetAnchored}},
		{"Unbatched", func(e *Entry) { e.Batch = BatchRef{Status: StatusPending}; e.Proof = []string{} }, []string{ReasonNotYetAnchored}},
		{"Malformed", func(e *Entry) { e.Proof = []string{"0x12"} }, []string{ReasonMalformed}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := entry
			tt.tamper(&e)
			got, err := v.Verify(context.Background(), e)
			if err != nil {
				t.Fatal(err)
			}
			if got.Valid != (tt.reasons == nil) || !slices.Equal(got.Reasons, append([]string{}, tt.reasons...)) {
				t.Errorf("got %+v, want reasons %v", got, tt.reasons)
			}
		})
	}
	other := v
	other.Anchor = h.dep.IdentityRegistry
	if got, err := other.Verify(context.Background(), entry); err != nil || got.Valid || !slices.Equal(got.Reasons, []string{ReasonChainMismatch}) {
		t.Errorf("against another anchor: %+v %v", got, err)
	}
}

// TestItemHistoryPages pages through an item's history in event time order.
func TestItemHistoryPages(t *testing.T) {
	h := newHarness(t)
	var evs []string
	for i := range 5 {
		evs = append(evs, objectEvent(50-i, sgtin(1))) // ingested newest first
	}
	h.ingest(ndjson(evs...), FormatNDJSON)
	var seen []string
	cursor := ""
	for range 3 {
		page, err := h.svc.ItemHistory(context.Background(), sgtin(1), cursor, 2)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			if e.Batch.Status != StatusPending || e.Batch.Root != nil || len(e.Proof) != 0 {
				t.Errorf("unbatched entry: %+v", e.Batch)
			}
			var ev struct {
				EventTime string `json:"eventTime"`
			}
			_ = json.Unmarshal(e.Event, &ev)
			seen = append(seen, ev.EventTime)
		}
		if page.NextCursor == nil {
			break
		}
		cursor = *page.NextCursor
	}
	if !slices.IsSorted(seen) || len(seen) != 5 {
		t.Fatalf("history times %v", seen)
	}
	if _, err := h.svc.ItemHistory(context.Background(), sgtin(2), "", 2); err == nil {
		t.Fatal("an unknown item has a history")
	}
	if _, err := h.svc.ItemHistory(context.Background(), sgtin(1), "yesterday", 2); err == nil {
		t.Fatal("a made-up cursor was taken")
	}
}
