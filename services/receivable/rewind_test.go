package receivable_test

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/server"
	"github.com/duochain/duochain/services/server/servertest"
)

// acked is a write the API acknowledged with 201: what it named then.
type acked struct {
	org, key, number string
	body             map[string]any
	id               string
}

// TestRewindKeepsReceivableIDs is the attack of issue 8 §1: two suppliers submit,
// the core enterprise confirms one invoice, then the chain loses those blocks
// and the dropped transactions are mined again with the suppliers in reverse
// order. With ids numbered in mining order, the acknowledged ids came back
// naming the other supplier's invoices and the confirm confirmed the wrong
// one. Now every acknowledged id names the same invoice on chain and in the
// read model, an idempotent replay answers the same, and the confirm takes
// effect on the invoice it named or not at all.
func TestRewindKeepsReceivableIDs(t *testing.T) {
	s := servertest.New(t)
	s.Demo()
	ctx := context.Background()
	client := s.Sim.Client()
	fork, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}

	// Interleaved: sup1, sup2, sup1, sup2, ... each acknowledged with its id.
	due := s.DueIn(60)
	var subs []acked
	for i := range 3 {
		for _, org := range []string{"sup1", "sup2"} {
			a := acked{org: org, key: fmt.Sprintf("rewind-%s-%d", org, i), number: fmt.Sprintf("INV-REWIND-%s-%d", org, i)}
			a.body = s.Submission(a.number, fmt.Sprintf("%d.00", 1000+i), due)
			a.body["invoice"] = servertest.InvoiceOf(a.number, org, "core")
			var r servertest.Receivable
			s.MustWith(http.StatusCreated, a.org, "POST", "/v1/receivables", a.body, &r, "Idempotency-Key", a.key)
			a.id = r.ID
			subs = append(subs, a)
		}
	}
	// The core enterprise confirms supplier 1's first invoice.
	confirmed := subs[0]
	var c servertest.Receivable
	s.MustWith(http.StatusCreated, "core", "POST", "/v1/receivables/"+confirmed.id+"/confirm", nil, &c, "Idempotency-Key", "rewind-confirm")
	if c.Status != "active" {
		t.Fatalf("confirmed: %+v", c)
	}

	// Stop the server, and rewind the chain to before the first submission.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var dropped []*types.Transaction
	for n := fork.Number.Uint64() + 1; n <= head.Number.Uint64(); n++ {
		b, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		dropped = append(dropped, b.Transactions()...)
	}
	addrs := map[string]common.Address{"sup1": s.Address("sup1"), "sup2": s.Address("sup2")}
	fps := map[string][32]byte{}
	for _, a := range subs {
		fps[a.key] = fingerprintOf(s, a)
	}
	config := s.Server.Config
	if err := s.Server.Close(); err != nil {
		t.Fatal(err)
	}
	s.Miner.Stop()
	if err := s.Sim.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	s.Sim.Rollback() // the pool took the orphaned transactions back: they are sent again below, in another order
	s.Sim.Commit()   // the fork is the head once a block is built on it

	// Mine them again: supplier 2's first, then supplier 1's, then the rest
	// (each signer's own in nonce order, as any chain must).
	signer := types.LatestSignerForChainID(dropped[0].ChainId())
	from := func(tx *types.Transaction) common.Address { a, _ := types.Sender(signer, tx); return a }
	addr := func(org string) common.Address { return addrs[org] }
	var order []*types.Transaction
	for _, who := range []common.Address{addr("sup2"), addr("sup1")} {
		for _, tx := range dropped {
			if from(tx) == who {
				order = append(order, tx)
			}
		}
	}
	for _, tx := range dropped {
		if f := from(tx); f != addr("sup1") && f != addr("sup2") {
			order = append(order, tx)
		}
	}
	if len(order) != len(dropped) {
		t.Fatalf("reordered %d of %d transactions", len(order), len(dropped))
	}
	for _, tx := range order {
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send %s again: %v", tx.Hash(), err)
		}
		s.Sim.Commit()
	}

	remined, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// The server comes back on the same database and the rewritten chain.
	m, err := server.Open(ctx, config)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Close() })
	s.Server, s.URL = m, m.URL()
	s.Miner = nil
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	go func() { // keep sealing blocks for what the server sends next
		for {
			select {
			case <-stop:
				return
			default:
				s.Sim.Commit()
				time.Sleep(10 * time.Millisecond)
			}
		}
	}()

	rcv := receivable.NewReceivable()
	rcvC := bind.NewBoundContract(config.Deployment.Receivable, rcv.GetABI(), client, nil, nil)
	for _, a := range subs {
		id, _ := new(big.Int).SetString(a.id, 10)
		root, err := bind.Call(rcvC, nil, rcv.PackRoot(id), rcv.UnpackRoot)
		if err != nil {
			t.Fatal(err)
		}
		if root.Creditor != addr(a.org) || root.Fingerprint != fps[a.key] {
			t.Errorf("acknowledged id %s of %s's %s now names creditor %s fingerprint %x on chain", a.id, a.org, a.number, root.Creditor, root.Fingerprint)
		}
		wantStatus := uint8(1) // Pending
		if a.id == confirmed.id {
			wantStatus = 2 // Active: the confirm took effect on the invoice it named
		}
		if root.Status != wantStatus {
			t.Errorf("%s's %s (id %s) has status %d on chain, want %d", a.org, a.number, a.id, root.Status, wantStatus)
		}
		// The idempotent replay answers what the chain holds.
		var replay servertest.Receivable
		s.MustWith(http.StatusCreated, a.org, "POST", "/v1/receivables", a.body, &replay, "Idempotency-Key", a.key)
		if replay.ID != a.id {
			t.Errorf("replay of %s answers id %s, first answer %s", a.key, replay.ID, a.id)
		}
	}
	// The read model, rebuilt past the rewind (the indexer notices once it reads
	// the rewritten blocks), agrees.
	type view struct {
		servertest.Receivable
		Fingerprint string `json:"invoice_fingerprint"`
	}
	s.WaitFor(t, "the read model to show every acknowledged id", func() bool {
		// Until the indexer has read the rewritten blocks, the read model is
		// the one from before the rewind, which shows the same ids.
		n, h, err := s.Server.Indexer.Checkpoint(ctx)
		if err != nil || n < remined {
			return false
		}
		if hd, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); err != nil || hd.Hash() != h {
			return false
		}
		for _, a := range subs {
			if s.Call("core", "GET", "/v1/receivables/"+a.id, nil, nil) != http.StatusOK {
				return false
			}
		}
		var r view
		s.Must(http.StatusOK, "core", "GET", "/v1/receivables/"+confirmed.id, nil, &r)
		return r.Status == "active"
	})
	for _, a := range subs {
		var r view
		s.Must(http.StatusOK, "core", "GET", "/v1/receivables/"+a.id, nil, &r)
		if r.Fingerprint != common.Hash(fps[a.key]).Hex() || r.Holder.ID != s.IDs[a.org] {
			t.Errorf("read model: id %s names %s held by %s, want %s's %s", a.id, r.Fingerprint, r.Holder.ID, a.org, a.number)
		}
	}
}

// fingerprintOf is the invoice fingerprint the API recorded for an acknowledged submission.
func fingerprintOf(s *servertest.Stack, a acked) [32]byte {
	s.T.Helper()
	var fp [32]byte
	var b []byte
	if err := s.Server.Pool.QueryRow(context.Background(), `SELECT fingerprint FROM invoices WHERE number = $1`, a.number).Scan(&b); err != nil {
		s.T.Fatalf("invoice %s: %v", a.number, err)
	}
	copy(fp[:], b)
	return fp
}
