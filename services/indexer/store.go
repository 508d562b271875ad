package indexer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
)

// copyThreshold is the number of events from which a chunk is bulk-loaded with
// COPY rather than a pipeline of INSERTs.
const copyThreshold = 64

// keepBlocks is how far below the checkpoint indexed_blocks keeps blocks
// without events. A reorg deeper than this rewinds to the newest block with
// events below it instead: more replay, same result.
const keepBlocks = 1024

// replayPage is how many stored events a replay reads at a time.
const replayPage = 1000

// checkpoint is the last block an indexer processed; set is false before the first.
type checkpoint struct {
	set    bool
	number uint64
	hash   common.Hash
}

// next is the first block after the checkpoint.
func (c checkpoint) next(from uint64) uint64 {
	if !c.set {
		return from
	}
	return c.number + 1
}

// querier is a pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

const (
	sqlLock = `SELECT pg_advisory_xact_lock(hashtextextended('duochain.indexer/' || $1, 0))`

	sqlCheckpoint     = `SELECT block_number, block_hash FROM indexer_checkpoints WHERE name = $1`
	sqlSaveCheckpoint = `
INSERT INTO indexer_checkpoints (name, block_number, block_hash, updated_at) VALUES ($1, $2, $3, now())
ON CONFLICT (name) DO UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash, updated_at = now()`
	sqlDeleteCheckpoint = `DELETE FROM indexer_checkpoints WHERE name = $1`

	sqlInsertEvent = `
INSERT INTO chain_events (name, block_number, block_hash, block_time, tx_hash, tx_index, log_index, address, topics, data)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`
	sqlEventsAfter = `
SELECT block_number, block_hash, block_time, tx_hash, tx_index, log_index, address, topics, data
FROM chain_events WHERE name = $1 AND (block_number, log_index) > ($2, $3)
ORDER BY block_number, log_index LIMIT $4`
	sqlDeleteEventsAbove = `DELETE FROM chain_events WHERE name = $1 AND block_number > $2`

	sqlInsertBlock       = `INSERT INTO indexed_blocks (name, number, hash) VALUES ($1, $2, $3)`
	sqlNthBlock          = `SELECT number, hash FROM indexed_blocks WHERE name = $1 AND number <= $2 ORDER BY number DESC OFFSET $3 LIMIT 1`
	sqlDeleteBlocksAbove = `DELETE FROM indexed_blocks WHERE name = $1 AND number > $2`
	// Blocks without events are only needed near the checkpoint.
	sqlPruneBlocks = `
DELETE FROM indexed_blocks b WHERE b.name = $1 AND b.number > $2 AND b.number <= $3
AND NOT EXISTS (SELECT 1 FROM chain_events e WHERE e.name = b.name AND e.block_number = b.number)`
)

var eventColumns = []string{"name", "block_number", "block_hash", "block_time", "tx_hash", "tx_index", "log_index", "address", "topics", "data"}

// lockIndexer keeps other writers of indexer name out until tx ends.
func lockIndexer(ctx context.Context, tx pgx.Tx, name string) error {
	if _, err := tx.Exec(ctx, sqlLock, name); err != nil {
		return fmt.Errorf("indexer %s: lock: %w", name, err)
	}
	return nil
}

func loadCheckpoint(ctx context.Context, q querier, name string) (checkpoint, error) {
	var n int64
	var h []byte
	err := q.QueryRow(ctx, sqlCheckpoint, name).Scan(&n, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return checkpoint{}, nil
	}
	if err != nil {
		return checkpoint{}, fmt.Errorf("indexer %s: read checkpoint: %w", name, err)
	}
	return checkpoint{set: true, number: uint64(n), hash: common.BytesToHash(h)}, nil
}

// saveCheckpoint stores cp, or deletes the checkpoint when cp is not set.
func saveCheckpoint(ctx context.Context, tx pgx.Tx, name string, cp checkpoint) error {
	var err error
	if cp.set {
		_, err = tx.Exec(ctx, sqlSaveCheckpoint, name, int64(cp.number), cp.hash.Bytes())
	} else {
		_, err = tx.Exec(ctx, sqlDeleteCheckpoint, name)
	}
	if err != nil {
		return fmt.Errorf("indexer %s: move checkpoint to %d: %w", name, cp.number, err)
	}
	return nil
}

// eventRow is ev as chain_events columns.
func eventRow(name string, ev Event) []any {
	topics := make([][]byte, len(ev.Log.Topics))
	for i, t := range ev.Log.Topics {
		topics[i] = t.Bytes()
	}
	data := ev.Log.Data
	if data == nil {
		data = []byte{} // NOT NULL: no data is empty, not unknown
	}
	return []any{name, int64(ev.Block), ev.BlockHash.Bytes(), time.Unix(int64(ev.BlockTime), 0).UTC(),
		ev.TxHash.Bytes(), int32(ev.TxIndex), int32(ev.LogIndex), ev.Log.Address.Bytes(), topics, data}
}

// insertEvents stores events: COPY for many, one pipelined batch for a few.
func insertEvents(ctx context.Context, tx pgx.Tx, name string, events []Event) error {
	if len(events) >= copyThreshold {
		rows := make([][]any, len(events))
		for i, ev := range events {
			rows[i] = eventRow(name, ev)
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"chain_events"}, eventColumns, pgx.CopyFromRows(rows))
		return err
	}
	b := &pgx.Batch{}
	for _, ev := range events {
		b.Queue(sqlInsertEvent, eventRow(name, ev)...)
	}
	return tx.SendBatch(ctx, b).Close()
}

// loadEvents returns up to limit stored events after (block, logIndex), in chain order.
func loadEvents(ctx context.Context, tx pgx.Tx, name string, block, logIndex int64, limit int) ([]Event, error) {
	rows, err := tx.Query(ctx, sqlEventsAfter, name, block, logIndex, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var (
			number            int64
			blockHash, txHash []byte
			at                time.Time
			txIndex, logIdx   int32
			address, data     []byte
			topics            [][]byte
		)
		if err := rows.Scan(&number, &blockHash, &at, &txHash, &txIndex, &logIdx, &address, &topics, &data); err != nil {
			return nil, err
		}
		l := types.Log{
			Address:        common.BytesToAddress(address),
			Topics:         make([]common.Hash, len(topics)),
			Data:           data,
			BlockNumber:    uint64(number),
			TxHash:         common.BytesToHash(txHash),
			TxIndex:        uint(txIndex),
			BlockHash:      common.BytesToHash(blockHash),
			BlockTimestamp: uint64(at.Unix()),
			Index:          uint(logIdx),
		}
		for i, t := range topics {
			l.Topics[i] = common.BytesToHash(t)
		}
		out = append(out, Event{Block: l.BlockNumber, BlockHash: l.BlockHash, BlockTime: l.BlockTimestamp,
			TxHash: l.TxHash, TxIndex: l.TxIndex, LogIndex: l.Index, Log: l})
	}
	return out, rows.Err()
}

// insertBlocks remembers the hashes of blocks.
func insertBlocks(ctx context.Context, tx pgx.Tx, name string, blocks map[uint64]common.Hash) error {
	b := &pgx.Batch{}
	for n, h := range blocks {
		b.Queue(sqlInsertBlock, name, int64(n), h.Bytes())
	}
	return tx.SendBatch(ctx, b).Close()
}

// nthBlock returns the i-th newest remembered block at or below limit, unset
// when there are not that many.
func nthBlock(ctx context.Context, q querier, name string, limit uint64, i int) (checkpoint, error) {
	var n int64
	var h []byte
	err := q.QueryRow(ctx, sqlNthBlock, name, int64(limit), i).Scan(&n, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return checkpoint{}, nil
	}
	if err != nil {
		return checkpoint{}, fmt.Errorf("indexer %s: read remembered blocks: %w", name, err)
	}
	return checkpoint{set: true, number: uint64(n), hash: common.BytesToHash(h)}, nil
}

// pruneBlocks forgets blocks without events that a checkpoint move from just
// before first to end takes more than keep blocks below the checkpoint.
func pruneBlocks(ctx context.Context, tx pgx.Tx, name string, first, end, keep uint64) error {
	if end < keep {
		return nil
	}
	_, err := tx.Exec(ctx, sqlPruneBlocks, name, int64(first)-1-int64(keep), int64(end-keep))
	return err
}

// deleteAbove forgets the events and blocks after cp; all of them when cp is not set.
func deleteAbove(ctx context.Context, tx pgx.Tx, name string, cp checkpoint) error {
	above := int64(-1)
	if cp.set {
		above = int64(cp.number)
	}
	if _, err := tx.Exec(ctx, sqlDeleteEventsAbove, name, above); err != nil {
		return fmt.Errorf("indexer %s: delete events after block %d: %w", name, above, err)
	}
	if _, err := tx.Exec(ctx, sqlDeleteBlocksAbove, name, above); err != nil {
		return fmt.Errorf("indexer %s: delete blocks after %d: %w", name, above, err)
	}
	return nil
}

// deleteAll forgets the indexer's events, blocks and checkpoint.
func deleteAll(ctx context.Context, tx pgx.Tx, name string) error {
	if err := deleteAbove(ctx, tx, name, checkpoint{}); err != nil {
		return err
	}
	return saveCheckpoint(ctx, tx, name, checkpoint{})
}
