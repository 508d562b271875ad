package simchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/contracts"
)

// TB is what a Chain needs of a test. *testing.T and *testing.B satisfy it, and
// so does a *rapid.T given a Helper method: a property test builds a chain per
// check, and testing.TB cannot be implemented outside package testing.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Cleanup(func())
}

// Config says what NewChain builds.
type Config struct {
	// Keys names the funded accounts, in order; nil is one named "operator".
	Keys []string
	// Balance is the wei every account starts with; nil is a million ether.
	Balance *big.Int
	// IPC serves the node's JSON-RPC on a Unix socket and makes Client a plain
	// ethclient over it, as code talking to a real node has: the backend's own
	// client hides its connection.
	IPC bool
	// Timeout ends Ctx that long after NewChain, turning a stuck call into a
	// failure with a trace rather than a hang until go test's timeout; zero
	// ends it only with the test.
	Timeout time.Duration
}

// Account is one funded key of a Chain.
type Account struct {
	Name string
	Key  *ecdsa.PrivateKey
	Addr common.Address
	Opts *bind.TransactOpts // keyed transactor on the chain's id; Send copies it
}

// Chain is a simulated chain for one test: the backend on the pinned fork and
// gas limit, funded accounts, and helpers that deploy, send and mine, failing
// the test rather than returning what a test cannot go on from. Blocks are
// sealed on demand, one per sent transaction, unless StartMiner runs a miner.
type Chain struct {
	Sim      *simulated.Backend
	Client   simulated.Client
	ChainID  *big.Int
	Accounts []*Account
	Ctx      context.Context // of every call the chain makes; ends with the test

	t      TB
	byName map[string]*Account

	// mu orders sealing: the chain seals a block itself only while no miner
	// runs, and a miner starts only between two of those seals.
	mu    sync.Mutex
	miner *Miner
}

// mineWait is how long a Chain waits for a transaction to be mined.
const mineWait = 30 * time.Second

// NewChain starts a chain with cfg's funded accounts. It is closed when the
// test ends, after the test's later cleanups.
func NewChain(t TB, cfg Config) *Chain {
	t.Helper()
	names := cfg.Keys
	if names == nil {
		names = []string{"operator"}
	}
	balance := cfg.Balance
	if balance == nil {
		balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	}
	c := &Chain{t: t, byName: map[string]*Account{}}
	alloc := types.GenesisAlloc{}
	for _, name := range names {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatalf("generate key %s: %v", name, err)
		}
		a := &Account{Name: name, Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
		c.Accounts = append(c.Accounts, a)
		c.byName[name] = a
		alloc[a.Addr] = types.Account{Balance: new(big.Int).Set(balance)}
	}

	var (
		ctx    = context.Background()
		cancel context.CancelFunc
		ipc    string
		conn   *rpc.Client
	)
	if cfg.Timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, cfg.Timeout)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	c.Ctx = ctx
	var options []func(*node.Config, *ethconfig.Config)
	if cfg.IPC {
		// Not t.TempDir: a socket's path must stay short.
		dir, err := os.MkdirTemp("", "simchain")
		if err != nil {
			cancel()
			t.Fatalf("socket folder: %v", err)
		}
		ipc = filepath.Join(dir, "node.ipc")
		options = append(options, func(n *node.Config, _ *ethconfig.Config) { n.IPCPath = ipc })
	}
	c.Sim = New(alloc, options...)
	t.Cleanup(func() {
		c.StopMiner()
		if conn != nil {
			conn.Close()
		}
		_ = c.Sim.Close()
		if ipc != "" {
			_ = os.RemoveAll(filepath.Dir(ipc))
		}
		cancel()
	})
	c.Client = c.Sim.Client()
	if cfg.IPC {
		var err error
		if conn, err = rpc.Dial(ipc); err != nil {
			t.Fatalf("dial %s: %v", ipc, err)
		}
		c.Client = ethclient.NewClient(conn)
	}
	id, err := c.Client.ChainID(c.Ctx)
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	c.ChainID = id
	for _, a := range c.Accounts {
		a.Opts = bind.NewKeyedTransactor(a.Key, id)
	}
	return c
}

// Account is the account named name.
func (c *Chain) Account(name string) *Account {
	c.t.Helper()
	a, ok := c.byName[name]
	if !ok {
		c.t.Fatalf("no account named %q", name)
	}
	return a
}

// StartMiner seals a block every interval from now on, like geth --dev with a
// block period, and returns the miner; while it runs the chain seals nothing
// itself. If a miner already runs, StartMiner returns that one.
func (c *Chain) StartMiner(every time.Duration) *Miner {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.miner == nil {
		c.miner = Mine(c.Sim, every)
	}
	return c.miner
}

// StopMiner stops the miner, if one runs, and waits until it has: from then on
// the chain seals a block per transaction again.
func (c *Chain) StopMiner() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.miner != nil {
		c.miner.Stop()
		c.miner = nil
	}
}

// Deploy deploys the duochain contracts from from (contracts.Deploy) and fails
// the test if that fails. Deploy waits for its receipts, so a miner runs for the
// while if none does.
func (c *Chain) Deploy(from *bind.TransactOpts, p contracts.DeployParams) *contracts.Deployment {
	c.t.Helper()
	c.mu.Lock()
	own := c.miner == nil
	if own {
		c.miner = Mine(c.Sim, 5*time.Millisecond)
	}
	c.mu.Unlock()
	ctx, cancel := context.WithTimeout(c.Ctx, mineWait)
	d, err := contracts.Deploy(ctx, c.Client, from, p)
	cancel()
	if own {
		c.StopMiner()
	}
	if err != nil {
		c.t.Fatalf("deploy the contracts: %v", err)
	}
	return d
}

// Send signs data to contract as from, mines it and returns the receipt. A
// revert surfaces as the error of the gas estimate, before anything is mined;
// a transaction that reverts when mined after a successful estimate fails the
// test.
func (c *Chain) Send(from *bind.TransactOpts, contract *bind.BoundContract, data []byte) (*types.Receipt, error) {
	c.t.Helper()
	tx, err := c.Transact(from, contract, data)
	if err != nil {
		return nil, err
	}
	r := c.Receipt(tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction %s failed after a successful estimate", tx.Hash())
	}
	return r, nil
}

// Must is Send that fails the test on any error, with the custom error decoded.
func (c *Chain) Must(from *bind.TransactOpts, contract *bind.BoundContract, data []byte) *types.Receipt {
	c.t.Helper()
	r, err := c.Send(from, contract, data)
	if err != nil {
		if rev, ok := contracts.DecodeRevert(err); ok {
			err = rev
		}
		c.t.Fatalf("send from %s: %v", from.From, err)
	}
	return r
}

// Transact signs and sends data to contract as from (with the chain's context)
// without waiting for it to be mined.
func (c *Chain) Transact(from *bind.TransactOpts, contract *bind.BoundContract, data []byte) (*types.Transaction, error) {
	opts := *from
	opts.Context = c.Ctx
	return bind.Transact(contract, &opts, data)
}

// Mine waits until every one of hashes is in a block and returns their
// receipts; one that reverted fails the test. Unless a miner runs, it seals
// blocks until then: usually one, but the pool promotes new transactions
// asynchronously, so a block may miss some.
func (c *Chain) Mine(hashes ...common.Hash) []*types.Receipt {
	c.t.Helper()
	out := c.mined(hashes)
	for i, r := range out {
		if r.Status != types.ReceiptStatusSuccessful {
			c.t.Fatalf("transaction %s reverted", hashes[i])
		}
	}
	return out
}

// Receipt is Mine for one transaction whose receipt the caller checks itself:
// it returns the receipt whether or not the transaction reverted.
func (c *Chain) Receipt(hash common.Hash) *types.Receipt {
	c.t.Helper()
	return c.mined([]common.Hash{hash})[0]
}

func (c *Chain) mined(hashes []common.Hash) []*types.Receipt {
	c.t.Helper()
	out := make([]*types.Receipt, len(hashes))
	if len(hashes) == 0 {
		return out
	}
	deadline := time.Now().Add(mineWait)
	// Seal first: a transaction just sent is not in a block yet. Later ones are
	// asked for before sealing again, as they are usually in the same block.
	pause := c.seal()
	for i := 0; i < len(hashes); {
		r, err := c.Client.TransactionReceipt(c.Ctx, hashes[i])
		if err == nil {
			out[i] = r
			i++
			continue
		}
		if time.Now().After(deadline) || c.Ctx.Err() != nil {
			c.t.Fatalf("transaction %s was not mined: %v", hashes[i], err)
		}
		time.Sleep(pause)
		pause = c.seal()
	}
	return out
}

// seal seals a block unless a miner runs, and says how long to wait before
// asking for a receipt again.
func (c *Chain) seal() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.miner != nil {
		return 10 * time.Millisecond
	}
	c.Sim.Commit()
	return 2 * time.Millisecond
}

// Advance moves the chain's time forward by d, sealing a block.
func (c *Chain) Advance(d time.Duration) {
	c.t.Helper()
	c.mu.Lock()
	m := c.miner
	c.mu.Unlock()
	if m != nil {
		if err := m.Advance(d); err != nil {
			c.t.Fatalf("advance time by %s: %v", d, err)
		}
		return
	}
	// The pool drops mined transactions asynchronously; until it has, it
	// refuses to adjust time "on a non-empty block".
	deadline := time.Now().Add(10 * time.Second)
	for {
		c.mu.Lock()
		err := c.Sim.AdjustTime(d)
		c.mu.Unlock()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("advance time by %s: %v", d, err)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Now is the timestamp of the newest block.
func (c *Chain) Now() uint64 {
	c.t.Helper()
	h, err := c.Client.HeaderByNumber(c.Ctx, nil)
	if err != nil {
		c.t.Fatalf("read the head: %v", err)
	}
	return h.Time
}
