package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/simchain"
	"github.com/duochain/duochain/services/devchain"
	"github.com/duochain/duochain/services/indexer/rpcproxy"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/server"
	"github.com/duochain/duochain/services/taxid"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// stack is the whole server on a simulated chain and a real Postgres database.
type stack struct {
	t     *testing.T
	m     *server.Server
	sim   *simulated.Backend
	miner *simchain.Miner // hold the chain still or move its time through it
	url   string
	keys  map[string]string // organization name -> API key
	ids   map[string]string // organization name -> id
}

// newStack boots Main on the simulated backend (mining every few milliseconds,
// like geth --dev) and a fresh database.
func newStack(t *testing.T) *stack {
	t.Helper()
	return newStackVia(t, nil)
}

// newStackVia is newStack with the server talking to the chain through a
// client that via makes from the simulated node's JSON-RPC connection (served
// on a socket), as to a real node, instead of the simulated backend's own
// client; nil via is newStack.
func newStackVia(t *testing.T, via func(*rpc.Client) server.Chain) *stack {
	t.Helper()
	opKey, _ := crypto.GenerateKey()
	faucetKey, _ := crypto.GenerateKey()
	rich := new(big.Int).Lsh(big.NewInt(1), 100)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(opKey.PublicKey): {Balance: rich}, crypto.PubkeyToAddress(faucetKey.PublicKey): {Balance: rich}}
	var sim *simulated.Backend
	var client server.Chain
	if via == nil {
		sim = simchain.New(alloc)
		client = sim.Client()
	} else {
		dir, err := os.MkdirTemp("", "dcsim")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.RemoveAll(dir) })
		ipc := filepath.Join(dir, "node.ipc")
		sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(simchain.GasLimit), simchain.PinnedFork, rpcproxy.IPC(ipc))
		conn, err := rpc.Dial(ipc)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(conn.Close)
		client = via(conn)
	}
	miner := simchain.Mine(sim, 10*time.Millisecond) // like geth --dev with a block period
	ctx := context.Background()
	chainID, _ := client.ChainID(ctx)
	dep, err := contracts.Deploy(ctx, client, bind.NewKeyedTransactor(opKey, chainID), contracts.DeployParams{OperatorDID: "did:web:operator.test"})
	if err != nil {
		t.Fatal(err)
	}
	m, err := server.Open(ctx, server.Config{
		DatabaseURL: pgtest.URL(t),
		Chain:       client,
		Deployment:  *dep,
		KeysDir:     t.TempDir(),
		KeySecret:   "test",
		LightKeys:   true,
		OperatorKey: opKey,
		Funder:      devchain.NewFaucet(client, faucetKey, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))),
		WriteWait:   10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = m.Close()
		miner.Stop()
		_ = sim.Close()
	})
	s := &stack{t: t, m: m, sim: sim, miner: miner, url: m.URL(), keys: map[string]string{"operator": m.OperatorKey}, ids: map[string]string{"operator": fmt.Sprint(m.OperatorID)}}
	return s
}

// call sends a request as org (no key when org is "") and decodes the JSON answer into out.
func (s *stack) call(org, method, path string, body any, out any, hdr ...string) int {
	s.t.Helper()
	r, err := s.request(org, method, path, body, hdr...)
	if err != nil {
		s.t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(r.body, out); err != nil {
			s.t.Fatalf("%s %s: %d %s: %v", method, path, r.status, r.body, err)
		}
	}
	return r.status
}

// must is call that fails the test unless the status is want.
func (s *stack) must(want int, org, method, path string, body any, out any) {
	s.t.Helper()
	var raw json.RawMessage
	got := s.call(org, method, path, body, &raw)
	if got != want {
		s.t.Fatalf("%s %s as %s: status %d, want %d: %s", method, path, org, got, want, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			s.t.Fatal(err)
		}
	}
}

// onboard creates an organization with roles and, unless it is the verifier, a KYB credential.
func (s *stack) onboard(name string, roles ...string) {
	s.t.Helper()
	var created struct {
		ID     string `json:"id"`
		APIKey string `json:"api_key"`
	}
	s.must(http.StatusCreated, "operator", "POST", "/v1/organizations", map[string]any{"name": name, "roles": roles, "tax_id": taxID(name)}, &created)
	s.keys[name], s.ids[name] = created.APIKey, created.ID
	if roles[0] == "VERIFIER" {
		return
	}
	s.must(http.StatusCreated, "verifier", "POST", "/v1/organizations/"+created.ID+"/credentials", map[string]any{
		"topic": "KYB", "document_sha256": fmt.Sprintf("%064x", len(name)), "expires_at": time.Now().Add(2 * 365 * 24 * time.Hour).UTC().Format(time.RFC3339),
	}, nil)
}

// demo onboards the cast of the walk-through and gives core and bank cash.
func (s *stack) demo() {
	s.onboard("verifier", "VERIFIER")
	s.onboard("core", "CORE_ENTERPRISE")
	s.onboard("sup1", "SUPPLIER")
	s.onboard("sup2", "SUPPLIER")
	s.onboard("bank", "FINANCIER", "CLEARING")
	for _, who := range []string{"core", "bank"} {
		s.must(http.StatusCreated, "bank", "POST", "/v1/cash/mint", map[string]any{"to": s.ids[who], "amount": "100000000.00"}, nil)
	}
}

// dueIn is a due date days after the chain's time.
func (s *stack) dueIn(days int) string {
	h, err := s.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC().AddDate(0, 0, days).Format(time.DateOnly)
}

// taxID is the tax id the test helpers register organization name with.
func taxID(name string) string { return taxid.Synthetic(name) }

// invoice is an invoice of sup1 to core, the parties of s.submission.
func invoice(number string) map[string]any { return invoiceOf(number, "sup1", "core") }

// invoiceOf is an invoice from the organization named seller to buyer.
func invoiceOf(number, seller, buyer string) map[string]any {
	return map[string]any{"number": number, "issue_date": "2026-11-01", "seller_tax_id": taxID(seller), "buyer_tax_id": taxID(buyer)}
}

// rec is the part of a receivable the tests read.
type rec struct {
	ID       string `json:"id"`
	RootID   string `json:"root_id"`
	ParentID string `json:"parent_id"`
	Tier     int    `json:"tier"`
	Value    string `json:"value"`
	Status   string `json:"status"`
	Holder   struct {
		ID string `json:"id"`
	} `json:"holder"`
}

// TestLifecycleOverHTTP runs the README walk-through through the real router:
// submit, confirm, split to tier 2, finance at 4.5 %, repay, redeem.
func TestLifecycleOverHTTP(t *testing.T) {
	s := newStack(t)
	s.demo()

	var root rec
	s.must(http.StatusCreated, "sup1", "POST", "/v1/receivables", map[string]any{
		"obligor": s.ids["core"], "amount": "1000000.00", "currency": "CNY", "due_date": s.dueIn(90), "invoice": invoice("INV-2026-0001"),
	}, &root)
	if root.Status != "pending" || root.Value != "1000000.00" || root.Tier != 1 {
		t.Fatalf("submitted: %+v", root)
	}
	s.must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	if root.Status != "active" {
		t.Fatalf("confirmed: %+v", root)
	}
	var split struct {
		Source rec   `json:"source"`
		Parts  []rec `json:"parts"`
	}
	s.must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/split", map[string]any{
		"parts": []map[string]any{{"to": s.ids["sup2"], "amount": "400000.00"}},
	}, &split)
	part := split.Parts[0]
	if part.Tier != 2 || part.Value != "400000.00" || part.Holder.ID != s.ids["sup2"] || split.Source.Value != "600000.00" {
		t.Fatalf("split: %+v", split)
	}
	var fr struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	s.must(http.StatusCreated, "sup2", "POST", "/v1/receivables/"+part.ID+"/financing-requests", map[string]any{"financier": s.ids["bank"], "amount": "400000.00", "max_annual_rate": "0.20"}, &fr)
	var quote struct {
		Price string `json:"price"`
		Days  int64  `json:"days"`
	}
	s.must(http.StatusOK, "bank", "GET", "/v1/financing-requests/"+fr.ID+"/quote?annual_rate=0.045", nil, &quote)
	s.must(http.StatusCreated, "bank", "POST", "/v1/financing-requests/"+fr.ID+"/fund", map[string]any{"annual_rate": "0.045"}, &fr)
	if fr.Status != "funded" {
		t.Fatalf("funded: %+v", fr)
	}
	var bal struct {
		Balance string `json:"balance"`
	}
	s.must(http.StatusOK, "sup2", "GET", "/v1/cash/balances/"+s.ids["sup2"], nil, &bal)
	if bal.Balance != quote.Price {
		t.Fatalf("supplier 2 holds %s, want the quoted price %s (%d days)", bal.Balance, quote.Price, quote.Days)
	}
	s.must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/repay", nil, &root)
	if root.Status != "repaid" {
		t.Fatalf("repaid: %+v", root)
	}
	s.must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+root.ID+"/redeem", nil, &root)
	s.must(http.StatusCreated, "bank", "POST", "/v1/receivables/"+part.ID+"/redeem", nil, nil)
	s.must(http.StatusOK, "sup1", "GET", "/v1/cash/balances/"+s.ids["sup1"], nil, &bal)
	if bal.Balance != "600000.00" {
		t.Fatalf("supplier 1 holds %s after redemption", bal.Balance)
	}
	var hist struct {
		Items []struct {
			Kind string `json:"kind"`
		} `json:"items"`
	}
	s.must(http.StatusOK, "sup1", "GET", "/v1/receivables/"+root.ID+"/history", nil, &hist)
	var kinds []string
	for _, h := range hist.Items {
		kinds = append(kinds, h.Kind)
	}
	if fmt.Sprint(kinds) != "[submitted confirmed split repaid redeemed]" {
		t.Fatalf("history: %v", kinds)
	}
}
