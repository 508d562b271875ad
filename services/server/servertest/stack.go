// Package servertest is the whole duochain server in process, for any
// package's tests: New boots it on go-ethereum's simulated backend and a
// fresh Postgres database (services/pg/pgtest), with helpers to onboard a cast
// of organizations, send requests as them and check refusals. Every answer a
// test receives through it is checked against web/openapi.json.
package servertest

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/simchain"
	"github.com/duochain/duochain/services/devchain"
	"github.com/duochain/duochain/services/indexer/rpcproxy"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/server"
)

// Stack is the whole server on a simulated chain and a real Postgres database.
type Stack struct {
	T      *testing.T
	Server *server.Server
	Sim    *simulated.Backend
	Miner  *simchain.Miner // hold the chain still or move its time through it
	URL    string
	Keys   map[string]string // organization name -> API key
	IDs    map[string]string // organization name -> id
}

// New boots the server on the simulated backend (mining every few
// milliseconds, like geth --dev) and a fresh database; opts change its
// configuration before it opens.
func New(t *testing.T, opts ...func(*server.Config)) *Stack {
	t.Helper()
	return NewVia(t, nil, opts...)
}

// NewVia is New with the server talking to the chain through a
// client that via makes from the simulated node's JSON-RPC connection (served
// on a socket), as to a real node, instead of the simulated backend's own
// client; nil via is New.
func NewVia(t *testing.T, via func(*rpc.Client) server.Chain, opts ...func(*server.Config)) *Stack {
	t.Helper()
	opKey, _ := crypto.GenerateKey()
	faucetKey, _ := crypto.GenerateKey()
	rich := new(big.Int).Lsh(big.NewInt(1), 100)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(opKey.PublicKey): {Balance: rich}, crypto.PubkeyToAddress(faucetKey.PublicKey): {Balance: rich}}
	var sim *simulated.Backend
	var client server.Chain
	if via == nil {
		sim = simchain.New(alloc)
		client = sim.Client()
	} else {
		dir, err := os.MkdirTemp("", "dcsim")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.RemoveAll(dir) })
		ipc := filepath.Join(dir, "node.ipc")
		sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(simchain.GasLimit), simchain.PinnedFork, rpcproxy.IPC(ipc))
		conn, err := rpc.Dial(ipc)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(conn.Close)
		client = via(conn)
	}
	miner := simchain.Mine(sim, 10*time.Millisecond) // like geth --dev with a block period
	ctx := context.Background()
	chainID, _ := client.ChainID(ctx)
	dep, err := contracts.Deploy(ctx, client, bind.NewKeyedTransactor(opKey, chainID), contracts.DeployParams{OperatorDID: "did:web:operator.test"})
	if err != nil {
		t.Fatal(err)
	}
	cfg := server.Config{
		DatabaseURL: pgtest.URL(t),
		Chain:       client,
		Deployment:  *dep,
		KeysDir:     t.TempDir(),
		KeySecret:   "test",
		LightKeys:   true,
		OperatorKey: opKey,
		Funder:      devchain.NewFaucet(client, faucetKey, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))),
		WriteWait:   10 * time.Second,
	}
	for _, o := range opts {
		o(&cfg)
	}
	m, err := server.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = m.Close()
		miner.Stop()
		_ = sim.Close()
	})
	s := &Stack{T: t, Server: m, Sim: sim, Miner: miner, URL: m.URL(), Keys: map[string]string{"operator": m.OperatorKey}, IDs: map[string]string{"operator": fmt.Sprint(m.OperatorID)}}
	return s
}

// NewClock is New with its miner, to hold the chain still or move its time.
func NewClock(t *testing.T) (*Stack, *simchain.Miner) {
	t.Helper()
	s := New(t)
	return s, s.Miner
}

// On returns s reporting to t, for use inside t's subtest.
func (s *Stack) On(t *testing.T) *Stack {
	c := *s
	c.T = t
	return &c
}

// Count runs a SELECT count(*) on the stack's database.
func (s *Stack) Count(t *testing.T, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.Server.Pool.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// WaitCount polls query until it counts want.
func (s *Stack) WaitCount(t *testing.T, want int, query string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.Count(t, query, args...) != want {
		if time.Now().After(deadline) {
			t.Fatalf("%s never counted %d", query, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// RepoRoot is the checkout's top directory, whichever package's tests run.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}
