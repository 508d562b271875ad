package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/devchain"
	"github.com/duochain/duochain/services/pg"
)

// loadRequest is one submission of the load, and what became of it.
type loadRequest struct {
	number string
	key    string
	body   client.SubmitRequest

	status int    // of the first attempt; 0 when the process died before answering
	err    error  // of the first attempt
	opID   string // from a first 202
	recID  string // from a first 201

	final client.Receivable // after the restart
}

func (r *loadRequest) accepted() bool {
	return r.status == http.StatusCreated || r.status == http.StatusAccepted
}

// TestKillMidLoad SIGKILLs the real binary while submissions are in flight.
// Chain and database run outside it and survive. After a restart, clients
// retry every request with its Idempotency-Key: each invoice must end as
// exactly one receivable, no transaction may be signed twice, and nothing may
// stay in flight.
func TestKillMidLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	const (
		total     = 60
		killAfter = 20
	)
	bin := buildBinary(t)
	ctx := context.Background()
	ext := startOutside(t)

	start := time.Now()
	d := startDaemon(t, "duochain run", bin, ext.dir, ext.env)
	base := d.waitServing(bootTimeout)
	t.Logf("first start: serving in %s", time.Since(start).Round(time.Millisecond))
	orgs := readDemoFile(t, ext.dir, base)
	supplier := common.HexToAddress(orgs["SUPPLIER1"].Address)
	nonce0, err := ext.chain.NonceAt(ctx, supplier, nil)
	if err != nil {
		t.Fatal(err)
	}
	block0, err := ext.chain.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	due := dueIn(t, ext.chain, 90)
	reqs := make([]*loadRequest, total)
	for i := range reqs {
		number := fmt.Sprintf("INV-LOAD-%03d", i)
		reqs[i] = &loadRequest{number: number, key: "load-" + number, body: client.SubmitRequest{
			Obligor: orgs["CORE"].ID, Value: dec(strconv.Itoa(1000+i) + ".00"), Currency: "CNY", DueDate: due, Invoice: e2eInvoice(number),
		}}
	}

	killDuringLoad(t, newCast(t, base, orgs), d, reqs, killAfter, ext.db)

	start = time.Now()
	d2 := startDaemon(t, "duochain run (after SIGKILL)", bin, ext.dir, ext.env)
	base2 := d2.waitServing(bootTimeout)
	t.Logf("restart: serving in %s", time.Since(start).Round(time.Millisecond))
	c2 := newCast(t, base2, readDemoFile(t, ext.dir, base2))

	start = time.Now()
	retryAll(t, c2, reqs)
	t.Logf("retries settled in %s", time.Since(start).Round(time.Millisecond))

	checkOneReceivableEach(t, c2, reqs)
	checkChain(t, ext.chain, readDeployment(t, ext.dir), supplier, reqs, nonce0, block0)
	checkNothingInFlight(t, ext.db, supplier, total)
}

// outside is a chain and a database that outlive the binary.
type outside struct {
	node    *devchain.Node
	nodeCfg devchain.Config // to start the same chain again on the same port
	dir     string          // the binary's --data, holding the deployer and faucet keys
	env     []string        // CHAIN_RPC_URL and DATABASE_URL for the binary
	chain   *ethclient.Client
	db      *pgx.Conn
}

// startOutside starts geth --dev, funding a deployer and a faucet key it
// writes where the binary looks for them, and a Postgres cluster with an
// empty duochain database; cleanup stops both.
func startOutside(t *testing.T) *outside {
	t.Helper()
	ctx := context.Background()
	tmp := t.TempDir()
	o := &outside{dir: filepath.Join(tmp, "data")}
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	deployer, faucet := writeKey(t, filepath.Join(o.dir, "deployer.key")), writeKey(t, filepath.Join(o.dir, "faucet.key"))
	rich := new(big.Int).Lsh(big.NewInt(1), 200)
	o.nodeCfg = devchain.Config{Dir: filepath.Join(tmp, "chain"), Alloc: types.GenesisAlloc{
		crypto.PubkeyToAddress(deployer.PublicKey): {Balance: rich},
		crypto.PubkeyToAddress(faucet.PublicKey):   {Balance: rich},
	}, DebugAPI: true}
	node, err := devchain.Start(ctx, o.nodeCfg)
	if err != nil {
		t.Fatal(err)
	}
	o.node = node
	u, _ := url.Parse(node.URL())
	o.nodeCfg.Port, _ = strconv.Atoi(u.Port())
	t.Cleanup(func() {
		if err := o.node.Stop(); err != nil {
			t.Errorf("stop geth: %v", err)
		}
	})
	cluster, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: filepath.Join(tmp, "pg"), Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := cluster.Stop(); err != nil {
			t.Errorf("stop postgres: %v", err)
		}
	})
	if err := pg.CreateDatabase(ctx, cluster.URL("postgres"), "duochain"); err != nil {
		t.Fatal(err)
	}
	o.env = daemonEnv("CHAIN_RPC_URL="+node.URL(), "DATABASE_URL="+cluster.URL("duochain"))
	if o.chain, err = ethclient.Dial(node.URL()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(o.chain.Close)
	if o.db, err = pgx.Connect(ctx, cluster.URL("duochain")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.db.Close(context.Background()) })
	return o
}

// runOutside boots `duochain run` on a geth and a Postgres of the test's own
// (startOutside) and returns them, its base URL, the demo cast and a client.
func runOutside(t *testing.T) (*outside, string, map[string]datadir.Org, *cast) {
	t.Helper()
	bin := buildBinary(t)
	ext := startOutside(t)
	d := startDaemon(t, "duochain run", bin, ext.dir, ext.env)
	base := d.waitServing(bootTimeout)
	orgs := readDemoFile(t, ext.dir, base)
	return ext, base, orgs, newCast(t, base, orgs)
}

// killDuringLoad fires every request at once and SIGKILLs the binary as soon
// as killAfter of them were accepted (201 or 202), while the others are in
// flight. It records each request's first answer.
func killDuringLoad(t *testing.T, c *cast, d *daemon, reqs []*loadRequest, killAfter int32, db *pgx.Conn) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := time.Now()
	var (
		accepted atomic.Int32
		killOnce sync.Once
		wg       sync.WaitGroup
	)
	killNow := make(chan struct{})
	for _, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := c.once("SUPPLIER1").Send(ctx, http.MethodPost, "/v1/receivables", r.body, client.IdempotencyKey(r.key))
			r.err = err
			if resp != nil {
				r.status = resp.Status
			}
			switch r.status {
			case http.StatusCreated:
				var rec client.Receivable
				r.err = json.Unmarshal(resp.Body, &rec)
				r.recID = rec.ID
			case http.StatusAccepted:
				var op client.Operation
				r.err = json.Unmarshal(resp.Body, &op)
				r.opID = op.ID
			case 0:
			default:
				r.err = fmt.Errorf("%d %s", r.status, resp.Body)
			}
			if r.accepted() && accepted.Add(1) == killAfter {
				killOnce.Do(func() { close(killNow) })
			}
		}()
	}
	allDone := make(chan struct{})
	go func() { wg.Wait(); close(allDone) }()
	select {
	case <-killNow:
	case <-allDone:
		t.Fatalf("the load ended with only %d of %d accepted:\n%s", accepted.Load(), len(reqs), describe(reqs))
	case <-ctx.Done():
		t.Fatalf("only %d of %d accepted within the load's deadline", accepted.Load(), len(reqs))
	}
	d.kill()
	<-allDone
	killedAt := time.Since(start)

	var answered, created, acceptedBefore int
	for _, r := range reqs {
		switch {
		case r.status == http.StatusCreated:
			created++
		case r.status != 0 && !r.accepted():
			t.Errorf("%s: first answer %v", r.number, r.err)
		}
		if r.status != 0 {
			answered++
		}
		if r.accepted() {
			acceptedBefore++
		}
	}
	t.Logf("SIGKILL after %s: %d of %d answered (%d accepted: %d with 201, %d with 202), %d in flight; operations then: %s",
		killedAt.Round(time.Millisecond), answered, len(reqs), acceptedBefore, created, acceptedBefore-created, len(reqs)-answered, operationStates(t, db))
	if t.Failed() {
		t.FailNow()
	}
}

// retryAll re-sends every request with its key and body, as clients whose
// connection broke do, until each has its receivable.
func retryAll(t *testing.T, c *cast, reqs []*loadRequest) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	errs := make([]error, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.final, errs[i] = c.as("SUPPLIER1").SubmitReceivable(ctx, r.body, client.IdempotencyKey(r.key))
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("%s: %v", reqs[i].number, err)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
}

// checkOneReceivableEach checks that every request ended in a receivable of
// its own, the one its first 201 or 202 promised, and that the supplier holds
// exactly those: none lost, none duplicated.
func checkOneReceivableEach(t *testing.T, c *cast, reqs []*loadRequest) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	byID := map[string]*loadRequest{}
	accepted := 0
	for _, r := range reqs {
		if r.final.ID == "" || r.final.InvoiceFingerprint == "" {
			t.Fatalf("%s settled without a receivable: %+v", r.number, r.final)
		}
		if other := byID[r.final.ID]; other != nil {
			t.Fatalf("%s and %s both answered with receivable %s", other.number, r.number, r.final.ID)
		}
		byID[r.final.ID] = r
		if r.accepted() {
			accepted++
		}
		if r.recID != "" && r.recID != r.final.ID {
			t.Errorf("%s: first answer receivable %s, retry receivable %s", r.number, r.recID, r.final.ID)
		}
		if r.opID != "" {
			op, err := c.as("SUPPLIER1").WaitOperation(ctx, r.opID)
			if err != nil {
				t.Fatal(err)
			}
			if op.State != client.StateConfirmed || op.Resource == nil || op.Resource.ID != r.final.ID || op.TxHash == nil || *op.TxHash != r.final.CreatedTx {
				t.Errorf("%s: operation %s of the first 202 is %+v; the retry answered receivable %s (tx %s)",
					r.number, r.opID, op, r.final.ID, r.final.CreatedTx)
			}
		}
	}

	held := c.receivables(ctx, t, "SUPPLIER1", c.orgs["SUPPLIER1"].ID)
	fingerprints := map[string]int{}
	for _, h := range held {
		fingerprints[h.InvoiceFingerprint]++
		if r := byID[h.ID]; r == nil {
			t.Errorf("the supplier holds receivable %s that no request answered with: %+v", h.ID, h)
		} else if h.InvoiceFingerprint != r.final.InvoiceFingerprint {
			t.Errorf("receivable %s: fingerprint %s, answered %s", h.ID, h.InvoiceFingerprint, r.final.InvoiceFingerprint)
		}
	}
	for fp, n := range fingerprints {
		if n != 1 {
			t.Errorf("invoice %s tokenized %d times", fp, n)
		}
	}
	if len(held) != len(reqs) {
		t.Errorf("the supplier holds %d receivables for %d invoices (%d accepted before the kill)", len(held), len(reqs), accepted)
	}
}

// checkChain checks the chain agrees: one root per invoice, one mined
// transaction per receivable since block0, none reverted. A submission signed
// twice (under a second nonce) would revert as a duplicate and still use a nonce.
func checkChain(t *testing.T, chain *ethclient.Client, dep contracts.Deployment, supplier common.Address, reqs []*loadRequest, nonce0, block0 uint64) {
	t.Helper()
	for _, r := range reqs {
		if id := rootOfFingerprint(t, chain, dep.Receivable, r.final.InvoiceFingerprint); id.String() != r.final.ID {
			t.Errorf("%s: on chain receivable %s, API receivable %s", r.number, id, r.final.ID)
		}
	}
	if n := submittedBy(t, chain, dep.Receivable, supplier, block0); n != len(reqs) {
		t.Errorf("%d ReceivableSubmitted events by the supplier since block %d, want %d", n, block0, len(reqs))
	}
	nonce, err := chain.NonceAt(context.Background(), supplier, nil)
	if err != nil {
		t.Fatal(err)
	}
	sent, reverted := transactionsFrom(t, chain, supplier)
	if uint64(sent) != nonce || nonce-nonce0 != uint64(len(reqs)) || reverted != 0 {
		t.Errorf("supplier nonce %d (%d before the load), %d mined transactions, %d reverted; want %d new, none reverted",
			nonce, nonce0, sent, reverted, len(reqs))
	}
}

// checkNothingInFlight waits up to 30 s for every operation to be confirmed
// or failed, then checks the supplier's submissions are all confirmed.
func checkNothingInFlight(t *testing.T, db *pgx.Conn, supplier common.Address, want int) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var inFlight int
		if err := db.QueryRow(ctx, `SELECT count(*) FROM operations WHERE state IN ('accepted', 'submitted')`).Scan(&inFlight); err != nil {
			t.Fatal(err)
		}
		if inFlight == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("operations still in flight after 30 s: %s", operationStates(t, db))
		}
		time.Sleep(200 * time.Millisecond)
	}
	var ops, confirmed int
	err := db.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE state = 'confirmed') FROM operations
		WHERE kind = 'receivable.submit' AND signer = $1`, supplier.Bytes()).Scan(&ops, &confirmed)
	if err != nil {
		t.Fatal(err)
	}
	if ops != want || confirmed != want {
		t.Errorf("%d submit operations of the supplier, %d confirmed; want %d", ops, confirmed, want)
	}
	t.Logf("operations at the end: %s", operationStates(t, db))
}

// writeKey writes a new private key to path as hex, as older binaries stored
// their keys: the binary encrypts such a file in place when it reads it.
func writeKey(t *testing.T, path string) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return key
}

// operationStates counts operations by state, for the log.
func operationStates(t *testing.T, db *pgx.Conn) string {
	t.Helper()
	rows, err := db.Query(context.Background(), `SELECT state, count(*) FROM operations GROUP BY state ORDER BY state`)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s=%d ", state, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// submittedBy counts the ReceivableSubmitted events with creditor as the creditor from block from.
func submittedBy(t *testing.T, chain *ethclient.Client, addr, creditor common.Address, from uint64) int {
	t.Helper()
	rcv := receivable.NewReceivable()
	logs, err := chain.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{addr}})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range logs {
		if e, err := rcv.UnpackReceivableSubmittedEvent(&logs[i]); err == nil && e.Creditor == creditor {
			n++
		}
	}
	return n
}

// transactionsFrom counts the mined transactions sent by from in the whole
// chain, and how many of them reverted.
func transactionsFrom(t *testing.T, chain *ethclient.Client, from common.Address) (sent, reverted int) {
	t.Helper()
	ctx := context.Background()
	head, err := chain.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	for n := uint64(0); n <= head; n++ {
		b, err := chain.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if s, err := types.Sender(signer, tx); err != nil || s != from {
				continue
			}
			sent++
			r, err := chain.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				reverted++
			}
		}
	}
	return sent, reverted
}

// describe lists the first answers of the load, for a failure message.
func describe(reqs []*loadRequest) string {
	var b bytes.Buffer
	for _, r := range reqs {
		fmt.Fprintf(&b, "%s: %d %v\n", r.number, r.status, r.err)
	}
	return b.String()
}
