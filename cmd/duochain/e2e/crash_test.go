package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/client"
)

// TestRunAfterSIGKILL kills `duochain run` with SIGKILL, as a crash or the OOM
// killer would, while it runs its own geth and Postgres under --data. The
// children must die with it (nothing may keep holding the chain's or the
// cluster's directory), and the next run must be ready on the same chain with
// the same deployment, the demo organizations' keys still working, a write
// made before the crash answered again under its Idempotency-Key and new
// writes going through.
func TestRunAfterSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	bin := buildBinary(t)
	dir := t.TempDir() + "/data"
	t.Cleanup(func() { killProcessesUnder(t, dir) })

	d := startDaemon(t, "duochain run", bin, dir, daemonEnv())
	base := d.waitServing(bootTimeout)
	orgs := readDemoFile(t, dir, base)
	chain := dialChain(t, d)
	genesis := blockHash(t, chain, 0)
	dep := readDeployment(t, dir)
	deployed := blockHash(t, chain, dep.Block)
	body := client.SubmitRequest{Obligor: orgs["CORE"].ID, Value: dec("1234.00"), Currency: "CNY", DueDate: dueIn(t, chain, 90),
		Invoice: e2eInvoice("INV-CRASH-1")}
	const key = "crash-INV-CRASH-1"
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	before, err := newCast(t, base, orgs).as("SUPPLIER1").SubmitReceivable(ctx, body, client.IdempotencyKey(key))
	check(t, err)

	d.kill()
	waitGone(t, dir) // geth and the postmaster die with their parent

	start := time.Now()
	d2 := startDaemon(t, "duochain run (after SIGKILL)", bin, dir, daemonEnv())
	base2 := d2.waitServing(bootTimeout)
	t.Logf("restart after SIGKILL: serving in %s", time.Since(start).Round(time.Millisecond))
	chain2 := dialChain(t, d2)
	if got := blockHash(t, chain2, 0); got != genesis {
		t.Fatalf("genesis %s after the restart, %s before: another chain", got, genesis)
	}
	if got := blockHash(t, chain2, dep.Block); got != deployed {
		t.Fatalf("block %d of the deployment changed across the restart", dep.Block)
	}
	if diff := cmp.Diff(dep, readDeployment(t, dir)); diff != "" {
		t.Fatalf("deployment changed across the restart (-before +after):\n%s", diff)
	}
	orgs2 := readDemoFile(t, dir, base2)
	c2 := newCast(t, base2, orgs2)
	reads := timeout(t, time.Minute)
	for k, o := range orgs {
		if orgs2[k].APIKey != o.APIKey || orgs2[k].ID != o.ID {
			t.Errorf("%s: %+v before, %+v after", k, o, orgs2[k])
		}
		got, err := c2.as(k).Organization(reads, o.ID)
		if err != nil || got.ID != o.ID {
			t.Errorf("%s reads organization %q (%v), want %s", k, got.ID, err, o.ID)
		}
	}
	again, err := c2.as("SUPPLIER1").SubmitReceivable(ctx, body, client.IdempotencyKey(key))
	check(t, err)
	if again.ID != before.ID || again.InvoiceFingerprint != before.InvoiceFingerprint {
		t.Errorf("the write before the crash answered %+v, after it %+v", before, again)
	}
	body.Invoice = e2eInvoice("INV-CRASH-2")
	after, err := c2.as("SUPPLIER1").SubmitReceivable(timeout(t, 2*time.Minute), body)
	check(t, err)
	if after.ID == "" || after.ID == before.ID {
		t.Errorf("a new invoice after the restart answered %+v", after)
	}
}

// dialChain connects to the chain the binary printed.
func dialChain(t *testing.T, d *daemon) *ethclient.Client {
	t.Helper()
	chain, err := ethclient.Dial(d.waitLine(chainLine, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Close)
	return chain
}

func blockHash(t *testing.T, chain *ethclient.Client, n uint64) string {
	t.Helper()
	h, err := chain.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h.Hash().Hex()
}
