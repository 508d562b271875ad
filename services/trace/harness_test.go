package trace

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/simchain"
	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// harness is the trace capability on a real Postgres and a simulated chain
// with the contracts deployed: the service, a batcher (not running), the
// transaction manager and the indexer with the trace projection (running).
type harness struct {
	t       *testing.T
	pool    *pgxpool.Pool
	sim     *simulated.Backend
	key     *ecdsa.PrivateKey
	chainID *big.Int
	dep     *contracts.Deployment
	ops     *txmgr.Manager
	ix      *indexer.Indexer
	svc     *Service
	batcher *Batcher
	stopOps context.CancelFunc
	org     int64
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	ch := simchain.NewChain(t, simchain.Config{Balance: new(big.Int).Lsh(big.NewInt(1), 100)})
	ch.StartMiner(10 * time.Millisecond)
	key, sim, client, chainID := ch.Accounts[0].Key, ch.Sim, ch.Client, ch.ChainID
	ctx := context.Background()
	dep := ch.Deploy(ch.Accounts[0].Opts, contracts.DeployParams{OperatorDID: "did:web:operator.test"})
	pool := pgtest.New(t)
	h := &harness{t: t, pool: pool, sim: sim, key: key, chainID: chainID, dep: dep, org: 1}
	h.ix = indexer.New(pool, client, indexer.Config{Name: "trace-test", Addresses: []common.Address{dep.TraceAnchor}, From: dep.Block, Poll: 10 * time.Millisecond},
		NewProjection(dep.TraceAnchor))
	trees := NewTreeCache(4)
	h.startOps()
	h.batcher = &Batcher{Pool: pool, Ops: h.ops, Anchor: dep.TraceAnchor, Signer: crypto.PubkeyToAddress(key.PublicKey), Size: 1000, Interval: time.Hour, Trees: trees}
	h.batcher.Start()
	h.svc = &Service{Pool: pool, Batcher: h.batcher, ChainID: chainID, Anchor: dep.TraceAnchor, Trees: trees, Chain: client}
	ixCtx, stopIx := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = h.ix.Run(ixCtx) }()
	t.Cleanup(func() {
		stopIx()
		<-done
		h.stopOps()
		ch.StopMiner()
	})
	return h
}

// startOps starts a transaction manager, as a restarted process would.
func (h *harness) startOps() {
	if h.stopOps != nil {
		h.stopOps()
	}
	signer := txmgr.KeySigner(h.key)
	h.ops = txmgr.New(h.pool, h.sim.Client(), h.chainID, func(common.Address) (txmgr.Signer, error) { return signer, nil },
		txmgr.Options{PollInterval: 10 * time.Millisecond, Decoder: contracts.DecodeError})
	if h.batcher != nil {
		h.batcher.Ops = h.ops
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = h.ops.Run(ctx) }()
	h.stopOps = func() { cancel(); <-done }
}

// ingest decodes body (NDJSON when format says so) and stores it as the harness's organization.
func (h *harness) ingest(body, format string) IngestResult {
	h.t.Helper()
	return h.ingestAs(h.org, body, format)
}

// ingestAs is ingest as organization org.
func (h *harness) ingestAs(org int64, body, format string) IngestResult {
	h.t.Helper()
	evs, err := Decode([]byte(body), format)
	if err != nil {
		h.t.Fatalf("decode: %v", err)
	}
	res, err := h.svc.Ingest(context.Background(), org, evs)
	if err != nil {
		h.t.Fatalf("ingest: %v", err)
	}
	return res
}

// count runs a SELECT count(*).
func (h *harness) count(query string, args ...any) int {
	h.t.Helper()
	var n int
	if err := h.pool.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		h.t.Fatalf("%s: %v", query, err)
	}
	return n
}

// waitFor polls cond until it holds, failing the test after a generous while.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("never: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitAnchored waits until every batch's root is projected as anchored.
func (h *harness) waitAnchored() {
	h.t.Helper()
	h.waitFor("every batch anchored", func() bool {
		return h.count(`SELECT count(*) FROM trace_batches b LEFT JOIN trace_anchors a ON a.root = b.root WHERE a.root IS NULL`) == 0
	})
}

// objectEvent is a minimal valid ObjectEvent observing epcs at second sec.
func objectEvent(sec int, epcs ...string) string {
	return fmt.Sprintf(`{"type":"ObjectEvent","eventTime":"2026-11-20T10:00:%02d.000Z","eventTimeZoneOffset":"+08:00","action":"OBSERVE","epcList":["%s"],"bizStep":"shipping"}`,
		sec%60, strings.Join(epcs, `","`))
}

// sgtin is the EPC URI of serial n of the harness's product.
func sgtin(n int) string { return fmt.Sprintf("urn:epc:id:sgtin:9521234.054321.%d", n) }

// ndjson joins events into an NDJSON body.
func ndjson(events ...string) string { return strings.Join(events, "\n") + "\n" }
