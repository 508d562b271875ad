package servertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
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

// Stack is the whole server on a simulated chain and a real Postgres database.
type Stack struct {
	T      *testing.T
	Server *server.Server
	Sim    *simulated.Backend
	Miner  *simchain.Miner // hold the chain still or move its time through it
	URL    string
	Keys   map[string]string // organization name -> API key
	IDs    map[string]string // organization name -> id
}

// New boots the server on the simulated backend (mining every few
// milliseconds, like geth --dev) and a fresh database; opts change its
// configuration before it opens.
func New(t *testing.T, opts ...func(*server.Config)) *Stack {
	t.Helper()
	return NewVia(t, nil, opts...)
}

// NewVia is New with the server talking to the chain through a
// client that via makes from the simulated node's JSON-RPC connection (served
// on a socket), as to a real node, instead of the simulated backend's own
// client; nil via is New.
func NewVia(t *testing.T, via func(*rpc.Client) server.Chain, opts ...func(*server.Config)) *Stack {
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
	cfg := server.Config{
		DatabaseURL: pgtest.URL(t),
		Chain:       client,
		Deployment:  *dep,
		KeysDir:     t.TempDir(),
		KeySecret:   "test",
		LightKeys:   true,
		OperatorKey: opKey,
		Funder:      devchain.NewFaucet(client, faucetKey, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))),
		WriteWait:   10 * time.Second,
	}
	for _, o := range opts {
		o(&cfg)
	}
	m, err := server.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = m.Close()
		miner.Stop()
		_ = sim.Close()
	})
	s := &Stack{T: t, Server: m, Sim: sim, Miner: miner, URL: m.URL(), Keys: map[string]string{"operator": m.OperatorKey}, IDs: map[string]string{"operator": fmt.Sprint(m.OperatorID)}}
	return s
}

// Call sends a request as org (no key when org is "") and decodes the JSON answer into out.
func (s *Stack) Call(org, method, path string, body any, out any, hdr ...string) int {
	s.T.Helper()
	r, err := s.Request(org, method, path, body, hdr...)
	if err != nil {
		s.T.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(r.Body, out); err != nil {
			s.T.Fatalf("%s %s: %d %s: %v", method, path, r.Status, r.Body, err)
		}
	}
	return r.Status
}

// Must is call that fails the test unless the status is want.
func (s *Stack) Must(want int, org, method, path string, body any, out any) {
	s.T.Helper()
	var raw json.RawMessage
	got := s.Call(org, method, path, body, &raw)
	if got != want {
		s.T.Fatalf("%s %s as %s: status %d, want %d: %s", method, path, org, got, want, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			s.T.Fatal(err)
		}
	}
}

// Onboard creates an organization with roles and, unless it is the verifier, a KYB credential.
func (s *Stack) Onboard(name string, roles ...string) {
	s.T.Helper()
	var created struct {
		ID     string `json:"id"`
		APIKey string `json:"api_key"`
	}
	s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", map[string]any{"name": name, "roles": roles, "tax_id": TaxID(name)}, &created)
	s.Keys[name], s.IDs[name] = created.APIKey, created.ID
	if roles[0] == "VERIFIER" {
		return
	}
	s.Must(http.StatusCreated, "verifier", "POST", "/v1/organizations/"+created.ID+"/credentials", map[string]any{
		"topic": "KYB", "document_sha256": fmt.Sprintf("%064x", len(name)), "expires_at": time.Now().Add(2 * 365 * 24 * time.Hour).UTC().Format(time.RFC3339),
	}, nil)
}

// Demo onboards the cast of the walk-through and gives core and bank cash.
func (s *Stack) Demo() {
	s.Onboard("verifier", "VERIFIER")
	s.Onboard("core", "CORE_ENTERPRISE")
	s.Onboard("sup1", "SUPPLIER")
	s.Onboard("sup2", "SUPPLIER")
	s.Onboard("bank", "FINANCIER", "CLEARING")
	for _, who := range []string{"core", "bank"} {
		s.Must(http.StatusCreated, "bank", "POST", "/v1/cash/mint", map[string]any{"to": s.IDs[who], "amount": "100000000.00"}, nil)
	}
}

// DueIn is a due date days after the chain's time.
func (s *Stack) DueIn(days int) string {
	h, err := s.Sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.T.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC().AddDate(0, 0, days).Format(time.DateOnly)
}

// TaxID is the tax id the test helpers register organization name with.
func TaxID(name string) string { return taxid.Synthetic(name) }

// Invoice is an invoice of sup1 to core, the parties of s.submission.
func Invoice(number string) map[string]any { return InvoiceOf(number, "sup1", "core") }

// InvoiceOf is an invoice from the organization named seller to buyer.
func InvoiceOf(number, seller, buyer string) map[string]any {
	return map[string]any{"number": number, "issue_date": "2026-11-01", "seller_tax_id": TaxID(seller), "buyer_tax_id": TaxID(buyer)}
}

// Receivable is the part of a receivable the tests read.
type Receivable struct {
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

// MustWith is must with request headers.
func (s *Stack) MustWith(want int, org, method, path string, body, out any, hdr ...string) {
	s.T.Helper()
	if got := s.Call(org, method, path, body, out, hdr...); got != want {
		s.T.Fatalf("%s %s as %s: status %d, want %d", method, path, org, got, want)
	}
}

// Address is an organization's account, as the API shows it.
func (s *Stack) Address(org string) common.Address {
	s.T.Helper()
	var o struct{ Address common.Address }
	s.Must(http.StatusOK, "operator", "GET", "/v1/organizations/"+s.IDs[org], nil, &o)
	return o.Address
}

// NewClock is New with its miner, to hold the chain still or move its time.
func NewClock(t *testing.T) (*Stack, *simchain.Miner) {
	t.Helper()
	s := New(t)
	return s, s.Miner
}

// OnboardAll is onboard for several organizations at once (name, then its
// roles joined by "+"): the registrations go out together, then the KYB
// credentials, which keeps a stack's setup short under the race detector.
func (s *Stack) OnboardAll(orgs ...string) {
	s.T.Helper()
	type org struct{ name, roles string }
	var all []org
	for i := 0; i+1 < len(orgs); i += 2 {
		all = append(all, org{orgs[i], orgs[i+1]})
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []string
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		errs = append(errs, fmt.Sprintf(format, args...))
	}
	for _, o := range all {
		wg.Go(func() {
			r, err := s.Request("operator", "POST", "/v1/organizations", map[string]any{"name": o.name, "roles": strings.Split(o.roles, "+"), "tax_id": TaxID(o.name)})
			var created struct {
				ID     string `json:"id"`
				APIKey string `json:"api_key"`
			}
			if err == nil && r.Status == http.StatusCreated {
				err = json.Unmarshal(r.Body, &created)
			}
			if err != nil || r.Status != http.StatusCreated {
				fail("create %s: %v %d %s", o.name, err, r.Status, r.Body)
				return
			}
			mu.Lock()
			s.Keys[o.name], s.IDs[o.name] = created.APIKey, created.ID
			mu.Unlock()
		})
	}
	wg.Wait()
	for _, o := range all {
		if strings.HasPrefix(o.roles, "VERIFIER") || errs != nil {
			continue
		}
		wg.Go(func() {
			r, err := s.Request("verifier", "POST", "/v1/organizations/"+s.IDs[o.name]+"/credentials", map[string]any{
				"topic": "KYB", "document_sha256": fmt.Sprintf("%064x", len(o.name)), "expires_at": time.Now().Add(2 * 365 * 24 * time.Hour).UTC().Format(time.RFC3339),
			})
			if err != nil || r.Status != http.StatusCreated {
				fail("KYB for %s: %v %d %s", o.name, err, r.Status, r.Body)
			}
		})
	}
	wg.Wait()
	if errs != nil {
		s.T.Fatal(strings.Join(errs, "\n"))
	}
}

// On returns s reporting to t, for use inside t's subtest.
func (s *Stack) On(t *testing.T) *Stack {
	c := *s
	c.T = t
	return &c
}

// Reply is an answer as it came over the wire.
type Reply struct {
	Status int
	Header http.Header
	Body   []byte
}

// Request sends a request as org (no key when org is ""); body is sent as is
// when it is a string, else as JSON. hdr pairs set headers (an empty value
// deletes one). Every answer is checked against web/openapi.json (a mismatch
// is reported with t.Errorf). It never stops the test, so goroutines may use it.
func (s *Stack) Request(org, method, path string, body any, hdr ...string) (Reply, error) {
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			return Reply{}, err
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, s.URL+path, rd)
	if err != nil {
		return Reply{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if org != "" {
		req.Header.Set("Authorization", "Bearer "+s.Keys[org])
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i])
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return Reply{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil {
		if verr := CheckResponse(req, resp.StatusCode, resp.Header, b); verr != nil {
			s.T.Errorf("%s %s: %d answer does not match web/openapi.json: %v\n%s", method, path, resp.StatusCode, verr, b)
		}
	}
	return Reply{Status: resp.StatusCode, Header: resp.Header, Body: b}, err
}

// Problem is an RFC 9457 problem as the API writes it.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Code     string `json:"code"`
	Field    string `json:"field"`
	Instance string `json:"instance"`
}

// Refusal is the problem a refused request must answer with.
type Refusal struct {
	Status      int
	Code, Field string
}

// CheckProblem fails t unless r is the problem+json want.
func CheckProblem(t *testing.T, r Reply, want Refusal) Problem {
	t.Helper()
	var p Problem
	if r.Status != want.Status {
		t.Fatalf("status %d, want %d: %s", r.Status, want.Status, r.Body)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type %q, want application/problem+json: %s", ct, r.Body)
	}
	if err := json.Unmarshal(r.Body, &p); err != nil {
		t.Fatalf("problem body %s: %v", r.Body, err)
	}
	if p.Code != want.Code || p.Field != want.Field || p.Status != want.Status {
		t.Errorf("got code %q field %q status %d, want code %q field %q status %d: %s", p.Code, p.Field, p.Status, want.Code, want.Field, want.Status, r.Body)
	}
	if p.Type != "https://duochain.dev/problems/"+p.Code || p.Title == "" || p.Detail == "" || p.Instance == "" {
		t.Errorf("incomplete problem: %s", r.Body)
	}
	return p
}

var refusals atomic.Int64

// Refuse sends a request that must be refused with want, under a fresh
// Idempotency-Key, and checks that the refusal lost nothing and kept nothing:
// no operation was recorded and the key is free again.
func (s *Stack) Refuse(t *testing.T, want Refusal, org, method, path string, body any, hdr ...string) Problem {
	t.Helper()
	ops := s.Count(t, `SELECT count(*) FROM operations`)
	key := fmt.Sprintf("refused-%d", refusals.Add(1))
	r, err := s.Request(org, method, path, body, append([]string{"Idempotency-Key", key}, hdr...)...)
	if err != nil {
		t.Fatal(err)
	}
	p := CheckProblem(t, r, want)
	if n := s.Count(t, `SELECT count(*) FROM operations`); n != ops {
		t.Errorf("refused %s %s recorded %d operations", method, path, n-ops)
	}
	if n := s.Count(t, `SELECT count(*) FROM idempotency_keys WHERE key = $1`, key); n != 0 {
		t.Errorf("refused %s %s kept its Idempotency-Key", method, path)
	}
	return p
}

// Count runs a SELECT count(*) on the stack's database.
func (s *Stack) Count(t *testing.T, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.Server.Pool.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// WaitCount polls query until it counts want.
func (s *Stack) WaitCount(t *testing.T, want int, query string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.Count(t, query, args...) != want {
		if time.Now().After(deadline) {
			t.Fatalf("%s never counted %d", query, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Submission is the body of a supplier's POST /v1/receivables.
func (s *Stack) Submission(number, amount, due string) map[string]any {
	return map[string]any{"obligor": s.IDs["core"], "amount": amount, "currency": "CNY", "due_date": due, "invoice": Invoice(number)}
}

func Parts(to string, amounts ...string) map[string]any {
	ps := []map[string]any{}
	for _, a := range amounts {
		ps = append(ps, map[string]any{"to": to, "amount": a})
	}
	return map[string]any{"parts": ps}
}

// Refused is the refusal with status, problem code and field.
func Refused(status int, code, field string) Refusal {
	return Refusal{Status: status, Code: code, Field: field}
}

// RepoRoot is the checkout's top directory, whichever package's tests run.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}
