package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
)

// TestIds checks that every id is the one the views (and our own derivation of
// ReceivableIds) compute from what the transaction says, that a taken id is
// refused, and that ids do not depend on the order transactions are mined in.
func TestIds(t *testing.T) {
	t.Run("Views", func(t *testing.T) {
		e := newEnv(t)
		fp, salt := newFingerprint(), newSalt()
		view := func(data []byte) *big.Int {
			raw, err := bindCall(e, data)
			if err != nil {
				t.Fatal(describe(err))
			}
			v, err := e.rcv.UnpackRootIdOf(raw) // every view returns one uint256
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		id := one(t, e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(1000_00), e.now()+90*day, fp, [32]byte{}, salt)),
			e.rcv.UnpackReceivableSubmittedEvent).Id
		e.must(e.core, e.rcvC, e.packConfirm(id))
		splitSalt := newSalt()
		splits := e.splitWith(e.sup1, id, splitSalt, e.sup2, int64(100_00), e.sup3, int64(200_00))
		reqSalt := newSalt()
		req := one(t, e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(100_00), n(99_00), e.now()+day, reqSalt)),
			e.rcv.UnpackFinancingRequestedEvent).RequestId
		financed := e.funded(e.bank, req, 99_00)
		issueFp, issueSalt := newFingerprint(), newSalt()
		issued := one(t, e.must(e.core, e.rcvC, e.rcv.PackIssue(e.sup1.addr, n(100_00), e.now()+day, issueFp, [32]byte{}, issueSalt)),
			e.rcv.UnpackReceivableIssuedEvent).Id

		for _, c := range []struct {
			name           string
			got, view, own *big.Int
		}{
			{"submit", id, view(e.rcv.PackRootIdOf(fp, salt)), rootID(fp, salt)},
			{"issue", issued, view(e.rcv.PackRootIdOf(issueFp, issueSalt)), rootID(issueFp, issueSalt)},
			{"split/0", splits[0], view(e.rcv.PackPartIdOf(id, splitSalt, n(0))), partID(id, splitSalt, 0)},
			{"split/1", splits[1], view(e.rcv.PackPartIdOf(id, splitSalt, n(1))), partID(id, splitSalt, 1)},
			{"requestFinancing", req, view(e.rcv.PackRequestIdOf(id, reqSalt)), requestID(id, reqSalt)},
			{"fund", financed, view(e.rcv.PackFundedIdOf(req)), fundedID(req)},
		} {
			if c.got.Cmp(c.view) != 0 || c.got.Cmp(c.own) != 0 {
				t.Errorf("%s: id %s, view %s, derived %s", c.name, c.got, c.view, c.own)
			}
			// 63 bits: the id fits a signed 64-bit integer (Postgres bigint).
			if c.got.Sign() <= 0 || c.got.BitLen() > 63 {
				t.Errorf("%s: id %s is not a positive 63-bit number", c.name, c.got)
			}
		}
	})

	t.Run("ErrSplitSameSalt", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		salt := newSalt()
		e.must(e.sup1, e.rcvC, e.rcv.PackSplit(id, mkParts(e.sup2, int64(100_00)), salt))
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackSplit(id, mkParts(e.sup3, int64(200_00)), salt))
		wantRevert(t, err, "ReceivableIdTaken", partID(id, salt, 0))
		// One more part than last time: the first index is still taken.
		_, err = e.send(e.sup1, e.rcvC, e.rcv.PackSplit(id, mkParts(e.sup3, int64(200_00), e.sup2, int64(100_00)), salt))
		wantRevert(t, err, "ReceivableIdTaken", partID(id, salt, 0))
		// A part's own split with the same salt is another id: the parent is part of it.
		part := partID(id, salt, 0)
		e.must(e.sup2, e.rcvC, e.rcv.PackSplit(part, mkParts(e.sup3, int64(100)), salt))
	})

	t.Run("ErrRequestSameSalt", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		salt := newSalt()
		e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(100_00), n(1), e.now()+day, salt))
		req := requestID(id, salt)
		e.advance(2 * day) // expired: the receivable is free, the id is not
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank2.addr, n(200_00), n(1), e.now()+day, salt))
		wantRevert(t, err, "ReceivableIdTaken", req)
	})

	t.Run("ErrBurnedRootSameSalt", func(t *testing.T) {
		// A rejected root's id stays taken: anyone resubmitting its invoice with its salt is refused.
		e := newEnv(t)
		fp, salt := newFingerprint(), newSalt()
		id := one(t, e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(100_00), e.now()+90*day, fp, [32]byte{}, salt)),
			e.rcv.UnpackReceivableSubmittedEvent).Id
		e.must(e.core, e.rcvC, e.packReject(id))
		_, err := e.send(e.sup2, e.rcvC, e.rcv.PackSubmit(e.core2.addr, n(200_00), e.now()+90*day, fp, [32]byte{}, salt))
		wantRevert(t, err, "ReceivableIdTaken", id)
	})

	// A core issues to one supplier, another supplier submits, both split: mined in
	// one order on one chain and in the other order on another, every id is the same.
	t.Run("MiningOrder", func(t *testing.T) {
		fpA, fpB := crypto.Keccak256Hash([]byte("order-a")), crypto.Keccak256Hash([]byte("order-b"))
		saltA, saltB, saltSplit := crypto.Keccak256Hash([]byte("salt-a")), crypto.Keccak256Hash([]byte("salt-b")), crypto.Keccak256Hash([]byte("salt-split"))
		type ids struct{ A, B, SplitA, SplitB []uint64 }
		run := func(aFirst bool) ids {
			e := newEnv(t)
			submitB := func() uint64 {
				return one(t, e.must(e.sup2, e.rcvC, e.rcv.PackSubmit(e.core2.addr, n(500_00), e.now()+90*day, fpB, [32]byte{}, saltB)),
					e.rcv.UnpackReceivableSubmittedEvent).Id.Uint64()
			}
			issueA := func() uint64 {
				return one(t, e.must(e.core, e.rcvC, e.rcv.PackIssue(e.sup1.addr, n(1000_00), e.now()+90*day, fpA, [32]byte{}, saltA)),
					e.rcv.UnpackReceivableIssuedEvent).Id.Uint64()
			}
			var got ids
			if aFirst {
				got.A = []uint64{issueA()}
				got.B = []uint64{submitB()}
			} else {
				got.B = []uint64{submitB()}
				got.A = []uint64{issueA()}
			}
			// Splits of A by its holder and of B's root once confirmed, in the same two orders.
			e.must(e.core2, e.rcvC, e.packConfirm(n(int64(got.B[0]))))
			splitA := func() []uint64 {
				return uint64s(e.splitWith(e.sup1, n(int64(got.A[0])), saltSplit, e.sup3, int64(100_00), e.sup2, int64(100_00)))
			}
			splitB := func() []uint64 {
				return uint64s(e.splitWith(e.sup2, n(int64(got.B[0])), saltSplit, e.sup3, int64(100_00)))
			}
			if aFirst {
				got.SplitA, got.SplitB = splitA(), splitB()
			} else {
				got.SplitB = splitB()
				got.SplitA = splitA()
			}
			return got
		}
		aThenB, bThenA := run(true), run(false)
		if diff := cmp.Diff(aThenB, bThenA); diff != "" {
			t.Fatalf("ids depend on mining order (-A first +B first):\n%s", diff)
		}
		if aThenB.A[0] != rootID(fpA, saltA).Uint64() || aThenB.B[0] != rootID(fpB, saltB).Uint64() {
			t.Fatalf("ids %+v are not the derived ones", aThenB)
		}
	})
}

// splitWith splits parts off id as holder with salt; returns the new ids.
func (e *env) splitWith(holder *acct, id *big.Int, salt [32]byte, parts ...any) []*big.Int {
	e.t.Helper()
	r := e.must(holder, e.rcvC, e.rcv.PackSplit(id, mkParts(parts...), salt))
	var ids []*big.Int
	for _, ev := range events(r, e.rcv.UnpackReceivableSplitEvent) {
		ids = append(ids, ev.Id)
	}
	return ids
}

func uint64s(ids []*big.Int) []uint64 {
	out := make([]uint64, len(ids))
	for i, id := range ids {
		out[i] = id.Uint64()
	}
	return out
}
