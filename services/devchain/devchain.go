// Package devchain starts and stops a local `geth --dev` node for development and
// end-to-end tests. The node runs duochain's pinned fork (contracts.Genesis), keeps
// its chain in a data directory across restarts, and mines a block as soon as a
// transaction arrives.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/services/child"
)

const (
	defaultGasLimit = 60_000_000
	readyTimeout    = 60 * time.Second
	stopTimeout     = 20 * time.Second
)

// DefaultChainID is the chain id used when Config.ChainID is nil.
var DefaultChainID = big.NewInt(1337)

// Config says where and how to run the node.
type Config struct {
	// Dir is the data directory, created if missing and kept across restarts.
	// The genesis is written to Dir/genesis.json and `geth init` run only when
	// Dir holds no chain yet; later starts resume the chain already there.
	Dir string
	// Geth is the path of the geth binary. Empty means `go tool -n geth` run in
	// the root of the enclosing module, found by walking up from the working
	// directory to go.mod.
	Geth string
	// Port is the HTTP JSON-RPC port; 0 picks a free one. The WebSocket and
	// engine API ports are always picked free, so several nodes can run at once.
	Port int
	// ChainID defaults to DefaultChainID.
	ChainID *big.Int
	// GasLimit is the block gas limit, in the genesis and as the miner's target;
	// 0 means 60,000,000.
	GasLimit uint64
	// Alloc holds prefunded accounts. It goes into the genesis, so it only counts
	// when the chain is created.
	Alloc types.GenesisAlloc
	// Log receives geth's standard output and error; nil appends to Dir/geth.log.
	Log io.Writer
	// DebugAPI serves the debug namespace over HTTP too (debug_setHead rewinds
	// the chain on demand): for tests, never on a node others reach.
	DebugAPI bool
}

// Node is a running geth process.
type Node struct {
	cmd    *exec.Cmd
	url    string
	wsURL  string
	probe  *rpc.Client // asks for the chain id: is geth up, is it still serving
	tail   *tail
	done   chan struct{} // closed once the process has exited and been reaped
	err    error         // exit error, valid after done is closed
	killed atomic.Bool   // set when we sent SIGKILL, so that exit is expected
}

// Start prepares cfg.Dir, starts geth on it and returns once its HTTP JSON-RPC
// endpoint answers with the configured chain id. ctx bounds the start only: the
// node keeps running after ctx ends, until Stop or Kill.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.Dir == "" {
		return nil, errors.New("start dev chain: no data directory")
	}
	if cfg.ChainID == nil {
		cfg.ChainID = DefaultChainID
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = defaultGasLimit
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("start dev chain: %w", err)
	}
	cfg.Dir = dir // as geth's --datadir, which stopStale looks for
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("start dev chain: create data directory: %w", err)
	}
	if cfg.Geth == "" {
		geth, err := goToolGeth(ctx)
		if err != nil {
			return nil, fmt.Errorf("start dev chain: %w", err)
		}
		cfg.Geth = geth
	}
	out, closeLog, err := openLog(cfg)
	if err != nil {
		return nil, fmt.Errorf("start dev chain: %w", err)
	}
	t := &tail{}
	out = io.MultiWriter(out, t)
	if err := stopStale(cfg.Dir); err != nil {
		closeLog()
		return nil, fmt.Errorf("start dev chain: stop the geth an earlier run left on %s: %w", cfg.Dir, err)
	}

	if err := initChain(ctx, cfg, out); err != nil {
		closeLog()
		return nil, fmt.Errorf("start dev chain in %s: %w\ngeth output:\n%s", cfg.Dir, err, t)
	}
	ports, err := freePorts(cfg.Port, 3)
	if err != nil {
		closeLog()
		return nil, fmt.Errorf("start dev chain: %w", err)
	}
	n := &Node{
		url:   "http://127.0.0.1:" + strconv.Itoa(ports[0]),
		wsURL: "ws://127.0.0.1:" + strconv.Itoa(ports[1]),
		tail:  t,
		done:  make(chan struct{}),
	}
	if n.probe, err = rpc.DialOptions(ctx, n.url); err != nil { // HTTP: connects lazily
		closeLog()
		return nil, fmt.Errorf("start dev chain: dial %s: %w", n.url, err)
	}
	n.cmd = command(cfg.Geth, runArgs(cfg, ports[0], ports[1], ports[2]), out)
	if err := child.Start(n.cmd); err != nil {
		n.probe.Close()
		closeLog()
		return nil, fmt.Errorf("start dev chain: run %s: %w", cfg.Geth, err)
	}
	pid := pidFile(cfg.Dir)
	if err := os.WriteFile(pid, []byte(strconv.Itoa(n.cmd.Process.Pid)+"\n"), 0o644); err != nil {
		_ = n.cmd.Process.Kill()
		_ = n.cmd.Wait()
		n.probe.Close()
		closeLog()
		return nil, fmt.Errorf("start dev chain: write %s: %w", pid, err)
	}
	go func() {
		n.err = n.cmd.Wait()
		removePidFile(cfg.Dir, n.cmd.Process.Pid)
		n.probe.Close()
		closeLog()
		close(n.done)
	}()
	if err := n.waitReady(ctx, cfg.ChainID); err != nil {
		_ = n.Kill()
		return nil, fmt.Errorf("start dev chain in %s: %w\ngeth output:\n%s", cfg.Dir, err, t)
	}
	return n, nil
}

// URL is the HTTP JSON-RPC endpoint, http://127.0.0.1:PORT.
func (n *Node) URL() string { return n.url }

// WSURL is the WebSocket JSON-RPC endpoint, for subscriptions.
func (n *Node) WSURL() string { return n.wsURL }

// Stop asks geth to shut down cleanly (SIGINT), waits for it to flush its
// databases, and kills it if it is still running after 20 seconds. Stopping a
// node that has already exited reports how it exited.
//
// Geth answers RPC before it installs its signal handler, and command starts it
// with SIGINT ignored so that an early interrupt is lost rather than fatal. So
// Stop repeats the interrupt for as long as the RPC answers: geth closes its RPC
// endpoints first thing when it shuts down.
func (n *Node) Stop() error {
	deadline := time.NewTimer(stopTimeout)
	defer deadline.Stop()
	retry := time.NewTicker(500 * time.Millisecond)
	defer retry.Stop()
	for interrupt := true; ; {
		if interrupt {
			if err := n.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
				return fmt.Errorf("stop geth: interrupt: %w", err)
			}
		}
		select {
		case <-n.done:
			return n.exitErr()
		case <-deadline.C:
			if err := n.Kill(); err != nil {
				return err
			}
			return fmt.Errorf("stop geth: still running %s after interrupt, killed\ngeth output:\n%s", stopTimeout, n.tail)
		case <-retry.C:
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			_, err := n.chainID(ctx)
			cancel()
			interrupt = err == nil
		}
	}
}

// Kill ends geth at once (SIGKILL), as a crash would, and waits for it to exit.
// Geth writes its database without syncing, so the last blocks before a Kill may
// be gone when the node starts again: the chain resumes from an earlier head.
func (n *Node) Kill() error {
	n.killed.Store(true)
	if err := n.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("kill geth: %w", err)
	}
	<-n.done
	return nil
}

// exitErr is the process's exit error unless we killed it ourselves.
func (n *Node) exitErr() error {
	if n.err == nil || n.killed.Load() {
		return nil
	}
	return fmt.Errorf("geth exited: %w\ngeth output:\n%s", n.err, n.tail)
}

// waitReady polls eth_chainId until it answers, the process exits, or the
// deadline passes, and checks the answer against want: a data directory holding
// another chain is an error, not a surprise later.
func (n *Node) waitReady(ctx context.Context, want *big.Int) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		callCtx, cancelCall := context.WithTimeout(ctx, time.Second)
		id, err := n.chainID(callCtx)
		cancelCall()
		if err == nil {
			if id.Cmp(want) != 0 {
				return fmt.Errorf("chain id is %s, want %s: the data directory holds another chain", id, want)
			}
			return nil
		}
		select {
		case <-n.done:
			if n.err == nil {
				return errors.New("geth exited before answering")
			}
			return fmt.Errorf("geth exited before answering: %w", n.err)
		case <-ctx.Done():
			return fmt.Errorf("wait for %s to answer: %w (last error: %w)", n.url, ctx.Err(), err)
		case <-tick.C:
		}
	}
}

// chainID asks the node for its chain id.
func (n *Node) chainID(ctx context.Context) (*big.Int, error) {
	var id hexutil.Big
	if err := n.probe.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("eth_chainId: %w", err)
	}
	return id.ToInt(), nil
}
