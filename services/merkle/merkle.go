// Package merkle builds the Merkle trees duochain anchors on chain: one root
// per trace batch (TraceAnchor) or copyright catalog (CopyrightRegistry), and
// for every item a proof anyone can check offline against that root, or on
// chain with TraceAnchor.verify and verifyItem or CopyrightRegistry.verifyWork.
// Both contracts check the same tree, so there is one construction, below, and
// one Cache of recently used trees; the package knows no capability.
//
// The tree is binary over 32-byte leaves. An inner node is keccak256 of its two
// children in ascending byte order (hash(min(a,b) ‖ max(a,b))), exactly as
// OpenZeppelin's MerkleProof and Hashes.commutativeKeccak256 compute it, so a
// proof carries no left/right flags. When a level has an odd number of nodes
// the last one is promoted unchanged to the next level, so its proof is one
// element shorter; a proof never has more than ceil(log2(n)) elements.
//
// Leaves are domain-separated from inner nodes: a leaf is Leaf(itemHash) =
// keccak256(0x00 ‖ itemHash), a 33-byte preimage, while an inner node hashes 64
// bytes. An inner node therefore never passes as the leaf of an item: that
// would take a keccak256 preimage. The separation protects only a verifier that
// computes the leaf itself from the item it checks; a leaf value accepted as
// given proves nothing, since any inner node verifies with a shortened proof.
package merkle

import (
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"
)

// leafPrefix is the byte that separates leaf preimages from inner-node preimages.
const leafPrefix = 0x00

// parallelPairs is the level size (in pairs) from which Build hashes a level
// on every CPU; below it the goroutines cost more than they save.
const parallelPairs = 1 << 14

// Tree is a built Merkle tree. It keeps every level, leaves first, in one
// allocation, so a proof is a walk up the levels without rehashing.
type Tree struct {
	levels [][][32]byte // levels[0] are the leaves, levels[len-1] holds the root
}

// Leaf returns the leaf of an item: keccak256(0x00 ‖ itemHash).
func Leaf(itemHash [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte{leafPrefix}, itemHash[:])
}

// Build builds the tree over leaves, which must already be leaves (from Leaf),
// not raw item hashes. The leaves are copied, so the caller may reuse the
// slice. A tree of n leaves holds fewer than 2n nodes of 32 bytes: a million
// leaves take about 64 MB. With no leaves the root is zero, which
// TraceAnchor and CopyrightRegistry refuse to record.
func Build(leaves [][32]byte) *Tree {
	if len(leaves) == 0 {
		return &Tree{}
	}
	total := 0
	for n := len(leaves); ; n = (n + 1) / 2 {
		total += n
		if n == 1 {
			break
		}
	}
	nodes := make([][32]byte, total)
	level := nodes[:len(leaves):len(leaves)]
	copy(level, leaves)
	nodes = nodes[len(leaves):]
	t := &Tree{levels: [][][32]byte{level}}
	for len(level) > 1 {
		n := (len(level) + 1) / 2
		next := nodes[:n:n]
		nodes = nodes[n:]
		hashLevel(next, level)
		t.levels = append(t.levels, next)
		level = next
	}
	return t
}

// hashLevel fills next with the parents of level, on every CPU for large levels.
func hashLevel(next, level [][32]byte) {
	pairs := len(level) / 2
	workers := runtime.GOMAXPROCS(0)
	if pairs < parallelPairs || workers == 1 {
		hashPairs(next, level, 0, pairs)
	} else {
		chunk := (pairs + workers - 1) / workers
		var wg sync.WaitGroup
		for from := 0; from < pairs; from += chunk {
			to := min(from+chunk, pairs)
			wg.Go(func() { hashPairs(next, level, from, to) })
		}
		wg.Wait()
	}
	if len(level)%2 == 1 {
		next[pairs] = level[len(level)-1]
	}
}

// hashPairs sets next[i] to the parent of level[2i] and level[2i+1] for i in [from, to).
func hashPairs(next, level [][32]byte, from, to int) {
	h := newHasher()
	for i := from; i < to; i++ {
		next[i] = h.pair(level[2*i], level[2*i+1])
	}
}

// hasher hashes pairs with one Keccak state and one buffer, so hashing a
// level allocates nothing per node.
type hasher struct {
	state crypto.KeccakState
	buf   [64]byte
}

func newHasher() *hasher {
	return &hasher{state: crypto.NewKeccakState()}
}

// pair is keccak256 of a and b in ascending order.
func (h *hasher) pair(a, b [32]byte) [32]byte {
	if less(b, a) {
		a, b = b, a
	}
	copy(h.buf[:32], a[:])
	copy(h.buf[32:], b[:])
	h.state.Reset()
	h.state.Write(h.buf[:])
	h.state.Read(h.buf[:32])
	return [32]byte(h.buf[:32])
}

// less orders hashes as Solidity orders bytes32: as big-endian unsigned integers.
func less(a, b [32]byte) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// Root returns the root of the tree, or zero for a tree without leaves.
func (t *Tree) Root() [32]byte {
	if len(t.levels) == 0 {
		return [32]byte{}
	}
	return t.levels[len(t.levels)-1][0]
}

// Len returns the number of leaves.
func (t *Tree) Len() int {
	if len(t.levels) == 0 {
		return 0
	}
	return len(t.levels[0])
}

// Proof returns the siblings from leaf i up to the root, the bytes32[] that
// Verify and the contracts' verify functions take. It panics when i is not a
// leaf index, as indexing a slice does.
func (t *Tree) Proof(i int) [][32]byte {
	if i < 0 || i >= t.Len() {
		panic("merkle: proof index out of range")
	}
	proof := make([][32]byte, 0, len(t.levels)-1)
	for _, level := range t.levels[:len(t.levels)-1] {
		if sibling := i ^ 1; sibling < len(level) {
			proof = append(proof, level[sibling])
		}
		i /= 2
	}
	return proof
}

// Verify reports whether proof leads from leaf to root. Compute leaf with Leaf
// from the item being checked; see the package documentation for why.
func Verify(root, leaf [32]byte, proof [][32]byte) bool {
	h := newHasher()
	for _, p := range proof {
		leaf = h.pair(leaf, p)
	}
	return leaf == root
}
