package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// rewind moves the indexer from cp back to the newest remembered block that the
// chain still holds (before From when there is none), forgets the events after
// it, and rebuilds every projection from the events that remain. The
// projections are rebuilt from chain_events alone: no chain calls.
func (ix *Indexer) rewind(ctx context.Context, cp checkpoint, head uint64) error {
	name := ix.cfg.Name
	to, err := ix.commonAncestor(ctx, min(cp.number, head))
	if err != nil {
		return err
	}
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("indexer %s: rewind: begin: %w", name, err)
	}
	defer tx.Rollback(ctx)
	if err := lockIndexer(ctx, tx, name); err != nil {
		return err
	}
	if now, err := loadCheckpoint(ctx, tx, name); err != nil {
		return err
	} else if now != cp {
		return fmt.Errorf("%w: another writer moved the checkpoint of %s", errChainMoved, name)
	}
	if err := deleteAbove(ctx, tx, name, to); err != nil {
		return err
	}
	if err := ix.reset(ctx, tx); err != nil {
		return err
	}
	n, err := ix.replay(ctx, tx)
	if err != nil {
		return err
	}
	if err := saveCheckpoint(ctx, tx, name, to); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("indexer %s: rewind: commit: %w", name, err)
	}
	toBlock := ix.before()
	if to.set {
		toBlock = to.number
	}
	ix.log.Warn("chain reorganised: rewound and replayed stored events",
		"from_block", cp.number, "from_hash", cp.hash, "head", head,
		"to_block", toBlock, "to_hash", to.hash, "replayed", n)
	return nil
}

// commonAncestor finds the newest remembered block at or below limit whose
// hash the chain still has at that height; unset when there is none. Blocks
// the chain still holds form a prefix of the remembered ones (each was read as
// part of one chain), so a galloping search from the newest, then a binary
// search, costs a few header requests even after a deep reorg.
func (ix *Indexer) commonAncestor(ctx context.Context, limit uint64) (checkpoint, error) {
	name := ix.cfg.Name
	rows := map[int]checkpoint{}
	// held reports whether the i-th newest remembered block is on the chain;
	// past the oldest, the answer is yes (the fallback before From).
	held := func(i int) (bool, error) {
		b, err := nthBlock(ctx, ix.pool, name, limit, i)
		if err != nil {
			return false, err
		}
		rows[i] = b
		if !b.set {
			return true, nil
		}
		h, err := ix.header(ctx, b.number)
		if errors.Is(err, errChainMoved) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("rewind: %w", err)
		}
		return h.hash == b.hash, nil
	}
	lo, hi := -1, 0 // lo: newest known not held; hi: candidate
	for gap := 1; ; gap *= 2 {
		ok, err := held(hi)
		if err != nil {
			return checkpoint{}, err
		}
		if ok {
			break
		}
		lo, hi = hi, hi+gap
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		ok, err := held(mid)
		if err != nil {
			return checkpoint{}, err
		}
		if ok {
			hi = mid
		} else {
			lo = mid
		}
	}
	return rows[hi], nil
}

// replay applies every stored event to the projections, in chain order, and
// returns how many there were.
func (ix *Indexer) replay(ctx context.Context, tx pgx.Tx) (int, error) {
	block, logIndex := int64(-1), int64(-1)
	n := 0
	for {
		events, err := loadEvents(ctx, tx, ix.cfg.Name, block, logIndex, replayPage)
		if err != nil {
			return n, fmt.Errorf("indexer %s: replay: read events after block %d: %w", ix.cfg.Name, block, err)
		}
		if err := ix.apply(ctx, tx, events); err != nil {
			return n, fmt.Errorf("indexer %s: replay: %w", ix.cfg.Name, err)
		}
		n += len(events)
		if len(events) < replayPage {
			return n, nil
		}
		last := events[len(events)-1]
		block, logIndex = int64(last.Block), int64(last.LogIndex)
	}
}
