package trace

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/merkle"
)

// batchTree is a batch's Merkle tree and the event id of each leaf.
type batchTree struct {
	tree *merkle.Tree
	ids  []int64
}

// leafIndex returns the leaf of event id, or -1.
func (t *batchTree) leafIndex(id int64) int {
	i, ok := slices.BinarySearch(t.ids, id)
	if !ok {
		return -1
	}
	return i
}

// TreeCache keeps the trees of the most recently used batches, at most Max.
type TreeCache struct {
	Max int

	mu    sync.Mutex
	trees map[int64]*batchTree
	order []int64 // least recently used first
}

// NewTreeCache returns a cache of at most max trees (a batch of 10,000 events
// takes about 650 kB).
func NewTreeCache(max int) *TreeCache { return &TreeCache{Max: max, trees: map[int64]*batchTree{}} }

func (c *TreeCache) get(id int64) *batchTree {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.trees[id]
	if t != nil {
		c.touch(id)
	}
	return t
}

func (c *TreeCache) put(id int64, t *batchTree) {
	if c == nil || c.Max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.trees[id]; !ok && len(c.trees) >= c.Max {
		delete(c.trees, c.order[0])
		c.order = c.order[1:]
	}
	c.trees[id] = t
	c.touch(id)
}

func (c *TreeCache) touch(id int64) {
	if i := slices.Index(c.order, id); i >= 0 {
		c.order = slices.Delete(c.order, i, i+1)
	}
	c.order = append(c.order, id)
}

// tree returns the tree of batch id covering events first..last, from the
// cache or rebuilt from the stored event hashes.
func (c *TreeCache) tree(ctx context.Context, pool *pgxpool.Pool, id, first, last int64, count int) (*batchTree, error) {
	if t := c.get(id); t != nil {
		return t, nil
	}
	rows, err := pool.Query(ctx, `SELECT id, hash FROM trace_events WHERE id >= $1 AND id <= $2 ORDER BY id`, first, last)
	if err != nil {
		return nil, fmt.Errorf("read leaves of batch %d: %w", id, err)
	}
	defer rows.Close()
	t := &batchTree{ids: make([]int64, 0, count)}
	leaves := make([][32]byte, 0, count)
	for rows.Next() {
		var eid int64
		var h []byte
		if err := rows.Scan(&eid, &h); err != nil {
			return nil, err
		}
		t.ids = append(t.ids, eid)
		leaves = append(leaves, merkle.Leaf([32]byte(h)))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read leaves of batch %d: %w", id, err)
	}
	if len(leaves) != count {
		return nil, fmt.Errorf("batch %d: %d events stored in its range, %d anchored", id, len(leaves), count)
	}
	t.tree = merkle.Build(leaves)
	c.put(id, t)
	return t, nil
}
