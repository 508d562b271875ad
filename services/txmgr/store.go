package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// errNonceTaken: the nonce the sender meant to use was handed out elsewhere
// (another manager on the same database); reload it and sign again.
var errNonceTaken = errors.New("nonce already handed out")

// errNotAccepted: the operation left accepted under our feet; skip it.
var errNotAccepted = errors.New("operation no longer accepted")

const opColumns = `id, kind, signer, state, tx_hash, block_number, block_hash, resource_type, resource_id,
	error_code, error_detail, created_at, updated_at`

const (
	sqlInsertOperation = `INSERT INTO operations (kind, signer, to_address, data, gas, resource_type)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`
	sqlGetOperation = `SELECT ` + opColumns + ` FROM operations WHERE id = $1`
	sqlSetResource  = `UPDATE operations SET resource_id = $2, updated_at = now() WHERE id = $1`

	sqlSignersWithWork = `SELECT DISTINCT signer FROM operations WHERE state IN ('accepted', 'submitted')`
	sqlPendingOps      = `SELECT id, state, nonce, to_address, data, gas FROM operations
		WHERE signer = $1 AND state IN ('accepted', 'submitted')
		ORDER BY state = 'accepted', nonce, id LIMIT $2`
	sqlOpTransactions = `SELECT operation_id, hash, raw, gas, gas_tip_cap::text, gas_fee_cap::text, refused_at IS NOT NULL
		FROM transactions WHERE operation_id = ANY($1) ORDER BY id`

	sqlInitNonce    = `INSERT INTO signers (address, next_nonce) VALUES ($1, $2) ON CONFLICT (address) DO NOTHING`
	sqlGetNonce     = `SELECT next_nonce FROM signers WHERE address = $1`
	sqlCatchUpNonce = `UPDATE signers SET next_nonce = $2, updated_at = now()
		WHERE address = $1 AND next_nonce < $2`
	sqlTakeNonce = `UPDATE signers SET next_nonce = next_nonce + 1, updated_at = now()
		WHERE address = $1 AND next_nonce = $2`
	sqlTakeFreed = `DELETE FROM freed_nonces WHERE signer = $1 AND nonce = $2`
	sqlSubmitOp  = `UPDATE operations SET state = 'submitted', nonce = $2, tx_hash = $3, updated_at = now()
		WHERE id = $1 AND state = 'accepted'`
	sqlBumpOp   = `UPDATE operations SET tx_hash = $2, updated_at = now() WHERE id = $1 AND state = 'submitted'`
	sqlInsertTx = `INSERT INTO transactions (operation_id, nonce, hash, raw, gas, gas_tip_cap, gas_fee_cap)
		VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric)`

	sqlFailOp = `UPDATE operations SET state = 'failed', error_code = $3, error_detail = $4,
		tx_hash = COALESCE($5, tx_hash), block_number = $6, block_hash = $7, updated_at = now()
		WHERE id = $1 AND state = $2`
	sqlConfirmOp = `UPDATE operations SET state = 'confirmed', tx_hash = $2, block_number = $3, block_hash = $4,
		error_code = '', error_detail = '', updated_at = now()
		WHERE id = $1 AND state = 'submitted' RETURNING ` + opColumns

	sqlMinedSince = `SELECT id, signer, tx_hash, block_number, block_hash FROM operations
		WHERE block_hash IS NOT NULL AND block_number > $1 AND state IN ('confirmed', 'failed')
		ORDER BY block_number, id`
	sqlUnmine = `UPDATE operations SET state = 'submitted', block_number = NULL, block_hash = NULL,
		resource_id = '', error_code = '', error_detail = '', updated_at = now()
		WHERE id = $1 AND block_hash = $2 AND state IN ('confirmed', 'failed')`
)

// storedTx is one signed transaction of an operation.
type storedTx struct {
	hash   common.Hash
	raw    []byte
	gas    uint64
	tipCap *big.Int
	feeCap *big.Int
}

// pendingOp is an accepted or submitted operation as its sender sees it.
type pendingOp struct {
	id    int64
	state State
	nonce uint64 // submitted only
	to    common.Address
	data  []byte
	gas   uint64
	txs   []storedTx // submitted only, oldest first
	// bumpRefused: the node refused one of its fee bumps for good; no more
	// are signed for it.
	bumpRefused bool
	// failed: this round failed it, its transaction refused for good.
	failed bool
}

// latest is the transaction most recently signed for op.
func (p *pendingOp) latest() storedTx { return p.txs[len(p.txs)-1] }

// minedOp is an operation recorded as mined in a block.
type minedOp struct {
	id     int64
	signer common.Address
	tx     common.Hash // the mined transaction
	block  uint64
	hash   common.Hash // the block's
}

type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func insertOperation(ctx context.Context, tx pgx.Tx, op NewOperation) (int64, error) {
	data := op.Data
	if data == nil {
		data = []byte{}
	}
	var id int64
	err := tx.QueryRow(ctx, sqlInsertOperation, op.Kind, op.Signer.Bytes(), op.To.Bytes(), data,
		int64(op.Gas), op.ResourceType).Scan(&id)
	return id, err
}

func scanOperation(row pgx.Row) (Operation, error) {
	var (
		op                        Operation
		signer, txHash, blockHash []byte
		state                     string
		block                     *int64
	)
	err := row.Scan(&op.ID, &op.Kind, &signer, &state, &txHash, &block, &blockHash, &op.ResourceType, &op.ResourceID,
		&op.ErrorCode, &op.ErrorDetail, &op.CreatedAt, &op.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return Operation{}, ErrNotFound
	}
	if err != nil {
		return Operation{}, err
	}
	op.Signer = common.BytesToAddress(signer)
	op.State = State(state)
	op.TxHash = common.BytesToHash(txHash)
	op.BlockHash = common.BytesToHash(blockHash)
	if block != nil {
		op.BlockNumber = uint64(*block)
	}
	return op, nil
}

func getOperation(ctx context.Context, q querier, id int64) (Operation, error) {
	return scanOperation(q.QueryRow(ctx, sqlGetOperation, id))
}

func signersWithWork(ctx context.Context, pool *pgxpool.Pool) ([]common.Address, error) {
	rows, err := pool.Query(ctx, sqlSignersWithWork)
	if err != nil {
		return nil, fmt.Errorf("list signers with work: %w", err)
	}
	addrs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (common.Address, error) {
		var b []byte
		err := r.Scan(&b)
		return common.BytesToAddress(b), err
	})
	if err != nil {
		return nil, fmt.Errorf("list signers with work: %w", err)
	}
	return addrs, nil
}

// pendingOps returns signer's submitted operations in nonce order with their
// transactions, then its accepted ones in id order, at most limit in all.
func pendingOps(ctx context.Context, pool *pgxpool.Pool, signer common.Address, limit int) ([]*pendingOp, error) {
	rows, err := pool.Query(ctx, sqlPendingOps, signer.Bytes(), limit)
	if err != nil {
		return nil, fmt.Errorf("load pending operations of %s: %w", signer, err)
	}
	byID := map[int64]*pendingOp{}
	var ops []*pendingOp
	var ids []int64
	for rows.Next() {
		var (
			p     pendingOp
			state string
			nonce *int64
			to    []byte
			gas   int64
		)
		if err := rows.Scan(&p.id, &state, &nonce, &to, &p.data, &gas); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load pending operations of %s: %w", signer, err)
		}
		p.state, p.to, p.gas = State(state), common.BytesToAddress(to), uint64(gas)
		if nonce != nil {
			p.nonce = uint64(*nonce)
		}
		ops = append(ops, &p)
		byID[p.id] = &p
		if p.state == StateSubmitted {
			ids = append(ids, p.id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load pending operations of %s: %w", signer, err)
	}
	if len(ids) == 0 {
		return ops, nil
	}
	rows, err = pool.Query(ctx, sqlOpTransactions, ids)
	if err != nil {
		return nil, fmt.Errorf("load transactions of %s: %w", signer, err)
	}
	for rows.Next() {
		var (
			opID        int64
			hash        []byte
			t           storedTx
			gas         int64
			tip, feeCap string
			refused     bool
		)
		if err := rows.Scan(&opID, &hash, &t.raw, &gas, &tip, &feeCap, &refused); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load transactions of %s: %w", signer, err)
		}
		if refused {
			// Never sent again; the operation waits on the others.
			byID[opID].bumpRefused = true
			continue
		}
		t.hash, t.gas = common.BytesToHash(hash), uint64(gas)
		t.tipCap, _ = new(big.Int).SetString(tip, 10)
		t.feeCap, _ = new(big.Int).SetString(feeCap, 10)
		byID[opID].txs = append(byID[opID].txs, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load transactions of %s: %w", signer, err)
	}
	return ops, nil
}

// nextNonce returns signer's next nonce, initialising it with init() the first
// time the signer is seen.
func nextNonce(ctx context.Context, pool *pgxpool.Pool, signer common.Address, init func() (uint64, error)) (uint64, error) {
	var n int64
	err := pool.QueryRow(ctx, sqlGetNonce, signer.Bytes()).Scan(&n)
	if err == nil {
		return uint64(n), nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("read next nonce of %s: %w", signer, err)
	}
	first, err := init()
	if err != nil {
		return 0, fmt.Errorf("read chain nonce of %s: %w", signer, err)
	}
	if _, err := pool.Exec(ctx, sqlInitNonce, signer.Bytes(), int64(first)); err != nil {
		return 0, fmt.Errorf("initialise nonce of %s: %w", signer, err)
	}
	if err := pool.QueryRow(ctx, sqlGetNonce, signer.Bytes()).Scan(&n); err != nil {
		return 0, fmt.Errorf("read next nonce of %s: %w", signer, err)
	}
	return uint64(n), nil
}

// catchUpNonce moves signer's next nonce up to the chain's pending nonce when
// transactions sent outside the manager used the ones it held. Every nonce
// the manager handed out is below its stored next nonce, so a higher chain
// nonce can only come from elsewhere.
func catchUpNonce(ctx context.Context, pool *pgxpool.Pool, signer common.Address, next uint64,
	pending func(context.Context, common.Address) (uint64, error)) (uint64, error) {
	chain, err := pending(ctx, signer)
	if err != nil {
		return 0, fmt.Errorf("read chain nonce of %s: %w", signer, err)
	}
	if chain <= next {
		return next, nil
	}
	if _, err := pool.Exec(ctx, sqlCatchUpNonce, signer.Bytes(), int64(chain)); err != nil {
		return 0, fmt.Errorf("catch up nonce of %s: %w", signer, err)
	}
	return nextNonce(ctx, pool, signer, nil)
}

// storeSigned records the first signed transaction of an accepted operation:
// the nonce is taken (a freed one when freed, else the signer's next), the
// transaction stored, the operation submitted, all or nothing.
func storeSigned(ctx context.Context, pool *pgxpool.Pool, signer common.Address, opID int64, stx *types.Transaction, raw []byte, freed bool) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	take := sqlTakeNonce
	if freed {
		take = sqlTakeFreed
	}
	tag, err := tx.Exec(ctx, take, signer.Bytes(), int64(stx.Nonce()))
	if err != nil {
		return fmt.Errorf("take nonce %d: %w", stx.Nonce(), err)
	}
	if tag.RowsAffected() != 1 {
		return errNonceTaken
	}
	tag, err = tx.Exec(ctx, sqlSubmitOp, opID, int64(stx.Nonce()), stx.Hash().Bytes())
	if err != nil {
		return fmt.Errorf("mark submitted: %w", err)
	}
	if tag.RowsAffected() != 1 {
		return errNotAccepted
	}
	if err := insertTx(ctx, tx, opID, stx, raw); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// storeReplacement records a fee-bump replacement of a submitted operation.
func storeReplacement(ctx context.Context, pool *pgxpool.Pool, opID int64, stx *types.Transaction, raw []byte) (bool, error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback(ctx)
	tag, err := tx.Exec(ctx, sqlBumpOp, opID, stx.Hash().Bytes())
	if err != nil {
		return false, fmt.Errorf("point operation at replacement: %w", err)
	}
	if tag.RowsAffected() != 1 {
		return false, nil
	}
	if err := insertTx(ctx, tx, opID, stx, raw); err != nil {
		return false, err
	}
	return true, tx.Commit(ctx)
}

func insertTx(ctx context.Context, tx pgx.Tx, opID int64, stx *types.Transaction, raw []byte) error {
	_, err := tx.Exec(ctx, sqlInsertTx, opID, int64(stx.Nonce()), stx.Hash().Bytes(), raw, int64(stx.Gas()),
		stx.GasTipCap().String(), stx.GasFeeCap().String())
	if err != nil {
		return fmt.Errorf("store transaction %s: %w", stx.Hash(), err)
	}
	return nil
}

// markFailed moves an operation from state from to failed; r is the receipt of
// a mined failure, nil for a failed estimate. It reports whether it moved.
func markFailed(ctx context.Context, pool *pgxpool.Pool, opID int64, from State, code, detail string, r *types.Receipt) (bool, error) {
	var (
		txHash, blockHash []byte
		block             *int64
	)
	if r != nil {
		txHash, blockHash = r.TxHash.Bytes(), r.BlockHash.Bytes()
		n := r.BlockNumber.Int64()
		block = &n
	}
	tag, err := pool.Exec(ctx, sqlFailOp, opID, string(from), code, detail, txHash, block, blockHash)
	if err != nil {
		return false, fmt.Errorf("mark operation %d failed: %w", opID, err)
	}
	return tag.RowsAffected() == 1, nil
}

// confirm marks a submitted operation confirmed by r and runs hook in the same
// transaction. It reports whether it moved.
func confirm(ctx context.Context, pool *pgxpool.Pool, opID int64, r *types.Receipt,
	hook func(context.Context, pgx.Tx, Operation, *types.Receipt) error) (bool, error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("confirm operation %d: %w", opID, err)
	}
	defer tx.Rollback(ctx)
	op, err := scanOperation(tx.QueryRow(ctx, sqlConfirmOp, opID, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes()))
	if errors.Is(err, ErrNotFound) {
		return false, nil // no longer submitted
	}
	if err != nil {
		return false, fmt.Errorf("confirm operation %d: %w", opID, err)
	}
	if hook != nil {
		if err := hook(ctx, tx, op, r); err != nil {
			return false, fmt.Errorf("confirm operation %d: hook: %w", opID, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("confirm operation %d: %w", opID, err)
	}
	return true, nil
}

// minedSince returns the operations recorded as mined above block above.
func minedSince(ctx context.Context, pool *pgxpool.Pool, above int64) ([]minedOp, error) {
	rows, err := pool.Query(ctx, sqlMinedSince, above)
	if err != nil {
		return nil, fmt.Errorf("list mined operations: %w", err)
	}
	ops, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (minedOp, error) {
		var (
			m                minedOp
			signer, tx, hash []byte
			block            int64
		)
		err := r.Scan(&m.id, &signer, &tx, &block, &hash)
		m.signer, m.tx, m.block, m.hash = common.BytesToAddress(signer), common.BytesToHash(tx), uint64(block), common.BytesToHash(hash)
		return m, err
	})
	if err != nil {
		return nil, fmt.Errorf("list mined operations: %w", err)
	}
	return ops, nil
}

// unmine puts an operation mined in a block that left the chain back in flight.
func unmine(ctx context.Context, pool *pgxpool.Pool, op minedOp) (bool, error) {
	tag, err := pool.Exec(ctx, sqlUnmine, op.id, op.hash.Bytes())
	if err != nil {
		return false, fmt.Errorf("put operation %d back in flight: %w", op.id, err)
	}
	return tag.RowsAffected() == 1, nil
}
