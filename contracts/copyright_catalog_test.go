package contracts_test

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/merkle"
)

func (e *copyEnv) catalog(root [32]byte) copyrightregistry.ICopyrightRegistryCatalog {
	e.t.Helper()
	return call(e.env, e.crC, e.cr.PackCatalog(root), e.cr.UnpackCatalog)
}

func (e *copyEnv) verifyWork(root, contentHash [32]byte, proof [][32]byte) bool {
	e.t.Helper()
	return call(e.env, e.crC, e.cr.PackVerifyWork(root, contentHash, proof), e.cr.UnpackVerifyWork)
}

// catalogTree builds the tree of n works named label:i, as services/copyright does.
func catalogTree(label string, n int) ([][32]byte, *merkle.Tree) {
	hashes := make([][32]byte, n)
	leaves := make([][32]byte, n)
	for i := range hashes {
		hashes[i] = newWork(fmt.Sprintf("%s:%d", label, i))
		leaves[i] = merkle.Leaf(hashes[i])
	}
	return hashes, merkle.Build(leaves)
}

func TestCopyrightCatalog(t *testing.T) {
	e := newCopyEnv(t)

	t.Run("OK", func(t *testing.T) {
		// One owner per accepted role: SUPPLIER, CORE_ENTERPRISE, OPERATOR.
		for _, who := range []*acct{e.sup1, e.core, e.op} {
			_, tree := catalogTree("ok:"+who.name, 3)
			root := tree.Root()
			r := e.must(who, e.crC, e.cr.PackRegisterCatalog(root, 3, "catalog-"+who.name))
			t.Logf("registerCatalog by %s: %d gas", who.name, r.GasUsed)
			at := blockTimeOf(e.env, r)
			wantEventArgs(t, &copyrightregistry.CopyrightRegistryCatalogRegistered{
				Root: root, Owner: who.addr, WorkCount: 3, CatalogId: "catalog-" + who.name, RegisteredAt: at,
			}, one(t, r, e.cr.UnpackCatalogRegisteredEvent))
			want := copyrightregistry.ICopyrightRegistryCatalog{Owner: who.addr, WorkCount: 3, RegisteredAt: at, BlockNumber: r.BlockNumber.Uint64()}
			if diff := cmp.Diff(want, e.catalog(root)); diff != "" {
				t.Fatalf("catalog (-want +got):\n%s", diff)
			}
		}
	})

	t.Run("Unregistered", func(t *testing.T) {
		if got := e.catalog(newRoot("never")); got != (copyrightregistry.ICopyrightRegistryCatalog{}) {
			t.Fatalf("catalog(unknown) = %+v, want zero", got)
		}
	})

	t.Run("ErrCatalogAlreadyRegistered", func(t *testing.T) {
		root := newRoot("dup")
		r := e.must(e.sup2, e.crC, e.cr.PackRegisterCatalog(root, 5, "first"))
		for _, who := range []*acct{e.sup2, e.core} {
			_, err := e.send(who, e.crC, e.cr.PackRegisterCatalog(root, 7, "again"))
			wantRevert(t, err, "CopyrightCatalogAlreadyRegistered", root, e.sup2.addr, r.BlockNumber.Uint64())
		}
	})

	t.Run("ErrZeroRoot", func(t *testing.T) {
		_, err := e.send(e.sup1, e.crC, e.cr.PackRegisterCatalog([32]byte{}, 5, "zero"))
		wantRevert(t, err, "CopyrightZeroRoot")
	})

	t.Run("ErrEmptyCatalog", func(t *testing.T) {
		root := newRoot("empty")
		_, err := e.send(e.sup1, e.crC, e.cr.PackRegisterCatalog(root, 0, "empty"))
		wantRevert(t, err, "CopyrightEmptyCatalog", root)
	})

	t.Run("ErrUnauthorized", func(t *testing.T) {
		// Suspending sup3 leaves its SUPPLIER role in place but makes it inactive.
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup3.addr, orgSuspended))
		for _, who := range []*acct{e.nobody, e.sup3, e.bank, e.ver, e.clr} {
			_, err := e.send(who, e.crC, e.cr.PackRegisterCatalog(newRoot("unauthorized:"+who.name), 5, "x"))
			wantRevert(t, err, "CopyrightUnauthorized", who.addr)
		}
	})
}

// TestCopyrightCatalogVerify registers the root of a tree of 1000 works built by
// services/merkle and checks their proofs with verifyWork on chain.
func TestCopyrightCatalogVerify(t *testing.T) {
	e := newCopyEnv(t)
	const works = 1000
	hashes, tree := catalogTree("verify", works)
	root := tree.Root()

	// Before registration a correct proof proves nothing.
	if e.verifyWork(root, hashes[0], tree.Proof(0)) {
		t.Fatal("a proof against an unregistered root verifies on chain")
	}
	r := e.must(e.sup1, e.crC, e.cr.PackRegisterCatalog(root, works, "verify"))
	t.Logf("registerCatalog, %d works: %d gas", works, r.GasUsed)

	for i := 0; i < works; i += 37 {
		if !e.verifyWork(root, hashes[i], tree.Proof(i)) {
			t.Fatalf("work %d: proof does not verify on chain", i)
		}
	}
	if last := works - 1; !e.verifyWork(root, hashes[last], tree.Proof(last)) {
		t.Fatalf("work %d (promoted odd node): proof does not verify on chain", last)
	}

	proof := tree.Proof(500)
	gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{To: &e.crAddr, Data: e.cr.PackVerifyWork(root, hashes[500], proof)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verifyWork, %d-hash proof: %d gas as a transaction", len(proof), gas)

	tampered := append([][32]byte(nil), proof...)
	tampered[3][0] ^= 1
	if e.verifyWork(root, hashes[500], tampered) {
		t.Fatal("a tampered proof verifies on chain")
	}
	if e.verifyWork(root, hashes[501], proof) {
		t.Fatal("work 501 verifies with the proof of work 500")
	}
	if e.verifyWork(root, sha256.Sum256([]byte("not in the catalog")), proof) {
		t.Fatal("a work outside the catalog verifies")
	}
	// The leaf is computed on chain: an inner node cannot pass for a work.
	inner := tree.Proof(0)
	if e.verifyWork(root, inner[0], inner[1:]) {
		t.Fatal("an inner node verifies as a work")
	}
	// A leaf value given as the content hash is hashed again, so it fails too.
	if e.verifyWork(root, merkle.Leaf(hashes[0]), tree.Proof(0)) {
		t.Fatal("a leaf verifies as a content hash")
	}
}

// copyrightGas measures the CopyrightRegistry's operations for TestGasReport,
// on the registry contracts.Deploy deployed, and hands each to add with its budget.
func copyrightGas(e *env, add func(op string, budget, gas uint64)) {
	cr := copyrightregistry.NewCopyrightRegistry()
	crC := cr.Instance(e.client, e.dep.CopyrightRegistry)
	h := newWork("gas")
	add("copyright register (40-byte title)", 155_000, e.must(e.sup1, crC, cr.PackRegister(h, strings.Repeat("t", 40), newWork("meta"))).GasUsed)
	add("copyright transferOwnership", 70_000, e.must(e.sup1, crC, cr.PackTransferOwnership(h, e.core.addr)).GasUsed)
	add("copyright grantLicense", 126_000, e.must(e.core, crC, cr.PackGrantLicense(h, e.bank.addr, newWork("terms"), e.now()+day)).GasUsed)
	add("copyright revokeLicense", 65_000, e.must(e.core, crC, cr.PackRevokeLicense(h, e.bank.addr)).GasUsed)
	hashes, tree := catalogTree("gas", 1_000_000)
	add("copyright registerCatalog (1,000,000 works)", 120_000, e.must(e.sup1, crC, cr.PackRegisterCatalog(tree.Root(), 1_000_000, "gas-catalog")).GasUsed)
	proof := tree.Proof(123_456)
	gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{To: &e.dep.CopyrightRegistry, Data: cr.PackVerifyWork(tree.Root(), hashes[123_456], proof)})
	if err != nil {
		e.t.Fatal(err)
	}
	add(fmt.Sprintf("copyright verifyWork (%d-hash proof, as a transaction)", len(proof)), 62_000, gas)
}
