package e2e

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// TestRewindOnGeth is TestRewindKeepsReceivableIDs on a real geth --dev under
// the real binary: two suppliers submit at once and the core enterprise
// confirms, then debug_setHead drops every block since, as a killed dev node
// does. The binary's transaction manager sends what was dropped again, in the
// order geth takes it. Every acknowledged id still names the invoice it named,
// on chain and in the read model, and each replay answers the same.
func TestRewindOnGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	ext, _, orgs, c := runOutside(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	fork, err := ext.chain.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	type ack struct {
		org, key, number, id string
		body                 client.SubmitRequest
	}
	var (
		mu   sync.Mutex
		acks []ack
		wg   sync.WaitGroup
		errs = make(chan error, 2)
	)
	due := dueIn(t, ext.chain, 60)
	for _, org := range []string{"SUPPLIER1", "SUPPLIER2"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 6 {
				a := ack{org: org, key: fmt.Sprintf("geth-rewind-%s-%d", org, i), number: fmt.Sprintf("INV-GETH-REWIND-%s-%d", org, i)}
				inv := e2eInvoice(a.number)
				inv.SellerTaxID = datadir.DemoTaxIDs[org]
				a.body = client.SubmitRequest{Obligor: orgs["CORE"].ID, Value: dec("1500.00"), Currency: "CNY", DueDate: due, Invoice: inv}
				r, err := c.as(org).SubmitReceivable(ctx, a.body, client.IdempotencyKey(a.key))
				if err != nil {
					errs <- err
					return
				}
				a.id = r.ID
				mu.Lock()
				acks = append(acks, a)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	confirmed := map[string]bool{}
	for _, a := range acks[:3] {
		if _, err := c.as("CORE").ConfirmReceivable(ctx, a.id, client.IdempotencyKey("geth-rewind-confirm-"+a.id)); err != nil {
			t.Fatal(err)
		}
		confirmed[a.id] = true
	}
	fps := map[string]common.Hash{}
	for _, a := range acks {
		var fp []byte
		if err := ext.db.QueryRow(ctx, `SELECT fingerprint FROM invoices WHERE number = $1`, a.number).Scan(&fp); err != nil {
			t.Fatal(err)
		}
		fps[a.id] = common.BytesToHash(fp)
	}

	// The chain loses every block since the first submission.
	head, err := ext.chain.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := rpc.DialContext(ctx, ext.node.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := rc.CallContext(ctx, nil, "debug_setHead", hexutil.EncodeUint64(fork)); err != nil {
		t.Fatalf("debug_setHead: %v", err)
	}
	t.Logf("rewound from block %d to %d", head, fork)

	// The binary mines everything again; every id it acknowledged names the
	// same invoice, held by the same supplier, confirmed only where it was.
	rcv := receivable.NewReceivable()
	dep, err := datadir.LoadDeployment(ext.dir)
	if err != nil {
		t.Fatal(err)
	}
	rcvC := bind.NewBoundContract(dep.Receivable, rcv.GetABI(), ext.chain, nil, nil)
	deadline := time.Now().Add(3 * time.Minute)
	for _, a := range acks {
		want := uint8(1) // Pending
		if confirmed[a.id] {
			want = 2 // Active
		}
		id, _ := new(big.Int).SetString(a.id, 10)
		for {
			root, err := bind.Call(rcvC, &bind.CallOpts{Context: ctx}, rcv.PackRoot(id), rcv.UnpackRoot)
			if err == nil && root.Status == want {
				if root.Fingerprint != fps[a.id] || root.Creditor != common.HexToAddress(orgs[a.org].Address) {
					t.Fatalf("after the rewind, id %s (%s's %s) names fingerprint %x of creditor %s", a.id, a.org, a.number, root.Fingerprint, root.Creditor)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("id %s (%s's %s) never came back with status %d: %+v %v", a.id, a.org, a.number, want, root, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	for _, a := range acks {
		// The replay under the same key answers the id the chain holds.
		resp, err := c.once(a.org).Send(ctx, "POST", "/v1/receivables", a.body, client.IdempotencyKey(a.key))
		// 201 with the receivable, or 202 with its operation, whose resource is the id.
		if err != nil {
			t.Fatalf("replay of %s: %v", a.key, err)
		}
		if (resp.Status != 201 && resp.Status != 202) || !strings.Contains(string(resp.Body), `"`+a.id+`"`) {
			t.Fatalf("replay of %s: %d %s, first answer id %s", a.key, resp.Status, resp.Body, a.id)
		}
		for {
			got, err := c.once("CORE").Receivable(ctx, a.id)
			if err == nil && common.HexToHash(got.InvoiceFingerprint) == fps[a.id] && (got.Status == "active") == confirmed[a.id] {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("the read model shows id %s as %+v (%v), want %s's %s", a.id, got, err, a.org, a.number)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}
