package server

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/copyright"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/pg"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/receivable"
	"github.com/duochain/duochain/services/trace"
	"github.com/duochain/duochain/services/txmgr"
	"github.com/duochain/duochain/services/visibility"
	"github.com/duochain/duochain/web"
)

// Chain is everything the services need of a node: *ethclient.Client and the
// simulated backend's client both satisfy it.
type Chain interface {
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.TransactionReader
	ethereum.ContractCaller
	ethereum.LogFilterer
	ethereum.TransactionSender
	ethereum.GasPricer
	ethereum.GasEstimator
	ethereum.PendingStateReader
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Config is what serve needs.
type Config struct {
	Addr        string // listen address; ":0" or "127.0.0.1:0" picks a free port
	DatabaseURL string
	Chain       Chain
	Deployment  contracts.Deployment
	KeysDir     string // custodial keystore
	KeySecret   string // its passphrase
	LightKeys   bool   // cheap scrypt, development only
	OperatorKey *ecdsa.PrivateKey
	Funder      identity.Funder // gas money for new accounts on a dev chain; nil elsewhere
	WriteWait   time.Duration   // how long writes wait before answering 202
	Logger      *slog.Logger
	// Events per trace batch and longest wait for one (the batcher's defaults when zero).
	TraceBatchSize     int
	TraceBatchInterval time.Duration
	// MetricsToken is the Bearer token /metrics requires; empty, /metrics is open.
	MetricsToken string
	// Large uploads (catalogs, trace ingestion, file uploads) running at once;
	// more are answered 503 busy (api.DefaultMaxUploads when zero).
	MaxUploads int
}

// Server is the running duochain server: API, transaction manager and indexer.
type Server struct {
	Config Config

	Pool        *pgxpool.Pool
	Ops         *txmgr.Manager
	Indexer     *indexer.Indexer
	Identity    *identity.Service
	Recv        *receivable.Service
	Copyright   *copyright.Service
	Trace       *trace.Service
	Batcher     *trace.Batcher
	Echo        *echo.Echo
	OperatorID  int64
	OperatorKey string // API key of the operator, when created in this run

	srv    *http.Server
	ln     net.Listener
	cancel context.CancelFunc
	wg     sync.WaitGroup
	errs   chan error
}

// Open opens the database and the chain, starts the transaction manager, the
// indexer and the HTTP server, and returns once it serves. Close stops it,
// also when Open fails part way.
func Open(ctx context.Context, c Config) (*Server, error) {
	m := &Server{Config: c}
	if err := m.open(ctx); err != nil {
		_ = m.Close()
		return nil, err
	}
	return m, nil
}

func (m *Server) open(ctx context.Context) error {
	c := m.Config
	registerChainErrors()
	log := c.Logger
	if log == nil {
		log = slog.Default()
	}
	pool, err := pg.Open(ctx, c.DatabaseURL)
	if err != nil {
		return err
	}
	m.Pool = pool
	chainID, err := c.Chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	keys := identity.OpenKeys(c.KeysDir, c.KeySecret, c.LightKeys)
	operator, err := keys.Import(c.OperatorKey)
	if err != nil {
		return err
	}
	store := &identity.Store{Pool: pool}
	m.OperatorID, m.OperatorKey, err = store.Bootstrap(ctx, operator, "Platform operator", "did:web:operator.duochain.local")
	if err != nil {
		return err
	}

	var recv *receivable.Service
	// Writes wait for their receipt and projection: poll often, the queries are
	// cheap. The manager knows no contract: it is handed their error decoder.
	m.Ops = txmgr.New(pool, c.Chain, chainID, func(a common.Address) (txmgr.Signer, error) { return keys.Signer(a) }, txmgr.Options{
		Logger:       log,
		PollInterval: 25 * time.Millisecond,
		Decoder:      contracts.DecodeError,
		OnConfirmed: func(ctx context.Context, tx pgx.Tx, op txmgr.Operation, r *types.Receipt) error {
			if id, ok := recv.Resolve(op, r); ok {
				return txmgr.SetResource(ctx, tx, op.ID, id)
			}
			return nil
		},
	})
	d := c.Deployment
	m.Indexer = NewIndexer(pool, c.Chain, d, log)
	now := chainClock(c.Chain)
	m.Identity = identity.NewService(store, keys, m.Ops, d.IdentityRegistry, c.Funder)
	m.Identity.Chain = c.Chain
	recv = receivable.NewService(&receivable.Queries{Pool: pool}, store, m.Ops, c.Chain, d.Receivable, d.CashToken, now)
	m.Recv = recv
	m.Copyright = copyright.NewService(pool, store, m.Ops, d.CopyrightRegistry, chainID)
	m.Copyright.Now = now
	m.Trace, m.Batcher, err = newTrace(&c, pool, m.Ops, operator, chainID, log)
	if err != nil {
		return err
	}

	pipe := &pipeline{ops: m.Ops, ix: m.Indexer, chain: c.Chain}
	writer := &api.Writer{Pool: pool, Pipeline: pipe, Wait: c.WriteWait}
	e := api.NewEcho(log)
	api.LimitUploads(e, api.NewUploads(c.MaxUploads))
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), txStats{m.Ops})
	api.Observe(e, reg, api.Checks{
		Database:     func(ctx context.Context) error { return pool.Ping(ctx) },
		Chain:        func(ctx context.Context) error { _, err := c.Chain.BlockNumber(ctx); return err },
		IndexerLag:   m.Indexer.Lag,
		MetricsToken: c.MetricsToken,
		Log:          log,
	})
	web.Routes(e)
	// Verifying a credential reads only the public chain: anyone may ask.
	e.Use(api.Under("/v1/", api.RequireKey(store.Authenticate), "/v1/credentials/verify"))
	v1 := e.Group("/v1")
	v1.GET("/operations/:id", func(c echo.Context) error {
		id, err := api.PathID(c, "id")
		if err != nil {
			return err
		}
		op, err := pipe.visibleOperation(c.Request().Context(), id)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, op)
	})
	identity.Routes(v1, m.Identity, writer, now)
	identity.PublicRoutes(v1, m.Identity)
	receivable.Routes(v1, recv, writer)
	receivable.MetadataRoutes(e, recv)
	copyright.Routes(v1, m.Copyright, writer)
	trace.Routes(v1, m.Trace)
	m.Echo = e

	runCtx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.errs = make(chan error, 4)
	m.wg.Add(3)
	go func() { defer m.wg.Done(); m.errs <- m.Batcher.Run(runCtx) }()
	go func() { defer m.wg.Done(); m.errs <- m.Ops.Run(runCtx) }()
	go func() { defer m.wg.Done(); m.errs <- m.Indexer.Run(runCtx) }()

	// Serve only once the read model has caught up with the chain as it was at
	// start: roles and credentials come from it.
	head, err := c.Chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read chain head: %w", err)
	}
	wctx, wcancel := context.WithTimeout(ctx, 2*time.Minute)
	err = m.Indexer.WaitFor(wctx, head)
	wcancel()
	if err != nil {
		return fmt.Errorf("wait for the indexer to reach block %d: %w", head, err)
	}

	addr := c.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	m.ln, err = net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	// Bodies and responses have per-request deadlines (api.Timeouts: a minimum
	// rate for bodies, so 512 MiB uploads pass and trickles do not; a response
	// clock that starts with its first byte, so writes may wait for their
	// receipt). A global ReadTimeout or WriteTimeout would cut either.
	m.srv = &http.Server{Handler: e, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		if err := m.srv.Serve(m.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.errs <- err
		}
	}()
	return nil
}

// chainClock is the clock every capability judges time by: the latest
// block's. A node that cannot tell it is the 503 an unreachable chain is
// everywhere else, never a zero time.
func chainClock(chain ethereum.ChainReader) api.Clock {
	return func(ctx context.Context) (time.Time, error) {
		h, err := chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return time.Time{}, problem.Unavailable(5*time.Second, err, "the chain is unreachable")
		}
		return time.Unix(int64(h.Time), 0).UTC(), nil
	}
}

// registerChainErrors hands problem each capability's table of its contracts'
// custom errors, and the titles of its codes. The server does it, not each capability's constructor,
// because it is the one place that assembles the capabilities (as it hands
// their projections to the indexer): trace has no constructor, and a
// constructor with a process-wide side effect would surprise. A conflict
// between two tables panics here, at start; doing it again is harmless.
func registerChainErrors() {
	for _, table := range []map[string]problem.ChainError{
		identity.ChainErrors(), receivable.ChainErrors(), copyright.ChainErrors(), trace.ChainErrors(),
	} {
		problem.RegisterChainErrors(table)
	}
	for _, titles := range []map[string]string{receivable.Titles(), copyright.Titles()} {
		problem.RegisterTitles(titles)
	}
}

// AnnounceMetadata sets the Receivable contract's metadata base URI to
// publicURL's metadata route, as the operator, when the chain holds another.
func (m *Server) AnnounceMetadata(ctx context.Context, publicURL string) error {
	op, err := m.Identity.Store.ByID(ctx, m.OperatorID)
	if err != nil {
		return err
	}
	if err := m.Recv.EnsureBaseURI(ctx, op.Address, publicURL); err != nil {
		return fmt.Errorf("announce the metadata URL: %w", err)
	}
	return nil
}

// URL is where the API listens.
func (m *Server) URL() string { return "http://" + m.ln.Addr().String() }

// Close stops the server, the transaction manager and the indexer.
func (m *Server) Close() error {
	if m.srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = m.srv.Shutdown(ctx)
		cancel()
	}
	if m.cancel != nil {
		m.cancel()
	}
	m.wg.Wait()
	if m.Pool != nil {
		m.Pool.Close()
	}
	return nil
}

// pipeline adapts the transaction manager and the indexer to api.Pipeline.
type pipeline struct {
	ops   *txmgr.Manager
	ix    *indexer.Indexer
	chain Chain

	mu        sync.Mutex
	checkedAt time.Time
	chainErr  error
}

func (p *pipeline) Notify() { p.ops.Notify() }

func (p *pipeline) Operation(ctx context.Context, id int64) (api.Operation, error) {
	op, err := p.ops.Get(ctx, id)
	if errors.Is(err, txmgr.ErrNotFound) {
		return api.Operation{}, problem.NotFound("no operation %d", id)
	}
	if err != nil {
		return api.Operation{}, err
	}
	out := api.Operation{ID: op.ID, IDString: strconv.FormatInt(op.ID, 10), State: string(op.State)}
	if op.TxHash != (common.Hash{}) {
		h := op.TxHash
		out.TxHash = &h
	}
	if op.BlockNumber != 0 {
		b := op.BlockNumber
		out.BlockNumber = &b
	}
	if op.ResourceType != "" {
		out.Resource = &api.Resource{Type: op.ResourceType, ID: op.ResourceID}
	}
	if op.State == txmgr.StateFailed {
		out.Error = &api.OpError{Code: op.ErrorCode, Detail: op.ErrorDetail}
	}
	return out, nil
}

// visibleOperation is Operation for the organization that signed it (its
// own key), and not_found for anyone else, as for a missing one.
func (p *pipeline) visibleOperation(ctx context.Context, id int64) (api.Operation, error) {
	v, err := visibility.From(ctx)
	if err != nil {
		return api.Operation{}, err
	}
	op, err := p.ops.Get(ctx, id)
	if err == nil && !v.SeesOperation(op.Signer) {
		return api.Operation{}, visibility.Hidden("no operation %d", id)
	}
	if err != nil && !errors.Is(err, txmgr.ErrNotFound) {
		return api.Operation{}, err
	}
	return p.Operation(ctx, id)
}

func (p *pipeline) Projected(ctx context.Context, block uint64) error {
	return p.ix.WaitFor(ctx, block)
}

// Ready refuses writes while the chain is unreachable, checking at most once a second.
func (p *pipeline) Ready(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.checkedAt) > time.Second {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		_, p.chainErr = p.chain.BlockNumber(cctx)
		cancel()
		p.checkedAt = time.Now()
	}
	if p.chainErr != nil {
		return problem.Unavailable(5*time.Second, p.chainErr, "the chain is unreachable; nothing was recorded")
	}
	return nil
}

// txStats exports the transaction manager's counters to Prometheus.
type txStats struct{ m *txmgr.Manager }

var txDesc = prometheus.NewDesc("duochain_txmgr_total", "Transaction manager counters.", []string{"event"}, nil)

func (s txStats) Describe(ch chan<- *prometheus.Desc) { ch <- txDesc }

func (s txStats) Collect(ch chan<- prometheus.Metric) {
	st := s.m.Stats()
	for name, v := range map[string]uint64{"sent": st.Sent, "confirmed": st.Confirmed, "failed": st.Failed, "bumped": st.Bumped, "reorged": st.Reorged} {
		ch <- prometheus.MustNewConstMetric(txDesc, prometheus.CounterValue, float64(v), name)
	}
}

// NewIndexer follows the contracts into the projections of each capability.
func NewIndexer(pool *pgxpool.Pool, chain Chain, d contracts.Deployment, log *slog.Logger) *indexer.Indexer {
	return indexer.New(pool, chain, indexer.Config{Name: "duochain", Addresses: []common.Address{d.IdentityRegistry, d.CashToken, d.Receivable, d.TraceAnchor, d.CopyrightRegistry},
		From: d.Block, Poll: 25 * time.Millisecond, Logger: log}, identity.NewProjection(), receivable.NewProjection(d.Receivable, d.CashToken),
		copyright.NewProjection(d.CopyrightRegistry),
		trace.NewProjection(d.TraceAnchor))
}
