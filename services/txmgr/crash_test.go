package txmgr_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

// TestCrashPoints kills the sender at each crash point while it works through
// several operations, then runs a fresh Manager on the same database and
// chain: every operation is confirmed, each by exactly one transaction, and
// the chain holds exactly one transaction per operation.
func TestCrashPoints(t *testing.T) {
	const ops = 4
	for _, point := range []string{
		txmgr.FailpointAfterSign,
		txmgr.FailpointAfterStore,
		txmgr.FailpointAfterBroadcast,
		txmgr.FailpointBeforeReceipt,
	} {
		t.Run(point, func(t *testing.T) {
			c, addrs := newChain(t, 1)
			signer := addrs[0]
			c.mine()
			pool := pgtest.New(t)

			// The first pass through the point goes by; the second kills the sender.
			var hits atomic.Int32
			opts := options(t)
			opts.Failpoint = func(p string) error {
				if p == point && hits.Add(1) == 2 {
					return errCrash
				}
				return nil
			}
			first := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
			var newOps []txmgr.NewOperation
			for i := range ops {
				newOps = append(newOps, call(signer, i))
			}
			ids := enqueue(t, pool, first, newOps...)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if err := first.Run(ctx); !errors.Is(err, errCrash) {
				t.Fatalf("Run returned %v, want the crash", err)
			}
			if point == txmgr.FailpointAfterSign {
				// The second operation was signed, never stored: its nonce is still free.
				var next int64
				if err := pool.QueryRow(ctx, `SELECT next_nonce FROM signers`).Scan(&next); err != nil || next != 1 {
					t.Fatalf("next nonce after the crash: %d, %v; want 1", next, err)
				}
				if op := get(t, first, ids[1]); op.State != txmgr.StateAccepted {
					t.Fatalf("signed, unstored operation is %s, want accepted", op.State)
				}
			}

			second := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
			start(t, second)
			done := waitAll(t, second, ids)
			for _, op := range done {
				if op.State != txmgr.StateConfirmed {
					t.Fatalf("operation %d: %+v, want confirmed", op.ID, op)
				}
				if txs := stored(t, pool, op.ID); len(txs) != 1 || txs[0].Hash != op.TxHash {
					t.Fatalf("operation %d: stored %+v, want one transaction %s", op.ID, txs, op.TxHash)
				}
			}
			if got := nonces(t, pool, signer); fmt.Sprint(got) != "[0 1 2 3]" {
				t.Errorf("nonces %v, want [0 1 2 3]", got)
			}
			if n := c.nonce(signer); n != ops {
				t.Errorf("chain nonce %d, want %d", n, ops)
			}
			if n := c.sentBy(signer); n != ops {
				t.Errorf("%d transactions on chain, want %d", n, ops)
			}
		})
	}
}

// TestNodeUnreachable: while the node does not answer, operations stay
// accepted, no nonce is taken and Run keeps retrying; once a node answers they
// are sent.
func TestNodeUnreachable(t *testing.T) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	pool := pgtest.New(t)

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadURL := "http://" + l.Addr().String()
	l.Close()
	dead, err := ethclient.Dial(deadURL)
	if err != nil {
		t.Fatal(err)
	}
	defer dead.Close()

	m := txmgr.New(pool, dead, c.chainID, c.signers, options(t))
	ids := enqueue(t, pool, m, call(signer, 0))
	r := start(t, m)
	time.Sleep(300 * time.Millisecond)
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if op := get(t, m, ids[0]); op.State != txmgr.StateAccepted {
		t.Fatalf("state %s, want accepted while the node is down", op.State)
	}
	var signers int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM signers`).Scan(&signers); err != nil || signers != 0 {
		t.Fatalf("%d signers, %v: no nonce may be read or taken while the node is down", signers, err)
	}

	c.mine()
	m = txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	start(t, m)
	if op := waitAll(t, m, ids)[0]; op.State != txmgr.StateConfirmed {
		t.Fatalf("%+v, want confirmed", op)
	}
}

// TestNonceTakenWhileSubmitted: an operation was stored with its nonce but
// never broadcast, and meanwhile the key signed another transaction with
// that nonce elsewhere. The operation can never be mined: after LostAfter it
// fails with CodeNonceUsedElsewhere instead of waiting for ever, and the next
// operation goes through.
func TestNonceTakenWhileSubmitted(t *testing.T) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	c.mine()
	pool := pgtest.New(t)
	opts := options(t)
	opts.Failpoint = func(p string) error {
		if p == txmgr.FailpointAfterStore {
			return errCrash
		}
		return nil
	}
	first := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	ids := enqueue(t, pool, first, call(signer, 1))
	if err := first.Run(context.Background()); !errors.Is(err, errCrash) {
		t.Fatalf("Run returned %v, want the crash", err)
	}
	if op := get(t, first, ids[0]); op.State != txmgr.StateSubmitted {
		t.Fatalf("stored, unsent operation is %s, want submitted", op.State)
	}

	// The same key, another process: nonce 0 goes to another transaction.
	key, err := c.signers(signer)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000e15e")
	other, err := key.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: 0, GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(1e11), Gas: 30000, To: &to, Data: []byte("elsewhere")}), c.chainID)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.client.SendTransaction(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the other transaction mined", func() bool { return c.receiptOf(other.Hash()) != nil })

	opts = options(t)
	opts.LostAfter, opts.LostBlocks = 300*time.Millisecond, 3
	second := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	start(t, second)
	lost := waitAll(t, second, ids)[0]
	if lost.State != txmgr.StateFailed || lost.ErrorCode != txmgr.CodeNonceUsedElsewhere {
		t.Fatalf("operation %d: %+v, want failed with %s", lost.ID, lost, txmgr.CodeNonceUsedElsewhere)
	}
	next := waitAll(t, second, enqueue(t, pool, second, call(signer, 2)))[0]
	if next.State != txmgr.StateConfirmed {
		t.Fatalf("the next operation: %+v, want confirmed", next)
	}
}
