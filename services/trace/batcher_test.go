package trace

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/problem"
)

// checkBatches checks the batch invariants: the ranges tile the event ids
// without overlap, every event is in exactly one batch, each batch's count
// and root are those of its events.
func (h *harness) checkBatches() {
	h.t.Helper()
	ctx := context.Background()
	rows, err := h.pool.Query(ctx, `SELECT id, root, item_count, first_id, last_id FROM trace_batches ORDER BY last_id`)
	if err != nil {
		h.t.Fatal(err)
	}
	type batch struct {
		id, first, last int64
		root            []byte
		count           int
	}
	var bs []batch
	for rows.Next() {
		var b batch
		if err := rows.Scan(&b.id, &b.root, &b.count, &b.first, &b.last); err != nil {
			h.t.Fatal(err)
		}
		bs = append(bs, b)
	}
	var prev int64
	covered := 0
	for _, b := range bs {
		n := h.count(`SELECT count(*) FROM trace_events WHERE id > $1 AND id <= $2`, prev, b.last)
		if n != b.count || b.first <= prev {
			h.t.Errorf("batch %d (%d, %d]: %d events in range, count %d, first %d", b.id, prev, b.last, n, b.count, b.first)
		}
		t, err := loadTree(ctx, h.svc.Trees, h.pool, b.id, b.first, b.last, b.count)
		if err != nil || t.tree.Root() != [32]byte(b.root) {
			h.t.Errorf("batch %d: root differs from its events' tree: %v", b.id, err)
		}
		covered += n
		prev = b.last
	}
	if total := h.count(`SELECT count(*) FROM trace_events WHERE id <= $1`, prev); total != covered {
		h.t.Errorf("%d events below the last batch end, %d in batches", total, covered)
	}
}

// TestBatcherSizeTrigger cuts full batches as soon as Size events are stored,
// and leaves the rest for the interval.
func TestBatcherSizeTrigger(t *testing.T) {
	h := newHarness(t)
	h.batcher.Size = 5
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = h.batcher.Run(ctx) }()
	var evs []string
	for i := range 12 {
		evs = append(evs, objectEvent(i, sgtin(i)))
	}
	h.ingest(ndjson(evs[:7]...), FormatNDJSON)
	h.ingest(ndjson(evs[7:]...), FormatNDJSON)
	h.waitFor("two full batches", func() bool { return h.count(`SELECT count(*) FROM trace_batches WHERE item_count = 5`) == 2 })
	h.waitAnchored()
	if n := h.count(`SELECT count(*) FROM trace_batches`); n != 2 {
		t.Fatalf("%d batches, want 2 (the interval is an hour)", n)
	}
	h.checkBatches()
}

// TestBatcherIntervalTrigger cuts a partial batch once the interval passes.
func TestBatcherIntervalTrigger(t *testing.T) {
	h := newHarness(t)
	h.batcher.Interval = 50 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = h.batcher.Run(ctx) }()
	h.ingest(ndjson(objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2)), objectEvent(3, sgtin(3))), FormatNDJSON)
	h.waitFor("a batch of 3", func() bool { return h.count(`SELECT count(*) FROM trace_batches WHERE item_count = 3`) == 1 })
	h.waitAnchored()
	h.checkBatches()
}

// TestBatcherCrashBeforeAnchoring cuts a batch while no transaction manager
// runs (the process died after the batch committed): the next one anchors it,
// once, and the events stay in exactly that batch.
func TestBatcherCrashBeforeAnchoring(t *testing.T) {
	h := newHarness(t)
	h.stopOps()
	h.ingest(ndjson(objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2))), FormatNDJSON)
	b, err := h.batcher.Cut(context.Background(), true)
	if err != nil || b == nil {
		t.Fatalf("cut: %v %v", b, err)
	}
	if again, err := h.batcher.Cut(context.Background(), true); err != nil || again != nil {
		t.Fatalf("a second cut found %v %v", again, err)
	}
	h.startOps() // the restart
	h.waitAnchored()
	op, err := h.ops.Wait(context.Background(), b.OperationID)
	if err != nil || op.State != "confirmed" {
		t.Fatalf("anchor operation: %+v %v", op, err)
	}
	h.checkBatches()
	got, err := callAnchored(h, b.Root)
	if err != nil || got.ItemCount != 2 || got.Anchorer != h.batcher.Signer {
		t.Fatalf("on chain: %+v %v", got, err)
	}
}

// TestProjectionRewindKeepsEvents rebuilds the read model: anchors come back
// from the chain, events and batches are untouched.
func TestProjectionRewindKeepsEvents(t *testing.T) {
	h := newHarness(t)
	h.ingest(ndjson(objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2))), FormatNDJSON)
	if _, err := h.batcher.Cut(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	h.waitAnchored()
	if err := h.ix.Reindex(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.waitAnchored()
	if n := h.count(`SELECT count(*) FROM trace_events`) + h.count(`SELECT count(*) FROM trace_batches`) + h.count(`SELECT count(*) FROM trace_anchors`); n != 4 {
		t.Fatalf("after reindex: %d events+batches+anchors, want 2+1+1", n)
	}
}

// TestAnchorTwiceRefused sends a second anchor of a root already anchored:
// the chain refuses it with TraceRootAlreadyAnchored, decoded to a stable code.
func TestAnchorTwiceRefused(t *testing.T) {
	h := newHarness(t)
	h.ingest(ndjson(objectEvent(1, sgtin(1))), FormatNDJSON)
	b, err := h.batcher.Cut(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	h.waitAnchored()
	ctx := context.Background()
	tx, err := h.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	id, err := h.ops.Enqueue(ctx, tx, h.batcher.anchorOp(b.Root, 1, "again"))
	if err != nil || tx.Commit(ctx) != nil {
		t.Fatal(err)
	}
	h.ops.Notify()
	op, err := h.ops.Wait(ctx, id)
	if err != nil || op.State != "failed" || op.ErrorCode != "TraceRootAlreadyAnchored" {
		t.Fatalf("second anchor: %+v %v", op, err)
	}
	problem.RegisterChainErrors(ChainErrors()) // as services/server does at start
	if p := problem.FromChain(op.ErrorCode, op.ErrorDetail); p.Code != "root_already_anchored" || p.Status != 409 {
		t.Fatalf("problem %+v", p)
	}
}

func callAnchored(h *harness, root [32]byte) (traceanchor.ITraceAnchorBatch, error) {
	ta := traceanchor.NewTraceAnchor()
	return bindCall(h, ta.PackAnchored(root), ta.UnpackAnchored)
}

func bindCall[T any](h *harness, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	to := h.dep.TraceAnchor
	out, err := h.sim.Client().CallContract(context.Background(), callMsg(to, data), nil)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// holdIngestLock takes the ingest lock shared, as a long ingestion would,
// until the returned func is called.
func (h *harness) holdIngestLock() func() {
	h.t.Helper()
	ctx := context.Background()
	tx, err := h.pool.Begin(ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, int64(ingestLock)); err != nil {
		h.t.Fatal(err)
	}
	return func() { _ = tx.Rollback(ctx) }
}

// TestBatcherWatermarkLockTimeout: while a long ingestion holds the ingest
// lock, the batcher gives up its watermark after a short wait (new ingestions
// queue behind its request meanwhile) instead of waiting for ever.
func TestBatcherWatermarkLockTimeout(t *testing.T) {
	h := newHarness(t)
	defer func(d time.Duration) { watermarkLockTimeout = d }(watermarkLockTimeout)
	watermarkLockTimeout = 200 * time.Millisecond
	release := h.holdIngestLock()
	defer release()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := h.batcher.Cut(ctx, true)
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "55P03" {
		t.Fatalf("cut behind a held ingest lock: %v, want a lock timeout", err)
	}
}

// TestBatcherReplicaWaits: a batcher that is not the one holding the batcher
// lock neither takes the watermark (which would make ingestions wait) nor
// keeps counting events; it takes over once the holder goes away.
func TestBatcherReplicaWaits(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	other, err := h.pool.Acquire(ctx) // the batcher of another replica
	if err != nil {
		t.Fatal(err)
	}
	var ok bool
	if err := other.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, int64(batcherLeaderLock)).Scan(&ok); err != nil || !ok {
		t.Fatalf("take the batcher lock: %v %v", ok, err)
	}
	release := h.holdIngestLock()
	h.batcher.Interval = 20 * time.Millisecond
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = h.batcher.Run(runCtx) }()
	defer func() { cancel(); <-done }()
	h.batcher.Added(5000)
	time.Sleep(300 * time.Millisecond)
	waiting := h.count(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
	if waiting != 0 {
		t.Fatalf("%d advisory lock requests wait: the replica asked for the watermark", waiting)
	}
	h.waitFor("the replica's count reset", func() bool { return h.batcher.added.Load() == 0 })
	release()
	h.ingest(ndjson(objectEvent(1, sgtin(1))), FormatNDJSON)
	time.Sleep(100 * time.Millisecond)
	if n := h.count(`SELECT count(*) FROM trace_batches`); n != 0 {
		t.Fatalf("the replica cut %d batches while another held the lock", n)
	}
	if _, err := other.Exec(ctx, `SELECT pg_advisory_unlock($1)`, int64(batcherLeaderLock)); err != nil {
		t.Fatal(err)
	}
	other.Release()
	h.waitFor("the replica takes over and cuts", func() bool { return h.count(`SELECT count(*) FROM trace_batches`) == 1 })
	h.waitAnchored()
}
