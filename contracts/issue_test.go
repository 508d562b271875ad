package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/duochain/duochain/contracts/bindings/receivable"
)

func TestSubmit(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		fp, doc := newFingerprint(), crypto.Keccak256Hash([]byte("invoice.pdf"))
		due := e.now() + 30*day
		r := e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(500_00), due, fp, doc))
		ev := one(t, r, e.rcv.UnpackReceivableSubmittedEvent)
		want := &receivable.ReceivableReceivableSubmitted{Id: n(1), Obligor: e.core.addr, Creditor: e.sup1.addr, Value: n(500_00), DueDate: due, Fingerprint: fp, DocumentHash: doc}
		if diff := cmp.Diff(want, ev, bigComparer, cmpopts.IgnoreFields(receivable.ReceivableReceivableSubmitted{}, "Raw")); diff != "" {
			t.Fatalf("event (-want +got):\n%s", diff)
		}
		slot := one(t, r, e.rcv.UnpackSlotChangedEvent)
		tv := one(t, r, e.rcv.UnpackTransferValueEvent)
		if slot.NewSlot.Int64() != 1 || tv.FromTokenId.Sign() != 0 || tv.ToTokenId.Int64() != 1 || tv.Value.Int64() != 500_00 {
			t.Fatalf("ERC-3525 events: %+v %+v", slot, tv)
		}
		root := e.root(n(1))
		if root.Status != statusPending || root.Obligor != e.core.addr || root.Creditor != e.sup1.addr ||
			root.FaceValue.Int64() != 500_00 || root.Fingerprint != fp || root.DocumentHash != doc || root.DueDate != due {
			t.Fatalf("root: %+v", root)
		}
		if e.owner(n(1)) != e.sup1.addr {
			t.Fatal("supplier does not hold the pending certificate")
		}
		if got := call(e, e.rcvC, e.rcv.PackRootOfFingerprint(fp), e.rcv.UnpackRootOfFingerprint); got.Int64() != 1 {
			t.Fatalf("rootOfFingerprint = %s", got)
		}
		if got := call(e, e.rcvC, e.rcv.PackBalanceOf0(n(1)), e.rcv.UnpackBalanceOf0); got.Int64() != 500_00 {
			t.Fatalf("balanceOf(1) = %s", got)
		}
		if got := call(e, e.rcvC, e.rcv.PackSlotOf(n(1)), e.rcv.UnpackSlotOf); got.Int64() != 1 {
			t.Fatalf("slotOf(1) = %s", got)
		}
	})

	maxTerm := 365 * day
	tooBig := new(big.Int).Lsh(big.NewInt(1), 128)
	cases := []struct {
		name    string
		prepare func(e *env) // optional
		from    func(e *env) *acct
		obligor func(e *env) common.Address
		value   *big.Int
		dueIn   int64 // seconds from the latest block; may be negative
		fp      func(e *env) [32]byte
		err     string
		args    func(e *env, fp [32]byte, due uint64) []any
	}{
		{name: "ErrCallerNotSupplier", from: func(e *env) *acct { return e.bank }, err: "ReceivableUnauthorized",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{e.bank.addr, [32]byte(roleSupplier)} }},
		{name: "ErrUnregisteredCaller", from: func(e *env) *acct { return e.nobody }, err: "ReceivableUnauthorized",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{e.nobody.addr, [32]byte(roleSupplier)} }},
		{name: "ErrObligorNotCore", obligor: func(e *env) common.Address { return e.sup2.addr }, err: "ReceivableUnauthorized",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{e.sup2.addr, [32]byte(roleCore)} }},
		{name: "ErrNotVerified", prepare: func(e *env) { e.revokeKYB(e.sup1) }, err: "ReceivableNotVerified",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{e.sup1.addr, topicKYB} }},
		{name: "ErrZeroValue", value: n(0), err: "ReceivableInvalidValue",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{n(0)} }},
		{name: "ErrValueTooLarge", value: tooBig, err: "ReceivableInvalidValue",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{tooBig} }},
		{name: "ErrDueDateInPast", dueIn: -1, err: "ReceivableInvalidDueDate",
			args: func(e *env, _ [32]byte, due uint64) []any { return []any{due, e.now()} }},
		{name: "ErrDueDateNow", dueIn: 0, err: "ReceivableInvalidDueDate",
			args: func(e *env, _ [32]byte, due uint64) []any { return []any{due, e.now()} }},
		{name: "ErrTermTooLong", dueIn: int64(maxTerm) + 1, err: "ReceivableTermTooLong",
			args: func(e *env, _ [32]byte, due uint64) []any { return []any{due, e.now() + maxTerm} }},
		{name: "ErrZeroFingerprint", fp: func(e *env) [32]byte { return [32]byte{} }, err: "ReceivableInvalidFingerprint",
			args: func(e *env, _ [32]byte, _ uint64) []any { return nil }},
		{name: "ErrDuplicateInvoice", fp: func(e *env) [32]byte {
			fp := newFingerprint()
			e.must(e.sup2, e.rcvC, e.rcv.PackSubmit(e.core2.addr, n(100_00), e.now()+day, fp, [32]byte{}))
			return fp
		}, err: "ReceivableInvoiceAlreadyTokenized",
			args: func(e *env, fp [32]byte, _ uint64) []any { return []any{fp, n(1)} }},
		{name: "ErrDuplicateOfIssued", fp: func(e *env) [32]byte {
			fp := newFingerprint()
			e.must(e.core, e.rcvC, e.rcv.PackIssue(e.sup3.addr, n(100_00), e.now()+day, fp, [32]byte{}))
			return fp
		}, err: "ReceivableInvoiceAlreadyTokenized",
			args: func(e *env, fp [32]byte, _ uint64) []any { return []any{fp, n(1)} }},
		{name: "ErrPaused", prepare: func(e *env) { e.must(e.op, e.rcvC, e.rcv.PackPause()) }, err: "EnforcedPause",
			args: func(e *env, _ [32]byte, _ uint64) []any { return nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prepare != nil {
				c.prepare(e)
			}
			from, obligor, value, dueIn := e.sup1, e.core.addr, n(100_00), int64(30*day)
			if c.from != nil {
				from = c.from(e)
			}
			if c.obligor != nil {
				obligor = c.obligor(e)
			}
			if c.value != nil {
				value = c.value
			}
			if c.dueIn != 0 || c.name == "ErrDueDateNow" {
				dueIn = c.dueIn
			}
			fp := newFingerprint()
			if c.fp != nil {
				fp = c.fp(e)
			}
			due := uint64(int64(e.now()) + dueIn)
			_, err := e.send(from, e.rcvC, e.rcv.PackSubmit(obligor, value, due, fp, [32]byte{}))
			wantRevert(t, err, c.err, c.args(e, fp, due)...)
		})
	}
}

func TestIssue(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		fp := newFingerprint()
		due := e.now() + 60*day
		r := e.must(e.core, e.rcvC, e.rcv.PackIssue(e.sup1.addr, n(777_00), due, fp, [32]byte{1}))
		ev := one(t, r, e.rcv.UnpackReceivableIssuedEvent)
		if ev.Id.Int64() != 1 || ev.Obligor != e.core.addr || ev.Creditor != e.sup1.addr || ev.Value.Int64() != 777_00 ||
			ev.DueDate != due || ev.Fingerprint != fp || ev.DocumentHash != [32]byte{1} {
			t.Fatalf("event: %+v", ev)
		}
		if st := e.root(n(1)).Status; st != statusActive {
			t.Fatalf("status %d, want active", st)
		}
		if e.owner(n(1)) != e.sup1.addr {
			t.Fatal("supplier does not hold the issued certificate")
		}
	})
	cases := []struct {
		name string
		from func(e *env) *acct
		to   func(e *env) *acct
		prep func(e *env)
		err  string
		args func(e *env) []any
	}{
		{"ErrCallerNotCore", func(e *env) *acct { return e.sup2 }, func(e *env) *acct { return e.sup1 }, nil,
			"ReceivableUnauthorized", func(e *env) []any { return []any{e.sup2.addr, [32]byte(roleCore)} }},
		{"ErrRecipientNotSupplier", func(e *env) *acct { return e.core }, func(e *env) *acct { return e.bank }, nil,
			"ReceivableUnauthorized", func(e *env) []any { return []any{e.bank.addr, [32]byte(roleSupplier)} }},
		{"ErrRecipientNotVerified", func(e *env) *acct { return e.core }, func(e *env) *acct { return e.sup2 },
			func(e *env) { e.revokeKYB(e.sup2) },
			"ReceivableNotVerified", func(e *env) []any { return []any{e.sup2.addr, topicKYB} }},
		{"ErrSuspendedCore", func(e *env) *acct { return e.core }, func(e *env) *acct { return e.sup1 },
			func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.core.addr, 2)) },
			"ReceivableUnauthorized", func(e *env) []any { return []any{e.core.addr, [32]byte(roleCore)} }},
		{"ErrPaused", func(e *env) *acct { return e.core }, func(e *env) *acct { return e.sup1 },
			func(e *env) { e.must(e.op, e.rcvC, e.rcv.PackPause()) },
			"EnforcedPause", func(e *env) []any { return nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			_, err := e.send(c.from(e), e.rcvC, e.rcv.PackIssue(c.to(e).addr, n(100_00), e.now()+day, newFingerprint(), [32]byte{}))
			wantRevert(t, err, c.err, c.args(e)...)
		})
	}
}

func TestConfirm(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		r := e.must(e.core, e.rcvC, e.rcv.PackConfirm(id))
		ev := one(t, r, e.rcv.UnpackReceivableConfirmedEvent)
		if ev.Id.Cmp(id) != 0 || ev.Obligor != e.core.addr || ev.Creditor != e.sup1.addr {
			t.Fatalf("event: %+v", ev)
		}
		if st := e.root(id).Status; st != statusActive {
			t.Fatalf("status %d", st)
		}
	})
	t.Run("ErrNotObligor", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		_, err := e.send(e.core2, e.rcvC, e.rcv.PackConfirm(id))
		wantRevert(t, err, "ReceivableNotObligor", id, e.core.addr, e.core2.addr)
	})
	t.Run("ErrObligorSuspended", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.core.addr, 2))
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(id))
		wantRevert(t, err, "ReceivableUnauthorized", e.core.addr, [32]byte(roleCore))
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		e := newEnv(t)
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(n(42)))
		wantRevert(t, err, "ReceivableNotFound", n(42))
	})
	t.Run("ErrNotRoot", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		part := e.splitTo(e.sup1, id, e.sup2, int64(100_00))[0]
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(part))
		wantRevert(t, err, "ReceivableNotRoot", part, id)
	})
	t.Run("ErrAlreadyActive", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(100_00)
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(id))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusActive)
	})
	t.Run("ErrPastDue", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		due := e.root(id).DueDate
		e.advance(11 * day)
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(id))
		wantRevert(t, err, "ReceivablePastDue", id, due, e.now())
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(id))
		wantRevert(t, err, "EnforcedPause")
	})
}

func TestReject(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		fp := newFingerprint()
		r := e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+day, fp, [32]byte{}))
		id := one(t, r, e.rcv.UnpackReceivableSubmittedEvent).Id
		r = e.must(e.core, e.rcvC, e.rcv.PackReject(id))
		ev := one(t, r, e.rcv.UnpackReceivableRejectedEvent)
		if ev.Id.Cmp(id) != 0 || ev.Obligor != e.core.addr || ev.Creditor != e.sup1.addr || ev.Fingerprint != fp || ev.Value.Int64() != 300_00 {
			t.Fatalf("event: %+v", ev)
		}
		if st := e.root(id).Status; st != statusRejected {
			t.Fatalf("status %d", st)
		}
		_, err := bindCall(e, e.rcv.PackOwnerOf(id))
		wantRevert(t, err, "ERC721NonexistentToken", id)
		// Rejection, and only rejection, frees the fingerprint: the invoice can be
		// submitted again (corrected) as a new root.
		if got := call(e, e.rcvC, e.rcv.PackRootOfFingerprint(fp), e.rcv.UnpackRootOfFingerprint); got.Sign() != 0 {
			t.Fatalf("fingerprint still bound to %s", got)
		}
		r = e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+day, fp, [32]byte{}))
		if again := one(t, r, e.rcv.UnpackReceivableSubmittedEvent).Id; again.Cmp(id) == 0 {
			t.Fatal("resubmission reused the rejected id")
		}
	})
	t.Run("ErrNotObligor", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, day)
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackReject(id))
		wantRevert(t, err, "ReceivableNotObligor", id, e.core.addr, e.sup1.addr)
	})
	t.Run("ErrNotPending", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(100_00)
		_, err := e.send(e.core, e.rcvC, e.rcv.PackReject(id))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusActive)
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, day)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.core, e.rcvC, e.rcv.PackReject(id))
		wantRevert(t, err, "EnforcedPause")
	})
}
