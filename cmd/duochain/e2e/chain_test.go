package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

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
	body := map[string]any{"obligor": orgs["CORE"].ID, "value": "1234.00", "currency": "CNY",
		"due_date": dueIn(t, ext.chain, 60), "invoice": e2eInvoice("INV-CHAIN-DOWN")}
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
	req, _ := http.NewRequest(http.MethodPost, base+"/v1/receivables", jsonBody(t, body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+orgs["SUPPLIER1"].APIKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var problem struct {
		Code string `json:"code"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&problem)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || problem.Code != "unavailable" {
		t.Fatalf("write with the chain down: %d, Retry-After %q, code %q; want 503 unavailable with Retry-After",
			resp.StatusCode, resp.Header.Get("Retry-After"), problem.Code)
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
	var r e2eReceivable
	c.write(t, "SUPPLIER1", "/v1/receivables", body, &r)
	if r.Status != "pending" || r.Value != "1234.00" {
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

// jsonBody encodes v as a request body.
func jsonBody(t *testing.T, v any) *bytes.Reader {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}
