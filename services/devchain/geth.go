package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/duochain/duochain/contracts"
)

// gethPath caches what `go tool -n geth` printed: asking costs a second even
// when the binary is cached, and a test may start many nodes.
var gethPath struct {
	sync.Mutex
	path string
}

// goToolGeth builds (or finds in the build cache) the geth pinned as a tool in
// go.mod and returns its path.
func goToolGeth(ctx context.Context) (string, error) {
	gethPath.Lock()
	defer gethPath.Unlock()
	if gethPath.path != "" {
		return gethPath.path, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", fmt.Errorf("find geth: %w", err)
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "go", "tool", "-n", "geth")
	cmd.Dir = root
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("find geth: go tool -n geth in %s: %w: %s", root, err, strings.TrimSpace(stderr.String()))
	}
	gethPath.path = strings.TrimSpace(string(out))
	return gethPath.path, nil
}

// moduleRoot walks up from the working directory to the nearest go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find module root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// initChain writes the genesis and runs `geth init` unless Dir already holds a
// chain. Geth keeps its databases under Dir/geth; chaindata exists once a genesis
// has been committed. The state scheme must match the one the node runs with.
func initChain(ctx context.Context, cfg Config, out io.Writer) error {
	if _, err := os.Stat(filepath.Join(cfg.Dir, "geth", "chaindata")); err == nil {
		return nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("look for an existing chain: %w", err)
	}
	g := contracts.Genesis(cfg.ChainID, cfg.GasLimit, cfg.Alloc)
	data, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return fmt.Errorf("encode genesis: %w", err)
	}
	path := filepath.Join(cfg.Dir, "genesis.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write genesis: %w", err)
	}
	cmd := exec.CommandContext(ctx, cfg.Geth, "--datadir", cfg.Dir, "--state.scheme", "hash", "init", path)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("geth init %s: %w", path, err)
	}
	return nil
}

// runArgs are geth's flags for a dev node on http, ws and auth ports. In dev mode
// geth reuses the genesis found in the data directory; --dev.gaslimit only shapes
// the default dev genesis, so --miner.gaslimit is what holds the block gas limit.
// --networkid makes net_version agree with the chain id (dev mode forces 1337).
// Hash-based state in archive mode keeps every block's state, so calls can read
// old blocks.
func runArgs(cfg Config, httpPort, wsPort, authPort int) []string {
	gas := strconv.FormatUint(cfg.GasLimit, 10)
	return []string{
		"--dev", "--dev.period", "0", "--dev.gaslimit", gas, "--miner.gaslimit", gas,
		"--datadir", cfg.Dir, "--networkid", cfg.ChainID.String(),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort),
		"--http.api", httpAPI(cfg),
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(wsPort), "--ws.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--rpc.txfeecap", "0", "--cache", "256", "--gcmode", "archive", "--state.scheme", "hash",
		"--verbosity", "2",
	}
}

// command runs geth with args through sh, which sets SIGINT to ignored before
// exec'ing geth. A Go program started with SIGINT ignored keeps it ignored until
// it calls signal.Notify, which geth does once it has started; without this an
// interrupt in between would kill geth as abruptly as SIGKILL. The process id is
// geth's, since sh execs it.
func command(geth string, args []string, out io.Writer) *exec.Cmd {
	// Not CommandContext: the node outlives the context of its start.
	cmd := exec.Command("/bin/sh", append([]string{"-c", `trap '' INT; exec "$0" "$@"`, geth}, args...)...)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.WaitDelay = time.Second // a stuck output pipe must not hang Stop
	return cmd
}

// openLog returns where geth's output goes and how to release it.
func openLog(cfg Config) (io.Writer, func(), error) {
	if cfg.Log != nil {
		return cfg.Log, func() {}, nil
	}
	f, err := os.OpenFile(filepath.Join(cfg.Dir, "geth.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("open geth log: %w", err)
	}
	return f, func() { _ = f.Close() }, nil
}

// freePorts returns count distinct ports, the first being fixed when it is not 0.
// The listeners stay open until all ports are chosen so the kernel cannot hand
// out the same one twice; geth binds them shortly after they are closed.
func freePorts(fixed, count int) ([]int, error) {
	ports := make([]int, 0, count)
	if fixed != 0 {
		ports = append(ports, fixed)
	}
	var listeners []net.Listener
	defer func() {
		for _, l := range listeners {
			_ = l.Close()
		}
	}()
	for len(ports) < count {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("pick a free port: %w", err)
		}
		listeners = append(listeners, l)
		if port := l.Addr().(*net.TCPAddr).Port; port != fixed {
			ports = append(ports, port)
		}
	}
	return ports, nil
}

// tailSize is how much of geth's output an error quotes.
const tailSize = 4 << 10

// tail keeps the last tailSize bytes written to it.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

// Write implements io.Writer.
func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > 2*tailSize {
		t.buf = append(t.buf[:0:0], t.buf[len(t.buf)-tailSize:]...)
	}
	return len(p), nil
}

// String returns the kept output.
func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.buf) > tailSize {
		return string(t.buf[len(t.buf)-tailSize:])
	}
	return string(t.buf)
}

// httpAPI is the namespaces the node serves over HTTP.
func httpAPI(cfg Config) string {
	if cfg.DebugAPI {
		return "eth,net,web3,txpool,debug"
	}
	return "eth,net,web3,txpool"
}
