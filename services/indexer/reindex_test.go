package indexer_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/indexer"
)

// slow is a projection that takes a while over each event, so that a rebuild
// lasts long enough to be read in the middle.
type slow struct{ indexer.Handler }

func (s slow) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	time.Sleep(2 * time.Millisecond)
	return s.Handler.Apply(ctx, tx, ev)
}

// TestReindexIsAtomic: readers during a reindex see the whole old read model
// (and checkpoint) until the rebuild commits, then the whole new one: never an
// empty or part-built one. The rebuild used to commit the emptied projections
// first and then fill them chunk by chunk.
func TestReindexIsAtomic(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newChain(t)
	c.activity()
	for range 3 {
		c.transfers(c.users[1], 1_00, c.users[0], c.users[2], c.users[3])
	}
	pool := newDB(t)
	var handlers []indexer.Handler
	for _, h := range c.projections() {
		handlers = append(handlers, slow{h})
	}
	ix := c.newIndexer(pool, 2, handlers...)
	catchUp(t, ix)
	want := dump(t, pool)
	wantBlock, _, _ := ix.Checkpoint(ctx)

	var reads, bad atomic.Int64
	var firstBad atomic.Value
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				var transfers, balances, orgs, events int
				var block *int64
				err := pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM ixtest_transfers), (SELECT count(*) FROM ixtest_balances),
(SELECT count(*) FROM ixtest_organizations), (SELECT count(*) FROM chain_events WHERE name = 'duochain'),
(SELECT block_number FROM indexer_checkpoints WHERE name = 'duochain')`).Scan(&transfers, &balances, &orgs, &events, &block)
				if err != nil {
					t.Error(err)
					return
				}
				reads.Add(1)
				if transfers != len(want.Transfers) || balances != len(want.Balances) || orgs != len(want.Orgs) || events != len(want.Events) ||
					block == nil || uint64(*block) != wantBlock {
					if bad.Add(1) == 1 {
						firstBad.Store([]any{transfers, balances, orgs, events, block})
					}
				}
			}
		}()
	}
	start := time.Now()
	err := ix.Reindex(ctx)
	took := time.Since(start)
	close(done)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if n := reads.Load(); n < 10 {
		t.Fatalf("only %d reads during a reindex of %v", n, took)
	}
	if n := bad.Load(); n > 0 {
		t.Fatalf("%d of %d reads during the reindex saw a partial read model, first (transfers, balances, orgs, events, checkpoint) = %v; want %d %d %d %d %d",
			n, reads.Load(), firstBad.Load(), len(want.Transfers), len(want.Balances), len(want.Orgs), len(want.Events), wantBlock)
	}
	wantTables(t, want, dump(t, pool))
}
