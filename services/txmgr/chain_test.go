package txmgr_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

// TestStuckTransactionIsReplaced: while no block is mined the transaction is
// re-broadcast, then replaced by one with the same nonce and fees at least
// 12.5% higher, stored before it is sent. When mining resumes exactly one of
// the operation's transactions is mined, and the operation records that one.
func TestStuckTransactionIsReplaced(t *testing.T) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	pool := pgtest.New(t)
	opts := options(t)
	opts.StuckAfter = 200 * time.Millisecond
	m := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	start(t, m)

	id := enqueue(t, pool, m, call(signer, 0))[0]
	eventually(t, "two fee bumps", func() bool { return m.Stats().Bumped >= 2 })
	c.mine()
	op := waitAll(t, m, []int64{id})[0]
	if op.State != txmgr.StateConfirmed {
		t.Fatalf("%+v, want confirmed", op)
	}

	txs := stored(t, pool, id)
	if len(txs) < 3 {
		t.Fatalf("%d transactions stored, want the first and at least two replacements", len(txs))
	}
	mined := 0
	for i, tx := range txs {
		if tx.Nonce != 0 {
			t.Errorf("transaction %d has nonce %d, want 0", i, tx.Nonce)
		}
		if i > 0 {
			prev := txs[i-1]
			if !bumped(prev.TipCap, tx.TipCap) || !bumped(prev.FeeCap, tx.FeeCap) {
				t.Errorf("replacement %d: tip %s -> %s, fee cap %s -> %s, want +12.5%% each",
					i, prev.TipCap, tx.TipCap, prev.FeeCap, tx.FeeCap)
			}
		}
		if r := c.receiptOf(tx.Hash); r != nil {
			mined++
			if tx.Hash != op.TxHash {
				t.Errorf("mined %s, operation records %s", tx.Hash, op.TxHash)
			}
		}
	}
	if mined != 1 {
		t.Errorf("%d of the operation's transactions mined, want 1", mined)
	}
	if n := c.sentBy(signer); n != 1 {
		t.Errorf("%d transactions on chain, want 1", n)
	}
}

// bumped reports whether next is at least 12.5% above prev.
func bumped(prev, next *big.Int) bool {
	return new(big.Int).Mul(next, big.NewInt(8)).Cmp(new(big.Int).Mul(prev, big.NewInt(9))) >= 0
}

// TestHeadMovesBack: the block that confirmed an operation leaves the chain
// (the head goes back to its parent, then an empty, longer side chain grows):
// the operation goes back to submitted, its stored transaction is sent again,
// and it is confirmed on the new chain with the hook run again. No new
// transaction is signed.
func TestHeadMovesBack(t *testing.T) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	pool := pgtest.New(t)
	var (
		mu     sync.Mutex
		hooked []common.Hash
	)
	opts := options(t)
	opts.StuckAfter = 300 * time.Millisecond
	opts.OnConfirmed = func(_ context.Context, _ pgx.Tx, op txmgr.Operation, r *types.Receipt) error {
		mu.Lock()
		defer mu.Unlock()
		hooked = append(hooked, r.BlockHash)
		return nil
	}
	m := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	c.mine()
	start(t, m)
	id := enqueue(t, pool, m, call(signer, 0))[0]
	before := waitAll(t, m, []int64{id})[0]
	if before.State != txmgr.StateConfirmed {
		t.Fatalf("%+v, want confirmed", before)
	}

	c.pause()
	head, err := c.client.BlockNumber(c.ctx)
	if err != nil {
		t.Fatal(err)
	}
	confirming, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(before.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.sim.Fork(confirming.ParentHash); err != nil {
		t.Fatal(err)
	}
	// The pool puts the dropped transaction back on its own; a node that lost
	// its last blocks would not. Clear it (twice: its reset runs asynchronously)
	// so that only the manager can bring it back.
	c.sim.Rollback()
	time.Sleep(20 * time.Millisecond)
	c.sim.Rollback()
	for n := before.BlockNumber - 1; n <= head+1; n++ {
		c.sim.Commit()
	}
	eventually(t, "the operation to leave the chain", func() bool { return m.Stats().Reorged >= 1 })
	c.mine()

	var after txmgr.Operation
	eventually(t, "the operation to be confirmed again", func() bool {
		after = get(t, m, id)
		return after.State == txmgr.StateConfirmed && after.BlockHash != before.BlockHash
	})
	canon, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(after.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if canon.Hash() != after.BlockHash || after.TxHash != before.TxHash {
		t.Fatalf("after the reorg: %+v; canonical block %s, first transaction %s", after, canon.Hash(), before.TxHash)
	}
	if txs := stored(t, pool, id); len(txs) != 1 {
		t.Errorf("%d transactions stored, want the one signed before the reorg", len(txs))
	}
	mu.Lock()
	if len(hooked) != 2 || hooked[0] != before.BlockHash || hooked[1] != after.BlockHash {
		t.Errorf("hook saw blocks %v, want %s then %s", hooked, before.BlockHash, after.BlockHash)
	}
	mu.Unlock()
	if n := c.sentBy(signer); n != 1 {
		t.Errorf("%d transactions on chain, want 1", n)
	}
	if n := c.nonce(signer); n != 1 {
		t.Errorf("chain nonce %d, want 1", n)
	}
}
