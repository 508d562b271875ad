package contracts_test

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/merkle"
)

// traceEnv is the standard env with a TraceAnchor deployed against its registry.
type traceEnv struct {
	*env
	addr common.Address
	ta   *traceanchor.TraceAnchor
	taC  *bind.BoundContract
}

func newTraceEnv(t *testing.T) *traceEnv {
	t.Helper()
	e := newEnv(t)
	ta := traceanchor.NewTraceAnchor()
	addr := e.deploy(e.op, "TraceAnchor", &traceanchor.TraceAnchorMetaData, ta.PackConstructor(e.dep.IdentityRegistry))
	return &traceEnv{env: e, addr: addr, ta: ta, taC: ta.Instance(e.client, addr)}
}

// newRoot returns a fresh non-zero root.
func newRoot(label string) [32]byte {
	return crypto.Keccak256Hash([]byte("root:" + label))
}

func TestTraceAnchor(t *testing.T) {
	e := newTraceEnv(t)

	t.Run("OK", func(t *testing.T) {
		for _, who := range []*acct{e.sup1, e.op} {
			root := newRoot(who.name)
			r := e.must(who, e.taC, e.ta.PackAnchor(root, 1_000_000, "batch-"+who.name))
			t.Logf("anchor by %s: %d gas", who.name, r.GasUsed)
			h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			ev := one(t, r, e.ta.UnpackBatchAnchoredEvent)
			want := &traceanchor.TraceAnchorBatchAnchored{
				Root: root, Anchorer: who.addr, ItemCount: 1_000_000, BatchId: "batch-" + who.name, AnchoredAt: h.Time,
			}
			if diff := cmp.Diff(want, ev, cmpopts.IgnoreFields(traceanchor.TraceAnchorBatchAnchored{}, "Raw")); diff != "" {
				t.Fatalf("BatchAnchored (-want +got):\n%s", diff)
			}
			got := call(e.env, e.taC, e.ta.PackAnchored(root), e.ta.UnpackAnchored)
			wantBatch := traceanchor.ITraceAnchorBatch{
				Anchorer: who.addr, ItemCount: 1_000_000, AnchoredAt: h.Time, BlockNumber: r.BlockNumber.Uint64(),
			}
			if diff := cmp.Diff(wantBatch, got); diff != "" {
				t.Fatalf("anchored (-want +got):\n%s", diff)
			}
		}
	})

	t.Run("Unanchored", func(t *testing.T) {
		got := call(e.env, e.taC, e.ta.PackAnchored(newRoot("never")), e.ta.UnpackAnchored)
		if got != (traceanchor.ITraceAnchorBatch{}) {
			t.Fatalf("anchored(unknown root) = %+v, want zero", got)
		}
	})

	t.Run("ErrRootAlreadyAnchored", func(t *testing.T) {
		root := newRoot("dup")
		r := e.must(e.sup2, e.taC, e.ta.PackAnchor(root, 5, "first"))
		for _, who := range []*acct{e.sup2, e.sup1} {
			_, err := e.send(who, e.taC, e.ta.PackAnchor(root, 7, "again"))
			wantRevert(t, err, "TraceRootAlreadyAnchored", root, r.BlockNumber.Uint64(), e.sup2.addr)
		}
	})

	t.Run("ErrZeroRoot", func(t *testing.T) {
		_, err := e.send(e.sup1, e.taC, e.ta.PackAnchor([32]byte{}, 5, "zero"))
		wantRevert(t, err, "TraceZeroRoot")
	})

	t.Run("ErrEmptyBatch", func(t *testing.T) {
		root := newRoot("empty")
		_, err := e.send(e.sup1, e.taC, e.ta.PackAnchor(root, 0, "empty"))
		wantRevert(t, err, "TraceEmptyBatch", root)
	})

	t.Run("ErrUnauthorized", func(t *testing.T) {
		// Suspending sup3 leaves its SUPPLIER role in place but makes it inactive.
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup3.addr, orgSuspended))
		for _, who := range []*acct{e.nobody, e.bank, e.core, e.ver, e.sup3} {
			_, err := e.send(who, e.taC, e.ta.PackAnchor(newRoot("unauthorized:"+who.name), 5, "x"))
			wantRevert(t, err, "TraceUnauthorized", who.addr)
		}
	})
}

// TestTraceAnchorVerify anchors a tree built by services/merkle and
// checks its proofs with OpenZeppelin's MerkleProof on chain.
func TestTraceAnchorVerify(t *testing.T) {
	e := newTraceEnv(t)
	const items = 1000
	itemHashes := make([][32]byte, items)
	leaves := make([][32]byte, items)
	for i := range leaves {
		itemHashes[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("event %d", i)))
		leaves[i] = merkle.Leaf(itemHashes[i])
	}
	tree := merkle.Build(leaves)
	root := tree.Root()
	r := e.must(e.sup1, e.taC, e.ta.PackAnchor(root, items, "verify"))
	t.Logf("anchor: %d gas", r.GasUsed)

	verify := func(root, leaf [32]byte, proof [][32]byte) bool {
		return call(e.env, e.taC, e.ta.PackVerify(root, leaf, proof), e.ta.UnpackVerify)
	}
	for i := 0; i < items; i += 100 {
		if !verify(root, leaves[i], tree.Proof(i)) {
			t.Fatalf("leaf %d: proof does not verify on chain", i)
		}
	}
	// verifyItem computes the leaf on chain, so an inner node cannot pass for an item.
	verifyItem := func(root, item [32]byte, proof [][32]byte) bool {
		return call(e.env, e.taC, e.ta.PackVerifyItem(root, item, proof), e.ta.UnpackVerifyItem)
	}
	if !verifyItem(root, itemHashes[700], tree.Proof(700)) {
		t.Fatal("item 700: verifyItem refuses its proof")
	}
	inner := tree.Proof(0)
	if verifyItem(root, inner[0], inner[1:]) || verifyItem(root, itemHashes[700], tree.Proof(701)) {
		t.Fatal("verifyItem accepts a node or a foreign proof")
	}
	last := items - 1
	if !verify(root, leaves[last], tree.Proof(last)) {
		t.Fatalf("leaf %d: proof does not verify on chain", last)
	}

	proof := tree.Proof(500)
	gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{To: &e.addr, Data: e.ta.PackVerify(root, leaves[500], proof)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verify, %d-hash proof: %d gas as a transaction", len(proof), gas)

	tampered := append([][32]byte(nil), proof...)
	tampered[3][0] ^= 1
	if verify(root, leaves[500], tampered) {
		t.Fatal("a tampered proof verifies on chain")
	}
	if verify(root, leaves[501], proof) {
		t.Fatal("leaf 501 verifies with the proof of leaf 500")
	}
	// A tree that was built but never anchored proves nothing.
	other := merkle.Build(leaves[:items-1])
	if verify(other.Root(), leaves[0], other.Proof(0)) {
		t.Fatal("a proof against an unanchored root verifies on chain")
	}
	if !merkle.Verify(other.Root(), leaves[0], other.Proof(0)) {
		t.Fatal("the unanchored tree's proof does not verify off chain")
	}
}
