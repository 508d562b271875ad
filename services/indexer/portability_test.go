package indexer_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/indexer/rpcproxy"
)

// TestReportedBlockHashes follows a chain whose block hashes are not
// keccak(RLP(header)), as CometBFT-based EVMs report them: a proxy rewrites
// every block hash consistently in blocks, logs and receipts. The indexer
// knows blocks by the hash the node reports, so it projects the same rows as
// on geth, and stores and checkpoints the reported hashes. Comparing with a
// hash recomputed from the header failed on every block with events.
func TestReportedBlockHashes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	c.activity()
	proxy := rpcproxy.New(c.node().Client(), rpcproxy.Options{RewriteBlockHashes: true})
	t.Cleanup(proxy.Close)
	client, err := ethclient.Dial(proxy.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	pool := newDB(t)
	rec := &logRecorder{}
	ix := indexer.New(pool, client, c.config(3, slog.New(rec)), c.projections()...)
	catchUp(t, ix)

	wantReported(t, c, proxy, pool)
	n, h, err := ix.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if real := c.hashAt(n); h != proxy.Reported(real) {
		t.Fatalf("checkpoint %d hash %s, want the reported %s (the header's hash is %s)", n, h, proxy.Reported(real), real)
	}

	// More blocks: the next steps find the checkpoint's reported hash on chain
	// and go on, without a rewind.
	_, parent := c.head()
	c.transfer(c.users[3], c.users[0], 1_00)
	oldHead, _ := c.head()
	catchUp(t, ix)
	wantReported(t, c, proxy, pool)
	if n := rec.count("chain reorganised"); n != 0 {
		t.Fatalf("%d rewinds on a chain that only grew", n)
	}

	// A reorg: the indexer finds where the chains part by the reported hashes,
	// rewinds there once, and follows the new chain.
	if err := c.sim.Fork(parent); err != nil {
		t.Fatal(err)
	}
	c.sim.Rollback()
	c.transfer(c.users[0], c.users[2], 2_00)
	for head, _ := c.head(); head <= oldHead; head, _ = c.head() {
		c.sim.Commit()
	}
	catchUp(t, ix)
	wantReported(t, c, proxy, pool)
	if n := rec.count("chain reorganised"); n != 1 {
		t.Fatalf("%d rewinds after one reorg, want 1", n)
	}
}

// wantReported fails t unless pool holds what a fresh indexer of c projects,
// with the block hashes proxy reports.
func wantReported(t *testing.T, c *chain, proxy *rpcproxy.Proxy, pool *pgxpool.Pool) {
	t.Helper()
	want := c.fresh(t)
	for i, ev := range want.Events {
		want.Events[i].BlockHash = common.Bytes2Hex(proxy.Reported(common.HexToHash(ev.BlockHash)).Bytes())
	}
	wantTables(t, want, dump(t, pool))
}
