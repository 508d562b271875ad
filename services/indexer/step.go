package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/blockref"
)

// errChainMoved means the chain (or another writer) changed while a step was
// reading it, so what was read may not be one consistent chain: read again.
var errChainMoved = errors.New("chain changed during the step")

// stepAttempts bounds how often Step reads a chunk again after errChainMoved.
const stepAttempts = 5

// headerFetchers bounds concurrent header requests for the blocks of a chunk.
const headerFetchers = 8

// chunk is one step's worth of chain: events of blocks [start, end] and the
// hashes to remember.
type chunk struct {
	start, end uint64
	endHash    common.Hash
	events     []Event
	blocks     map[uint64]common.Hash // blocks with events, and end
}

// Step does one unit of work and reports whether the checkpoint moved. It reads
// the chain head; when the chain no longer holds the checkpoint's block (a
// changed hash, or a head below it) it rewinds to the last block both share and
// rebuilds the projections from the stored events. Otherwise it reads the
// blocks after the checkpoint, at most Chunk of them, and in one transaction
// stores their events, applies them to the projections and moves the
// checkpoint. A projection's error rolls the chunk back and is returned as a
// *HandlerError. Backfill is Step until it reports false.
func (ix *Indexer) Step(ctx context.Context) (advanced bool, err error) {
	if ix.cfgErr != nil {
		return false, ix.cfgErr
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for range stepAttempts {
		advanced, err = ix.step(ctx)
		if !errors.Is(err, errChainMoved) {
			return advanced, err
		}
		ix.log.Debug("chain changed while reading, reading again", "err", err)
	}
	return false, err
}

func (ix *Indexer) step(ctx context.Context) (bool, error) {
	name := ix.cfg.Name
	cp, err := loadCheckpoint(ctx, ix.pool, name)
	if err != nil {
		return false, err
	}
	head, err := ix.client.BlockNumber(ctx)
	if err != nil {
		return false, fmt.Errorf("indexer %s: read chain head: %w", name, err)
	}
	if cp.set && head < cp.number {
		return true, ix.rewind(ctx, cp, head)
	}
	start := cp.next(ix.cfg.From)
	var end uint64
	var endHeader block
	if start <= head {
		end = min(head, start+ix.cfg.Chunk-1)
		// Read before the checkpoint check and again after the logs: the same
		// hash both times means the logs come from one chain that holds it.
		if endHeader, err = ix.header(ctx, end); err != nil {
			return false, err
		}
	}
	if cp.set {
		h, err := ix.header(ctx, cp.number)
		switch {
		case errors.Is(err, errChainMoved): // the head fell below the checkpoint meanwhile
			return true, ix.rewind(ctx, cp, head)
		case err != nil:
			return false, err
		case h.hash != cp.hash:
			return true, ix.rewind(ctx, cp, head)
		}
	}
	if start > head {
		return false, nil
	}
	c, err := ix.read(ctx, start, end, endHeader.hash)
	if err != nil {
		return false, err
	}
	if err := ix.commit(ctx, cp, c); err != nil {
		return false, err
	}
	return true, nil
}

// read fetches the logs of [start, end] and the headers of their blocks, and
// checks that all of them belong to the chain whose block end is endHash.
func (ix *Indexer) read(ctx context.Context, start, end uint64, endHash common.Hash) (chunk, error) {
	c := chunk{start: start, end: end, endHash: endHash, blocks: map[uint64]common.Hash{end: endHash}}
	logs, err := ix.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(start),
		ToBlock:   new(big.Int).SetUint64(end),
		Addresses: ix.cfg.Addresses,
	})
	if err != nil {
		return c, fmt.Errorf("indexer %s: filter logs of blocks %d-%d: %w", ix.cfg.Name, start, end, err)
	}
	live := logs[:0]
	for _, l := range logs {
		if !l.Removed {
			live = append(live, l)
		}
	}
	logs = live
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	var numbers []uint64
	for _, l := range logs {
		if l.BlockNumber < start || l.BlockNumber > end {
			return c, fmt.Errorf("indexer %s: node returned a log of block %d for blocks %d-%d", ix.cfg.Name, l.BlockNumber, start, end)
		}
		if len(numbers) == 0 || numbers[len(numbers)-1] != l.BlockNumber {
			numbers = append(numbers, l.BlockNumber)
		}
	}
	headers, err := ix.headers(ctx, numbers)
	if err != nil {
		return c, err
	}
	c.events = make([]Event, len(logs))
	for i, l := range logs {
		h := headers[l.BlockNumber]
		if l.BlockHash != h.hash {
			return c, fmt.Errorf("%w: log %d of block %d has block hash %s, the block is %s",
				errChainMoved, l.Index, l.BlockNumber, l.BlockHash, h.hash)
		}
		l.BlockTimestamp = h.time
		c.events[i] = Event{Block: l.BlockNumber, BlockHash: l.BlockHash, BlockTime: h.time,
			TxHash: l.TxHash, TxIndex: l.TxIndex, LogIndex: l.Index, Log: l}
		c.blocks[l.BlockNumber] = l.BlockHash
	}
	again, ok := headers[end]
	if !ok {
		if again, err = ix.header(ctx, end); err != nil {
			return c, err
		}
	}
	if again.hash != endHash {
		return c, fmt.Errorf("%w: block %d was %s, is now %s", errChainMoved, end, endHash, again.hash)
	}
	return c, nil
}

// block is what the indexer keeps of a block: its hash as the node reports it
// (never recomputed from the header) and its time.
type block struct {
	hash common.Hash
	time uint64
}

// header reads block n as the node reports it (blockref.Read). A block the
// node does not have (the head moved back since it was read) is errChainMoved.
func (ix *Indexer) header(ctx context.Context, n uint64) (block, error) {
	b, err := blockref.Read(ctx, ix.client, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return block{}, fmt.Errorf("%w: block %d is gone", errChainMoved, n)
	}
	if err != nil {
		return block{}, fmt.Errorf("indexer %s: read block %d: %w", ix.cfg.Name, n, err)
	}
	return block{hash: b.Hash, time: b.Time}, nil
}

// headers reads the blocks numbers, a few at a time.
func (ix *Indexer) headers(ctx context.Context, numbers []uint64) (map[uint64]block, error) {
	got := make([]block, len(numbers))
	errs := make([]error, len(numbers))
	sem := make(chan struct{}, headerFetchers)
	var wg sync.WaitGroup
	for i, n := range numbers {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			got[i], errs[i] = ix.header(ctx, n)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := make(map[uint64]block, len(numbers))
	for i, n := range numbers {
		out[n] = got[i]
	}
	return out, nil
}

// commit writes a chunk in one transaction: its events, the projections, the
// blocks to remember and the checkpoint at its end. cp is the checkpoint the
// chunk was read after; if another writer moved it meanwhile, nothing is written.
func (ix *Indexer) commit(ctx context.Context, cp checkpoint, c chunk) error {
	name := ix.cfg.Name
	tx, err := ix.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("indexer %s: begin blocks %d-%d: %w", name, c.start, c.end, err)
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
	if err := ix.write(ctx, tx, cp, c); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("indexer %s: commit blocks %d-%d: %w", name, c.start, c.end, err)
	}
	return nil
}

// write stores a chunk read after cp inside tx: its events, the projections,
// the blocks to remember and the checkpoint at its end.
func (ix *Indexer) write(ctx context.Context, tx pgx.Tx, cp checkpoint, c chunk) error {
	name := ix.cfg.Name
	if err := insertEvents(ctx, tx, name, c.events); err != nil {
		return fmt.Errorf("indexer %s: store events of blocks %d-%d: %w", name, c.start, c.end, err)
	}
	if err := ix.apply(ctx, tx, c.events); err != nil {
		return fmt.Errorf("indexer %s: apply blocks %d-%d: %w", name, c.start, c.end, err)
	}
	if err := insertBlocks(ctx, tx, name, c.blocks); err != nil {
		return fmt.Errorf("indexer %s: record blocks %d-%d: %w", name, c.start, c.end, err)
	}
	if err := pruneBlocks(ctx, tx, name, cp.next(ix.cfg.From), c.end, ix.keep); err != nil {
		return fmt.Errorf("indexer %s: prune blocks before %d: %w", name, c.end, err)
	}
	if err := saveCheckpoint(ctx, tx, name, checkpoint{set: true, number: c.end, hash: c.endHash}); err != nil {
		return err
	}
	return nil
}
