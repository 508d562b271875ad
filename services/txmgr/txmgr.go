// Package txmgr is duochain's crash-safe transaction pipeline. A write is stored
// as an operation in the caller's database transaction; one sender per signing
// key then assigns its nonce, signs it, stores the signed transaction, and only
// then broadcasts it, tracks its receipt, re-broadcasts and fee-bumps it when it
// is stuck, and puts it back in flight when its block leaves the chain. A
// transaction the node refuses for good (oversized, too little gas, over the
// block gas limit, ...) fails its operation and gives its nonce to the
// signer's next one, so nothing queues behind it. A crash at any point loses
// nothing and never signs a second transaction for an operation under another
// nonce. It knows no capability.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrNotFound is wrapped by the error of Get and Wait when no operation has the id.
var ErrNotFound = errors.New("operation not found")

// State is where an operation is in the pipeline.
type State string

// The states of an operation. Confirmed and failed are terminal unless the
// block that holds the transaction leaves the chain.
const (
	StateAccepted  State = "accepted"  // stored, not signed yet
	StateSubmitted State = "submitted" // signed and stored with its nonce, broadcast or about to be
	StateConfirmed State = "confirmed" // mined with status 1
	StateFailed    State = "failed"    // reverted at estimation, refused for good by the node, or mined with status 0
)

// Terminal reports whether s is confirmed or failed.
func (s State) Terminal() bool { return s == StateConfirmed || s == StateFailed }

// CodeReverted is the error code of a revert that the Decoder does not know:
// a plain revert, a revert string, a panic, or running out of gas.
const CodeReverted = "reverted"

// The points at which Options.Failpoint is called.
const (
	FailpointAfterSign      = "after-sign"      // signed, not stored: nothing is lost, no nonce is consumed
	FailpointAfterStore     = "after-store"     // stored with its nonce, not broadcast
	FailpointAfterBroadcast = "after-broadcast" // broadcast, receipt not seen
	FailpointBeforeReceipt  = "before-receipt"  // receipt seen, not recorded
	FailpointAfterRefusal   = "after-refusal"   // refused for good by the node, operation not failed nor nonce freed yet
)

// CodeNonceUsedElsewhere is the error code of an operation whose nonce a
// transaction signed outside the manager took.
const CodeNonceUsedElsewhere = "NonceUsedElsewhere"

// NewOperation is a write to enqueue.
type NewOperation struct {
	Kind         string         // what the write is, e.g. "receivable.submit"
	Signer       common.Address // the key that signs it; New's keys must return its Signer
	To           common.Address // the contract called; contract creation is not supported
	Data         []byte         // the call data
	ResourceType string         // the kind of resource the write creates or changes, e.g. "receivable"
	Gas          uint64         // gas limit; 0 estimates it (and a revert at estimation fails the operation)
}

// Operation is the read model of an enqueued write.
type Operation struct {
	ID           int64
	Kind         string
	Signer       common.Address
	State        State
	TxHash       common.Hash // the latest signed transaction, then the mined one; zero before signing
	BlockNumber  uint64      // the block that mined it; 0 until mined
	BlockHash    common.Hash // the hash of that block; zero until mined
	ResourceType string
	ResourceID   string // set by the OnConfirmed hook through SetResource
	ErrorCode    string // for failed: the custom error name, CodeReverted, CodeNonceUsedElsewhere, or a refusal code (CodeTxOversized, ...)
	ErrorDetail  string // for failed: the decoded error with its arguments
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Client is what the manager needs of a chain node: standard JSON-RPC methods
// only, so any EVM node serves. *ethclient.Client and the simulated backend's
// client satisfy it.
type Client interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Decoder turns revert data into a stable error code and a detail message; ok is
// false when it does not know the data.
type Decoder func(data []byte) (code, detail string, ok bool)

// Options tune a Manager; the zero value is usable.
type Options struct {
	// StuckAfter is how long a broadcast transaction may stay unmined before it
	// is re-broadcast; after twice as long it is replaced by a fee bump. Default 15s.
	StuckAfter time.Duration
	// LostAfter and LostBlocks are how long, and across how many new blocks,
	// an operation's nonce may be used on chain by a transaction that is none
	// of its own before the operation fails with CodeNonceUsedElsewhere.
	// Defaults 10m and 12.
	LostAfter  time.Duration
	LostBlocks uint64
	// PollInterval is how often the manager looks for work and receipts without
	// a Notify. Default 200ms.
	PollInterval time.Duration
	// MaxBackoff caps the wait between attempts while the node or the database
	// fails. Default 5s.
	MaxBackoff time.Duration
	// MaxFeeCap, when set, is the highest fee cap per gas (wei) the manager
	// signs: new transactions are capped to it and fee bumps stop there.
	MaxFeeCap *big.Int
	// ReorgDepth is how many blocks below the head mined operations are checked
	// against the canonical chain. Default 256.
	ReorgDepth uint64
	// Decoder decodes revert data into custom errors. The manager knows no
	// contract, so whoever knows the ABIs hands it one (services/server gives
	// contracts.DecodeError: code = error name, detail = the error with its
	// arguments). Nil decodes none: every revert is CodeReverted with its revert
	// string, panic code or raw data as detail.
	Decoder Decoder
	// OnConfirmed runs in the database transaction that marks op confirmed; an
	// error rolls it back and the receipt is recorded again later. It runs again
	// if a reorg moves the operation to another block, so it must be idempotent.
	OnConfirmed func(ctx context.Context, tx pgx.Tx, op Operation, r *types.Receipt) error
	// Failpoint, for tests, is called at the Failpoint* points; an error stops
	// the sender there as if the process died, and Run returns it.
	Failpoint func(point string) error
	// Logger receives what the manager retries. Default slog.Default().
	Logger *slog.Logger
}

// Stats are the manager's counters since New.
type Stats struct {
	Sent      uint64 // transactions broadcast for the first time
	Confirmed uint64 // operations confirmed
	Failed    uint64 // operations failed (at estimation, refused for good by the node, or mined with status 0)
	Bumped    uint64 // fee-bump replacements signed
	Reorged   uint64 // mined operations put back in flight because their block left the chain
}

// Manager runs the transaction pipeline on one database and one chain.
type Manager struct {
	pool    *pgxpool.Pool
	client  Client
	chainID *big.Int
	keys    func(common.Address) (Signer, error)
	opts    Options
	log     *slog.Logger
	notify  chan struct{}

	sent, confirmed, failed, bumped, reorged atomic.Uint64
}

// New builds a Manager. keys returns the Signer of an operation's signer address.
func New(pool *pgxpool.Pool, client Client, chainID *big.Int, keys func(common.Address) (Signer, error), opts Options) *Manager {
	if opts.StuckAfter <= 0 {
		opts.StuckAfter = 15 * time.Second
	}
	if opts.LostAfter <= 0 {
		opts.LostAfter = 10 * time.Minute
	}
	if opts.LostBlocks == 0 {
		opts.LostBlocks = 12
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 200 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 5 * time.Second
	}
	if opts.ReorgDepth == 0 {
		opts.ReorgDepth = 256
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Manager{
		pool:    pool,
		client:  client,
		chainID: new(big.Int).Set(chainID),
		keys:    keys,
		opts:    opts,
		log:     log.With("component", "txmgr"),
		notify:  make(chan struct{}, 1),
	}
}

// Notify wakes Run to look for work now; call it after the transaction that
// enqueued an operation commits. Without it Run finds the work at its next poll.
func (m *Manager) Notify() {
	select {
	case m.notify <- struct{}{}:
	default:
	}
}

// Stats returns the counters, for /metrics.
func (m *Manager) Stats() Stats {
	return Stats{
		Sent:      m.sent.Load(),
		Confirmed: m.confirmed.Load(),
		Failed:    m.failed.Load(),
		Bumped:    m.bumped.Load(),
		Reorged:   m.reorged.Load(),
	}
}

// Enqueue stores op as an accepted operation inside the caller's transaction
// tx, so that it commits or rolls back together with the caller's own rows
// (its idempotency key). It returns the operation id.
func (m *Manager) Enqueue(ctx context.Context, tx pgx.Tx, op NewOperation) (int64, error) {
	if op.Kind == "" {
		return 0, errors.New("enqueue operation: empty kind")
	}
	if op.Signer == (common.Address{}) {
		return 0, fmt.Errorf("enqueue %s: no signer", op.Kind)
	}
	if op.To == (common.Address{}) {
		return 0, fmt.Errorf("enqueue %s: no destination (contract creation is not supported)", op.Kind)
	}
	if op.Gas != 0 && op.Gas < params.TxGas {
		return 0, fmt.Errorf("enqueue %s: gas %d is below the %d every transaction costs", op.Kind, op.Gas, params.TxGas)
	}
	if op.Gas > math.MaxInt64 {
		return 0, fmt.Errorf("enqueue %s: gas %d out of range", op.Kind, op.Gas)
	}
	id, err := insertOperation(ctx, tx, op)
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", op.Kind, err)
	}
	return id, nil
}

// Get returns operation id; an unknown id returns an error wrapping ErrNotFound.
func (m *Manager) Get(ctx context.Context, id int64) (Operation, error) {
	op, err := getOperation(ctx, m.pool, id)
	if err != nil {
		return Operation{}, fmt.Errorf("get operation %d: %w", id, err)
	}
	return op, nil
}

// Wait returns operation id once it is confirmed or failed, or ctx's error when
// ctx ends first. A mined operation goes back to submitted if its block leaves
// the chain (within Options.ReorgDepth of the head).
func (m *Manager) Wait(ctx context.Context, id int64) (Operation, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		op, err := m.Get(ctx, id)
		if err != nil || op.State.Terminal() {
			return op, err
		}
		select {
		case <-ctx.Done():
			return op, fmt.Errorf("wait for operation %d: %w", id, ctx.Err())
		case <-t.C:
		}
	}
}

// SetResource records the id of the resource operation opID created or changed;
// OnConfirmed hooks call it with their transaction.
func SetResource(ctx context.Context, tx pgx.Tx, opID int64, resourceID string) error {
	tag, err := tx.Exec(ctx, sqlSetResource, opID, resourceID)
	if err != nil {
		return fmt.Errorf("set resource of operation %d: %w", opID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("set resource of operation %d: %w", opID, ErrNotFound)
	}
	return nil
}
