package indexer_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/services/indexer"
)

// run starts ix.Run until the test ends.
func run(t *testing.T, ix *indexer.Indexer) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Run returned %v, want context.Canceled", err)
		}
	})
}

// waitHead waits until ix has processed the chain's head.
func waitHead(t *testing.T, c *chain, ix *indexer.Indexer) {
	t.Helper()
	head, _ := c.head()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := ix.WaitFor(ctx, head); err != nil {
		t.Fatalf("wait for block %d: %v", head, err)
	}
}

func wantTables(t *testing.T, want, got tables) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("tables (-want +got):\n%s", diff)
	}
}

func wantBalancesOnChain(t *testing.T, c *chain, got tables) {
	t.Helper()
	var nonZero []balanceRow
	for _, b := range got.Balances {
		if b.Balance != "0" {
			nonZero = append(nonZero, b)
		}
	}
	if diff := cmp.Diff(c.balances(), nonZero); diff != "" {
		t.Fatalf("projected balances differ from balanceOf (-chain +projection):\n%s", diff)
	}
}

// TestBackfillInChunksEqualsLive indexes the same chain live (Run while
// transactions arrive) and as a backfill of two-block chunks.
func TestBackfillInChunksEqualsLive(t *testing.T) {
	t.Parallel()
	c := newChain(t)
	livePool := newDB(t)
	live := c.newIndexer(livePool, 0)
	run(t, live)
	c.activity()
	waitHead(t, c, live)
	got := dump(t, livePool)
	if len(got.Transfers) != 6 || len(got.Orgs) != 3 {
		t.Fatalf("live: %d transfers, %d organizations; want 6 and 3 (operator, clearing, supplier)", len(got.Transfers), len(got.Orgs))
	}
	wantBalancesOnChain(t, c, got)

	backPool := newDB(t)
	back := c.newIndexer(backPool, 2)
	head, hash := c.head()
	if steps, min := catchUp(t, back), int(head-c.dep.Block+1)/2; steps < min {
		t.Fatalf("backfill took %d steps, want at least %d", steps, min)
	}
	wantTables(t, got, dump(t, backPool))
	if n, h, err := back.Checkpoint(context.Background()); err != nil || n != head || h != hash {
		t.Fatalf("checkpoint %d %s %v, want %d %s", n, h, err, head, hash)
	}
}

// TestBackfillBulk loads a chunk with many logs (COPY) and compares it with
// the same chain read two blocks at a time (INSERTs).
func TestBackfillBulk(t *testing.T) {
	t.Parallel()
	c := newChain(t)
	u := c.users
	c.mint(u[0], 1000_00)
	var to []*acct
	for i := range 90 {
		to = append(to, u[1+i%3])
	}
	c.transfers(u[0], 1_00, to...)
	c.transfers(u[1], 10, u[2], u[3])

	bulkPool := newDB(t)
	bulk := c.newIndexer(bulkPool, 0)
	if advanced, err := bulk.Step(context.Background()); err != nil || !advanced {
		t.Fatalf("Step: %v %v", advanced, err)
	}
	if lag, err := bulk.Lag(context.Background()); err != nil || lag != 0 {
		t.Fatalf("one step left lag %d, %v", lag, err)
	}
	got := dump(t, bulkPool)
	if len(got.Events) < 90 {
		t.Fatalf("%d events, want over 90", len(got.Events))
	}
	wantBalancesOnChain(t, c, got)

	smallPool := newDB(t)
	catchUp(t, c.newIndexer(smallPool, 2))
	wantTables(t, dump(t, smallPool), got)
}

// TestHandlerErrorRollsBackChunk makes the second projection fail on the last
// event, after the first projection has applied the event before it in the same
// block: neither the projections, nor the events, nor the checkpoint move.
func TestHandlerErrorRollsBackChunk(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	c.activity() // ends with a mint: Transfer then CashMinted in one block
	logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.dep.Block),
		Addresses: c.config(0, nil).Addresses,
	})
	if err != nil {
		t.Fatal(err)
	}
	last := logs[len(logs)-1]

	pool := newDB(t)
	hs := c.projections()
	bad := &failing{Handler: hs[1], failAt: len(logs)}
	ix := c.newIndexer(pool, 3, hs[0], bad)
	var (
		stepErr error
		before  tables
		cpN     uint64
		cpHash  common.Hash
	)
	for stepErr == nil {
		before = dump(t, pool)
		if cpN, cpHash, err = ix.Checkpoint(ctx); err != nil {
			t.Fatal(err)
		}
		var advanced bool
		if advanced, stepErr = ix.Step(ctx); !advanced && stepErr == nil {
			t.Fatal("caught up without the injected failure")
		}
	}
	var he *indexer.HandlerError
	if !errors.As(stepErr, &he) {
		t.Fatalf("Step: %v, want a *HandlerError", stepErr)
	}
	if he.Handler != "failing organizations" || he.Block != last.BlockNumber || he.LogIndex != last.Index {
		t.Fatalf("HandlerError %+v, want failing organizations at block %d log %d", he, last.BlockNumber, last.Index)
	}
	if len(before.Events) == 0 {
		t.Fatal("no chunk committed before the failing one")
	}
	wantTables(t, before, dump(t, pool))
	if n, h, err := ix.Checkpoint(ctx); err != nil || n != cpN || h != cpHash {
		t.Fatalf("checkpoint moved to %d %s (%v), want %d %s", n, h, err, cpN, cpHash)
	}

	bad.failAt = 0
	catchUp(t, ix)
	wantTables(t, c.fresh(t), dump(t, pool))
}

// TestReindex rebuilds a damaged read model (projection and stored events)
// from the chain while Run keeps going.
func TestReindex(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	pool := newDB(t)
	ix := c.newIndexer(pool, 3)
	run(t, ix)
	c.activity()
	waitHead(t, c, ix)
	want := dump(t, pool)
	_, wantHash, _ := ix.Checkpoint(ctx)

	if _, err := pool.Exec(ctx, `UPDATE ixtest_balances SET balance = 1; DELETE FROM ixtest_organizations;
DELETE FROM chain_events WHERE log_index = 0`); err != nil {
		t.Fatal(err)
	}
	if err := ix.Reindex(ctx); err != nil {
		t.Fatal(err)
	}
	wantTables(t, want, dump(t, pool))
	if _, h, err := ix.Checkpoint(ctx); err != nil || h != wantHash {
		t.Fatalf("checkpoint hash %s (%v), want %s", h, err, wantHash)
	}
}

// TestWaitFor has an API-style write wait until its transaction is projected.
func TestWaitFor(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	c.mint(c.users[0], 100_00)
	pool := newDB(t)
	ix := c.newIndexer(pool, 0)
	catchUp(t, ix)
	if lag, err := ix.Lag(ctx); err != nil || lag != 0 {
		t.Fatalf("lag %d, %v after catching up", lag, err)
	}

	r := c.transfer(c.users[0], c.users[1], 40_00)
	block := r.BlockNumber.Uint64()
	if lag, err := ix.Lag(ctx); err != nil || lag == 0 {
		t.Fatalf("lag %d, %v with a block unread", lag, err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := ix.WaitFor(short, block); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitFor without an indexer running: %v, want deadline exceeded", err)
	}

	run(t, ix)
	if err := ix.WaitFor(ctx, block); err != nil {
		t.Fatal(err)
	}
	got := query[transferRow](t, pool, `SELECT block_number, log_index, encode(tx_hash, 'hex'),
encode(from_addr, 'hex'), encode(to_addr, 'hex'), value::text FROM ixtest_transfers WHERE tx_hash = $1`, r.TxHash.Bytes())
	want := []transferRow{{Block: int64(block), LogIndex: int64(r.Logs[0].Index), Tx: common.Bytes2Hex(r.TxHash.Bytes()),
		From: common.Bytes2Hex(c.users[0].addr.Bytes()), To: common.Bytes2Hex(c.users[1].addr.Bytes()), Value: "4000"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("projected transfer (-want +got):\n%s", diff)
	}
	if n, h, err := ix.Checkpoint(ctx); err != nil || n < block || n == block && h != r.BlockHash {
		t.Fatalf("checkpoint %d %s (%v), want block %d %s", n, h, err, block, r.BlockHash)
	}
}

// flaky is the real chain client behind a connection that fails the first
// calls of each kind.
type flaky struct {
	node
	failures int
}

var errUnreachable = errors.New("dial tcp 127.0.0.1:8545: connection refused")

func (f *flaky) BlockNumber(ctx context.Context) (uint64, error) {
	if f.failures > 0 {
		f.failures--
		return 0, errUnreachable
	}
	return f.node.BlockNumber(ctx)
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.failures > 0 {
		f.failures--
		return nil, errUnreachable
	}
	return f.node.FilterLogs(ctx, q)
}

// TestRunRetriesRPCErrors runs against a node that is unreachable at first.
func TestRunRetriesRPCErrors(t *testing.T) {
	t.Parallel()
	c := newChain(t)
	c.activity()
	pool := newDB(t)
	rec := &logRecorder{}
	ix := indexer.New(pool, &flaky{node: c.node(), failures: 3}, c.config(0, slog.New(rec)), c.projections()...)
	run(t, ix)
	waitHead(t, c, ix)
	if n := rec.count("retrying"); n != 3 {
		t.Fatalf("%d retries logged, want 3", n)
	}
	wantTables(t, c.fresh(t), dump(t, pool))
}

// TestConfigErrors refuses to follow everything on chain.
func TestConfigErrors(t *testing.T) {
	t.Parallel()
	for _, cfg := range []indexer.Config{
		{Name: "", Addresses: []common.Address{{1}}},
		{Name: "x"},
	} {
		ix := indexer.New(nil, nil, cfg)
		if _, err := ix.Step(context.Background()); err == nil {
			t.Errorf("Step with %+v: no error", cfg)
		}
	}
}
