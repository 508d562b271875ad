// Package indexer follows contract events from a checkpoint in Postgres into
// projections (the read model). It stores every log of the watched contracts in
// chain_events, hands each one to the projections' Handlers in chain order, and
// writes events, projections and checkpoint in one transaction per chunk. When
// the chain reorganises (a changed block hash, or a head that moved backwards) it
// rewinds to the last block it shares with the chain and rebuilds the
// projections from the stored events. It is shared machinery and knows no
// capability: what an event means is the Handlers' business.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Defaults for a Config that leaves them zero.
const (
	DefaultChunk = 2000
	DefaultPoll  = 200 * time.Millisecond
)

// maxBackoff caps the wait between failed steps in Run.
const maxBackoff = 10 * time.Second

// Handler is a projection: it turns events into rows of its own tables.
type Handler interface {
	// Name identifies the projection in errors and logs.
	Name() string
	// Apply projects one event. It sees every stored log of the watched
	// addresses, in chain order (block, log index), and ignores what it does not
	// project. It runs inside the indexer's transaction: an error rolls back the
	// whole chunk, events and checkpoint included.
	Apply(ctx context.Context, tx pgx.Tx, ev Event) error
	// Reset empties the projection's tables, before a reindex or a replay after
	// a rewind, inside the transaction that rebuilds them. It deletes rows
	// rather than TRUNCATE: readers keep seeing the old rows until the rebuild
	// commits, where TRUNCATE's ACCESS EXCLUSIVE lock would block every reader
	// for the whole rebuild.
	Reset(ctx context.Context, tx pgx.Tx) error
}

// Event is one contract log with the block it was mined in.
type Event struct {
	Block     uint64
	BlockHash common.Hash
	BlockTime uint64 // seconds since the Unix epoch, from the block header
	TxHash    common.Hash
	TxIndex   uint
	LogIndex  uint // position in the block
	Log       types.Log
}

// Client is what the indexer needs of a chain node; *ethclient.Client and the
// simulated backend's client satisfy it. Only standard eth_ methods are used, so
// geth and Besu both serve it.
//
// A block is known by the hash the node reports for it, the one its logs
// carry, never by one recomputed from its header: keccak(RLP(header)) is not
// the block hash on every EVM chain (CometBFT-based ones hash a header of their
// own). So a client with its JSON-RPC connection (a method Client()
// *rpc.Client, as *ethclient.Client has) has blocks read with
// eth_getBlockByNumber and their "hash" taken as reported. HeaderByNumber, and
// the header's own hash, serve only a client without one: go-ethereum's
// simulated backend hides its connection, and being geth it hashes headers as
// geth does.
type Client interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Config says what an indexer follows.
type Config struct {
	// Name identifies the indexer's checkpoint and stored events; one per read model.
	Name string
	// Addresses are the contracts whose logs are followed; at least one.
	Addresses []common.Address
	// From is the first block to read, usually the deployment block.
	From uint64
	// Chunk is the most blocks read in one step (DefaultChunk when zero).
	Chunk uint64
	// Poll is how long Run sleeps when caught up, and how often WaitFor looks
	// (DefaultPoll when zero).
	Poll time.Duration
	// Logger receives retried errors and rewinds (slog.Default() when nil).
	Logger *slog.Logger
}

// Indexer follows the chain into its Handlers' projections.
type Indexer struct {
	pool     *pgxpool.Pool
	client   Client
	cfg      Config
	handlers []Handler
	log      *slog.Logger
	cfgErr   error
	keep     uint64 // keepBlocks, but tests prune sooner

	// mu serialises the writers (Step, Reindex) of one Indexer value; writers in
	// other processes are kept apart by an advisory lock in each transaction.
	mu sync.Mutex
}

// New returns an indexer of client's chain into pool, applying events to
// handlers in the order given. A Config without Name or Addresses makes every
// method fail: following every contract on chain is never what was meant.
func New(pool *pgxpool.Pool, client Client, cfg Config, handlers ...Handler) *Indexer {
	if cfg.Chunk == 0 {
		cfg.Chunk = DefaultChunk
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	cfg.Addresses = append([]common.Address(nil), cfg.Addresses...)
	ix := &Indexer{pool: pool, client: client, cfg: cfg, handlers: append([]Handler(nil), handlers...),
		log: cfg.Logger.With("indexer", cfg.Name), keep: keepBlocks}
	switch {
	case cfg.Name == "":
		ix.cfgErr = errors.New("indexer: config has no Name")
	case len(cfg.Addresses) == 0:
		ix.cfgErr = fmt.Errorf("indexer %s: config has no Addresses", cfg.Name)
	}
	return ix
}

// HandlerError is a projection's failure to apply an event. The chunk holding
// the event was rolled back; Step returns the HandlerError wrapped.
type HandlerError struct {
	Handler  string
	Block    uint64
	LogIndex uint
	Err      error
}

// Error says which projection failed where.
func (e *HandlerError) Error() string {
	return fmt.Sprintf("projection %s at block %d log %d: %v", e.Handler, e.Block, e.LogIndex, e.Err)
}

// Unwrap returns the projection's error.
func (e *HandlerError) Unwrap() error { return e.Err }

// Checkpoint returns the last block fully processed and its hash. Before the
// first step it is From-1 (0 when From is 0) with a zero hash.
func (ix *Indexer) Checkpoint(ctx context.Context) (block uint64, hash common.Hash, err error) {
	if ix.cfgErr != nil {
		return 0, common.Hash{}, ix.cfgErr
	}
	cp, err := loadCheckpoint(ctx, ix.pool, ix.cfg.Name)
	if err != nil {
		return 0, common.Hash{}, err
	}
	if !cp.set {
		return ix.before(), common.Hash{}, nil
	}
	return cp.number, cp.hash, nil
}

// Lag is how many blocks the checkpoint is behind the chain head (0 when it is
// not behind), for readiness checks.
func (ix *Indexer) Lag(ctx context.Context) (blocks uint64, err error) {
	if ix.cfgErr != nil {
		return 0, ix.cfgErr
	}
	head, err := ix.client.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("indexer %s: read chain head: %w", ix.cfg.Name, err)
	}
	cp, err := loadCheckpoint(ctx, ix.pool, ix.cfg.Name)
	if err != nil {
		return 0, err
	}
	next := cp.next(ix.cfg.From)
	if head < next {
		return 0, nil
	}
	return head - next + 1, nil
}

// WaitFor blocks until the checkpoint is at or past block, so that a write can
// wait until its transaction is projected. It reads the checkpoint from the
// database every Poll, so the indexer may run in another process.
func (ix *Indexer) WaitFor(ctx context.Context, block uint64) error {
	if ix.cfgErr != nil {
		return ix.cfgErr
	}
	t := time.NewTicker(ix.cfg.Poll)
	defer t.Stop()
	for {
		cp, err := loadCheckpoint(ctx, ix.pool, ix.cfg.Name)
		if err != nil {
			return err
		}
		if cp.set && cp.number >= block {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Run steps until ctx ends, sleeping Poll when caught up. Failed steps (node or
// database unreachable, a projection error) are logged and retried with a
// growing backoff; Run returns only ctx.Err().
func (ix *Indexer) Run(ctx context.Context) error {
	var backoff time.Duration
	for {
		advanced, err := ix.Step(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		wait := ix.cfg.Poll
		switch {
		case err != nil:
			backoff = min(max(2*backoff, ix.cfg.Poll), maxBackoff)
			wait = backoff
			ix.log.Warn("indexer step failed, retrying", "err", err, "retry_in", wait)
		case advanced:
			backoff = 0
			continue
		default:
			backoff = 0
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// Reindex rebuilds the read model from the chain, up to the head as it was
// when called, in one transaction that holds the indexer's lock: it resets
// every projection, forgets the stored events, blocks and checkpoint, reads the
// chain in chunks into the projections, and commits. Readers see the old read
// model until the commit and the new one after it, never one part-built (the
// projections' Resets delete rows rather than truncate, so readers are not
// blocked meanwhile either). Other writers of the indexer wait for the lock
// and then find the checkpoint moved. A chain that reorganises under the
// rebuild starts it again.
func (ix *Indexer) Reindex(ctx context.Context) error {
	if ix.cfgErr != nil {
		return ix.cfgErr
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var err error
	for range stepAttempts {
		err = ix.rebuild(ctx)
		if !errors.Is(err, errChainMoved) {
			return err
		}
		ix.log.Info("chain changed during the reindex, starting it again", "err", err)
	}
	return fmt.Errorf("reindex: %w", err)
}

// rebuild is one attempt of Reindex.
func (ix *Indexer) rebuild(ctx context.Context) error {
	name := ix.cfg.Name
	head, err := ix.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("indexer %s: reindex: read chain head: %w", name, err)
	}
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("indexer %s: reindex: begin: %w", name, err)
	}
	defer tx.Rollback(ctx)
	if err := lockIndexer(ctx, tx, name); err != nil {
		return err
	}
	if err := ix.reset(ctx, tx); err != nil {
		return err
	}
	if err := deleteAll(ctx, tx, name); err != nil {
		return err
	}
	cp := checkpoint{}
	for start := ix.cfg.From; start <= head; {
		end := min(head, start+ix.cfg.Chunk-1)
		if cp.set { // the chunks must be one chain: the last one's end is still on it
			b, err := ix.header(ctx, cp.number)
			if err != nil {
				return err
			}
			if b.hash != cp.hash {
				return fmt.Errorf("%w: block %d was %s, is now %s", errChainMoved, cp.number, cp.hash, b.hash)
			}
		}
		endBlock, err := ix.header(ctx, end)
		if err != nil {
			return err
		}
		c, err := ix.read(ctx, start, end, endBlock.hash)
		if err != nil {
			return err
		}
		if err := ix.write(ctx, tx, cp, c); err != nil {
			return err
		}
		cp = checkpoint{set: true, number: c.end, hash: c.endHash}
		start = end + 1
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("indexer %s: reindex: commit: %w", name, err)
	}
	return nil
}

// reset empties every projection.
func (ix *Indexer) reset(ctx context.Context, tx pgx.Tx) error {
	for _, h := range ix.handlers {
		if err := h.Reset(ctx, tx); err != nil {
			return fmt.Errorf("indexer %s: reset projection %s: %w", ix.cfg.Name, h.Name(), err)
		}
	}
	return nil
}

// apply hands each event to every projection, in order.
func (ix *Indexer) apply(ctx context.Context, tx pgx.Tx, events []Event) error {
	for _, ev := range events {
		for _, h := range ix.handlers {
			if err := h.Apply(ctx, tx, ev); err != nil {
				return &HandlerError{Handler: h.Name(), Block: ev.Block, LogIndex: ev.LogIndex, Err: err}
			}
		}
	}
	return nil
}

// before is the block before From: the checkpoint of an indexer that has read nothing.
func (ix *Indexer) before() uint64 {
	if ix.cfg.From == 0 {
		return 0
	}
	return ix.cfg.From - 1
}
