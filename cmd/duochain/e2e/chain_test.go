package e2e

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/services/devchain"
)

// TestChainDown stops the chain under a running server: writes are refused with
// 503 and Retry-After and record nothing; /readyz says why; once the node is
// back on the same address, the same write goes through.
func TestChainDown(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	ext, base, orgs, c := runOutside(t)
	ctx := context.Background()
	body := client.SubmitRequest{Obligor: orgs["CORE"].ID, Value: dec("1234.00"), Currency: "CNY",
		DueDate: dueIn(t, ext.chain, 60), Invoice: e2eInvoice("INV-CHAIN-DOWN")}
	operations := func() int {
		var n int
		if err := ext.db.QueryRow(ctx, `SELECT count(*) FROM operations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := operations()

	if err := ext.node.Stop(); err != nil {
		t.Fatal(err)
	}
	waitReady(t, base, http.StatusServiceUnavailable)
	_, err := c.once("SUPPLIER1").SubmitReceivable(timeout(t, time.Minute), body)
	var p *client.Problem
	if !errors.As(err, &p) || p.Status != http.StatusServiceUnavailable || p.RetryAfter <= 0 || p.Code != client.CodeUnavailable {
		t.Fatalf("write with the chain down: %v (%+v); want 503 unavailable with Retry-After", err, p)
	}
	if after := operations(); after != before {
		t.Fatalf("a refused write recorded %d operations", after-before)
	}

	node, err := devchain.Start(ctx, ext.nodeCfg)
	if err != nil {
		t.Fatal(err)
	}
	ext.node = node
	waitReady(t, base, http.StatusOK)
	r, err := c.as("SUPPLIER1").SubmitReceivable(timeout(t, 2*time.Minute), body)
	check(t, err)
	if r.Status != "pending" || wire(r.Value) != "1234.00" {
		t.Fatalf("after the chain came back: %+v", r)
	}
}

// waitReady polls /readyz until it answers want.
func waitReady(t *testing.T, base string, want int) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == want {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz never answered %d", want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
