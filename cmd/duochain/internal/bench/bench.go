package bench

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/services/server"
)

// bench is one `duochain bench` run against a stack that `duochain run` started.
type bench struct {
	api           map[string]*client.Client // by demo handle; "" has no key
	base          string                    // the API's URL
	chain         server.Chain
	rpc           string // the chain's JSON-RPC URL
	keysDir       string // the server's custodial keystore
	secret        string // and its passphrase
	dep           contracts.Deployment
	orgs          map[string]datadir.Org // by demo handle
	runID         string                 // makes every invoice number of the run unique
	today         string                 // the chain's date, for invoices
	due           string                 // due date of every receivable (YYYY-MM-DD)
	dueTime       time.Time
	clients       int
	blockInterval time.Duration // nominal block interval for the latency target; 0 measures it

	mu   sync.Mutex
	errs []string // problems worth a line in the report
}

// Run is `duochain bench` (args are its flags): it drives receivable
// lifecycles through the API of the running stack with concurrent clients,
// measures the same contract calls sent straight through the bindings on the
// same chain, and reports throughput, latency to confirmed, time to
// projection and indexer lag. `duochain bench trace` (args "trace", then its
// flags) measures trace ingestion instead.
func Run(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "trace" {
		return runTrace(ctx, args[1:])
	}
	fl := flag.NewFlagSet("bench", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory of the running stack (demo.json, deployment.json, keystore)")
	clients := fl.Int("clients", 8, "concurrent API clients")
	n := fl.Int("n", 50, "lifecycles through the API, and submit+confirm pairs of the raw baseline")
	halfN := fl.Int("half-n", -1, "submit+confirm pairs paced at half the peak rate, for the latency target (-1: n/2, 0: skip)")
	jsonPath := fl.String("json", "", "also write the results as JSON to `FILE`")
	chainURL := fl.String("chain", "", "chain JSON-RPC URL (default: chain_url of demo.json, else $CHAIN_RPC_URL)")
	interval := fl.Duration("block-interval", 0, "nominal block interval for the latency target (0: the mean measured at half load)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *clients < 1 || *n < 1 {
		return errors.New("bench: -clients and -n must be at least 1")
	}
	if *halfN < 0 {
		*halfN = max(1, *n/2)
	}
	b, closeChain, err := openBench(ctx, *data, *chainURL, *clients)
	if err != nil {
		return err
	}
	defer closeChain()
	b.blockInterval = *interval
	fmt.Printf("duochain bench  run %s  %d clients  %d lifecycles\n  api   %s\n  chain %s\n\n", b.runID, *clients, *n, b.base, b.rpc)

	res := b.run(ctx, *n, *halfN)
	printResult(os.Stdout, res)
	if *jsonPath != "" {
		out, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(*jsonPath, append(out, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", *jsonPath, err)
		}
		fmt.Printf("\nresults written to %s\n", *jsonPath)
	}
	return ctx.Err()
}

// run measures n lifecycles through the API, n submit+confirm pairs raw, and
// halfN pairs at half the peak rate (none when 0). Problems along the way end
// up in the result rather than ending the run.
func (b *bench) run(ctx context.Context, n, halfN int) *benchResult {
	res := &benchResult{RunID: b.runID, StartedAt: time.Now().UTC(), BaseURL: b.base, ChainURL: b.rpc, Clients: b.clients, Lifecycles: n}

	// Onboard the baseline's accounts first, so it does not run inside a phase.
	sup, core, rawErr := b.rawAccounts(ctx)

	rec := newSamples()
	lcs := make([]*lifecycle, n)
	for i := range lcs {
		lcs[i] = &lifecycle{invoice: b.invoice("L", i)}
	}
	for _, ph := range b.phases() {
		if ctx.Err() != nil {
			break
		}
		res.Phases = append(res.Phases, b.runPhase(ctx, rec, ph, lcs))
	}
	res.Kinds = kindResults(rec, res.Phases)
	b.note(rec.errs...)

	if rawErr == nil && ctx.Err() == nil {
		var raw rawResult
		if raw, rawErr = b.runRaw(ctx, sup, core, n); rawErr == nil {
			res.Raw = &raw
			if len(res.Phases) > 0 {
				res.RatioSubmitConfirm = ratio(res.Phases[0].OpsPerSec, raw.TxPerSec)
			}
		}
		if err := b.settle(ctx, time.Minute); err != nil {
			b.warn("after the raw baseline: %v", err)
		}
	}
	if rawErr != nil {
		res.RawError = rawErr.Error()
	}

	if halfN > 0 && len(res.Phases) > 0 && ctx.Err() == nil {
		peakPairs := res.Phases[0].OpsPerSec / 2 // submit+confirm writes per second -> pairs per second
		half, err := b.runHalfLoad(ctx, peakPairs/2, halfN)
		if err != nil {
			b.warn("half load: %v", err)
		}
		res.HalfLoad = &half
	}

	if lag, err := indexerLag(ctx, b.api); err == nil {
		res.IndexerLagBlocks = &lag
	} else {
		b.warn("indexer lag: %v", err)
	}
	b.mu.Lock()
	res.Errors = append([]string{}, b.errs...) // [] rather than null in the JSON
	b.mu.Unlock()
	res.Targets = targets(res)
	return res
}

// openBench reads what `duochain run` left in data, checks that the API
// answers and dials the chain; the returned func closes the chain client.
func openBench(ctx context.Context, data, chainURL string, clients int) (*bench, func(), error) {
	dir, err := filepath.Abs(data)
	if err != nil {
		return nil, nil, err
	}
	demo, err := datadir.ReadDemo(filepath.Join(dir, "demo.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("bench: no stack in %s (no demo.json): start one with `make run` (or `duochain run --data %s`) in another shell first", dir, data)
	}
	if err != nil {
		return nil, nil, err
	}
	dep, err := datadir.LoadDeployment(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("bench: read the deployment: %w", err)
	}
	b := &bench{orgs: map[string]datadir.Org{}, clients: clients, keysDir: filepath.Join(dir, "keystore"), dep: *dep}
	if b.secret, err = datadir.ReadKeySecret(dir); err != nil {
		return nil, nil, err
	}
	for _, o := range demo.Organizations {
		b.orgs[o.Key] = o
	}
	b.api, b.base = newAPI(demo.BaseURL, b.orgs, 4*clients+16), demo.BaseURL
	if _, err := indexerLag(ctx, b.api); err != nil {
		return nil, nil, fmt.Errorf("bench: the API at %s does not answer (is `make run` still running?): %w", demo.BaseURL, err)
	}
	b.rpc = cmp.Or(chainURL, demo.ChainURL, os.Getenv("CHAIN_RPC_URL"))
	if b.rpc == "" {
		return nil, nil, errors.New("bench: demo.json has no chain_url (written by an older `duochain run`): restart `make run`, or pass -chain URL")
	}
	client, err := ethclient.DialContext(ctx, b.rpc)
	if err != nil {
		return nil, nil, fmt.Errorf("bench: dial %s: %w", b.rpc, err)
	}
	b.chain = client
	if err := b.start(ctx); err != nil {
		client.Close()
		return nil, nil, err
	}
	return b, client.Close, nil
}

// start checks that the demo cast is complete, picks the run id and dates the
// receivables by the chain's clock.
func (b *bench) start(ctx context.Context) error {
	for _, k := range []string{"OPERATOR", "VERIFIER", "CORE", "SUPPLIER1", "SUPPLIER2", "BANK"} {
		if _, ok := b.orgs[k]; !ok {
			return fmt.Errorf("bench: demo.json has no %s organization", k)
		}
	}
	b.runID = fmt.Sprintf("%08x%04x", uint32(time.Now().Unix()), rand.Uint32()&0xffff)
	head, err := b.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("bench: read the chain head at %s: %w", b.rpc, err)
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	b.today = now.Format(time.DateOnly)
	b.dueTime = now.AddDate(0, 0, 90).Truncate(24 * time.Hour)
	b.due = b.dueTime.Format(time.DateOnly)
	return nil
}

// settle waits until the indexer has projected the chain as it is now, so the
// next part of the run starts from a settled read model: a write confirmed
// through a 202 may not be projected yet. It compares with the head as read
// before each /readyz rather than waiting for a lag of 0, which a chain that
// mines on a clock only shows now and then.
func (b *bench) settle(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	target, err := b.chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read chain head: %w", err)
	}
	for {
		// The indexer's checkpoint is the head at /readyz minus the lag, and
		// that head is at least the one read just before.
		head, err := b.chain.BlockNumber(ctx)
		var lag uint64
		if err == nil {
			lag, err = indexerLag(ctx, b.api)
		}
		if err == nil && head >= target+lag {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for the indexer to reach block %d (lag %d): %w", target, lag, errors.Join(err, ctx.Err()))
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// invoice is the invoice number of lifecycle i of a part of the run.
func (b *bench) invoice(part string, i int) string {
	return fmt.Sprintf("BENCH-%s-%s%05d", b.runID, part, i)
}

func (b *bench) warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintln(os.Stderr, "bench: "+msg)
	b.note(msg)
}

// note keeps problems for the report.
func (b *bench) note(msgs ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.errs = append(b.errs, msgs...)
}
