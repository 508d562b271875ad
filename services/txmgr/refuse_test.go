package txmgr_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/contracts/simchain"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

// poison is a call whose transaction every node refuses for good: its call
// data (132,000 non-zero bytes) is over geth's 128 KiB (131,072-byte) transaction size limit,
// though its gas (about 2.1 million) estimates fine.
func poison(signer common.Address) txmgr.NewOperation {
	return txmgr.NewOperation{
		Kind:   "test.poison",
		Signer: signer,
		To:     common.HexToAddress("0x00000000000000000000000000000000000d0c0a"),
		Data:   bytes.Repeat([]byte{0xff}, 132_000),
	}
}

// checkPoisonThenTen checks the outcome of a poison operation followed by ten
// plain calls of one signer: the poison failed with code and the node's words
// (says), holds no nonce, and its stored transaction was never mined; the
// ten were confirmed with nonces 0 to 9 (the first took the poison's), one
// transaction each on chain, and no freed nonce is left over.
func checkPoisonThenTen(t *testing.T, c *chain, pool *pgxpool.Pool, m *txmgr.Manager, signer common.Address, ids []int64, code, says string) {
	t.Helper()
	done := waitAll(t, m, ids)
	bad := done[0]
	if bad.State != txmgr.StateFailed || bad.ErrorCode != code || !strings.Contains(bad.ErrorDetail, says) {
		t.Errorf("poison operation: %+v, want failed with %s and the node's %q", bad, code, says)
	}
	if bad.TxHash != (common.Hash{}) || bad.BlockNumber != 0 {
		t.Errorf("poison operation names transaction %s in block %d, want none", bad.TxHash, bad.BlockNumber)
	}
	for _, op := range done[1:] {
		if op.State != txmgr.StateConfirmed {
			t.Errorf("operation %d after the poison: %+v, want confirmed", op.ID, op)
		}
	}
	if got := nonces(t, pool, signer); fmt.Sprint(got) != "[0 1 2 3 4 5 6 7 8 9]" {
		t.Errorf("nonces %v, want [0 1 2 3 4 5 6 7 8 9]: the first after the poison takes its nonce", got)
	}
	txs := stored(t, pool, bad.ID)
	if len(txs) != 1 {
		t.Fatalf("poison: %d transactions stored, want its one", len(txs))
	}
	if r := c.receiptOf(txs[0].Hash); r != nil {
		t.Errorf("the refused transaction %s was mined in block %d", txs[0].Hash, r.BlockNumber)
	}
	var refused, freed int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FILTER (WHERE refused_at IS NOT NULL) FROM transactions WHERE operation_id = $1`, bad.ID).Scan(&refused); err != nil || refused != 1 {
		t.Errorf("%d refused transactions of the poison, %v; want its one marked refused", refused, err)
	}
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM freed_nonces`).Scan(&freed); err != nil || freed != 0 {
		t.Errorf("%d freed nonces left, %v; want none", freed, err)
	}
	if n := c.nonce(signer); n != 10 {
		t.Errorf("chain nonce %d, want 10", n)
	}
	if n := c.sentBy(signer); n != 10 {
		t.Errorf("%d transactions on chain, want 10", n)
	}
}

// countsSends is a node that counts how often each transaction is sent to it.
type countsSends struct {
	txmgr.Client
	mu   sync.Mutex
	sent map[common.Hash]int
}

func (c *countsSends) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	c.sent[tx.Hash()]++
	c.mu.Unlock()
	return c.Client.SendTransaction(ctx, tx)
}

// TestPoisonDoesNotBlockSigner: a transaction the node refuses for good
// fails its operation with the node's reason and is never sent again, and the
// ten operations queued behind it on the same key are all confirmed, the
// first with the poison's nonce. Before, the sender re-broadcast the poison
// for ever and the ten never left accepted.
func TestPoisonDoesNotBlockSigner(t *testing.T) {
	for _, c := range []struct {
		name   string
		poison func(common.Address) txmgr.NewOperation
		code   string
		says   string
	}{
		{"Oversized", poison, txmgr.CodeTxOversized, "oversized data"},
		{"IntrinsicGasTooLow", func(signer common.Address) txmgr.NewOperation {
			op := call(signer, 0)
			op.Gas = 21_000 // the call data costs more
			return op
		}, txmgr.CodeIntrinsicGas, "intrinsic gas too low"},
		{"GasLimitExceeded", func(signer common.Address) txmgr.NewOperation {
			op := call(signer, 0)
			op.Gas = simchain.GasLimit + 1
			return op
		}, txmgr.CodeGasLimit, "exceeds block gas limit"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ch, addrs := newChain(t, 1)
			signer := addrs[0]
			ch.mine()
			pool := pgtest.New(t)
			node := &countsSends{Client: ch.client, sent: map[common.Hash]int{}}
			m := txmgr.New(pool, node, ch.chainID, ch.signers, options(t))
			ops := []txmgr.NewOperation{c.poison(signer)}
			for i := range 10 {
				ops = append(ops, call(signer, i))
			}
			ids := enqueue(t, pool, m, ops...)
			start(t, m)
			checkPoisonThenTen(t, ch, pool, m, signer, ids, c.code, c.says)
			if s := m.Stats(); s.Failed != 1 || s.Confirmed != 10 {
				t.Errorf("stats %+v, want 1 failed and 10 confirmed", s)
			}
			time.Sleep(50 * options(t).PollInterval) // time to send it again, were it ever
			refused := stored(t, pool, ids[0])[0].Hash
			node.mu.Lock()
			defer node.mu.Unlock()
			if n := node.sent[refused]; n != 1 {
				t.Errorf("the refused transaction was sent %d times, want once", n)
			}
		})
	}
}

// TestPoisonCrash: the sender dies between storing the poison and sending it,
// or between the node's refusal and freeing the nonce. The restarted sender
// re-broadcasts the stored poison, is refused again, fails it and frees its
// nonce; the ten behind it are confirmed.
func TestPoisonCrash(t *testing.T) {
	for _, point := range []string{txmgr.FailpointAfterStore, txmgr.FailpointAfterRefusal} {
		t.Run(point, func(t *testing.T) {
			c, addrs := newChain(t, 1)
			signer := addrs[0]
			c.mine()
			pool := pgtest.New(t)
			var hits atomic.Int32
			opts := options(t)
			opts.Failpoint = func(p string) error {
				if p == point && hits.Add(1) == 1 {
					return errCrash
				}
				return nil
			}
			first := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
			ops := []txmgr.NewOperation{poison(signer)}
			for i := range 10 {
				ops = append(ops, call(signer, i))
			}
			ids := enqueue(t, pool, first, ops...)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if err := first.Run(ctx); !errors.Is(err, errCrash) {
				t.Fatalf("Run returned %v, want the crash", err)
			}
			if op := get(t, first, ids[0]); op.State != txmgr.StateSubmitted {
				t.Fatalf("poison after the crash: %s, want submitted (stored, nonce held)", op.State)
			}

			second := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
			start(t, second)
			checkPoisonThenTen(t, c, pool, second, signer, ids, txmgr.CodeTxOversized, "oversized data")
		})
	}
}

// dropsFirstPoison is a node behind a load balancer whose first answer to a
// transaction over 128 KiB came from a node that took it and dropped it: the
// broadcast "succeeds", and the chain never sees the transaction.
// With refuseFillers it also refuses, for good, transactions to their sender.
type dropsFirstPoison struct {
	txmgr.Client
	dropped       atomic.Bool
	refuseFillers common.Address
}

func (c *dropsFirstPoison) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if tx.Size() > 128<<10 && c.dropped.CompareAndSwap(false, true) {
		return nil
	}
	if to := tx.To(); to != nil && *to == c.refuseFillers {
		return errors.New("Sender account not authorized to send transactions")
	}
	return c.Client.SendTransaction(ctx, tx)
}

// TestPoisonBehindLaterNonce: the poison (nonce 0) seemed sent, so the next
// operation was signed with nonce 1 and waits behind it. When the stuck
// poison is sent again and refused for good it fails and frees nonce 0, and,
// no write being queued to take it, the manager sends a filler with it: the
// operation that waited is confirmed.
func TestPoisonBehindLaterNonce(t *testing.T) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	c.mine()
	pool := pgtest.New(t)
	opts := options(t)
	opts.StuckAfter = 200 * time.Millisecond
	m := txmgr.New(pool, &dropsFirstPoison{Client: c.client}, c.chainID, c.signers, opts)
	ids := enqueue(t, pool, m, poison(signer), call(signer, 1))
	start(t, m)
	done := waitAll(t, m, ids)
	if bad := done[0]; bad.State != txmgr.StateFailed || bad.ErrorCode != txmgr.CodeTxOversized {
		t.Errorf("poison operation: %+v, want failed with %s", bad, txmgr.CodeTxOversized)
	}
	if op := done[1]; op.State != txmgr.StateConfirmed {
		t.Errorf("the operation behind the poison: %+v, want confirmed", op)
	}
	var waited, filler int64
	var kind string
	if err := pool.QueryRow(context.Background(), `SELECT (SELECT nonce FROM operations WHERE id = $1), nonce, kind FROM operations WHERE id > $1`,
		ids[1]).Scan(&waited, &filler, &kind); err != nil || waited != 1 || filler != 0 || kind != txmgr.KindFill {
		t.Errorf("nonce %d for the one that waited, %d for %q, %v; want 1, and 0 (the poison's) for a %s", waited, filler, kind, err, txmgr.KindFill)
	}
	eventually(t, "the filler confirmed", func() bool { return c.nonce(signer) == 2 })
	if n := c.sentBy(signer); n != 2 {
		t.Errorf("%d transactions on chain, want 2", n)
	}
}

// TestRefusedFillerNotRepeated: when the node refuses the filler too, it
// fails once and no other is enqueued; the operation behind the freed nonce
// waits for the signer's next write, which takes the nonce.
func TestRefusedFillerNotRepeated(t *testing.T) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	c.mine()
	pool := pgtest.New(t)
	opts := options(t)
	opts.StuckAfter = 200 * time.Millisecond
	m := txmgr.New(pool, &dropsFirstPoison{Client: c.client, refuseFillers: signer}, c.chainID, c.signers, opts)
	ids := enqueue(t, pool, m, poison(signer), call(signer, 1))
	start(t, m)
	waitAll(t, m, ids[:1])
	fillers := func() (n, failed int) {
		t.Helper()
		if err := pool.QueryRow(context.Background(), `SELECT count(*), count(*) FILTER (WHERE state = 'failed' AND error_code = $2) FROM operations WHERE kind = $1`,
			txmgr.KindFill, txmgr.CodeInvalidSender).Scan(&n, &failed); err != nil {
			t.Fatal(err)
		}
		return n, failed
	}
	eventually(t, "the filler refused", func() bool { _, failed := fillers(); return failed == 1 })
	time.Sleep(20 * opts.PollInterval)
	if n, failed := fillers(); n != 1 || failed != 1 {
		t.Fatalf("%d fillers, %d failed; want one, refused", n, failed)
	}
	if op := get(t, m, ids[1]); op.State != txmgr.StateSubmitted {
		t.Fatalf("the operation behind the poison: %s, want submitted, waiting", op.State)
	}
	for _, op := range waitAll(t, m, append(ids[1:], enqueue(t, pool, m, call(signer, 2))...)) {
		if op.State != txmgr.StateConfirmed {
			t.Errorf("operation %d: %+v, want confirmed", op.ID, op)
		}
	}
}

// capsFees is a node whose RPC fee cap (geth's --rpc.txfeecap) lies between
// the fee cap of the first transaction it is sent and any higher one.
// With dropFirst, the first transaction over the cap seems taken (a node
// behind a load balancer that drops it) and only later ones are refused.
type capsFees struct {
	txmgr.Client
	dropFirst bool
	mu        sync.Mutex
	cap       *big.Int
	refused   int
}

func (c *capsFees) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	if c.cap == nil {
		c.cap = tx.GasFeeCap()
	}
	over := tx.GasFeeCap().Cmp(c.cap) > 0
	if over && c.dropFirst {
		c.dropFirst = false
		c.mu.Unlock()
		return nil
	}
	if over {
		c.refused++
	}
	c.mu.Unlock()
	if over {
		return errors.New("tx fee (1.20 ether) exceeds the configured cap (1.00 ether)")
	}
	return c.Client.SendTransaction(ctx, tx)
}

// TestRefusedFeeBump: the fee bump of a stuck transaction is refused for
// good, when first sent or when sent again. The operation stays submitted on
// the transaction the node took, the refused replacement is never sent again
// nor followed by another, and once blocks are mined the first transaction
// confirms the operation.
func TestRefusedFeeBump(t *testing.T) {
	for _, dropFirst := range []bool{false, true} {
		t.Run(map[bool]string{false: "WhenSent", true: "WhenSentAgain"}[dropFirst], func(t *testing.T) {
			testRefusedFeeBump(t, dropFirst)
		})
	}
}

func testRefusedFeeBump(t *testing.T, dropFirst bool) {
	c, addrs := newChain(t, 1)
	signer := addrs[0]
	pool := pgtest.New(t)
	opts := options(t)
	opts.StuckAfter = 100 * time.Millisecond
	node := &capsFees{Client: c.client, dropFirst: dropFirst}
	m := txmgr.New(pool, node, c.chainID, c.signers, opts)
	start(t, m)
	id := enqueue(t, pool, m, call(signer, 0))[0]
	eventually(t, "the fee bump refused", func() bool {
		node.mu.Lock()
		defer node.mu.Unlock()
		return node.refused > 0
	})
	time.Sleep(10 * opts.StuckAfter) // time for more bumps, were any signed
	if op := get(t, m, id); op.State != txmgr.StateSubmitted {
		t.Fatalf("operation: %s, want submitted on its first transaction", op.State)
	}
	c.mine()
	op := waitAll(t, m, []int64{id})[0]
	txs := stored(t, pool, id)
	if op.State != txmgr.StateConfirmed || len(txs) != 2 || op.TxHash != txs[0].Hash {
		t.Fatalf("%+v with %d stored transactions; want confirmed by the first of two (the refused bump)", op, len(txs))
	}
	node.mu.Lock()
	defer node.mu.Unlock()
	if node.refused != 1 {
		t.Errorf("the refused bump was sent %d times, want once", node.refused)
	}
}
