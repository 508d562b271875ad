package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/receivable"
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
	step = time.Now()
	caps := checkCapabilities(t, c)
	t.Logf("identity, copyright and trace: %s", time.Since(step).Round(time.Millisecond))

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
	recheckCapabilities(t, c2, caps)
	// Writes still go through: the transaction manager resumes its nonces.
	var again e2eReceivable
	c2.write(t, "SUPPLIER1", "/v1/receivables", map[string]any{
		"obligor": c2.orgs["CORE"].ID, "value": "2500.00", "currency": "CNY", "due_date": dueIn(t, chain2, 30), "invoice": e2eInvoice("INV-E2E-0002"),
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
		"obligor": ids("CORE"), "value": "1000000.00", "currency": "CNY", "due_date": dueIn(t, chain, 90), "invoice": e2eInvoice("INV-E2E-0001"),
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
		"parts": []map[string]any{{"to": ids("SUPPLIER2"), "value": "400000.00"}},
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
	c.write(t, "SUPPLIER2", "/v1/receivables/"+part.ID+"/financing-requests", map[string]any{"financier": ids("BANK"), "value": "400000.00", "max_annual_rate": "0.20"}, &fr)
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
