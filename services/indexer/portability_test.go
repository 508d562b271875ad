package indexer_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

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
	ix := indexer.New(pool, client, c.config(3, nil), c.projections()...)
	catchUp(t, ix)

	want := c.fresh(t)
	for i, ev := range want.Events {
		want.Events[i].BlockHash = common.Bytes2Hex(proxy.Reported(common.HexToHash(ev.BlockHash)).Bytes())
	}
	wantTables(t, want, dump(t, pool))
	n, h, err := ix.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if real := c.hashAt(n); h != proxy.Reported(real) {
		t.Fatalf("checkpoint %d hash %s, want the reported %s (the header's hash is %s)", n, h, proxy.Reported(real), real)
	}

	// More blocks: the next steps find the checkpoint's reported hash on chain
	// and go on, without a rewind.
	c.transfer(c.users[3], c.users[0], 1_00)
	catchUp(t, ix)
	want = c.fresh(t)
	for i, ev := range want.Events {
		want.Events[i].BlockHash = common.Bytes2Hex(proxy.Reported(common.HexToHash(ev.BlockHash)).Bytes())
	}
	wantTables(t, want, dump(t, pool))
}
