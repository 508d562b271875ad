package merkle_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/services/merkle"
)

// present lists which of keys c holds, in the order given. Get marks what it
// finds as used, so it is called only where the order no longer matters.
func present(c *merkle.Cache[int, string], keys ...int) []int {
	var out []int
	for _, k := range keys {
		if _, ok := c.Get(k); ok {
			out = append(out, k)
		}
	}
	return out
}

// TestCacheEvictsLeastRecentlyUsed: a Get or a Put makes a tree the most
// recently used, and a Put past the bound drops the least recently used one.
func TestCacheEvictsLeastRecentlyUsed(t *testing.T) {
	c := merkle.NewCache[int, string](3)
	c.Put(1, "one")
	c.Put(2, "two")
	c.Put(3, "three")
	if _, ok := c.Get(1); !ok { // 1 is now used after 2 and 3
		t.Fatal("1 is missing before any eviction")
	}
	c.Put(4, "four") // drops 2
	if _, ok := c.Get(2); ok {
		t.Fatal("2, the least recently used, was kept")
	}
	c.Put(3, "three again") // 3 replaced, most recently used: 3, 4, 1
	c.Put(5, "five")        // drops 1
	if diff := cmp.Diff([]int{3, 4, 5}, present(c, 1, 2, 3, 4, 5)); diff != "" {
		t.Fatalf("kept (-want +got):\n%s", diff)
	}
	if v, _ := c.Get(3); v != "three again" {
		t.Fatalf("3 holds %q, want the tree put last", v)
	}
}

// TestCacheBound: however many trees are put, the cache holds at most its
// bound, and those it holds are the most recent.
func TestCacheBound(t *testing.T) {
	for _, bound := range []int{1, 2, 5, 64} {
		t.Run(fmt.Sprint(bound), func(t *testing.T) {
			c := merkle.NewCache[int, string](bound)
			for k := range 10 * bound {
				c.Put(k, fmt.Sprint(k))
				if n := c.Len(); n != min(k+1, bound) {
					t.Fatalf("after %d puts: %d trees, want %d (bound %d)", k+1, n, min(k+1, bound), bound)
				}
			}
			var want []int
			for k := 9 * bound; k < 10*bound; k++ {
				want = append(want, k)
			}
			if diff := cmp.Diff(want, present(c, append([]int{0, 9*bound - 1}, want...)...)); diff != "" {
				t.Fatalf("kept (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCacheKeepsNone: a nil cache and one of no trees keep nothing, so their
// users build every time.
func TestCacheKeepsNone(t *testing.T) {
	for name, c := range map[string]*merkle.Cache[int, string]{
		"Nil": nil, "Zero": merkle.NewCache[int, string](0), "Negative": merkle.NewCache[int, string](-1),
		"ZeroValue": new(merkle.Cache[int, string]),
	} {
		t.Run(name, func(t *testing.T) {
			c.Put(1, "one")
			if v, ok := c.Get(1); ok || v != "" || c.Len() != 0 {
				t.Fatalf("Get = %q, %v; Len %d; want a miss and nothing kept", v, ok, c.Len())
			}
		})
	}
}

// TestCacheConcurrent: readers and writers of overlapping trees, keyed by
// root as copyright keys its catalogs, under -race: every hit is the tree of
// its key, and the bound holds throughout.
func TestCacheConcurrent(t *testing.T) {
	const bound, trees, workers, rounds = 4, 16, 8, 500
	var roots [][32]byte
	byRoot := map[[32]byte]*merkle.Tree{}
	for n := 1; n <= trees; n++ {
		tree := merkle.Build(leaves(n))
		roots = append(roots, tree.Root())
		byRoot[tree.Root()] = tree
	}
	c := merkle.NewCache[[32]byte, *merkle.Tree](bound)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			for i := range rounds {
				root := roots[(w*7+i)%trees]
				if tree, ok := c.Get(root); ok {
					if tree.Root() != root {
						errs <- fmt.Errorf("worker %d: the tree kept for %x has root %x", w, root, tree.Root())
						return
					}
				} else {
					c.Put(root, byRoot[root])
				}
				if n := c.Len(); n > bound {
					errs <- fmt.Errorf("worker %d: %d trees kept, bound %d", w, n, bound)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
