package contracts_test

import (
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// lapseIn advances the chain to secondsAfter the moment pending root id lapses
// (negative: before it) and returns that moment.
func (e *env) lapseIn(id *big.Int, secondsAfter int64) uint64 {
	e.t.Helper()
	r := e.root(id)
	lapsesAt := r.IssuedAt + uint64(r.LapsePeriod)
	e.advance(uint64(int64(lapsesAt) + secondsAfter - int64(e.now())))
	return lapsesAt
}

var ignoreRaw = cmpopts.IgnoreFields(receivable.ReceivableReceivableLapsed{}, "Raw")

func TestLapse(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		fp := newFingerprint()
		r := e.must(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{}))
		sub := one(t, r, e.rcv.UnpackReceivableSubmittedEvent)
		id := sub.Id
		if lapsesAt := e.lapseIn(id, 0); sub.LapsesAt != lapsesAt {
			t.Fatalf("ReceivableSubmitted.lapsesAt %d, root lapses at %d", sub.LapsesAt, lapsesAt)
		}
		// Anyone may lapse it: nobody here holds no role at all.
		r = e.must(e.nobody, e.rcvC, e.rcv.PackLapse(id))
		want := &receivable.ReceivableReceivableLapsed{Id: id, Obligor: e.core.addr, Creditor: e.sup1.addr, Fingerprint: fp, Value: n(300_00)}
		if diff := cmp.Diff(want, one(t, r, e.rcv.UnpackReceivableLapsedEvent), bigComparer, ignoreRaw); diff != "" {
			t.Fatalf("ReceivableLapsed (-want +got):\n%s", diff)
		}
		if tv := one(t, r, e.rcv.UnpackTransferValueEvent); tv.FromTokenId.Cmp(id) != 0 || tv.ToTokenId.Sign() != 0 || tv.Value.Int64() != 300_00 {
			t.Fatalf("TransferValue: %+v", tv)
		}
		if tr := one(t, r, e.rcv.UnpackTransferEvent); tr.From != e.sup1.addr || tr.To != ([20]byte{}) || tr.TokenId.Cmp(id) != 0 {
			t.Fatalf("ERC-721 Transfer: %+v", tr)
		}
		if st := e.root(id).Status; st != statusLapsed {
			t.Fatalf("status %d, want lapsed", st)
		}
		if v := e.receivable(id).Value; v.Sign() != 0 {
			t.Fatalf("lapsed receivable keeps %s", v)
		}
		_, err := bindCall(e, e.rcv.PackOwnerOf(id))
		wantRevert(t, err, "ERC721NonexistentToken", id)
		if got := e.rootOfFingerprint(fp); got.Sign() != 0 {
			t.Fatalf("fingerprint still bound to %s", got)
		}
		// The invoice is free: the supplier may submit it again, and the obligor confirm it.
		again, _ := e.resubmitted(e.sup1, fp)
		e.must(e.core, e.rcvC, e.packConfirm(again))
		_, err = e.send(e.core, e.rcvC, e.rcv.PackConfirm(id, fp))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusLapsed)
	})
	t.Run("ErrNotYetLapsed", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
		_, err := e.send(e.nobody, e.rcvC, e.rcv.PackLapse(id))
		lapsesAt := e.root(id).IssuedAt + 30*day
		wantRevert(t, err, "ReceivableNotYetLapsed", id, lapsesAt, e.now())
		e.lapseIn(id, -1)
		_, err = e.send(e.sup1, e.rcvC, e.rcv.PackLapse(id))
		wantRevert(t, err, "ReceivableNotYetLapsed", id, lapsesAt, lapsesAt-1)
	})
	t.Run("OKPastDue", func(t *testing.T) {
		// Due before it lapses: it cannot be confirmed any more, and lapses on time all the same.
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		e.lapseIn(id, 0)
		e.must(e.core, e.rcvC, e.rcv.PackLapse(id))
	})
	t.Run("OKResubmissionLapsesOld", func(t *testing.T) {
		e := newEnv(t)
		fp := newFingerprint()
		r := e.must(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{}))
		old := one(t, r, e.rcv.UnpackReceivableSubmittedEvent).Id
		e.lapseIn(old, 0)
		// Another supplier's submission of the same invoice, to another obligor even.
		r = e.must(e.sup2, e.rcvC, e.packSubmit(e.core2.addr, n(250_00), e.now()+90*day, fp, [32]byte{}))
		want := &receivable.ReceivableReceivableLapsed{Id: old, Obligor: e.core.addr, Creditor: e.sup1.addr, Fingerprint: fp, Value: n(300_00)}
		if diff := cmp.Diff(want, one(t, r, e.rcv.UnpackReceivableLapsedEvent), bigComparer, ignoreRaw); diff != "" {
			t.Fatalf("ReceivableLapsed (-want +got):\n%s", diff)
		}
		sub := one(t, r, e.rcv.UnpackReceivableSubmittedEvent)
		if sub.Id.Cmp(old) == 0 || sub.Creditor != e.sup2.addr || sub.Fingerprint != fp {
			t.Fatalf("ReceivableSubmitted: %+v", sub)
		}
		// The lapse comes first: its burn, then the new mint.
		tv := events(r, e.rcv.UnpackTransferValueEvent)
		if len(tv) != 2 || tv[0].FromTokenId.Cmp(old) != 0 || tv[0].ToTokenId.Sign() != 0 || tv[1].FromTokenId.Sign() != 0 || tv[1].ToTokenId.Cmp(sub.Id) != 0 {
			t.Fatalf("TransferValue events: %+v", tv)
		}
		if st := e.root(old).Status; st != statusLapsed {
			t.Fatalf("old status %d, want lapsed", st)
		}
		if got := e.rootOfFingerprint(fp); got.Cmp(sub.Id) != 0 {
			t.Fatalf("fingerprint bound to %s, want the new root %s", got, sub.Id)
		}
		_, err := e.send(e.nobody, e.rcvC, e.rcv.PackLapse(old))
		wantRevert(t, err, "ReceivableInvalidStatus", old, statusLapsed)
	})
	t.Run("OKIssueLapsesOld", func(t *testing.T) {
		// The obligor that did not confirm may issue the invoice directly instead.
		e := newEnv(t)
		fp := newFingerprint()
		old := one(t, e.must(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{})),
			e.rcv.UnpackReceivableSubmittedEvent).Id
		e.lapseIn(old, 0)
		r := e.must(e.core, e.rcvC, e.packIssue(e.sup1.addr, n(300_00), e.now()+30*day, fp, [32]byte{}))
		if ev := one(t, r, e.rcv.UnpackReceivableLapsedEvent); ev.Id.Cmp(old) != 0 {
			t.Fatalf("ReceivableLapsed: %+v", ev)
		}
		issued := one(t, r, e.rcv.UnpackReceivableIssuedEvent).Id
		if e.root(issued).Status != statusActive || e.rootOfFingerprint(fp).Cmp(issued) != 0 {
			t.Fatal("issue after lapse did not take the invoice")
		}
	})
	t.Run("ErrResubmissionBeforeLapse", func(t *testing.T) {
		e := newEnv(t)
		fp := newFingerprint()
		old := one(t, e.must(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{})),
			e.rcv.UnpackReceivableSubmittedEvent).Id
		e.lapseIn(old, -3600)
		_, err := e.send(e.sup2, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{}))
		wantRevert(t, err, "ReceivableInvoiceAlreadyTokenized", fp, old)
	})
	t.Run("ErrResubmissionSameSalt", func(t *testing.T) {
		// The same fingerprint and salt name the lapsed root's id, which stays taken;
		// the refusal undoes the lapse it would have made.
		e := newEnv(t)
		fp, salt := newFingerprint(), newSalt()
		e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{}, salt))
		old := rootID(fp, salt)
		e.lapseIn(old, 0)
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{}, salt))
		wantRevert(t, err, "ReceivableIdTaken", old)
		if st := e.root(old).Status; st != statusPending {
			t.Fatalf("status %d, want still pending", st)
		}
		e.must(e.nobody, e.rcvC, e.rcv.PackLapse(old))
		_, err = e.send(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+90*day, fp, [32]byte{}, salt))
		wantRevert(t, err, "ReceivableIdTaken", old)
	})

	cases := []struct {
		name string
		prep func(e *env) *big.Int // returns the id to lapse
		err  string
		args func(e *env, id *big.Int) []any
	}{
		{"ErrActive", func(e *env) *big.Int { return e.active(100_00) }, "ReceivableInvalidStatus",
			func(e *env, id *big.Int) []any { return []any{id, statusActive} }},
		{"ErrIssued", func(e *env) *big.Int {
			return one(e.t, e.must(e.core, e.rcvC, e.packIssue(e.sup1.addr, n(100_00), e.now()+90*day, newFingerprint(), [32]byte{})),
				e.rcv.UnpackReceivableIssuedEvent).Id
		}, "ReceivableInvalidStatus", func(e *env, id *big.Int) []any { return []any{id, statusActive} }},
		{"ErrRejected", func(e *env) *big.Int {
			id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
			e.must(e.core, e.rcvC, e.packReject(id))
			return id
		}, "ReceivableInvalidStatus", func(e *env, id *big.Int) []any { return []any{id, statusRejected} }},
		{"ErrTwice", func(e *env) *big.Int {
			id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
			e.lapseIn(id, 0)
			e.must(e.nobody, e.rcvC, e.rcv.PackLapse(id))
			return id
		}, "ReceivableInvalidStatus", func(e *env, id *big.Int) []any { return []any{id, statusLapsed} }},
		{"ErrNotRoot", func(e *env) *big.Int {
			return e.splitTo(e.sup1, e.active(1000_00), e.sup2, int64(100_00))[0]
		}, "ReceivableNotRoot", func(e *env, id *big.Int) []any { return []any{id, new(big.Int).SetUint64(e.receivable(id).RootId)} }},
		{"ErrNotFound", func(e *env) *big.Int { return n(42) }, "ReceivableNotFound",
			func(e *env, id *big.Int) []any { return []any{id} }},
		{"ErrPaused", func(e *env) *big.Int {
			id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
			e.lapseIn(id, 0)
			e.must(e.op, e.rcvC, e.rcv.PackPause())
			return id
		}, "EnforcedPause", func(e *env, id *big.Int) []any { return nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			id := c.prep(e)
			_, err := e.send(e.nobody, e.rcvC, e.rcv.PackLapse(id))
			wantRevert(t, err, c.err, c.args(e, id)...)
		})
	}
}

// resubmitted has sup submit invoice fp again, owed by core, and returns the new root.
func (e *env) resubmitted(sup *acct, fp [32]byte) (*big.Int, *receivable.ReceivableReceivableSubmitted) {
	e.t.Helper()
	r := e.must(sup, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+30*day, fp, [32]byte{}))
	ev := one(e.t, r, e.rcv.UnpackReceivableSubmittedEvent)
	return ev.Id, ev
}
