package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/simchain"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// chain is a simulated chain on the pinned fork with funded keys, and a miner
// goroutine that commits a block every few milliseconds, like geth --dev.
type chain struct {
	t       *testing.T
	ctx     context.Context
	ch      *simchain.Chain
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    map[common.Address]*ecdsa.PrivateKey
}

// newChain starts a chain with n funded keys; the miner is not running yet.
func newChain(t *testing.T, n int) (*chain, []common.Address) {
	t.Helper()
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("key%d", i)
	}
	ch := simchain.NewChain(t, simchain.Config{Keys: names})
	c := &chain{t: t, ctx: ch.Ctx, ch: ch, sim: ch.Sim, client: ch.Client, chainID: ch.ChainID, keys: map[common.Address]*ecdsa.PrivateKey{}}
	addrs := make([]common.Address, n)
	for i, a := range ch.Accounts {
		addrs[i] = a.Addr
		c.keys[a.Addr] = a.Key
	}
	return c, addrs
}

// mine starts committing a block every 5 ms.
func (c *chain) mine() { c.ch.StartMiner(5 * time.Millisecond) }

// pause stops the miner and waits until it has.
func (c *chain) pause() { c.ch.StopMiner() }

// signers is the manager's key lookup over the chain's keys.
func (c *chain) signers(addr common.Address) (txmgr.Signer, error) {
	key, ok := c.keys[addr]
	if !ok {
		return nil, fmt.Errorf("no key for %s", addr)
	}
	return txmgr.KeySigner(key), nil
}

// transactor is a bind transactor for addr, for setting the stage.
func (c *chain) transactor(addr common.Address) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[addr], c.chainID)
}

// nonce is addr's nonce at the head.
func (c *chain) nonce(addr common.Address) uint64 {
	c.t.Helper()
	n, err := c.client.NonceAt(c.ctx, addr, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// sentBy counts the transactions from addr in the canonical chain.
func (c *chain) sentBy(addr common.Address) int {
	c.t.Helper()
	head, err := c.client.BlockNumber(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(c.chainID)
	count := 0
	for n := uint64(1); n <= head; n++ {
		b, err := c.client.BlockByNumber(c.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			c.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if from, err := types.Sender(signer, tx); err == nil && from == addr {
				count++
			}
		}
	}
	return count
}

// deploy deploys the duochain contracts from operator.
func (c *chain) deploy(operator common.Address) *contracts.Deployment {
	c.t.Helper()
	return c.ch.Deploy(c.transactor(operator), contracts.DeployParams{OperatorDID: "did:web:operator.example"})
}

// options are fast test timings with the log in the test output.
func options(t *testing.T) txmgr.Options {
	return txmgr.Options{
		PollInterval: 20 * time.Millisecond,
		MaxBackoff:   100 * time.Millisecond,
		StuckAfter:   5 * time.Second,
		Decoder:      contracts.DecodeError,
		Logger:       slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// running is a Manager's Run in a goroutine.
type running struct {
	cancel context.CancelFunc
	done   chan error
	once   sync.Once
	err    error
}

// start runs m until the test ends or stop is called.
func start(t *testing.T, m *txmgr.Manager) *running {
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- m.Run(ctx) }()
	t.Cleanup(func() { _ = r.stop() })
	return r
}

// stop cancels Run and returns what it returned.
func (r *running) stop() error {
	r.once.Do(func() {
		r.cancel()
		r.err = <-r.done
	})
	return r.err
}

// enqueue stores each operation in its own transaction and wakes m.
func enqueue(t *testing.T, pool *pgxpool.Pool, m *txmgr.Manager, ops ...txmgr.NewOperation) []int64 {
	t.Helper()
	ids, err := tryEnqueue(pool, m, ops...)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// tryEnqueue is enqueue for goroutines other than the test's.
func tryEnqueue(pool *pgxpool.Pool, m *txmgr.Manager, ops ...txmgr.NewOperation) ([]int64, error) {
	ctx := context.Background()
	ids := make([]int64, len(ops))
	for i, op := range ops {
		tx, err := pool.Begin(ctx)
		if err != nil {
			return nil, err
		}
		ids[i], err = m.Enqueue(ctx, tx, op)
		if err != nil {
			_ = tx.Rollback(ctx)
			return nil, err
		}
		if err := tx.Commit(ctx); err != nil {
			return nil, err
		}
		m.Notify()
	}
	return ids, nil
}

// waitAll waits until every operation is terminal.
func waitAll(t *testing.T, m *txmgr.Manager, ids []int64) []txmgr.Operation {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ops := make([]txmgr.Operation, len(ids))
	for i, id := range ids {
		op, err := m.Wait(ctx, id)
		if err != nil {
			t.Fatalf("operation %d: %v (state %s)", id, err, op.State)
		}
		ops[i] = op
	}
	return ops
}

// eventually polls cond every 10 ms for up to 10 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// get reads an operation or fails the test.
func get(t *testing.T, m *txmgr.Manager, id int64) txmgr.Operation {
	t.Helper()
	op, err := m.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return op
}

// storedTx is a row of the transactions table.
type storedTx struct {
	Hash           common.Hash
	Nonce          uint64
	TipCap, FeeCap *big.Int
}

// stored lists the signed transactions of operation id, oldest first.
func stored(t *testing.T, pool *pgxpool.Pool, id int64) []storedTx {
	t.Helper()
	rows, err := pool.Query(context.Background(),
		`SELECT hash, nonce, gas_tip_cap::text, gas_fee_cap::text FROM transactions WHERE operation_id = $1 ORDER BY id`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []storedTx
	for rows.Next() {
		var (
			hash     []byte
			nonce    int64
			tip, cap string
		)
		if err := rows.Scan(&hash, &nonce, &tip, &cap); err != nil {
			t.Fatal(err)
		}
		s := storedTx{Hash: common.BytesToHash(hash), Nonce: uint64(nonce)}
		s.TipCap, _ = new(big.Int).SetString(tip, 10)
		s.FeeCap, _ = new(big.Int).SetString(cap, 10)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// nonces lists the nonces the database gave signer's operations, in order.
func nonces(t *testing.T, pool *pgxpool.Pool, signer common.Address) []uint64 {
	t.Helper()
	rows, err := pool.Query(context.Background(),
		`SELECT nonce FROM operations WHERE signer = $1 AND nonce IS NOT NULL ORDER BY nonce`, signer.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []uint64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, uint64(n))
	}
	return out
}

// call is a plain call with data to an account without code: it always succeeds.
func call(signer common.Address, i int) txmgr.NewOperation {
	return txmgr.NewOperation{
		Kind:   "test.call",
		Signer: signer,
		To:     common.HexToAddress("0x00000000000000000000000000000000000d0c0a"),
		Data:   []byte(fmt.Sprintf("operation %d", i)),
	}
}

// receiptOf returns the receipt of hash, or nil when the chain has none.
func (c *chain) receiptOf(hash common.Hash) *types.Receipt {
	r, err := c.client.TransactionReceipt(c.ctx, hash)
	if err != nil {
		return nil
	}
	return r
}

var errCrash = errors.New("simulated crash")
