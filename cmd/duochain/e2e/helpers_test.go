// Package e2e holds the tests that build the duochain binary and run it as its
// users do, with its own geth and Postgres: a test binary of its own, so that
// go test runs it beside the in-process tests of cmd/duochain.
package e2e

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

	"github.com/duochain/duochain/contracts"
)

// The end-to-end tests boot the real binary. These helpers build it, run it as
// a subprocess, find what it started, and talk to its API the way a careful
// client does: every write carries an Idempotency-Key and is retried with it.

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
func readDemoFile(t *testing.T, dir, base string) map[string]demoOrg {
	t.Helper()
	d, err := readDemo(filepath.Join(dir, "demo.json"))
	if err != nil {
		t.Fatal(err)
	}
	if d.BaseURL != base {
		t.Fatalf("demo.json names %s, the binary serves on %s", d.BaseURL, base)
	}
	orgs := map[string]demoOrg{}
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

// e2eClient calls the API of a running binary as the demo organizations.
type e2eClient struct {
	base string
	orgs map[string]demoOrg
	http *http.Client
}

func newE2EClient(base string, orgs map[string]demoOrg) *e2eClient {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 100
	return &e2eClient{base: base, orgs: orgs, http: &http.Client{Transport: tr, Timeout: 60 * time.Second}}
}

// send makes one request as org and returns the status and body; key, when
// not empty, is the Idempotency-Key.
func (c *e2eClient) send(ctx context.Context, as, method, path string, body any, key string) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.orgs[as].APIKey)
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// e2eOperation is the part of /v1/operations/{id} the tests read.
type e2eOperation struct {
	ID       string `json:"id"`
	State    string `json:"state"`
	TxHash   string `json:"tx_hash"`
	Resource *struct {
		Type string `json:"type"`
		ID   string `json:"id"`
	} `json:"resource"`
	Error json.RawMessage `json:"error"`
}

// errRetry marks an answer worth asking again with the same key.
var errRetry = errors.New("retry")

// settle posts body to path as org under key until the write has an outcome:
// it follows a 202 to its operation, waits out a 409 idempotency_key_in_use
// and retries through connection errors and 503s, always with the same key,
// so the write happens at most once. It decodes the final 201 into out and
// returns any other answer as an error.
func (c *e2eClient) settle(ctx context.Context, as, path string, body any, key string, out any) error {
	for {
		err := c.attempt(ctx, as, path, body, key, out)
		if !errors.Is(err, errRetry) {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("POST %s (key %s): %w (last: %v)", path, key, ctx.Err(), err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (c *e2eClient) attempt(ctx context.Context, as, path string, body any, key string, out any) error {
	status, raw, err := c.send(ctx, as, http.MethodPost, path, body, key)
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		return fmt.Errorf("%w: %v", errRetry, err)
	}
	switch status {
	case http.StatusCreated:
		if out == nil {
			return nil
		}
		return json.Unmarshal(raw, out)
	case http.StatusAccepted:
		var op e2eOperation
		if err := json.Unmarshal(raw, &op); err != nil {
			return fmt.Errorf("POST %s: 202 %s: %w", path, raw, err)
		}
		if _, err := c.awaitOperation(ctx, as, op.ID); err != nil {
			return err
		}
		return fmt.Errorf("%w: operation %s settled, ask for the result", errRetry, op.ID)
	case http.StatusServiceUnavailable:
		return fmt.Errorf("%w: 503 %s", errRetry, raw)
	case http.StatusConflict:
		var p struct {
			Code string `json:"code"`
		}
		if json.Unmarshal(raw, &p) == nil && p.Code == "idempotency_key_in_use" {
			return fmt.Errorf("%w: %s", errRetry, raw)
		}
	}
	return fmt.Errorf("POST %s as %s (key %s): %d %s", path, as, key, status, raw)
}

// awaitOperation polls an operation until it is confirmed or failed.
func (c *e2eClient) awaitOperation(ctx context.Context, as, id string) (e2eOperation, error) {
	for {
		var op e2eOperation
		status, raw, err := c.send(ctx, as, http.MethodGet, "/v1/operations/"+id, nil, "")
		if err == nil && status == http.StatusOK {
			if err := json.Unmarshal(raw, &op); err != nil {
				return op, fmt.Errorf("operation %s: %s: %w", id, raw, err)
			}
			if op.State == "confirmed" || op.State == "failed" {
				return op, nil
			}
		} else if err == nil && status != http.StatusServiceUnavailable {
			return op, fmt.Errorf("GET /v1/operations/%s: %d %s", id, status, raw)
		}
		select {
		case <-ctx.Done():
			return op, fmt.Errorf("operation %s still %q: %w", id, op.State, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// write is settle under a fresh key, failing t on any outcome but 201.
func (c *e2eClient) write(t *testing.T, as, path string, body, out any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := c.settle(ctx, as, path, body, newKey(), out); err != nil {
		t.Fatal(err)
	}
}

// get reads path as org into out, failing t unless the answer is 200.
func (c *e2eClient) get(t *testing.T, as, path string, out any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	status, raw, err := c.send(ctx, as, http.MethodGet, path, nil, "")
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	if status != http.StatusOK {
		t.Fatalf("GET %s as %s: %d %s", path, as, status, raw)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("GET %s: %s: %v", path, raw, err)
	}
}

// receivables lists every receivable the holder holds, following the cursor.
func (c *e2eClient) receivables(t *testing.T, as, holder string) []e2eReceivable {
	t.Helper()
	var all []e2eReceivable
	cursor := ""
	for {
		var page struct {
			Items      []e2eReceivable `json:"items"`
			NextCursor string          `json:"next_cursor"`
		}
		c.get(t, as, "/v1/receivables?limit=500&holder="+holder+"&cursor="+cursor, &page)
		all = append(all, page.Items...)
		if page.NextCursor == "" {
			return all
		}
		cursor = page.NextCursor
	}
}

func newKey() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return "e2e-" + hex.EncodeToString(b)
}

// e2eReceivable is the part of a receivable the end-to-end tests read.
type e2eReceivable struct {
	ID          string `json:"id"`
	RootID      string `json:"root_id"`
	Tier        int    `json:"tier"`
	Value       string `json:"value"`
	Status      string `json:"status"`
	Fingerprint string `json:"invoice_fingerprint"`
	CreatedTx   string `json:"created_tx"`
	Holder      *struct {
		ID string `json:"id"`
	} `json:"holder"`
}

// e2eInvoice is an invoice body for POST /v1/receivables.
func e2eInvoice(number string) map[string]any {
	return map[string]any{"number": number, "issue_date": "2026-11-01", "seller_tax_id": demoTaxIDs["SUPPLIER1"], "buyer_tax_id": demoTaxIDs["CORE"]}
}

// demoTaxIDs are the demo cast's tax ids as `duochain run` seeds them
// (cmd/duochain/seed.go); TestSeedTaxIDs there checks the seed against its own.
var demoTaxIDs = map[string]string{
	"CORE":      "91110000MA01C0RE1G",
	"SUPPLIER1": "91310000MA1K000019",
	"SUPPLIER2": "91310000MA1K00002C",
	"BANK":      "91440300MA5F00BNK7",
}

// demoOrg is one organization of .data/demo.json, as the binary writes it.
type demoOrg struct {
	Key     string   `json:"key"`
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Roles   []string `json:"roles"`
	TaxID   string   `json:"tax_id,omitempty"`
	APIKey  string   `json:"api_key"`
	Address string   `json:"address"`
}

// demoFile is .data/demo.json, as the binary writes it.
type demoFile struct {
	BaseURL       string    `json:"base_url"`
	ChainURL      string    `json:"chain_url,omitempty"`
	Organizations []demoOrg `json:"organizations"`
}

func readDemo(path string) (*demoFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d demoFile
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return &d, nil
}

// loadDeployment reads dir/deployment.json, where the binary records the contracts' addresses.
func loadDeployment(dir string) (*contracts.Deployment, error) {
	b, err := os.ReadFile(filepath.Join(dir, "deployment.json"))
	if err != nil {
		return nil, err
	}
	var d contracts.Deployment
	return &d, json.Unmarshal(b, &d)
}
