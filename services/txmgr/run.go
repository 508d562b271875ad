package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/blockref"
)

// senderExit is a sender goroutine ending.
type senderExit struct {
	addr common.Address
	err  error
}

// Run drives the pipeline until ctx ends: one sender goroutine per signer with
// work, so transactions of one key are signed and sent in order, plus a watch
// that puts mined operations back in flight when their block leaves the chain.
// It returns nil when ctx ends, or the error of a failpoint. Run one Run per
// Manager; a second manager on the same database is safe but redundant.
func (m *Manager) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()
	running := map[common.Address]*sender{}
	exits := make(chan senderExit)
	watch := &reorgWatch{canon: map[uint64]common.Hash{}}
	tick := time.NewTicker(m.opts.PollInterval)
	defer tick.Stop()
	watchDue := true
	// While the node or the database is down, each tick (and each Notify)
	// would retry at once: back off instead, until an attempt succeeds.
	watchRetry := newBackoff(m.opts.PollInterval, m.opts.MaxBackoff)
	workRetry := newBackoff(m.opts.PollInterval, m.opts.MaxBackoff)
	for {
		if now := time.Now(); watchDue && watchRetry.due(now) {
			watchDue = false
			if err := m.watchReorgs(ctx, watch, running); err != nil && ctx.Err() == nil {
				wait := watchRetry.fail(now)
				m.log.Warn("reorg watch failed, retrying", "err", err, "retry_in", wait)
			} else {
				watchRetry.reset()
			}
		}
		var addrs []common.Address
		if now := time.Now(); workRetry.due(now) {
			var err error
			addrs, err = signersWithWork(ctx, m.pool)
			if err != nil && ctx.Err() == nil {
				wait := workRetry.fail(now)
				m.log.Warn("look for work failed, retrying", "err", err, "retry_in", wait)
			} else {
				workRetry.reset()
			}
		}
		for _, addr := range addrs {
			if running[addr] != nil {
				continue
			}
			s := newSender(m, addr)
			running[addr] = s
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := s.run(ctx)
				select {
				case exits <- senderExit{addr: s.addr, err: err}:
				case <-ctx.Done():
				}
			}()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-m.notify:
			for _, s := range running {
				s.poke()
			}
		case <-tick.C:
			watchDue = true
		case e := <-exits:
			delete(running, e.addr)
			if e.err != nil {
				return e.err
			}
		}
	}
}

// backoff spaces out the attempts of something that keeps failing: from min,
// doubling up to max, back to nothing on success.
type backoff struct {
	min, max time.Duration
	wait     time.Duration // the last wait; 0 after a success
	next     time.Time     // no attempt before
}

func newBackoff(min, max time.Duration) *backoff { return &backoff{min: min, max: max} }

// due reports whether an attempt may be made at now.
func (b *backoff) due(now time.Time) bool { return !now.Before(b.next) }

// fail records a failed attempt at now and returns the wait before the next.
func (b *backoff) fail(now time.Time) time.Duration {
	b.wait = min(max(2*b.wait, b.min), b.max)
	b.next = now.Add(b.wait)
	return b.wait
}

// reset records a success: the next failure waits min again.
func (b *backoff) reset() { b.wait, b.next = 0, time.Time{} }

// reorgWatch caches canonical block hashes while the chain only grows.
type reorgWatch struct {
	head  *blockref.Ref
	canon map[uint64]common.Hash
}

// watchReorgs puts back in flight every operation recorded as mined in a block
// that is no longer canonical: above the head with its receipt gone (a node
// that lost its last blocks), or replaced by another block at its height. Its
// sender re-broadcasts the stored transaction; the nonce stays the operation's.
func (m *Manager) watchReorgs(ctx context.Context, w *reorgWatch, running map[common.Address]*sender) error {
	head, err := blockref.Read(ctx, m.client, nil)
	if err != nil {
		return fmt.Errorf("read chain head: %w", err)
	}
	mined, err := minedSince(ctx, m.pool, int64(head.Number)-int64(m.opts.ReorgDepth))
	if err != nil || len(mined) == 0 {
		return err
	}
	// Read the head again: every operation listed was recorded from a receipt
	// the node served before this read, so its block is at or below this head
	// unless the chain moved back.
	if head, err = blockref.Read(ctx, m.client, nil); err != nil {
		return fmt.Errorf("read chain head: %w", err)
	}
	if err := w.advance(ctx, m.client, head, m.opts.ReorgDepth); err != nil {
		return err
	}
	top := head.Number
	for _, op := range mined {
		gone, err := w.gone(ctx, m.client, op, top)
		if err != nil {
			return err
		}
		if !gone {
			continue
		}
		moved, err := unmine(ctx, m.pool, op)
		if err != nil {
			return err
		}
		if !moved {
			continue
		}
		m.reorged.Add(1)
		m.log.Warn("block left the chain, operation back in flight", "op", op.id, "block", op.block, "hash", op.hash, "head", top)
		if s := running[op.signer]; s != nil {
			s.resend.Store(true)
			s.poke()
		}
	}
	return nil
}

// gone reports whether op's block is no longer canonical under a head at top.
func (w *reorgWatch) gone(ctx context.Context, c Client, op minedOp, top uint64) (bool, error) {
	if op.block > top {
		// A node behind another one (a load balancer) may serve an older head:
		// only a vanished receipt proves the block gone.
		r, err := c.TransactionReceipt(ctx, op.tx)
		if errors.Is(err, ethereum.NotFound) {
			return true, nil
		}
		if err != nil {
			return false, fmt.Errorf("read receipt of %s: %w", op.tx, err)
		}
		return r.BlockHash != op.hash, nil
	}
	h, err := w.hashAt(ctx, c, op.block)
	if err != nil {
		return false, err
	}
	return h != op.hash, nil
}

// advance moves the watch to head, forgetting cached hashes unless head
// descends from the previous head.
func (w *reorgWatch) advance(ctx context.Context, c Client, head blockref.Ref, depth uint64) error {
	if prev := w.head; prev != nil && prev.Hash != head.Hash {
		keep := false
		if head.Number > prev.Number {
			h, err := blockref.Read(ctx, c, new(big.Int).SetUint64(prev.Number))
			if err != nil {
				return fmt.Errorf("read block %d: %w", prev.Number, err)
			}
			keep = h.Hash == prev.Hash
		}
		if !keep {
			clear(w.canon)
		}
	}
	w.head = &head
	top := head.Number
	w.canon[top] = head.Hash
	for n := range w.canon {
		if n+depth < top {
			delete(w.canon, n)
		}
	}
	return nil
}

// hashAt is the canonical hash of block n.
func (w *reorgWatch) hashAt(ctx context.Context, c Client, n uint64) (common.Hash, error) {
	if h, ok := w.canon[n]; ok {
		return h, nil
	}
	b, err := blockref.Read(ctx, c, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, fmt.Errorf("read block %d: %w", n, err)
	}
	w.canon[n] = b.Hash
	return b.Hash, nil
}
