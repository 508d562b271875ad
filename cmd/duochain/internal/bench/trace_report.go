package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/trace"
)

// projectedItems is the Singles' Day scale the projections are made for.
const projectedItems = 400_000_000

// traceBenchResult is what `duochain bench trace` measured; -json writes it.
type traceBenchResult struct {
	RunID   string `json:"run_id"`
	Events  int    `json:"events"`
	Clients int    `json:"clients"`
	Chunk   int    `json:"chunk"`

	Ingest   tracePhase  `json:"ingest"`        // through POST /v1/trace/events (NDJSON), committed in Postgres
	Baseline *tracePhase `json:"baseline_copy"` // raw COPY of rows of the same shape into scratch tables
	Ratio    float64     `json:"ratio_api_to_copy"`

	AtIngestEnd     anchorState `json:"at_ingest_end"`
	AnchoredAllSecs *float64    `json:"anchored_all_after_secs"` // after the last acknowledgement; null when -wait ran out

	LargestBatch       int     `json:"largest_batch"`
	ProofHashes        int     `json:"proof_hashes"`         // of a served entry of this run
	ProofBytesLargest  int     `json:"proof_bytes_largest"`  // at the largest batch
	ProofBytes400M     int     `json:"proof_bytes_400m"`     // one tree over 400 million items
	VerifyGoNanos      float64 `json:"verify_go_ns"`         // merkle.Verify of a served proof
	VerifyEventMicros  float64 `json:"verify_event_us"`      // parse, GS1 hash and merkle.Verify of a served entry
	VerifyOnChainMilli float64 `json:"verify_on_chain_ms"`   // eth_call verifyItem
	BytesPerEvent      float64 `json:"bytes_per_event"`      // pg_total_relation_size of the trace tables / events
	Projected400MHours float64 `json:"projected_400m_hours"` // at the measured rate
	Projected400MGB    float64 `json:"projected_400m_gb"`
}

// anchorState is how far anchoring lags.
type anchorState struct {
	UnbatchedEvents   int64   `json:"unbatched_events"`
	UnanchoredBatches int64   `json:"unanchored_batches"`
	OldestWaitSecs    float64 `json:"oldest_wait_secs"` // since the oldest unanchored batch was cut
}

func (b *traceBench) anchorState(ctx context.Context) (anchorState, error) {
	var s anchorState
	err := b.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM trace_events WHERE id > COALESCE((SELECT max(last_id) FROM trace_batches), 0)),
		(SELECT count(*) FROM trace_batches b WHERE NOT EXISTS (SELECT 1 FROM trace_anchors a WHERE a.root = b.root)),
		COALESCE((SELECT extract(epoch FROM now() - min(created_at))::float8 FROM trace_batches b
			WHERE NOT EXISTS (SELECT 1 FROM trace_anchors a WHERE a.root = b.root)), 0)`).Scan(&s.UnbatchedEvents, &s.UnanchoredBatches, &s.OldestWaitSecs)
	if err != nil {
		return s, fmt.Errorf("read anchoring state: %w", err)
	}
	return s, nil
}

// waitAnchored waits until every event is in an anchored batch and returns
// how long after ingested that was, or nil when wait ran out first.
func (b *traceBench) waitAnchored(ctx context.Context, ingested time.Time, wait time.Duration) (*float64, error) {
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		s, err := b.anchorState(ctx)
		if err != nil {
			return nil, err
		}
		if s.UnbatchedEvents == 0 && s.UnanchoredBatches == 0 {
			secs := time.Since(ingested).Seconds()
			return &secs, nil
		}
	}
	return nil, nil
}

// measure measures proofs, verification and storage.
func (b *traceBench) measure(ctx context.Context, res *traceBenchResult) error {
	if err := b.pool.QueryRow(ctx, `SELECT COALESCE(max(item_count), 0) FROM trace_batches`).Scan(&res.LargestBatch); err != nil {
		return fmt.Errorf("read largest batch: %w", err)
	}
	res.ProofBytesLargest = 32 * int(math.Ceil(math.Log2(float64(max(res.LargestBatch, 1)))))
	res.ProofBytes400M = 32 * int(math.Ceil(math.Log2(projectedItems)))

	var events int64
	err := b.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM trace_events),
		(pg_total_relation_size('trace_events') + pg_total_relation_size('trace_event_epcs') + pg_total_relation_size('trace_event_biz'))::float8
		/ GREATEST((SELECT count(*) FROM trace_events), 1)`).Scan(&events, &res.BytesPerEvent)
	if err != nil {
		return fmt.Errorf("read storage: %w", err)
	}
	res.Projected400MGB = res.BytesPerEvent * projectedItems / 1e9
	res.Projected400MHours = projectedItems / res.Ingest.EventsPerSec / 3600

	entry, err := b.servedEntry(ctx)
	if err != nil {
		return err
	}
	return b.timeVerification(ctx, res, entry)
}

// servedEntry reads the history of the run's first item through the API.
func (b *traceBench) servedEntry(ctx context.Context) (client.TraceEntry, error) {
	h, err := b.api.TraceItem(ctx, string(b.epc(nil, 0)), "")
	if err != nil {
		return client.TraceEntry{}, fmt.Errorf("read an item's history: %w", err)
	}
	if len(h.Items) == 0 {
		return client.TraceEntry{}, fmt.Errorf("read an item's history: no entry for %s", h.EPC)
	}
	return h.Items[0], nil
}

// timeVerification times checking a served entry's proof in Go and on chain.
func (b *traceBench) timeVerification(ctx context.Context, res *traceBenchResult, e client.TraceEntry) error {
	res.ProofHashes = len(e.Proof)
	if e.Batch.Root == nil {
		return nil
	}
	root, proof := common.HexToHash(*e.Batch.Root), make([][32]byte, len(e.Proof))
	for i, p := range e.Proof {
		proof[i] = common.HexToHash(p)
	}
	item := common.HexToHash(e.EventHash)
	leaf := merkle.Leaf(item)
	const goRounds = 100_000
	start := time.Now()
	for range goRounds {
		if !merkle.Verify(root, leaf, proof) {
			return fmt.Errorf("the served proof of %s does not verify", e.EventHash)
		}
	}
	res.VerifyGoNanos = float64(time.Since(start).Nanoseconds()) / goRounds
	const eventRounds = 2000
	start = time.Now()
	for range eventRounds {
		evs, err := trace.Decode(e.Event, trace.FormatJSON)
		if err != nil || !merkle.Verify(root, merkle.Leaf(evs[0].Hash), proof) {
			return fmt.Errorf("the served event does not verify: %v", err)
		}
	}
	res.VerifyEventMicros = float64(time.Since(start).Microseconds()) / eventRounds
	ta := traceanchor.NewTraceAnchor()
	data := ta.PackVerifyItem(root, item, proof)
	const chainRounds = 100
	start = time.Now()
	for range chainRounds {
		out, err := b.chain.CallContract(ctx, ethereum.CallMsg{To: &b.dep.TraceAnchor, Data: data}, nil)
		if err != nil {
			return fmt.Errorf("call verifyItem: %w", err)
		}
		if ok, err := ta.UnpackVerifyItem(out); err != nil || !ok {
			return fmt.Errorf("verifyItem refused the served proof (anchored yet?): %v", err)
		}
	}
	res.VerifyOnChainMilli = float64(time.Since(start).Microseconds()) / chainRounds / 1000
	return nil
}

func printTraceBench(w io.Writer, r *traceBenchResult) {
	fmt.Fprintf(w, "ingest (HTTP NDJSON -> Postgres)  %10.0f events/s  (%d events in %.1f s)\n", r.Ingest.EventsPerSec, r.Events, r.Ingest.Seconds)
	if r.Baseline != nil {
		fmt.Fprintf(w, "raw COPY, same rows               %10.0f events/s  (%.1f s)   ratio %.2f\n", r.Baseline.EventsPerSec, r.Baseline.Seconds, r.Ratio)
	}
	target := "not met"
	if r.Ingest.EventsPerSec >= 100_000 {
		target = "met"
	}
	fmt.Fprintf(w, "target >= 100,000 events/s        %s\n", target)
	a := r.AtIngestEnd
	fmt.Fprintf(w, "at ingest end                     %d events unbatched, %d batches unanchored, oldest waiting %.1f s\n", a.UnbatchedEvents, a.UnanchoredBatches, a.OldestWaitSecs)
	if r.AnchoredAllSecs != nil {
		fmt.Fprintf(w, "everything anchored               %.1f s after the last acknowledgement\n", *r.AnchoredAllSecs)
	} else {
		fmt.Fprintf(w, "everything anchored               not within -wait\n")
	}
	fmt.Fprintf(w, "proof                             %d hashes served; %d B at the largest batch (%d items); %d B for one tree of 400M items\n",
		r.ProofHashes, r.ProofBytesLargest, r.LargestBatch, r.ProofBytes400M)
	fmt.Fprintf(w, "verify                            merkle.Verify %.0f ns; parse+GS1 hash+verify %.1f µs; eth_call verifyItem %.2f ms\n",
		r.VerifyGoNanos, r.VerifyEventMicros, r.VerifyOnChainMilli)
	fmt.Fprintf(w, "storage                           %.0f B/event (events + indexes); 400M events: %.0f GB, %.1f h at this rate\n",
		r.BytesPerEvent, r.Projected400MGB, r.Projected400MHours)
}
