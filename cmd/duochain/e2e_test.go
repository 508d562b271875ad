package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/devchain"
	"github.com/duochain/duochain/services/pg"
)

// bootTimeout bounds a start of the binary: geth, Postgres, migrations, the
// deployment and the demo seed on a loaded two-core machine.
const bootTimeout = 3 * time.Minute

var chainLine = regexp.MustCompile(`(?m)^chain\s+(http://\S+)`)

// TestEndToEnd runs `duochain run` as a user does: the binary starts its own
// geth --dev and Postgres under --data, seeds the demo organizations and
// serves the API. The README walk-through runs over HTTP with the keys from
// demo.json; then SIGTERM must stop everything, and a second start on the same
// directory must resume chain, database and deployment.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "data")
	t.Cleanup(func() { killProcessesUnder(t, dir) })

	start := time.Now()
	d := startDaemon(t, "duochain run", bin, dir, daemonEnv())
	base := d.waitServing(bootTimeout)
	t.Logf("first start: serving in %s", time.Since(start).Round(time.Millisecond))
	c := newE2EClient(base, readDemoFile(t, dir, base))
	chain, err := ethclient.Dial(d.waitLine(chainLine, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Close)

	step := time.Now()
	root, part := walkThrough(t, c, chain)
	t.Logf("walk-through: %s", time.Since(step).Round(time.Millisecond))

	// What the second start must find again.
	dep1 := readDeployment(t, dir)
	head1, err := chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var before e2eReceivable
	c.get(t, "SUPPLIER1", "/v1/receivables/"+root.ID, &before)

	code, took := d.stop(20 * time.Second)
	if code != 0 {
		t.Fatalf("exit code %d after SIGTERM:\n%s", code, d.out)
	}
	t.Logf("SIGTERM: exited 0 in %s", took.Round(time.Millisecond))
	waitGone(t, dir)

	start = time.Now()
	d2 := startDaemon(t, "duochain run (again)", bin, dir, daemonEnv())
	base2 := d2.waitServing(bootTimeout)
	t.Logf("second start: serving in %s", time.Since(start).Round(time.Millisecond))
	c2 := newE2EClient(base2, readDemoFile(t, dir, base2))
	if o1, o2 := c.orgs["SUPPLIER1"], c2.orgs["SUPPLIER1"]; o2.ID != o1.ID || o2.APIKey != o1.APIKey || o2.Address != o1.Address {
		t.Fatalf("demo organizations seeded again: %+v, was %+v", c2.orgs["SUPPLIER1"], c.orgs["SUPPLIER1"])
	}
	if dep2 := readDeployment(t, dir); dep2 != dep1 {
		t.Fatalf("deployment changed across restarts: %+v, was %+v", dep2, dep1)
	}
	chain2, err := ethclient.Dial(d2.waitLine(chainLine, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain2.Close)
	// The same chain, not a new one that happens to give the deployer's
	// contracts the same addresses: the old head is still canonical.
	same, err := chain2.HeaderByNumber(context.Background(), head1.Number)
	if err != nil {
		t.Fatalf("block %d after the restart: %v", head1.Number, err)
	}
	if same.Hash() != head1.Hash() {
		t.Fatalf("block %d is %s after the restart, was %s", head1.Number, same.Hash(), head1.Hash())
	}
	if id := rootOfFingerprint(t, chain2, dep1.Receivable, before.Fingerprint); id.String() != root.ID {
		t.Fatalf("on chain the invoice is receivable %s, want %s", id, root.ID)
	}
	var after e2eReceivable
	c2.get(t, "SUPPLIER1", "/v1/receivables/"+root.ID, &after)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Fatalf("receivable %s across the restart (-before +after):\n%s", root.ID, diff)
	}
	var p e2eReceivable
	c2.get(t, "BANK", "/v1/receivables/"+part.ID, &p)
	if p.Status != "redeemed" {
		t.Fatalf("part %s after the restart: %+v", part.ID, p)
	}
	// Writes still go through: the transaction manager resumes its nonces.
	var again e2eReceivable
	c2.write(t, "SUPPLIER1", "/v1/receivables", map[string]any{
		"obligor": c2.orgs["CORE"].ID, "amount": "2500.00", "currency": "CNY", "due_date": dueIn(t, chain2, 30), "invoice": e2eInvoice("INV-E2E-0002"),
	}, &again)
	if again.Status != "pending" {
		t.Fatalf("submitted after the restart: %+v", again)
	}
	code, took = d2.stop(20 * time.Second)
	if code != 0 {
		t.Fatalf("exit code %d after the second SIGTERM:\n%s", code, d2.out)
	}
	t.Logf("second SIGTERM: exited 0 in %s", took.Round(time.Millisecond))
	waitGone(t, dir)
}

// waitGone fails t unless the processes the binary started under dir are gone
// within a few seconds of its exit (an exiting process keeps its command line
// for a moment).
func waitGone(t *testing.T, dir string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		left := processesUnder(dir)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("still running after the binary exited: %v", left)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// walkThrough is the README lifecycle over HTTP: submit and confirm, split to
// tier 2, finance at 4.5 %, repay, redeem by both holders. It returns the root
// and the tier-2 part.
func walkThrough(t *testing.T, c *e2eClient, chain *ethclient.Client) (root, part e2eReceivable) {
	t.Helper()
	ids := func(k string) string { return c.orgs[k].ID }
	balance := func(k string) string {
		var b struct {
			Balance string `json:"balance"`
		}
		c.get(t, k, "/v1/cash/balances/"+ids(k), &b)
		return b.Balance
	}
	if got := balance("CORE"); got != "100000000.00" {
		t.Fatalf("core enterprise starts with %s", got)
	}

	c.write(t, "SUPPLIER1", "/v1/receivables", map[string]any{
		"obligor": ids("CORE"), "amount": "1000000.00", "currency": "CNY", "due_date": dueIn(t, chain, 90), "invoice": e2eInvoice("INV-E2E-0001"),
	}, &root)
	if root.Status != "pending" || root.Value != "1000000.00" || root.Tier != 1 || root.Holder == nil || root.Holder.ID != ids("SUPPLIER1") {
		t.Fatalf("submitted: %+v", root)
	}
	c.write(t, "CORE", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	if root.Status != "active" {
		t.Fatalf("confirmed: %+v", root)
	}
	var split struct {
		Source e2eReceivable   `json:"source"`
		Parts  []e2eReceivable `json:"parts"`
	}
	c.write(t, "SUPPLIER1", "/v1/receivables/"+root.ID+"/split", map[string]any{
		"parts": []map[string]any{{"to": ids("SUPPLIER2"), "amount": "400000.00"}},
	}, &split)
	if len(split.Parts) != 1 || split.Source.Value != "600000.00" {
		t.Fatalf("split: %+v", split)
	}
	part = split.Parts[0]
	if part.Tier != 2 || part.Value != "400000.00" || part.RootID != root.ID || part.Holder == nil || part.Holder.ID != ids("SUPPLIER2") {
		t.Fatalf("split part: %+v", part)
	}

	var fr struct {
		ID         string  `json:"id"`
		Status     string  `json:"status"`
		Price      *string `json:"price"`
		FinancedID *string `json:"financed_receivable_id"`
	}
	c.write(t, "SUPPLIER2", "/v1/receivables/"+part.ID+"/financing-requests", map[string]any{"financier": ids("BANK"), "amount": "400000.00"}, &fr)
	if fr.Status != "requested" {
		t.Fatalf("financing requested: %+v", fr)
	}
	var quote struct {
		Price string `json:"price"`
		Days  int64  `json:"days"`
	}
	c.get(t, "BANK", "/v1/financing-requests/"+fr.ID+"/quote?annual_rate=0.045", &quote)
	// 4.5 % a year for about 90 days costs about 1.1 %.
	if p, ok := new(big.Rat).SetString(quote.Price); !ok || quote.Days <= 0 || p.Cmp(big.NewRat(395000, 1)) <= 0 || p.Cmp(big.NewRat(400000, 1)) >= 0 {
		t.Fatalf("quote: %+v", quote)
	}
	c.write(t, "BANK", "/v1/financing-requests/"+fr.ID+"/fund", map[string]any{"annual_rate": "0.045"}, &fr)
	if fr.Status != "funded" || fr.Price == nil || *fr.Price != quote.Price {
		t.Fatalf("funded: %+v, quoted %+v", fr, quote)
	}
	if got := balance("SUPPLIER2"); got != quote.Price {
		t.Fatalf("supplier 2 holds %s, want the quoted price %s", got, quote.Price)
	}
	var financed e2eReceivable
	c.get(t, "BANK", "/v1/receivables/"+part.ID, &financed)
	if financed.Holder == nil || financed.Holder.ID != ids("BANK") {
		t.Fatalf("financed part: %+v", financed)
	}

	c.write(t, "CORE", "/v1/receivables/"+root.ID+"/repay", nil, &root)
	if root.Status != "repaid" {
		t.Fatalf("repaid: %+v", root)
	}
	if got := balance("CORE"); got != "99000000.00" {
		t.Fatalf("core enterprise holds %s after repaying 1,000,000.00", got)
	}
	c.write(t, "SUPPLIER1", "/v1/receivables/"+root.ID+"/redeem", nil, &root)
	c.write(t, "BANK", "/v1/receivables/"+part.ID+"/redeem", nil, &part)
	if root.Status != "redeemed" || part.Status != "redeemed" {
		t.Fatalf("redeemed: root %+v, part %+v", root, part)
	}
	if got := balance("SUPPLIER1"); got != "600000.00" {
		t.Fatalf("supplier 1 holds %s after redemption", got)
	}
	bank := new(big.Rat)
	bank.SetString("100000000.00")
	price, _ := new(big.Rat).SetString(quote.Price)
	bank.Sub(bank, price).Add(bank, big.NewRat(400000, 1))
	if got := balance("BANK"); got != bank.FloatString(2) {
		t.Fatalf("bank holds %s after redemption, want %s", got, bank.FloatString(2))
	}
	var hist struct {
		Items []struct {
			Kind string `json:"kind"`
		} `json:"items"`
	}
	c.get(t, "SUPPLIER1", "/v1/receivables/"+root.ID+"/history", &hist)
	var kinds []string
	for _, h := range hist.Items {
		kinds = append(kinds, h.Kind)
	}
	if fmt.Sprint(kinds) != "[submitted confirmed split repaid redeemed]" {
		t.Fatalf("history: %v", kinds)
	}
	return root, part
}

// dueIn is a due date days after the chain's time.
func dueIn(t *testing.T, chain *ethclient.Client, days int) string {
	t.Helper()
	h, err := chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC().AddDate(0, 0, days).Format(time.DateOnly)
}

func readDeployment(t *testing.T, dir string) contracts.Deployment {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dep contracts.Deployment
	if err := json.Unmarshal(b, &dep); err != nil {
		t.Fatal(err)
	}
	return dep
}

// rootOfFingerprint asks the Receivable contract which root tokenized an invoice.
func rootOfFingerprint(t *testing.T, chain *ethclient.Client, addr common.Address, fingerprint string) *big.Int {
	t.Helper()
	fp := common.HexToHash(fingerprint)
	if fp == (common.Hash{}) {
		t.Fatalf("no invoice fingerprint: %q", fingerprint)
	}
	rcv := receivable.NewReceivable()
	out, err := chain.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: rcv.PackRootOfFingerprint(fp)}, nil)
	if err != nil {
		t.Fatalf("rootOfFingerprint(%s): %v", fp, err)
	}
	id, err := rcv.UnpackRootOfFingerprint(out)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// loadRequest is one submission of the load, and what became of it.
type loadRequest struct {
	number string
	key    string
	body   map[string]any

	status int    // of the first attempt; 0 when the process died before answering
	err    error  // of the first attempt
	opID   string // from a first 202
	recID  string // from a first 201

	final e2eReceivable // after the restart
}

func (r *loadRequest) accepted() bool {
	return r.status == http.StatusCreated || r.status == http.StatusAccepted
}

// TestKillMidLoad SIGKILLs the real binary while submissions are in flight.
// Chain and database run outside it and survive. After a restart, clients
// retry every request with its Idempotency-Key: each invoice must end as
// exactly one receivable, no transaction may be signed twice, and nothing may
// stay in flight.
func TestKillMidLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	const (
		total     = 60
		killAfter = 20
	)
	bin := buildBinary(t)
	ctx := context.Background()
	ext := startOutside(t)

	start := time.Now()
	d := startDaemon(t, "duochain run", bin, ext.dir, ext.env)
	base := d.waitServing(bootTimeout)
	t.Logf("first start: serving in %s", time.Since(start).Round(time.Millisecond))
	orgs := readDemoFile(t, ext.dir, base)
	supplier := common.HexToAddress(orgs["SUPPLIER1"].Address)
	nonce0, err := ext.chain.NonceAt(ctx, supplier, nil)
	if err != nil {
		t.Fatal(err)
	}
	block0, err := ext.chain.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	due := dueIn(t, ext.chain, 90)
	reqs := make([]*loadRequest, total)
	for i := range reqs {
		number := fmt.Sprintf("INV-LOAD-%03d", i)
		reqs[i] = &loadRequest{number: number, key: "load-" + number, body: map[string]any{
			"obligor": orgs["CORE"].ID, "amount": strconv.Itoa(1000+i) + ".00", "currency": "CNY", "due_date": due, "invoice": e2eInvoice(number),
		}}
	}

	killDuringLoad(t, newE2EClient(base, orgs), d, reqs, killAfter, ext.db)

	start = time.Now()
	d2 := startDaemon(t, "duochain run (after SIGKILL)", bin, ext.dir, ext.env)
	base2 := d2.waitServing(bootTimeout)
	t.Logf("restart: serving in %s", time.Since(start).Round(time.Millisecond))
	c2 := newE2EClient(base2, readDemoFile(t, ext.dir, base2))

	start = time.Now()
	retryAll(t, c2, reqs)
	t.Logf("retries settled in %s", time.Since(start).Round(time.Millisecond))

	checkOneReceivableEach(t, c2, reqs)
	checkChain(t, ext.chain, readDeployment(t, ext.dir), supplier, reqs, nonce0, block0)
	checkNothingInFlight(t, ext.db, supplier, total)
}

// outside is a chain and a database that outlive the binary.
type outside struct {
	node    *devchain.Node
	nodeCfg devchain.Config // to start the same chain again on the same port
	dir     string          // the binary's --data, holding the deployer and faucet keys
	env     []string        // CHAIN_RPC_URL and DATABASE_URL for the binary
	chain   *ethclient.Client
	db      *pgx.Conn
}

// startOutside starts geth --dev, funding a deployer and a faucet key it
// writes where the binary looks for them, and a Postgres cluster with an
// empty duochain database; cleanup stops both.
func startOutside(t *testing.T) *outside {
	t.Helper()
	ctx := context.Background()
	tmp := t.TempDir()
	o := &outside{dir: filepath.Join(tmp, "data")}
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	deployer, faucet := writeKey(t, filepath.Join(o.dir, "deployer.key")), writeKey(t, filepath.Join(o.dir, "faucet.key"))
	rich := new(big.Int).Lsh(big.NewInt(1), 200)
	o.nodeCfg = devchain.Config{Dir: filepath.Join(tmp, "chain"), Alloc: types.GenesisAlloc{
		crypto.PubkeyToAddress(deployer.PublicKey): {Balance: rich},
		crypto.PubkeyToAddress(faucet.PublicKey):   {Balance: rich},
	}}
	node, err := devchain.Start(ctx, o.nodeCfg)
	if err != nil {
		t.Fatal(err)
	}
	o.node = node
	u, _ := url.Parse(node.URL())
	o.nodeCfg.Port, _ = strconv.Atoi(u.Port())
	t.Cleanup(func() {
		if err := o.node.Stop(); err != nil {
			t.Errorf("stop geth: %v", err)
		}
	})
	cluster, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: filepath.Join(tmp, "pg"), Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := cluster.Stop(); err != nil {
			t.Errorf("stop postgres: %v", err)
		}
	})
	if err := pg.CreateDatabase(ctx, cluster.URL("postgres"), "duochain"); err != nil {
		t.Fatal(err)
	}
	o.env = daemonEnv("CHAIN_RPC_URL="+node.URL(), "DATABASE_URL="+cluster.URL("duochain"))
	if o.chain, err = ethclient.Dial(node.URL()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(o.chain.Close)
	if o.db, err = pgx.Connect(ctx, cluster.URL("duochain")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.db.Close(context.Background()) })
	return o
}

// killDuringLoad fires every request at once and SIGKILLs the binary as soon
// as killAfter of them were accepted (201 or 202), while the others are in
// flight. It records each request's first answer.
func killDuringLoad(t *testing.T, c *e2eClient, d *daemon, reqs []*loadRequest, killAfter int32, db *pgx.Conn) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := time.Now()
	var (
		accepted atomic.Int32
		killOnce sync.Once
		wg       sync.WaitGroup
	)
	killNow := make(chan struct{})
	for _, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, raw, err := c.send(ctx, "SUPPLIER1", http.MethodPost, "/v1/receivables", r.body, r.key)
			r.status, r.err = status, err
			switch status {
			case http.StatusCreated:
				var rec e2eReceivable
				r.err = json.Unmarshal(raw, &rec)
				r.recID = rec.ID
			case http.StatusAccepted:
				var op e2eOperation
				r.err = json.Unmarshal(raw, &op)
				r.opID = op.ID
			case 0:
			default:
				r.err = fmt.Errorf("%d %s", status, raw)
			}
			if r.accepted() && accepted.Add(1) == killAfter {
				killOnce.Do(func() { close(killNow) })
			}
		}()
	}
	allDone := make(chan struct{})
	go func() { wg.Wait(); close(allDone) }()
	select {
	case <-killNow:
	case <-allDone:
		t.Fatalf("the load ended with only %d of %d accepted:\n%s", accepted.Load(), len(reqs), describe(reqs))
	case <-ctx.Done():
		t.Fatalf("only %d of %d accepted within the load's deadline", accepted.Load(), len(reqs))
	}
	d.kill()
	<-allDone
	killedAt := time.Since(start)

	var answered, created, acceptedBefore int
	for _, r := range reqs {
		switch {
		case r.status == http.StatusCreated:
			created++
		case r.status != 0 && !r.accepted():
			t.Errorf("%s: first answer %v", r.number, r.err)
		}
		if r.status != 0 {
			answered++
		}
		if r.accepted() {
			acceptedBefore++
		}
	}
	t.Logf("SIGKILL after %s: %d of %d answered (%d accepted: %d with 201, %d with 202), %d in flight; operations then: %s",
		killedAt.Round(time.Millisecond), answered, len(reqs), acceptedBefore, created, acceptedBefore-created, len(reqs)-answered, operationStates(t, db))
	if t.Failed() {
		t.FailNow()
	}
}

// retryAll re-sends every request with its key and body, as clients whose
// connection broke do, until each has its receivable.
func retryAll(t *testing.T, c *e2eClient, reqs []*loadRequest) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	errs := make([]error, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = c.settle(ctx, "SUPPLIER1", "/v1/receivables", r.body, r.key, &r.final)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("%s: %v", reqs[i].number, err)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
}

// checkOneReceivableEach checks that every request ended in a receivable of
// its own, the one its first 201 or 202 promised, and that the supplier holds
// exactly those: none lost, none duplicated.
func checkOneReceivableEach(t *testing.T, c *e2eClient, reqs []*loadRequest) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	byID := map[string]*loadRequest{}
	accepted := 0
	for _, r := range reqs {
		if r.final.ID == "" || r.final.Fingerprint == "" {
			t.Fatalf("%s settled without a receivable: %+v", r.number, r.final)
		}
		if other := byID[r.final.ID]; other != nil {
			t.Fatalf("%s and %s both answered with receivable %s", other.number, r.number, r.final.ID)
		}
		byID[r.final.ID] = r
		if r.accepted() {
			accepted++
		}
		if r.recID != "" && r.recID != r.final.ID {
			t.Errorf("%s: first answer receivable %s, retry receivable %s", r.number, r.recID, r.final.ID)
		}
		if r.opID != "" {
			op, err := c.awaitOperation(ctx, "SUPPLIER1", r.opID)
			if err != nil {
				t.Fatal(err)
			}
			if op.State != "confirmed" || op.Resource == nil || op.Resource.ID != r.final.ID || op.TxHash != r.final.CreatedTx {
				t.Errorf("%s: operation %s of the first 202 is %+v; the retry answered receivable %s (tx %s)",
					r.number, r.opID, op, r.final.ID, r.final.CreatedTx)
			}
		}
	}

	held := c.receivables(t, "SUPPLIER1", c.orgs["SUPPLIER1"].ID)
	fingerprints := map[string]int{}
	for _, h := range held {
		fingerprints[h.Fingerprint]++
		if r := byID[h.ID]; r == nil {
			t.Errorf("the supplier holds receivable %s that no request answered with: %+v", h.ID, h)
		} else if h.Fingerprint != r.final.Fingerprint {
			t.Errorf("receivable %s: fingerprint %s, answered %s", h.ID, h.Fingerprint, r.final.Fingerprint)
		}
	}
	for fp, n := range fingerprints {
		if n != 1 {
			t.Errorf("invoice %s tokenized %d times", fp, n)
		}
	}
	if len(held) != len(reqs) {
		t.Errorf("the supplier holds %d receivables for %d invoices (%d accepted before the kill)", len(held), len(reqs), accepted)
	}
}

// checkChain checks the chain agrees: one root per invoice, one mined
// transaction per receivable since block0, none reverted. A submission signed
// twice (under a second nonce) would revert as a duplicate and still use a nonce.
func checkChain(t *testing.T, chain *ethclient.Client, dep contracts.Deployment, supplier common.Address, reqs []*loadRequest, nonce0, block0 uint64) {
	t.Helper()
	for _, r := range reqs {
		if id := rootOfFingerprint(t, chain, dep.Receivable, r.final.Fingerprint); id.String() != r.final.ID {
			t.Errorf("%s: on chain receivable %s, API receivable %s", r.number, id, r.final.ID)
		}
	}
	if n := submittedBy(t, chain, dep.Receivable, supplier, block0); n != len(reqs) {
		t.Errorf("%d ReceivableSubmitted events by the supplier since block %d, want %d", n, block0, len(reqs))
	}
	nonce, err := chain.NonceAt(context.Background(), supplier, nil)
	if err != nil {
		t.Fatal(err)
	}
	sent, reverted := transactionsFrom(t, chain, supplier)
	if uint64(sent) != nonce || nonce-nonce0 != uint64(len(reqs)) || reverted != 0 {
		t.Errorf("supplier nonce %d (%d before the load), %d mined transactions, %d reverted; want %d new, none reverted",
			nonce, nonce0, sent, reverted, len(reqs))
	}
}

// checkNothingInFlight waits up to 30 s for every operation to be confirmed
// or failed, then checks the supplier's submissions are all confirmed.
func checkNothingInFlight(t *testing.T, db *pgx.Conn, supplier common.Address, want int) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var inFlight int
		if err := db.QueryRow(ctx, `SELECT count(*) FROM operations WHERE state IN ('accepted', 'submitted')`).Scan(&inFlight); err != nil {
			t.Fatal(err)
		}
		if inFlight == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("operations still in flight after 30 s: %s", operationStates(t, db))
		}
		time.Sleep(200 * time.Millisecond)
	}
	var ops, confirmed int
	err := db.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE state = 'confirmed') FROM operations
		WHERE kind = 'receivable.submit' AND signer = $1`, supplier.Bytes()).Scan(&ops, &confirmed)
	if err != nil {
		t.Fatal(err)
	}
	if ops != want || confirmed != want {
		t.Errorf("%d submit operations of the supplier, %d confirmed; want %d", ops, confirmed, want)
	}
	t.Logf("operations at the end: %s", operationStates(t, db))
}

// writeKey writes a new private key to path as hex, as the binary stores its keys.
func writeKey(t *testing.T, path string) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return key
}

// operationStates counts operations by state, for the log.
func operationStates(t *testing.T, db *pgx.Conn) string {
	t.Helper()
	rows, err := db.Query(context.Background(), `SELECT state, count(*) FROM operations GROUP BY state ORDER BY state`)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s=%d ", state, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// submittedBy counts the ReceivableSubmitted events with creditor as the creditor from block from.
func submittedBy(t *testing.T, chain *ethclient.Client, addr, creditor common.Address, from uint64) int {
	t.Helper()
	rcv := receivable.NewReceivable()
	logs, err := chain.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{addr}})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range logs {
		if e, err := rcv.UnpackReceivableSubmittedEvent(&logs[i]); err == nil && e.Creditor == creditor {
			n++
		}
	}
	return n
}

// transactionsFrom counts the mined transactions sent by from in the whole
// chain, and how many of them reverted.
func transactionsFrom(t *testing.T, chain *ethclient.Client, from common.Address) (sent, reverted int) {
	t.Helper()
	ctx := context.Background()
	head, err := chain.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	for n := uint64(0); n <= head; n++ {
		b, err := chain.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if s, err := types.Sender(signer, tx); err != nil || s != from {
				continue
			}
			sent++
			r, err := chain.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				reverted++
			}
		}
	}
	return sent, reverted
}

// describe lists the first answers of the load, for a failure message.
func describe(reqs []*loadRequest) string {
	var b bytes.Buffer
	for _, r := range reqs {
		fmt.Fprintf(&b, "%s: %d %v\n", r.number, r.status, r.err)
	}
	return b.String()
}
