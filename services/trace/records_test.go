package trace

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestIngestNoCrossTenantOracle performs the oracle attack: organization B
// submits an event A stored already, to learn whether A has it. B's answer
// must be exactly the answer to an event nobody stored (accepted, no
// duplicate), and B's record is its own; B submitting it again is a
// duplicate against B's own record.
func TestIngestNoCrossTenantOracle(t *testing.T) {
	h := newHarness(t)
	const a, b = 1, 2
	stored, unseen := objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2))
	h.ingestAs(a, ndjson(stored), FormatNDJSON)

	pending := h.ingestAs(b, ndjson(unseen), FormatNDJSON).Pending
	got := h.ingestAs(b, ndjson(stored), FormatNDJSON)
	want := IngestResult{Accepted: 1, Duplicates: 0, Duplicate: []bool{false}, Pending: pending + 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("B's answer to an event A stored (-want +got):\n%s", diff)
	}
	// (Pending is an upper bound: the attempt that met B's own records
	// burnt event ids.)
	again := h.ingestAs(b, ndjson(stored, unseen), FormatNDJSON)
	want = IngestResult{Accepted: 0, Duplicates: 2, Duplicate: []bool{true, true}}
	if diff := cmp.Diff(want, again, cmpopts.IgnoreFields(IngestResult{}, "Pending")); diff != "" {
		t.Fatalf("B's answer to its own events again (-want +got):\n%s", diff)
	}
	if n := h.count(`SELECT count(*) FROM trace_events WHERE organization_id = $1`, b); n != 2 {
		t.Fatalf("B holds %d records, want 2", n)
	}
	if n := h.count(`SELECT count(*) FROM trace_events WHERE organization_id = $1`, a); n != 1 {
		t.Fatalf("A holds %d records, want 1", n)
	}
}

// TestRecordsOfOneEventAreLeaves: an event two organizations recorded is two
// records, two leaves of the batch (the same leaf value twice), and each
// record's entry in the item history verifies.
func TestRecordsOfOneEventAreLeaves(t *testing.T) {
	h := newHarness(t)
	ev := objectEvent(1, sgtin(9))
	h.ingestAs(1, ndjson(ev, objectEvent(2, sgtin(10))), FormatNDJSON)
	h.ingestAs(2, ndjson(ev), FormatNDJSON)
	batch, err := h.batcher.Cut(context.Background(), true)
	if err != nil || batch == nil || batch.Count != 3 {
		t.Fatalf("cut: %+v %v", batch, err)
	}
	h.waitAnchored()
	h.svc.Trees = nil // rebuild from the stored leaves, not the batcher's tree
	hist, err := h.svc.ItemHistory(context.Background(), sgtin(9), "", 10)
	if err != nil || len(hist.Items) != 2 {
		t.Fatalf("history: %+v %v", hist, err)
	}
	if hist.Items[0].EventHash != hist.Items[1].EventHash || *hist.Items[0].Batch.LeafIndex == *hist.Items[1].Batch.LeafIndex {
		t.Fatalf("want one event at two leaves: %+v", hist.Items)
	}
	v := Verifier{Chain: h.sim.Client(), Anchor: h.dep.TraceAnchor}
	for i, e := range hist.Items {
		if got, err := v.Verify(context.Background(), e); err != nil || !got.Valid {
			t.Errorf("record %d: %+v %v", i, got, err)
		}
	}
}

// TestIngestConcurrentOverlapAcrossSubmitters ingests the same events for two
// organizations at once, in opposite orders: neither blocks or fails the
// other, neither sees a duplicate, and each holds its own record of each.
func TestIngestConcurrentOverlapAcrossSubmitters(t *testing.T) {
	h := newHarness(t)
	const n = 3000
	var lines []string
	for i := range n {
		lines = append(lines, objectEvent(i, sgtin(i)))
	}
	fwd, err := Decode([]byte(ndjson(lines...)), FormatNDJSON)
	if err != nil {
		t.Fatal(err)
	}
	rev := slices.Clone(fwd)
	slices.Reverse(rev)
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make([]IngestResult, 2)
	errs := make([]error, 2)
	for k, evs := range [][]Prepared{fwd, rev} {
		wg.Go(func() {
			<-start
			results[k], errs[k] = h.svc.Ingest(context.Background(), int64(k+1), evs)
		})
	}
	close(start)
	wg.Wait()
	for k := range results {
		if errs[k] != nil || results[k].Accepted != n || results[k].Duplicates != 0 {
			t.Fatalf("organization %d: %d accepted, %d duplicates, want %d and 0: %v", k+1, results[k].Accepted, results[k].Duplicates, n, errs[k])
		}
	}
	if got := h.count(`SELECT count(*) FROM trace_events`); got != 2*n {
		t.Fatalf("%d records stored, want %d", got, 2*n)
	}
}
