package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/go-cmp/cmp"
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
	body := map[string]any{"obligor": orgs["CORE"].ID, "value": "1234.00", "currency": "CNY", "due_date": dueIn(t, chain, 90),
		"invoice": e2eInvoice("INV-CRASH-1")}
	const key = "crash-INV-CRASH-1"
	var before e2eReceivable
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := newE2EClient(base, orgs).settle(ctx, "SUPPLIER1", "/v1/receivables", body, key, &before); err != nil {
		t.Fatal(err)
	}

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
	c2 := newE2EClient(base2, orgs2)
	for k, o := range orgs {
		if orgs2[k].APIKey != o.APIKey || orgs2[k].ID != o.ID {
			t.Errorf("%s: %+v before, %+v after", k, o, orgs2[k])
		}
		var got struct {
			ID string `json:"id"`
		}
		c2.get(t, k, "/v1/organizations/"+o.ID, &got)
		if got.ID != o.ID {
			t.Errorf("%s reads organization %q, want %s", k, got.ID, o.ID)
		}
	}
	var again e2eReceivable
	if err := c2.settle(ctx, "SUPPLIER1", "/v1/receivables", body, key, &again); err != nil {
		t.Fatal(err)
	}
	if again.ID != before.ID || again.Fingerprint != before.Fingerprint {
		t.Errorf("the write before the crash answered %+v, after it %+v", before, again)
	}
	body["invoice"] = e2eInvoice("INV-CRASH-2")
	var after e2eReceivable
	c2.write(t, "SUPPLIER1", "/v1/receivables", body, &after)
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
