package trace

import (
	"context"
	"fmt"
	"slices"

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

// TreeCache keeps the trees of the most recently used batches, keyed by batch
// id: the one tree cache of services/merkle. Not by root: two batches can
// share one (the same event recorded by two organizations, each cut into a
// batch of its own) while their event ids differ.
type TreeCache = merkle.Cache[int64, *batchTree]

// NewTreeCache returns a cache of at most max trees (a batch of 10,000 events
// takes about 650 kB).
func NewTreeCache(max int) *TreeCache { return merkle.NewCache[int64, *batchTree](max) }

// loadTree returns the tree of batch id covering events first..last, from
// the cache c (which may be nil) or rebuilt from the stored event hashes.
func loadTree(ctx context.Context, c *TreeCache, pool *pgxpool.Pool, id, first, last int64, count int) (*batchTree, error) {
	if t, ok := c.Get(id); ok {
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
	c.Put(id, t)
	return t, nil
}
