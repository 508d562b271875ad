package txmgr

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// The error codes of an operation whose transaction the node refused for good:
// sending the same signed transaction again can never succeed, so the
// operation fails and its nonce goes to the signer's next operation.
const (
	CodeTxOversized   = "TransactionOversized"        // larger than the node's transaction size limit (geth: 128 KiB)
	CodeIntrinsicGas  = "IntrinsicGasTooLow"          // the gas limit does not cover the transaction's intrinsic gas
	CodeGasLimit      = "GasLimitExceeded"            // the gas limit exceeds the block gas limit (or the per-transaction cap)
	CodeInvalidSender = "InvalidSender"               // the signature, chain id or sender is refused
	CodeTxType        = "TransactionTypeNotSupported" // the node does not take EIP-1559 transactions
	CodeFeeRefused    = "FeeRefused"                  // fees the node never takes: over its fee cap, tip above the fee cap
	CodeFeeCapTooLow  = "FeeCapTooLow"                // the node's minimum gas price is above Options.MaxFeeCap
)

// KindFill is the kind of the operations the manager enqueues itself: a
// transfer of nothing from a signer to itself that takes a freed nonce when
// later transactions wait for it and no write is queued to take it.
const KindFill = "txmgr.fill"

// permanentRefusals map what geth and Besu say when they refuse a transaction
// for what it is, whatever the state of the chain or the pool, to a code.
// Matched on the lower-cased error text, since JSON-RPC carries only the text.
var permanentRefusals = []struct {
	code  string
	texts []string
}{
	{CodeTxOversized, []string{
		"oversized data",           // geth txpool.ErrOversizedData
		"request entity too large", // an HTTP 413: geth's RPC body limit, a proxy's
		"max initcode size exceeded",
	}},
	{CodeIntrinsicGas, []string{
		"intrinsic gas too low",                    // geth core.ErrIntrinsicGas
		"insufficient gas for floor data gas cost", // geth core.ErrFloorDataGas (Prague)
		"intrinsic gas exceeds gas limit",          // Besu INTRINSIC_GAS_EXCEEDS_LIMIT
	}},
	{CodeGasLimit, []string{
		"exceeds block gas limit",        // geth txpool.ErrGasLimit; Besu "Transaction gas limit exceeds block gas limit"
		"transaction gas limit too high", // geth core.ErrGasLimitTooHigh (Osaka's per-transaction cap)
	}},
	{CodeInvalidSender, []string{
		"invalid sender",    // geth txpool.ErrInvalidSender (bad signature, other chain id)
		"invalid signature", // Besu INVALID_TRANSACTION_SIGNATURE
		"wrong chainid",     // Besu WRONG_CHAIN_ID
		"chainid not supported",
		"chainid is required",
		"sender not an eoa", // geth core.ErrSenderNoEOA
		"sender account not authorized to send transactions", // Besu account permissioning
	}},
	{CodeTxType, []string{
		"transaction type not supported", // geth core.ErrTxTypeNotSupported
		"invalid transaction type",       // Besu INVALID_TRANSACTION_TYPE
	}},
	{CodeFeeRefused, []string{
		"exceeds the configured cap",                           // geth's RPC fee cap (--rpc.txfeecap)
		"transaction fee cap exceeded",                         // Besu TX_FEECAP_EXCEEDED
		"max priority fee per gas higher than max fee per gas", // geth core.ErrTipAboveFeeCap
		"max priority fee per gas exceeds max fee per gas",     // Besu
		"higher than 2^256-1",
	}},
}

// belowMinimum are the refusals of a tip or gas price under the node's
// configured minimum. The minimum is static, so the refusal is permanent once
// the transaction's fee cap is at Options.MaxFeeCap, the cap we control:
// no fee bump can reach it. Below the cap it stays transient.
var belowMinimum = []string{
	"transaction gas price below minimum",          // geth txpool.ErrTxGasPriceTooLow
	"gas price below configured minimum gas price", // Besu GAS_PRICE_TOO_LOW
}

// refusal is why the node refused a transaction for good.
type refusal struct{ code, detail string }

// errRefused: the operation's transaction was refused for good and the
// operation failed; the sender goes on with the next one.
var errRefused = errors.New("transaction refused for good")

// refused classifies a broadcast error: ok when the node refused tx for what
// it is, so that no re-broadcast can change its answer. Everything else
// (connection refused, timeouts, a full pool, "already known", "replacement
// transaction underpriced", "nonce too high", insufficient funds, a fee cap
// under the base fee, which moves) is transient, and retried as before.
// "nonce too low" never comes here: alreadySent takes it, and only the
// firm evidence of lost decides that a nonce went elsewhere.
func (m *Manager) refused(err error, tx *types.Transaction) (refusal, bool) {
	msg := strings.ToLower(err.Error())
	for _, r := range permanentRefusals {
		for _, s := range r.texts {
			if strings.Contains(msg, s) {
				return refusal{code: r.code, detail: fmt.Sprintf("the node refused transaction %s (nonce %d, %d bytes, gas %d): %v",
					tx.Hash(), tx.Nonce(), tx.Size(), tx.Gas(), err)}, true
			}
		}
	}
	if limit := m.opts.MaxFeeCap; limit != nil && tx.GasFeeCap().Cmp(limit) >= 0 {
		for _, s := range belowMinimum {
			if strings.Contains(msg, s) {
				return refusal{code: CodeFeeCapTooLow, detail: fmt.Sprintf("the node refused transaction %s (nonce %d, fee cap %s wei, the most this manager signs): %v",
					tx.Hash(), tx.Nonce(), tx.GasFeeCap(), err)}, true
			}
		}
	}
	return refusal{}, false
}

// refuse fails submitted operation opID, whose only transaction tx the node
// refused for good, and gives its nonce back for the signer's next operation.
// It first makes sure the refusal is the whole story: the node knows no such
// transaction, and the nonce is unused on chain (else the nonce is not ours to
// give, and the operation fails keeping it). Failing and freeing are one
// database transaction; a crash before it leaves the operation submitted, and
// the restarted sender re-broadcasts the stored transaction, is refused again
// and comes back here. It returns errRefused once the operation failed.
func (s *sender) refuse(ctx context.Context, opID int64, tx *types.Transaction, r refusal) error {
	if _, _, err := s.m.client.TransactionByHash(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		if err != nil {
			return fmt.Errorf("look up refused transaction %s: %w", tx.Hash(), err)
		}
		// Some node has it after all (several nodes behind one URL): wait for it.
		s.resend.Store(true)
		return fmt.Errorf("transaction %s refused (%s) but known to the node", tx.Hash(), r.detail)
	}
	mined, err := s.m.client.NonceAt(ctx, s.addr, nil)
	if err != nil {
		return fmt.Errorf("read nonce of %s: %w", s.addr, err)
	}
	free := mined <= tx.Nonce()
	if err := s.m.failpoint(FailpointAfterRefusal); err != nil {
		return err
	}
	moved, err := failRefused(ctx, s.m.pool, s.addr, opID, tx, free, r)
	if err != nil {
		return err
	}
	delete(s.flights, opID)
	if !moved {
		return errRefused
	}
	s.m.failed.Add(1)
	if free {
		if i, found := slices.BinarySearch(s.freed, tx.Nonce()); !found {
			s.freed = slices.Insert(s.freed, i, tx.Nonce())
		}
	}
	s.m.log.Warn("operation failed: the node refused its transaction for good", "op", opID, "signer", s.addr,
		"nonce", tx.Nonce(), "nonce_freed", free, "code", r.code, "err", r.detail)
	return errRefused
}

// refuseStored handles a re-broadcast of op's latest stored transaction
// that failed with broadcastErr, when the node refused the transaction for
// good. An operation with that one transaction fails and frees its nonce
// (failed). A fee-bump replacement is marked refused and the operation waits
// on the transaction it replaced, sent again next round (the node took that
// one, and may still mine it, so the nonce is not free): no error. Any other
// failure returns broadcastErr, retried as before.
func (s *sender) refuseStored(ctx context.Context, op *pendingOp, broadcastErr error) (failed bool, err error) {
	latest := op.latest()
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(latest.raw); err != nil {
		return false, fmt.Errorf("decode stored transaction %s: %w", latest.hash, err)
	}
	r, ok := s.m.refused(broadcastErr, tx)
	if !ok {
		return false, broadcastErr
	}
	if len(op.txs) > 1 {
		if err := s.refuseReplacement(ctx, op, op.txs[len(op.txs)-2], tx, r); err != nil {
			return false, err
		}
		s.resend.Store(true)
		return false, nil
	}
	if err := s.refuse(ctx, op.id, tx, r); !errors.Is(err, errRefused) {
		return false, err
	}
	return true, nil
}

// fillGap enqueues a transfer of nothing from the signer to itself (KindFill)
// when a nonce a refused operation freed lies below transactions that wait
// for it, and no operation is queued to take it: they would otherwise wait
// for the signer's next write. The filler is an operation like any other,
// stored before it is signed, and takes the freed nonce first.
func (s *sender) fillGap(ctx context.Context, submitted []*pendingOp) error {
	if len(s.freed) == 0 {
		return nil
	}
	gap := s.freed[0]
	if !slices.ContainsFunc(submitted, func(op *pendingOp) bool { return !op.failed && op.nonce > gap }) {
		return nil
	}
	// A filler the node refused is not sent again (it would be refused for
	// ever, one operation a round): the waiting ones wait for the next write.
	var by string
	if err := s.m.pool.QueryRow(ctx, sqlFreedBy, s.addr.Bytes(), int64(gap)).Scan(&by); err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("read who freed nonce %d of %s: %w", gap, s.addr, err)
	}
	if by == KindFill {
		return nil
	}
	tx, err := s.m.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("fill nonce %d of %s: %w", gap, s.addr, err)
	}
	defer tx.Rollback(ctx)
	id, err := insertOperation(ctx, tx, NewOperation{Kind: KindFill, Signer: s.addr, To: s.addr, Gas: params.TxGas})
	if err != nil {
		return fmt.Errorf("fill nonce %d of %s: %w", gap, s.addr, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("fill nonce %d of %s: %w", gap, s.addr, err)
	}
	s.m.log.Info("freed nonce below waiting transactions: sending a filler", "signer", s.addr, "nonce", gap, "op", id)
	s.poke()
	return nil
}

// The SQL of refusals: freed nonces, refused transactions, failed operations.
const (
	sqlFreed         = `SELECT nonce FROM freed_nonces WHERE signer = $1 ORDER BY nonce`
	sqlDropFreed     = `DELETE FROM freed_nonces WHERE signer = $1 AND nonce < $2`
	sqlFailRefusedOp = `UPDATE operations SET state = 'failed', error_code = $4, error_detail = $5,
		nonce = CASE WHEN $6 THEN NULL ELSE nonce END, tx_hash = NULL, updated_at = now()
		WHERE id = $1 AND state = 'submitted' AND signer = $2 AND nonce = $3`
	sqlRefuseTx  = `UPDATE transactions SET refused_at = now() WHERE operation_id = $1 AND hash = $2`
	sqlUnbumpOp  = `UPDATE operations SET tx_hash = $2, updated_at = now() WHERE id = $1 AND state = 'submitted' AND tx_hash = $3`
	sqlFreedBy   = `SELECT o.kind FROM freed_nonces f JOIN operations o ON o.id = f.operation_id WHERE f.signer = $1 AND f.nonce = $2`
	sqlFreeNonce = `INSERT INTO freed_nonces (signer, nonce, operation_id) VALUES ($1, $2, $3)`
)

// freedNonces returns signer's freed nonces in order, first forgetting those
// below pending, the chain's pending nonce: a freed nonce the chain has used
// went to a transaction signed elsewhere, and is free no more.
func freedNonces(ctx context.Context, pool *pgxpool.Pool, signer common.Address, pending uint64) ([]uint64, error) {
	if _, err := pool.Exec(ctx, sqlDropFreed, signer.Bytes(), int64(pending)); err != nil {
		return nil, fmt.Errorf("drop used freed nonces of %s: %w", signer, err)
	}
	rows, err := pool.Query(ctx, sqlFreed, signer.Bytes())
	if err != nil {
		return nil, fmt.Errorf("load freed nonces of %s: %w", signer, err)
	}
	freed, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (uint64, error) {
		var n int64
		err := r.Scan(&n)
		return uint64(n), err
	})
	if err != nil {
		return nil, fmt.Errorf("load freed nonces of %s: %w", signer, err)
	}
	return freed, nil
}

// failRefused fails submitted operation opID whose transaction stx the node
// refused for good, marks stx refused so that it is never sent again and,
// when free, gives its nonce back, all or nothing. It reports whether the
// operation moved.
func failRefused(ctx context.Context, pool *pgxpool.Pool, signer common.Address, opID int64, stx *types.Transaction, free bool, r refusal) (bool, error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("fail refused operation %d: %w", opID, err)
	}
	defer tx.Rollback(ctx)
	tag, err := tx.Exec(ctx, sqlFailRefusedOp, opID, signer.Bytes(), int64(stx.Nonce()), r.code, r.detail, free)
	if err != nil {
		return false, fmt.Errorf("fail refused operation %d: %w", opID, err)
	}
	if tag.RowsAffected() != 1 {
		return false, nil
	}
	if _, err := tx.Exec(ctx, sqlRefuseTx, opID, stx.Hash().Bytes()); err != nil {
		return false, fmt.Errorf("mark transaction %s refused: %w", stx.Hash(), err)
	}
	if free {
		if _, err := tx.Exec(ctx, sqlFreeNonce, signer.Bytes(), int64(stx.Nonce()), opID); err != nil {
			return false, fmt.Errorf("free nonce %d of %s: %w", stx.Nonce(), signer, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("fail refused operation %d: %w", opID, err)
	}
	return true, nil
}

// revertReplacement marks the fee-bump replacement refused of operation
// opID refused and points the operation back at prev, the transaction it
// replaced, all or nothing.
func revertReplacement(ctx context.Context, pool *pgxpool.Pool, opID int64, prev, refused common.Hash) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("revert refused replacement of operation %d: %w", opID, err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, sqlRefuseTx, opID, refused.Bytes()); err != nil {
		return fmt.Errorf("mark transaction %s refused: %w", refused, err)
	}
	if _, err := tx.Exec(ctx, sqlUnbumpOp, opID, prev.Bytes(), refused.Bytes()); err != nil {
		return fmt.Errorf("point operation %d back at %s: %w", opID, prev, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("revert refused replacement of operation %d: %w", opID, err)
	}
	return nil
}
