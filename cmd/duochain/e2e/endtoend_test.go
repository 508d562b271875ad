package e2e

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
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
	c := newCast(t, base, readDemoFile(t, dir, base))
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
	before, err := c.as("SUPPLIER1").Receivable(timeout(t, 30*time.Second), root.ID)
	check(t, err)

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
	c2 := newCast(t, base2, readDemoFile(t, dir, base2))
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
	if id := rootOfFingerprint(t, chain2, dep1.Receivable, before.InvoiceFingerprint); id.String() != root.ID {
		t.Fatalf("on chain the invoice is receivable %s, want %s", id, root.ID)
	}
	reads := timeout(t, time.Minute)
	after, err := c2.as("SUPPLIER1").Receivable(reads, root.ID)
	check(t, err)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Fatalf("receivable %s across the restart (-before +after):\n%s", root.ID, diff)
	}
	p, err := c2.as("BANK").Receivable(reads, part.ID)
	check(t, err)
	if p.Status != "redeemed" {
		t.Fatalf("part %s after the restart: %+v", part.ID, p)
	}
	recheckCapabilities(t, c2, caps)
	// Writes still go through: the transaction manager resumes its nonces.
	again, err := c2.as("SUPPLIER1").SubmitReceivable(timeout(t, 2*time.Minute), client.SubmitRequest{
		Obligor: c2.orgs["CORE"].ID, Value: dec("2500.00"), Currency: "CNY", DueDate: dueIn(t, chain2, 30), Invoice: e2eInvoice("INV-E2E-0002"),
	})
	check(t, err)
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
func walkThrough(t *testing.T, c *cast, chain *ethclient.Client) (root, part client.Receivable) {
	t.Helper()
	ctx := timeout(t, 10*time.Minute)
	ids := func(k string) string { return c.orgs[k].ID }
	balance := func(k string) string {
		b, err := c.as(k).Balance(ctx, ids(k))
		check(t, err)
		return wire(b.Balance)
	}
	if got := balance("CORE"); got != "100000000.00" {
		t.Fatalf("core enterprise starts with %s", got)
	}

	root, err := c.as("SUPPLIER1").SubmitReceivable(ctx, client.SubmitRequest{
		Obligor: ids("CORE"), Value: dec("1000000.00"), Currency: "CNY", DueDate: dueIn(t, chain, 90), Invoice: e2eInvoice("INV-E2E-0001"),
	})
	check(t, err)
	if root.Status != "pending" || wire(root.Value) != "1000000.00" || root.Tier != 1 || root.Holder == nil || root.Holder.ID != ids("SUPPLIER1") {
		t.Fatalf("submitted: %+v", root)
	}
	root, err = c.as("CORE").ConfirmReceivable(ctx, root.ID)
	check(t, err)
	if root.Status != "active" {
		t.Fatalf("confirmed: %+v", root)
	}
	split, err := c.as("SUPPLIER1").SplitReceivable(ctx, root.ID, client.SplitRequest{Parts: []client.Part{{To: ids("SUPPLIER2"), Value: dec("400000.00")}}})
	check(t, err)
	if len(split.Parts) != 1 || wire(split.Source.Value) != "600000.00" {
		t.Fatalf("split: %+v", split)
	}
	part = split.Parts[0]
	if part.Tier != 2 || wire(part.Value) != "400000.00" || part.RootID != root.ID || part.Holder == nil || part.Holder.ID != ids("SUPPLIER2") {
		t.Fatalf("split part: %+v", part)
	}

	maxRate, rate := dec("0.20"), dec("0.045")
	fr, err := c.as("SUPPLIER2").RequestFinancing(ctx, part.ID, client.FinancingTerms{Financier: ids("BANK"), Value: dec("400000.00"), MaxAnnualRate: &maxRate})
	check(t, err)
	if fr.Status != "requested" {
		t.Fatalf("financing requested: %+v", fr)
	}
	quote, err := c.as("BANK").Quote(ctx, fr.ID, rate)
	check(t, err)
	// 4.5 % a year for about 90 days costs about 1.1 %.
	if quote.Days <= 0 || quote.Price.LessThanOrEqual(dec("395000")) || quote.Price.GreaterThanOrEqual(dec("400000")) {
		t.Fatalf("quote: %+v", quote)
	}
	fr, err = c.as("BANK").FundFinancingRequest(ctx, fr.ID, client.FundRequest{AnnualRate: &rate})
	check(t, err)
	if fr.Status != "funded" || fr.Price == nil || wire(*fr.Price) != wire(quote.Price) {
		t.Fatalf("funded: %+v, quoted %+v", fr, quote)
	}
	if got := balance("SUPPLIER2"); got != wire(quote.Price) {
		t.Fatalf("supplier 2 holds %s, want the quoted price %s", got, wire(quote.Price))
	}
	financed, err := c.as("BANK").Receivable(ctx, part.ID)
	check(t, err)
	if financed.Holder == nil || financed.Holder.ID != ids("BANK") {
		t.Fatalf("financed part: %+v", financed)
	}

	root, err = c.as("CORE").RepayReceivable(ctx, root.ID)
	check(t, err)
	if root.Status != "repaid" {
		t.Fatalf("repaid: %+v", root)
	}
	if got := balance("CORE"); got != "99000000.00" {
		t.Fatalf("core enterprise holds %s after repaying 1,000,000.00", got)
	}
	root, err = c.as("SUPPLIER1").RedeemReceivable(ctx, root.ID)
	check(t, err)
	part, err = c.as("BANK").RedeemReceivable(ctx, part.ID)
	check(t, err)
	if root.Status != "redeemed" || part.Status != "redeemed" {
		t.Fatalf("redeemed: root %+v, part %+v", root, part)
	}
	if got := balance("SUPPLIER1"); got != "600000.00" {
		t.Fatalf("supplier 1 holds %s after redemption", got)
	}
	bank := dec("100000000.00").Sub(quote.Price).Add(dec("400000"))
	if got := balance("BANK"); got != bank.StringFixed(2) {
		t.Fatalf("bank holds %s after redemption, want %s", got, bank.StringFixed(2))
	}
	hist, err := c.as("SUPPLIER1").ReceivableHistory(ctx, root.ID)
	check(t, err)
	var kinds []string
	for _, h := range hist {
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

// readDeployment is the deployment the binary recorded in dir.
func readDeployment(t *testing.T, dir string) contracts.Deployment {
	t.Helper()
	dep, err := datadir.LoadDeployment(dir)
	if err != nil {
		t.Fatal(err)
	}
	return *dep
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
