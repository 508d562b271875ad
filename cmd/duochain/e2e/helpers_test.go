// Package e2e holds the tests that build the duochain binary and run it as its
// users do, with its own geth and Postgres: a test binary of its own, so that
// go test runs it beside the in-process tests of cmd/duochain.
package e2e

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/server/servertest"
)

// The end-to-end tests boot the real binary. These helpers build it, run it as
// a subprocess, find what it started, and talk to its API through client/,
// the way a careful client does: every write carries an Idempotency-Key and is
// retried with it.

// moduleRoot walks up from the working directory to go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// buildBinary builds cmd/duochain (without -race: it is the system under
// test, not the code the race detector watches) into a directory of t's.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "duochain")
	start := time.Now()
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/duochain")
	cmd.Dir = moduleRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built %s in %s", bin, time.Since(start).Round(time.Millisecond))
	return bin
}

// lockedBuffer collects a subprocess's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// daemon is one `duochain run` subprocess.
type daemon struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	out  *lockedBuffer
	done chan struct{} // closed once the process has exited and been reaped
	err  error         // its exit error, valid once done is closed
}

// daemonEnv is the test's environment without the variables that would point
// the binary at another chain, database or address, plus extra.
func daemonEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		switch name, _, _ := strings.Cut(kv, "="); name {
		case "CHAIN_RPC_URL", "DATABASE_URL", "DUOCHAIN_ADDR", "DUOCHAIN_FAUCET", "DUOCHAIN_KEY_SECRET", "DUOCHAIN_KEY_SECRET_FILE":
			continue
		}
		env = append(env, kv)
	}
	return append(env, extra...)
}

// startDaemon runs `bin run --data dir` from the module root (where it finds
// geth through `go tool`). Cleanup stops it as Ctrl-C would, killing it if it
// hangs, and shows its output when the test failed.
func startDaemon(t *testing.T, name, bin, dir string, env []string) *daemon {
	t.Helper()
	d := &daemon{t: t, name: name, out: &lockedBuffer{}, done: make(chan struct{})}
	d.cmd = exec.Command(bin, "run", "--data", dir)
	d.cmd.Dir = moduleRoot(t)
	d.cmd.Env = env
	d.cmd.Stdout, d.cmd.Stderr = d.out, d.out
	if err := d.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	go func() {
		d.err = d.cmd.Wait()
		close(d.done)
	}()
	t.Cleanup(func() {
		if !d.exited() {
			_ = d.cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-d.done:
			case <-time.After(20 * time.Second):
				_ = d.cmd.Process.Kill()
				<-d.done
			}
		}
		if t.Failed() {
			t.Logf("output of %s (%v):\n%s", name, d.err, d.out)
		}
	})
	return d
}

func (d *daemon) exited() bool {
	select {
	case <-d.done:
		return true
	default:
		return false
	}
}

var apiLine = regexp.MustCompile(`(?m)^API\s+(http://\S+)`)

// waitServing waits until the binary prints where its API listens, which it
// does once it has migrated, deployed, seeded and written demo.json, and
// returns that URL.
func (d *daemon) waitServing(timeout time.Duration) string {
	d.t.Helper()
	return d.waitLine(apiLine, timeout)
}

// waitLine waits for re in the output and returns its first group.
func (d *daemon) waitLine(re *regexp.Regexp, timeout time.Duration) string {
	d.t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if m := re.FindStringSubmatch(d.out.String()); m != nil {
			return m[1]
		}
		select {
		case <-d.done:
			d.t.Fatalf("%s exited (%v) before printing %q:\n%s", d.name, d.err, re, d.out)
		case <-deadline.C:
			d.t.Fatalf("%s printed no %q within %s:\n%s", d.name, re, timeout, d.out)
		case <-tick.C:
		}
	}
}

// stop sends SIGTERM and waits up to timeout for the exit; it returns the exit
// code and how long it took.
func (d *daemon) stop(timeout time.Duration) (int, time.Duration) {
	d.t.Helper()
	start := time.Now()
	if err := d.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		d.t.Fatalf("SIGTERM %s: %v", d.name, err)
	}
	select {
	case <-d.done:
	case <-time.After(timeout):
		d.t.Fatalf("%s still running %s after SIGTERM:\n%s", d.name, timeout, d.out)
	}
	return d.cmd.ProcessState.ExitCode(), time.Since(start)
}

// kill ends the process with SIGKILL, as a crash would, and reaps it.
func (d *daemon) kill() {
	d.t.Helper()
	if err := d.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		d.t.Fatalf("SIGKILL %s: %v", d.name, err)
	}
	<-d.done
}

// readDemoFile reads demo.json, checking that it names the API the binary printed.
func readDemoFile(t *testing.T, dir, base string) map[string]datadir.Org {
	t.Helper()
	d, err := datadir.ReadDemo(filepath.Join(dir, "demo.json"))
	if err != nil {
		t.Fatal(err)
	}
	if d.BaseURL != base {
		t.Fatalf("demo.json names %s, the binary serves on %s", d.BaseURL, base)
	}
	orgs := map[string]datadir.Org{}
	for _, o := range d.Organizations {
		orgs[o.Key] = o
	}
	for _, k := range []string{"OPERATOR", "VERIFIER", "CORE", "SUPPLIER1", "SUPPLIER2", "BANK"} {
		if orgs[k].APIKey == "" {
			t.Fatalf("demo.json has no %s: %+v", k, d)
		}
	}
	return orgs
}

// process is a running process other than the test.
type process struct {
	pid  int
	args []string
}

// processesUnder lists the processes with dir, or a path below it, among their
// arguments: what a `duochain run --data dir` started (geth's --datadir,
// postgres's -D) or the binary itself.
func processesUnder(dir string) []process {
	entries, _ := os.ReadDir("/proc")
	var out []process
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || len(b) == 0 { // gone, or a zombie waiting to be reaped
			continue
		}
		args := strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
		for _, a := range args {
			if a == dir || strings.HasPrefix(a, dir+string(filepath.Separator)) {
				out = append(out, process{pid: pid, args: args})
				break
			}
		}
	}
	return out
}

// killProcessesUnder ends whatever still runs under dir: geth at once,
// postgres with an immediate shutdown (SIGQUIT) so its backends follow it,
// then anything left with SIGKILL.
func killProcessesUnder(t *testing.T, dir string) {
	procs := processesUnder(dir)
	if len(procs) == 0 {
		return
	}
	for _, p := range procs {
		t.Logf("cleaning up pid %d: %s", p.pid, strings.Join(p.args, " "))
		sig := syscall.SIGKILL
		if strings.HasSuffix(p.args[0], "postgres") {
			sig = syscall.SIGQUIT
		}
		_ = syscall.Kill(p.pid, sig)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(processesUnder(dir)) > 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	for _, p := range processesUnder(dir) {
		_ = syscall.Kill(p.pid, syscall.SIGKILL)
	}
}

// cast is the demo organizations of a running binary, each with a client of
// its API that checks every answer against web/openapi.json and retries,
// under a write's Idempotency-Key, until the test's context ends: across a
// restart of the binary, a write is done at most once.
type cast struct {
	orgs map[string]datadir.Org
	api  map[string]*client.Client
}

// newCast is the cast of the binary serving at base. A mismatch with the
// spec fails t even where the caller ignores the call's error (a write
// racing a SIGKILL).
func newCast(t *testing.T, base string, orgs map[string]datadir.Org) *cast {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 100
	c := client.New(base, "")
	c.HTTP = &http.Client{Transport: tr, Timeout: 60 * time.Second}
	c.Check = func(req *http.Request, status int, h http.Header, body []byte) error {
		err := servertest.CheckResponse(req, status, h, body)
		if err != nil {
			t.Errorf("%s %s: the %d answer does not match web/openapi.json: %v\n%s", req.Method, req.URL.Path, status, err, body)
		}
		return err
	}
	c.MaxAttempts = -1
	api := map[string]*client.Client{}
	for k, o := range orgs {
		api[k] = c.As(o.APIKey)
	}
	return &cast{orgs: orgs, api: api}
}

// as is the client of the organization with handle k (CORE, SUPPLIER1, ...).
func (c *cast) as(k string) *client.Client { return c.api[k] }

// once is as, sending each request once: no retry through errors and 503s.
func (c *cast) once(k string) *client.Client {
	o := c.api[k].As(c.orgs[k].APIKey)
	o.MaxAttempts = 1
	return o
}

// receivables lists every receivable the holder holds, following the cursor.
func (c *cast) receivables(ctx context.Context, t *testing.T, as, holder string) []client.Receivable {
	t.Helper()
	var all []client.Receivable
	q := client.ReceivableQuery{Holder: holder, Limit: 500}
	for {
		page, err := c.as(as).Receivables(ctx, q)
		check(t, err)
		all = append(all, page.Items...)
		if page.NextCursor == "" {
			return all
		}
		q.Cursor = page.NextCursor
	}
}

// timeout is a context of t's that ends after d.
func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

// check fails t with err, if any.
func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// dec is an amount written as the API writes it.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// wire is an amount as the API wrote it, its places kept: "1000000.00" and
// "1000000" differ here as they would as strings.
func wire(d decimal.Decimal) string { return d.StringFixed(max(0, -d.Exponent())) }

// e2eInvoice is an invoice of SUPPLIER1 to CORE for POST /v1/receivables.
func e2eInvoice(number string) client.Invoice {
	return client.Invoice{Number: number, IssueDate: "2026-11-01", SellerTaxID: datadir.DemoTaxIDs["SUPPLIER1"], BuyerTaxID: datadir.DemoTaxIDs["CORE"]}
}
