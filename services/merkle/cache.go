package merkle

import (
	"container/list"
	"sync"
)

// Cache keeps the most recently used trees, at most a fixed number, so a proof
// asked for again soon is not rebuilt from the database. It is safe for
// concurrent use. K names a tree the way its capability does (a batch id, a
// catalog root); V is the tree with whatever the capability looks leaves up by
// (the event id of each leaf, say). A nil Cache, or one of no trees, keeps
// nothing: every Get misses, so the caller builds every time.
//
// The bound is a count, not bytes: a capability picks it from the size of its
// trees (a tree of n leaves takes about 64n bytes).
type Cache[K comparable, V any] struct {
	max int

	mu    sync.Mutex
	items map[K]*list.Element // of order, each holding an entry
	order list.List           // most recently used first
}

// entry is what an element of Cache.order holds.
type entry[K comparable, V any] struct {
	key K
	val V
}

// NewCache returns a cache of at most max trees; with max zero or less it
// keeps none.
func NewCache[K comparable, V any](max int) *Cache[K, V] {
	return &Cache[K, V]{max: max, items: map[K]*list.Element{}}
}

// Get returns the tree of key and marks it the most recently used.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	if c == nil {
		var zero V
		return zero, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*entry[K, V]).val, true
}

// Put keeps val as the tree of key, the most recently used, and drops the
// least recently used tree when the cache would hold more than its bound.
func (c *Cache[K, V]) Put(key K, val V) {
	if c == nil || c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*entry[K, V]).val = val
		c.order.MoveToFront(e)
		return
	}
	c.items[key] = c.order.PushFront(&entry[K, V]{key, val})
	if c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry[K, V]).key)
	}
}

// Len returns the number of trees kept.
func (c *Cache[K, V]) Len() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
