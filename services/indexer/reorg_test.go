package indexer_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/services/indexer"
)

// TestReorg replaces the last two blocks with a longer side chain holding a
// different transfer.
func TestReorg(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	u := c.users
	c.mint(u[0], 1000_00)
	c.mint(u[1], 1000_00)
	_, parent := c.head()

	pool := newDB(t)
	rec := &logRecorder{}
	ix := indexer.New(pool, c.client, c.config(2, slog.New(rec)), c.projections()...)
	orphanTx := []common.Hash{c.transfer(u[0], u[1], 100_00).TxHash, c.transfer(u[1], u[2], 30_00).TxHash}
	oldHead, oldHash := c.head()
	catchUp(t, ix)
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM ixtest_transfers WHERE tx_hash = ANY($1)`,
		[][]byte{orphanTx[0].Bytes(), orphanTx[1].Bytes()}).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d projected transfers before the reorg (%v), want 2", n, err)
	}

	if err := c.sim.Fork(parent); err != nil {
		t.Fatal(err)
	}
	c.sim.Rollback() // drop the orphaned transactions the pool took back
	c.transfer(u[0], u[3], 70_00)
	for head, _ := c.head(); head <= oldHead; head, _ = c.head() {
		c.sim.Commit()
	}
	if c.hashAt(oldHead) == oldHash {
		t.Fatal("the side chain did not replace the old head")
	}
	for _, h := range orphanTx {
		if _, err := c.client.TransactionReceipt(ctx, h); err == nil {
			t.Fatalf("orphaned transaction %s is on the new chain", h)
		}
	}

	catchUp(t, ix)
	got := dump(t, pool)
	wantTables(t, c.fresh(t), got)
	wantBalancesOnChain(t, c, got)
	for _, ev := range got.Events {
		for _, h := range orphanTx {
			if ev.Tx == common.Bytes2Hex(h.Bytes()) {
				t.Fatalf("event of orphaned transaction %s survived the reorg", h)
			}
		}
	}
	if n := rec.count("chain reorganised"); n != 1 {
		t.Fatalf("%d rewinds logged, want 1", n)
	}
	head, hash := c.head()
	if n, h, err := ix.Checkpoint(ctx); err != nil || n != head || h != hash {
		t.Fatalf("checkpoint %d %s %v, want %d %s", n, h, err, head, hash)
	}
}

// TestHeadMovesBackwards drops the last two blocks, as a killed geth --dev
// does, then grows the chain again with other transactions.
func TestHeadMovesBackwards(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	c.activity()
	pool := newDB(t)
	ix := c.newIndexer(pool, 0)
	catchUp(t, ix)
	oldHead, _ := c.head()

	if err := c.sim.Fork(c.hashAt(oldHead - 2)); err != nil {
		t.Fatal(err)
	}
	c.sim.Rollback()
	if head, _ := c.head(); head != oldHead-2 {
		t.Fatalf("head %d, want %d", head, oldHead-2)
	}
	advanced, err := ix.Step(ctx)
	if err != nil || !advanced {
		t.Fatalf("Step after the head moved back: %v %v", advanced, err)
	}
	n, h, err := ix.Checkpoint(ctx)
	if err != nil || n > oldHead-2 || h != c.hashAt(n) {
		t.Fatalf("checkpoint %d %s (%v), want a block of the chain at or below %d", n, h, err, oldHead-2)
	}
	catchUp(t, ix)
	wantTables(t, c.fresh(t), dump(t, pool))

	c.transfer(c.users[1], c.users[0], 5_00)
	catchUp(t, ix)
	got := dump(t, pool)
	wantTables(t, c.fresh(t), got)
	wantBalancesOnChain(t, c, got)
}

// hooked is the real chain client with a hook that runs once, right after the
// next FilterLogs has read the logs.
type hooked struct {
	node
	afterLogs func()
}

func (h *hooked) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := h.node.FilterLogs(ctx, q)
	if f := h.afterLogs; f != nil {
		h.afterLogs = nil
		f()
	}
	return logs, err
}

// TestChainChangesDuringStep reorganises the chain after a step has read the
// logs and before it reads their headers: the step notices and reads again.
func TestChainChangesDuringStep(t *testing.T) {
	t.Parallel()
	c := newChain(t)
	u := c.users
	c.mint(u[0], 1000_00)
	c.mint(u[1], 1000_00)
	_, parent := c.head()
	pool := newDB(t)
	rec := &logRecorder{}
	client := &hooked{node: c.node()}
	ix := indexer.New(pool, client, c.config(0, slog.New(rec)), c.projections()...)
	catchUp(t, ix)

	orphan := c.transfer(u[0], u[1], 100_00).TxHash
	oldHead, _ := c.head()
	client.afterLogs = func() {
		if err := c.sim.Fork(parent); err != nil {
			t.Fatal(err)
		}
		c.sim.Rollback()
		c.transfer(u[0], u[3], 70_00)
		for head, _ := c.head(); head <= oldHead; head, _ = c.head() {
			c.sim.Commit()
		}
	}
	catchUp(t, ix)
	if client.afterLogs != nil {
		t.Fatal("the chain was not reorganised during a step")
	}
	if n := rec.count("reading again"); n == 0 {
		t.Fatal("the step did not notice the chain change")
	}
	if n := rec.count("chain reorganised"); n != 0 {
		t.Fatalf("%d rewinds, want none: the checkpoint was below the fork", n)
	}
	got := dump(t, pool)
	wantTables(t, c.fresh(t), got)
	for _, ev := range got.Events {
		if ev.Tx == common.Bytes2Hex(orphan.Bytes()) {
			t.Fatalf("event of orphaned transaction %s was stored", orphan)
		}
	}
}

// TestDeepRewindAfterPruning drops more blocks than the indexer keeps blocks
// without events for (64 here, 1024 in production): those were pruned, so the
// rewind lands on the newest block with events below the new head.
func TestDeepRewindAfterPruning(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	c.activity()
	lastEvent, _ := c.head()
	for range 100 {
		c.sim.Commit()
	}
	c.transfer(c.users[1], c.users[0], 1_00)
	pool := newDB(t)
	ix := c.newIndexer(pool, 20)
	indexer.SetKeepBlocks(ix, 64)
	catchUp(t, ix)

	cp, _, _ := ix.Checkpoint(ctx)
	var stale, recent int
	if err := pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE number < $1), count(*) FILTER (WHERE number >= $1)
FROM indexed_blocks b WHERE NOT EXISTS (SELECT 1 FROM chain_events e WHERE e.name = b.name AND e.block_number = b.number)`,
		int64(cp)-64).Scan(&stale, &recent); err != nil {
		t.Fatal(err)
	}
	if stale != 0 || recent == 0 {
		t.Fatalf("%d blocks without events kept more than 64 below the checkpoint, %d nearer; want 0 and some", stale, recent)
	}

	if err := c.sim.Fork(c.hashAt(lastEvent + 10)); err != nil {
		t.Fatal(err)
	}
	c.sim.Rollback()
	if advanced, err := ix.Step(ctx); err != nil || !advanced {
		t.Fatalf("Step after the head moved back: %v %v", advanced, err)
	}
	if n, h, err := ix.Checkpoint(ctx); err != nil || n != lastEvent || h != c.hashAt(lastEvent) {
		t.Fatalf("rewound to %d %s (%v), want the last block with events, %d", n, h, err, lastEvent)
	}
	catchUp(t, ix)
	wantTables(t, c.fresh(t), dump(t, pool))
}

// TestRewindDepths drops ever more blocks that all have events: each rewind
// must land exactly on the new head, whatever the depth.
func TestRewindDepths(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	u := c.users
	c.mint(u[0], 1000_00)
	for range 24 {
		c.transfer(u[0], u[1], 1_00)
	}
	pool := newDB(t)
	ix := c.newIndexer(pool, 0)
	catchUp(t, ix)
	for _, depth := range []uint64{1, 2, 3, 5, 8} {
		head, _ := c.head()
		if err := c.sim.Fork(c.hashAt(head - depth)); err != nil {
			t.Fatal(err)
		}
		c.sim.Rollback()
		if advanced, err := ix.Step(ctx); err != nil || !advanced {
			t.Fatalf("depth %d: Step: %v %v", depth, advanced, err)
		}
		if n, h, err := ix.Checkpoint(ctx); err != nil || n != head-depth || h != c.hashAt(head-depth) {
			t.Fatalf("depth %d: rewound to %d %s (%v), want %d", depth, n, h, err, head-depth)
		}
	}
	c.transfer(u[1], u[2], 3_00)
	catchUp(t, ix)
	got := dump(t, pool)
	wantTables(t, c.fresh(t), got)
	wantBalancesOnChain(t, c, got)
}
