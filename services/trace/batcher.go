package trace

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/txmgr"
)

// Enqueuer is what the batcher needs of the transaction manager.
type Enqueuer interface {
	Enqueue(ctx context.Context, tx pgx.Tx, op txmgr.NewOperation) (int64, error)
	Notify()
}

// Batcher cuts stored events into batches and anchors each batch's root:
// every Size events, or every Interval for what is waiting. A batch, the
// range of event ids it covers and the operation that anchors its root are
// written in one database transaction, and the transaction manager sends
// that operation exactly once, so every stored event is anchored exactly
// once whatever crashes.
type Batcher struct {
	Pool     *pgxpool.Pool
	Ops      Enqueuer
	Anchor   common.Address // the TraceAnchor contract
	Signer   common.Address // who anchors: an active OPERATOR key the transaction manager holds (verification trusts only operators' anchors)
	Size     int            // events per batch; DefaultBatchSize when 0
	Interval time.Duration  // longest wait of a stored event for its batch; DefaultBatchInterval when 0
	Trees    *TreeCache     // receives the trees it builds; may be nil
	// RetryAfter is how long a batch whose anchoring failed (the key lost its
	// role, the call reverted) waits before it is anchored again, doubled at
	// each further failure of the same batch up to MaxRetryAfter (or
	// RetryAfter when longer); DefaultRetryAfter when 0.
	RetryAfter time.Duration
	// Chain, when set, is asked whether a failed batch's root is anchored
	// already before it is anchored again (the projection may lag, or
	// someone else anchored that root first).
	Chain  ethereum.ContractCaller
	Logger *slog.Logger

	wake   chan struct{}
	added  atomic.Int64
	binder *traceanchor.TraceAnchor
}

// Batch is a cut batch.
type Batch struct {
	ID          int64
	Root        [32]byte
	Count       int
	FirstID     int64
	LastID      int64
	OperationID int64
}

func (b *Batcher) init() {
	if b.wake == nil {
		b.wake = make(chan struct{}, 1)
		b.binder = traceanchor.NewTraceAnchor()
	}
	if b.Size <= 0 {
		b.Size = DefaultBatchSize
	}
	if b.Interval <= 0 {
		b.Interval = DefaultBatchInterval
	}
	if b.RetryAfter <= 0 {
		b.RetryAfter = DefaultRetryAfter
	}
	if b.Logger == nil {
		b.Logger = slog.Default()
	}
}

// Start prepares the batcher; call it before Added is called concurrently.
func (b *Batcher) Start() { b.init() }

// Added tells the batcher that n events were stored: it cuts a batch at once
// when a full one may be waiting.
func (b *Batcher) Added(n int) {
	if b.wake == nil || n <= 0 {
		return
	}
	if b.added.Add(int64(n)) >= int64(b.Size) {
		select {
		case b.wake <- struct{}{}:
		default:
		}
	}
}

// Run cuts batches until ctx ends: full ones as soon as they are there,
// partial ones every Interval. Errors are logged and retried. Of the
// processes running it on one database, only the one holding the batcher's
// session lock works: the others neither take the watermark (which makes
// ingestions wait) nor cut, and take over when the holder goes away.
func (b *Batcher) Run(ctx context.Context) error {
	b.init()
	t := time.NewTicker(b.Interval)
	defer t.Stop()
	var l leadership
	defer l.close()
	partial := false // what a previous run left goes with the first tick
	for {
		leading := b.lead(ctx, &l)
		// Every event counted so far is committed, so below the watermark
		// the pass takes: it is cut now, or is less than a batch and waits
		// for the tick. A replica that does not batch keeps no count.
		b.added.Store(0)
		if leading {
			b.pass(ctx, partial)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			partial = true
		case <-b.wake:
			partial = false
		}
	}
}

// pass cuts what is there to cut and anchors failed batches again.
func (b *Batcher) pass(ctx context.Context, partial bool) {
	// One watermark serves every batch below it: taking it waits for
	// the ingestions in flight, so it is not taken per batch.
	w, err := b.watermark(ctx)
	for err == nil {
		var batch *Batch
		if batch, err = b.cutBelow(ctx, w, partial); batch == nil {
			break
		}
	}
	if err != nil && ctx.Err() == nil {
		b.Logger.Warn("cut trace batch", "err", err)
	}
	if _, err := b.Reanchor(ctx); err != nil && ctx.Err() == nil {
		b.Logger.Warn("anchor failed trace batches again", "err", err)
	}
}

// leadership is a connection of its own on which Run holds (or tries for)
// the session-level batcherLeaderLock: it lasts as long as the connection.
type leadership struct {
	conn    *pgx.Conn
	leading bool
}

func (l *leadership) close() {
	if l.conn != nil {
		_ = l.conn.Close(context.Background()) // releases the lock
		l.conn, l.leading = nil, false
	}
}

// lead reports whether this process is the batcher: it holds the lock still
// (its connection answers), or takes it now.
func (b *Batcher) lead(ctx context.Context, l *leadership) bool {
	if l.conn == nil {
		conn, err := pgx.ConnectConfig(ctx, b.Pool.Config().ConnConfig.Copy())
		if err != nil {
			if ctx.Err() == nil {
				b.Logger.Warn("connect for the trace batcher lock", "err", err)
			}
			return false
		}
		l.conn = conn
	}
	if l.leading {
		if _, err := l.conn.Exec(ctx, `SELECT 1`); err != nil {
			if ctx.Err() == nil {
				b.Logger.Warn("lost the trace batcher lock with its connection", "err", err)
			}
			l.close()
			return false
		}
		return true
	}
	if err := l.conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, int64(batcherLeaderLock)).Scan(&l.leading); err != nil {
		if ctx.Err() == nil {
			b.Logger.Warn("take the trace batcher lock", "err", err)
		}
		l.close()
		return false
	}
	if l.leading {
		b.Logger.Info("this process now cuts and anchors trace batches")
	}
	return l.leading
}

// Cut makes one batch of up to Size of the oldest unbatched events, if
// there is a full one, or any when partial is set. It returns nil when there
// is nothing to cut (or another process is cutting).
func (b *Batcher) Cut(ctx context.Context, partial bool) (*Batch, error) {
	b.init()
	watermark, err := b.watermark(ctx)
	if err != nil {
		return nil, err
	}
	return b.cutBelow(ctx, watermark, partial)
}

// cutBelow is Cut of the events up to watermark.
func (b *Batcher) cutBelow(ctx context.Context, watermark int64, partial bool) (*Batch, error) {
	tx, err := b.Pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("cut trace batch: %w", err)
	}
	defer tx.Rollback(ctx)
	var mine bool
	if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, int64(batcherLock)).Scan(&mine); err != nil || !mine {
		return nil, err
	}
	var prev int64
	if err := tx.QueryRow(ctx, `SELECT COALESCE(max(last_id), 0) FROM trace_batches`).Scan(&prev); err != nil {
		return nil, fmt.Errorf("read last batch: %w", err)
	}
	rows, err := tx.Query(ctx, `SELECT id, hash FROM trace_events WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3`, prev, watermark, b.Size)
	if err != nil {
		return nil, fmt.Errorf("read unbatched events: %w", err)
	}
	var ids []int64
	var leaves [][32]byte
	for rows.Next() {
		var id int64
		var h []byte
		if err := rows.Scan(&id, &h); err != nil {
			return nil, err
		}
		ids = append(ids, id)
		leaves = append(leaves, merkle.Leaf([32]byte(h)))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read unbatched events: %w", err)
	}
	if len(ids) == 0 || (len(ids) < b.Size && !partial) {
		return nil, nil
	}
	batch := &Batch{Count: len(ids), FirstID: ids[0], LastID: ids[len(ids)-1]}
	if len(ids) < b.Size {
		batch.LastID = watermark // the range ends where every event is known
	}
	tree := merkle.Build(leaves)
	batch.Root = tree.Root()
	if err := tx.QueryRow(ctx, `SELECT nextval(pg_get_serial_sequence('trace_batches', 'id'))`).Scan(&batch.ID); err != nil {
		return nil, fmt.Errorf("take batch id: %w", err)
	}
	batch.OperationID, err = b.Ops.Enqueue(ctx, tx, b.anchorOp(batch.Root, batch.Count, strconv.FormatInt(batch.ID, 10)))
	if err != nil {
		return nil, err
	}
	_, err = tx.Exec(ctx, `INSERT INTO trace_batches (id, root, item_count, first_id, last_id, operation_id) VALUES ($1, $2, $3, $4, $5, $6)`,
		batch.ID, batch.Root[:], batch.Count, batch.FirstID, batch.LastID, batch.OperationID)
	if err != nil {
		return nil, fmt.Errorf("insert trace batch %d: %w", batch.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit trace batch %d: %w", batch.ID, err)
	}
	b.Ops.Notify()
	b.Trees.Put(batch.ID, &batchTree{tree: tree, ids: ids})
	return batch, nil
}

// Reanchor enqueues a new anchoring operation for every batch whose
// operation failed long enough ago and whose root is not anchored, in the
// same transaction that points the batch at it and counts the attempt: a
// batch is never left unanchored for good by a failure that can pass (the
// anchoring key suspended, out of gas money), and a root is still anchored
// once, since the contract refuses a second. The wait after the n-th failed
// attempt is RetryAfter x 2^(n-1), at most MaxRetryAfter, so a failure that
// does not pass costs a transaction an hour, not one every RetryAfter. It
// returns the batches it re-enqueued.
func (b *Batcher) Reanchor(ctx context.Context) ([]int64, error) {
	b.init()
	tx, err := b.Pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("re-anchor trace batches: %w", err)
	}
	defer tx.Rollback(ctx)
	rows, err := tx.Query(ctx, sqlFailedBatches, b.RetryAfter.Seconds(), max(MaxRetryAfter, b.RetryAfter).Seconds())
	if err != nil {
		return nil, fmt.Errorf("find failed trace batches: %w", err)
	}
	type failed struct {
		id, op       int64
		root         []byte
		count, tries int
		code, detail string
		failedAt     time.Time
	}
	var todo []failed
	for rows.Next() {
		var f failed
		if err := rows.Scan(&f.id, &f.root, &f.count, &f.tries, &f.op, &f.code, &f.detail, &f.failedAt); err != nil {
			rows.Close()
			return nil, err
		}
		todo = append(todo, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find failed trace batches: %w", err)
	}
	var ids []int64
	for _, f := range todo {
		if by, err := b.anchoredBy(ctx, [32]byte(f.root)); err != nil {
			return nil, err
		} else if by != (common.Address{}) {
			// The chain holds the root: no new operation, whatever the
			// projection says yet. Anchored by another than our signer, it
			// will not verify: say so loudly.
			lvl := slog.LevelInfo
			if by != b.Signer {
				lvl = slog.LevelError
			}
			b.Logger.Log(ctx, lvl, "failed trace batch's root is anchored on chain already; not anchoring it again",
				"batch", f.id, "root", common.Hash(f.root), "anchorer", by, "signer", b.Signer)
			continue
		}
		op, err := b.Ops.Enqueue(ctx, tx, b.anchorOp([32]byte(f.root), f.count, strconv.FormatInt(f.id, 10)))
		if err != nil {
			return nil, err
		}
		if _, err := tx.Exec(ctx, `UPDATE trace_batches SET operation_id = $2, anchor_attempts = anchor_attempts + 1 WHERE id = $1`, f.id, op); err != nil {
			return nil, fmt.Errorf("point trace batch %d at operation %d: %w", f.id, op, err)
		}
		b.Logger.Warn("anchoring trace batch again after a failure", "batch", f.id, "attempt", f.tries+1,
			"failed_operation", f.op, "error_code", f.code, "error_detail", f.detail, "failed_at", f.failedAt,
			"operation", op, "next_retry_if_this_fails", b.backoff(f.tries+1))
		ids = append(ids, f.id)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("re-anchor trace batches: %w", err)
	}
	if len(ids) > 0 {
		b.Ops.Notify()
	}
	return ids, nil
}

// backoff is the wait after the attempts-th failed anchoring of a batch.
func (b *Batcher) backoff(attempts int) time.Duration {
	limit := max(MaxRetryAfter, b.RetryAfter)
	d := b.RetryAfter
	for i := 1; i < attempts && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// anchoredBy asks the chain who anchored root: zero when no one has, or when
// the batcher has no chain to ask.
func (b *Batcher) anchoredBy(ctx context.Context, root [32]byte) (common.Address, error) {
	if b.Chain == nil {
		return common.Address{}, nil
	}
	out, err := b.Chain.CallContract(ctx, ethereum.CallMsg{To: &b.Anchor, Data: b.binder.PackAnchored(root)}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("ask the chain about root %x: %w", root, err)
	}
	got, err := b.binder.UnpackAnchored(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("ask the chain about root %x: %w", root, err)
	}
	return got.Anchorer, nil
}

// sqlFailedBatches finds batches whose latest anchoring failed at least
// $1 x 2^(attempts-1) seconds ago (at most $2) and whose root is not
// projected as anchored, locking them against a second batcher.
const sqlFailedBatches = `SELECT b.id, b.root, b.item_count, b.anchor_attempts, o.id, o.error_code, o.error_detail, o.updated_at
	FROM trace_batches b JOIN operations o ON o.id = b.operation_id
	WHERE o.kind = 'trace.anchor' AND o.state = 'failed'
	  AND o.updated_at < now() - make_interval(secs => LEAST($1 * power(2::float8, LEAST(b.anchor_attempts - 1, 40)), $2))
	  AND NOT EXISTS (SELECT 1 FROM trace_anchors a WHERE a.root = b.root)
	ORDER BY b.id LIMIT 100
	FOR UPDATE OF b SKIP LOCKED`

// anchorOp is the operation that anchors root: TraceAnchor.anchor(root, count, ref).
func (b *Batcher) anchorOp(root [32]byte, count int, ref string) txmgr.NewOperation {
	return txmgr.NewOperation{Kind: "trace.anchor", Signer: b.Signer, To: b.Anchor, ResourceType: "trace_batch",
		Data: b.binder.PackAnchor(root, uint64(count), ref)}
}

// watermark returns an event id at or below which every event is committed
// or never will be: ingestion takes ids under a shared lock, so once the
// exclusive lock is granted every id handed out so far is settled.
func (b *Batcher) watermark(ctx context.Context) (int64, error) {
	tx, err := b.Pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("read event watermark: %w", err)
	}
	defer tx.Rollback(ctx)
	// While the exclusive request waits, new ingestions queue behind it: wait
	// briefly, and try again at the next pass rather than stall them all
	// behind one long ingestion.
	if _, err := tx.Exec(ctx, `SET LOCAL lock_timeout = `+strconv.FormatInt(watermarkLockTimeout.Milliseconds(), 10)); err != nil {
		return 0, fmt.Errorf("read event watermark: %w", err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(ingestLock)); err != nil {
		return 0, fmt.Errorf("read event watermark: %w", err)
	}
	var w int64
	if err := tx.QueryRow(ctx, `SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM trace_event_ids`).Scan(&w); err != nil {
		return 0, fmt.Errorf("read event watermark: %w", err)
	}
	return w, tx.Commit(ctx)
}
