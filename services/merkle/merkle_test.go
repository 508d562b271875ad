package merkle_test

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/duochain/duochain/services/merkle"
)

// leaves returns n distinct leaves, Leaf of keccak256 of the index.
func leaves(n int) [][32]byte {
	out := make([][32]byte, n)
	var b [8]byte
	for i := range out {
		binary.BigEndian.PutUint64(b[:], uint64(i))
		out[i] = merkle.Leaf(crypto.Keccak256Hash(b[:]))
	}
	return out
}

// depth is ceil(log2(n)): the most elements a proof in a tree of n leaves has.
func depth(n int) int {
	return bits.Len(uint(n - 1))
}

// reference is the root computed the obvious way, with crypto.Keccak256 and
// sorted pairs, to check Build against.
func reference(level [][32]byte) [32]byte {
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i+1 < len(level); i += 2 {
			a, b := level[i], level[i+1]
			if string(b[:]) < string(a[:]) {
				a, b = b, a
			}
			next = append(next, [32]byte(crypto.Keccak256(a[:], b[:])))
		}
		if len(level)%2 == 1 {
			next = append(next, level[len(level)-1])
		}
		level = next
	}
	return level[0]
}

func TestLeaf(t *testing.T) {
	item := crypto.Keccak256Hash([]byte("item"))
	want := [32]byte(crypto.Keccak256([]byte{0x00}, item[:]))
	if got := merkle.Leaf(item); got != want {
		t.Fatalf("Leaf = %x, want keccak256(0x00 ‖ item) = %x", got, want)
	}
}

func TestTree(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			ls := leaves(n)
			tree := merkle.Build(ls)
			root := tree.Root()
			if want := reference(ls); root != want {
				t.Fatalf("root %x, want %x", root, want)
			}
			if tree.Len() != n {
				t.Fatalf("Len = %d, want %d", tree.Len(), n)
			}
			var wrongRoot [32]byte
			wrongRoot[0] = 1
			for i, leaf := range ls {
				proof := tree.Proof(i)
				if len(proof) > depth(n) {
					t.Fatalf("leaf %d: proof has %d elements, more than ceil(log2(%d)) = %d", i, len(proof), n, depth(n))
				}
				if !merkle.Verify(root, leaf, proof) {
					t.Fatalf("leaf %d: proof does not verify", i)
				}
				tampered := leaf
				tampered[31] ^= 1
				if merkle.Verify(root, tampered, proof) {
					t.Fatalf("leaf %d: a tampered leaf verifies", i)
				}
				if merkle.Verify(wrongRoot, leaf, proof) {
					t.Fatalf("leaf %d: verifies against a wrong root", i)
				}
				for j := range proof {
					bad := append([][32]byte(nil), proof...)
					bad[j][0] ^= 0x80
					if merkle.Verify(root, leaf, bad) {
						t.Fatalf("leaf %d: verifies with proof element %d tampered", i, j)
					}
				}
				if n > 1 {
					other := (i + 1) % n
					if merkle.Verify(root, leaf, tree.Proof(other)) {
						t.Fatalf("leaf %d: verifies with the proof of leaf %d", i, other)
					}
				}
			}
		})
	}
}

// TestGolden pins roots and proofs computed before the tree moved here from
// services/trace/merkle: they are anchored on chain, so they must not change
// bit for bit, whatever the reference agrees with.
func TestGolden(t *testing.T) {
	roots := []struct {
		n    int
		root string
	}{
		{1, "6af6a0d299c7a98ee43e710b4f6a3a0a2560d6036d6ffe4cb4413f3d4fbe71d9"},
		{2, "3a88e6fe0639d9ceed1493bcfb7b45f1a5e837459d38e173d5f429acda7facfd"},
		{3, "c11a54bf97f51097ac01bec6051e44ccb4c8f54c3b762aa08794f9e330e6cfa1"},
		{5, "b32d0c23fb625d9aa20fa06ab4dc689a2916a1c1d1fe099fb4bbcd27f5aec4d1"},
		{8, "30d236f86739739faccce394d1b490adc69552b920aaddc2df0e22d89d772659"},
		{1000, "cd63a497874cf79b428c306417b503dd38ed652a78c31eaa00176df9accf3f71"},
	}
	for _, r := range roots {
		if got := fmt.Sprintf("%x", merkle.Build(leaves(r.n)).Root()); got != r.root {
			t.Errorf("%d leaves: root %s, want %s", r.n, got, r.root)
		}
	}
	proofs := []struct {
		leaf  int
		proof []string
	}{
		{4, []string{"85cc782e912b3e7e67b2325fb9cff7084451d5659bef40037d5a62b04082c1d7"}}, // promoted twice
		{1, []string{
			"6af6a0d299c7a98ee43e710b4f6a3a0a2560d6036d6ffe4cb4413f3d4fbe71d9",
			"920518f5589fd0a39859be38f91fd2354555017f992cd7606fc4f73b34255f81",
			"9ae482c2d30ec046933f962b9f4c5bb645177203aaa504ff5295dae33fa69486",
		}},
	}
	tree := merkle.Build(leaves(5))
	for _, p := range proofs {
		var got []string
		for _, h := range tree.Proof(p.leaf) {
			got = append(got, fmt.Sprintf("%x", h))
		}
		if diff := cmp.Diff(p.proof, got); diff != "" {
			t.Errorf("5 leaves, proof of leaf %d (-want +got):\n%s", p.leaf, diff)
		}
	}
}

// TestEveryProof: for every size 1..64, the proof of every leaf verifies
// against the root, and no other leaf of the tree verifies with it.
func TestEveryProof(t *testing.T) {
	for n := 1; n <= 64; n++ {
		ls := leaves(n)
		tree := merkle.Build(ls)
		root := tree.Root()
		for i := range ls {
			proof := tree.Proof(i)
			if !merkle.Verify(root, ls[i], proof) {
				t.Fatalf("%d leaves: the proof of leaf %d does not verify", n, i)
			}
			for j := range ls {
				if j != i && merkle.Verify(root, ls[j], proof) {
					t.Fatalf("%d leaves: leaf %d verifies with the proof of leaf %d", n, j, i)
				}
			}
		}
	}
}

func TestEmpty(t *testing.T) {
	tree := merkle.Build(nil)
	if tree.Root() != ([32]byte{}) || tree.Len() != 0 {
		t.Fatalf("empty tree: root %x, %d leaves; want zero root, no leaves", tree.Root(), tree.Len())
	}
}

// TestBuildCopiesLeaves: reusing the slice after Build must not change the tree.
func TestBuildCopiesLeaves(t *testing.T) {
	ls := leaves(4)
	tree := merkle.Build(ls)
	want := tree.Proof(0)
	ls[1][0] ^= 1
	if got := tree.Proof(0); got[0] != want[0] {
		t.Fatal("changing the caller's slice changed the tree")
	}
}

// TestProofSizeBound: a Singles' Day batch of 400 million items gives proofs of
// at most 29 hashes, 928 bytes, within DESIGN.md's "about 1 KB".
func TestProofSizeBound(t *testing.T) {
	const items = 400_000_000
	d := depth(items)
	size := d * 32
	t.Logf("%d items: proof depth %d, %d bytes", items, d, size)
	if d != 29 || size != 928 || size > 1024 {
		t.Fatalf("%d items: proof depth %d (%d bytes), want 29 (928 bytes, at most 1024)", items, d, size)
	}
}

// TestProperties: for any tree, Build agrees with the reference, every proof
// is within the depth bound and verifies, and no other leaf verifies with it.
func TestProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 300).Draw(t, "n")
		ls := make([][32]byte, n)
		for i := range ls {
			ls[i] = merkle.Leaf([32]byte(rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(t, "item")))
		}
		tree := merkle.Build(ls)
		if tree.Root() != reference(ls) {
			t.Fatalf("root differs from the reference")
		}
		i := rapid.IntRange(0, n-1).Draw(t, "i")
		proof := tree.Proof(i)
		if len(proof) > depth(n) {
			t.Fatalf("proof of %d elements, bound %d", len(proof), depth(n))
		}
		if !merkle.Verify(tree.Root(), ls[i], proof) {
			t.Fatalf("proof of leaf %d does not verify", i)
		}
		j := rapid.IntRange(0, n-1).Draw(t, "j")
		if ls[j] != ls[i] && merkle.Verify(tree.Root(), ls[j], proof) {
			t.Fatalf("leaf %d verifies with the proof of leaf %d", j, i)
		}
	})
}

func BenchmarkBuild1M(b *testing.B) {
	ls := leaves(1 << 20)
	b.ReportAllocs()
	b.SetBytes(int64(len(ls)) * 32)
	for b.Loop() {
		merkle.Build(ls)
	}
}

// BenchmarkVerify checks a proof from a tree of a million leaves (20 hashes)
// and a 29-hash proof, the depth of a 400-million-item batch, made by folding
// random siblings up to the root they imply.
func BenchmarkVerify(b *testing.B) {
	ls := leaves(1 << 20)
	tree := merkle.Build(ls)
	b.Run("depth=20", func(b *testing.B) {
		root, leaf, proof := tree.Root(), ls[12345], tree.Proof(12345)
		b.ReportAllocs()
		for b.Loop() {
			if !merkle.Verify(root, leaf, proof) {
				b.Fatal("proof does not verify")
			}
		}
	})
	b.Run("depth=29", func(b *testing.B) {
		leaf := ls[0]
		proof := ls[1:30]
		root := leaf
		for _, p := range proof {
			root = merkle.Build([][32]byte{root, p}).Root()
		}
		b.ReportAllocs()
		for b.Loop() {
			if !merkle.Verify(root, leaf, proof) {
				b.Fatal("proof does not verify")
			}
		}
	})
}
