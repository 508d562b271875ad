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
		due, salt := e.now()+30*day, newSalt()
		r := e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(500_00), due, fp, doc, salt))
		ev := one(t, r, e.rcv.UnpackReceivableSubmittedEvent)
		id := rootID(fp, salt)
		root := e.root(id)
		want := &receivable.ReceivableReceivableSubmitted{Id: id, Obligor: e.core.addr, Creditor: e.sup1.addr, Value: n(500_00), DueDate: due,
			Fingerprint: fp, DocumentHash: doc, LapsesAt: root.IssuedAt + 30*day}
		if diff := cmp.Diff(want, ev, bigComparer, cmpopts.IgnoreFields(receivable.ReceivableReceivableSubmitted{}, "Raw")); diff != "" {
			t.Fatalf("event (-want +got):\n%s", diff)
		}
		slot := one(t, r, e.rcv.UnpackSlotChangedEvent)
		tv := one(t, r, e.rcv.UnpackTransferValueEvent)
		if slot.NewSlot.Cmp(id) != 0 || tv.FromTokenId.Sign() != 0 || tv.ToTokenId.Cmp(id) != 0 || tv.Value.Int64() != 500_00 {
			t.Fatalf("ERC-3525 events: %+v %+v", slot, tv)
		}
		if root.Status != statusPending || root.Obligor != e.core.addr || root.Creditor != e.sup1.addr ||
			root.FaceValue.Int64() != 500_00 || root.Fingerprint != fp || root.DocumentHash != doc || root.DueDate != due ||
			root.LapsePeriod != uint32(30*day) {
			t.Fatalf("root: %+v", root)
		}
		if e.owner(id) != e.sup1.addr {
			t.Fatal("supplier does not hold the pending receivable")
		}
		if got := e.rootOfFingerprint(fp); got.Cmp(id) != 0 {
			t.Fatalf("rootOfFingerprint = %s, want %s", got, id)
		}
		if got := call(e, e.rcvC, e.rcv.PackBalanceOf0(id), e.rcv.UnpackBalanceOf0); got.Int64() != 500_00 {
			t.Fatalf("balanceOf = %s", got)
		}
		if got := call(e, e.rcvC, e.rcv.PackSlotOf(id), e.rcv.UnpackSlotOf); got.Cmp(id) != 0 {
			t.Fatalf("slotOf = %s, want %s", got, id)
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
			e.must(e.sup2, e.rcvC, e.packSubmit(e.core2.addr, n(100_00), e.now()+day, fp, [32]byte{}))
			return fp
		}, err: "ReceivableInvoiceAlreadyTokenized",
			args: func(e *env, fp [32]byte, _ uint64) []any { return []any{fp, e.rootOfFingerprint(fp)} }},
		{name: "ErrDuplicateOfIssued", fp: func(e *env) [32]byte {
			fp := newFingerprint()
			e.must(e.core, e.rcvC, e.packIssue(e.sup3.addr, n(100_00), e.now()+day, fp, [32]byte{}))
			return fp
		}, err: "ReceivableInvoiceAlreadyTokenized",
			args: func(e *env, fp [32]byte, _ uint64) []any { return []any{fp, e.rootOfFingerprint(fp)} }},
		{name: "ErrSelfObligor", from: func(e *env) *acct { return e.core }, obligor: func(e *env) common.Address { return e.core.addr },
			prepare: func(e *env) { e.must(e.op, e.regC, e.reg.PackGrantRole(e.core.addr, roleSupplier)) }, err: "ReceivableSelfTransfer",
			args: func(e *env, _ [32]byte, _ uint64) []any { return []any{n(0), e.core.addr} }},
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
			_, err := e.send(from, e.rcvC, e.packSubmit(obligor, value, due, fp, [32]byte{}))
			wantRevert(t, err, c.err, c.args(e, fp, due)...)
		})
	}
}

func TestIssue(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		fp := newFingerprint()
		due, salt := e.now()+60*day, newSalt()
		r := e.must(e.core, e.rcvC, e.rcv.PackIssue(e.sup1.addr, n(777_00), due, fp, [32]byte{1}, salt))
		ev := one(t, r, e.rcv.UnpackReceivableIssuedEvent)
		id := rootID(fp, salt)
		if ev.Id.Cmp(id) != 0 || ev.Obligor != e.core.addr || ev.Creditor != e.sup1.addr || ev.Value.Int64() != 777_00 ||
			ev.DueDate != due || ev.Fingerprint != fp || ev.DocumentHash != [32]byte{1} {
			t.Fatalf("event: %+v", ev)
		}
		if st := e.root(id).Status; st != statusActive {
			t.Fatalf("status %d, want active", st)
		}
		if e.owner(id) != e.sup1.addr {
			t.Fatal("supplier does not hold the issued receivable")
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
		{"ErrSelfSupplier", func(e *env) *acct { return e.core }, func(e *env) *acct { return e.core },
			func(e *env) { e.must(e.op, e.regC, e.reg.PackGrantRole(e.core.addr, roleSupplier)) },
			"ReceivableSelfTransfer", func(e *env) []any { return []any{n(0), e.core.addr} }},
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
			_, err := e.send(c.from(e), e.rcvC, e.packIssue(c.to(e).addr, n(100_00), e.now()+day, newFingerprint(), [32]byte{}))
			wantRevert(t, err, c.err, c.args(e)...)
		})
	}
}

func TestConfirm(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		r := e.must(e.core, e.rcvC, e.packConfirm(id))
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
		_, err := e.send(e.core2, e.rcvC, e.packConfirm(id))
		wantRevert(t, err, "ReceivableNotObligor", id, e.core.addr, e.core2.addr)
	})
	t.Run("ErrFingerprintMismatch", func(t *testing.T) {
		// The obligor confirms the invoice it looked at, not whatever id it was handed.
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		fp, other := e.root(id).Fingerprint, newFingerprint()
		_, err := e.send(e.core, e.rcvC, e.rcv.PackConfirm(id, other))
		wantRevert(t, err, "ReceivableFingerprintMismatch", id, fp, other)
		_, err = e.send(e.core, e.rcvC, e.rcv.PackConfirm(id, [32]byte{}))
		wantRevert(t, err, "ReceivableFingerprintMismatch", id, fp, [32]byte{})
		// The fingerprint of another pending submission does not do either.
		id2, _ := e.submitted(e.sup2, e.core, 100_00, 10*day)
		fp2 := e.root(id2).Fingerprint
		_, err = e.send(e.core, e.rcvC, e.rcv.PackConfirm(id, fp2))
		wantRevert(t, err, "ReceivableFingerprintMismatch", id, fp, fp2)
		if st := e.root(id).Status; st != statusPending {
			t.Fatalf("status %d", st)
		}
	})
	t.Run("ErrLapsed", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
		lapsesAt := e.root(id).IssuedAt + 30*day
		e.advance(lapsesAt - e.now())
		_, err := e.send(e.core, e.rcvC, e.packConfirm(id))
		wantRevert(t, err, "ReceivableSubmissionLapsed", id, lapsesAt, e.now())
	})
	t.Run("OKJustBeforeLapse", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
		e.advance(e.root(id).IssuedAt + 30*day - 3600 - e.now())
		e.must(e.core, e.rcvC, e.packConfirm(id))
		if st := e.root(id).Status; st != statusActive {
			t.Fatalf("status %d", st)
		}
	})
	t.Run("ErrObligorSuspended", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.core.addr, 2))
		_, err := e.send(e.core, e.rcvC, e.packConfirm(id))
		wantRevert(t, err, "ReceivableUnauthorized", e.core.addr, [32]byte(roleCore))
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		e := newEnv(t)
		_, err := e.send(e.core, e.rcvC, e.packConfirm(n(42)))
		wantRevert(t, err, "ReceivableNotFound", n(42))
	})
	t.Run("ErrNotRoot", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		part := e.splitTo(e.sup1, id, e.sup2, int64(100_00))[0]
		_, err := e.send(e.core, e.rcvC, e.packConfirm(part))
		wantRevert(t, err, "ReceivableNotRoot", part, id)
	})
	t.Run("ErrAlreadyActive", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(100_00)
		_, err := e.send(e.core, e.rcvC, e.packConfirm(id))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusActive)
	})
	t.Run("ErrPastDue", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		due := e.root(id).DueDate
		e.advance(11 * day)
		_, err := e.send(e.core, e.rcvC, e.packConfirm(id))
		wantRevert(t, err, "ReceivablePastDue", id, due, e.now())
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 10*day)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.core, e.rcvC, e.packConfirm(id))
		wantRevert(t, err, "EnforcedPause")
	})
}

func TestReject(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		fp, salt := newFingerprint(), newSalt()
		r := e.must(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+day, fp, [32]byte{}, salt))
		id := one(t, r, e.rcv.UnpackReceivableSubmittedEvent).Id
		r = e.must(e.core, e.rcvC, e.rcv.PackReject(id, fp))
		ev := one(t, r, e.rcv.UnpackReceivableRejectedEvent)
		if ev.Id.Cmp(id) != 0 || ev.Obligor != e.core.addr || ev.Creditor != e.sup1.addr || ev.Fingerprint != fp || ev.Value.Int64() != 300_00 {
			t.Fatalf("event: %+v", ev)
		}
		if st := e.root(id).Status; st != statusRejected {
			t.Fatalf("status %d", st)
		}
		if tv := one(t, r, e.rcv.UnpackTransferValueEvent); tv.FromTokenId.Cmp(id) != 0 || tv.ToTokenId.Sign() != 0 || tv.Value.Int64() != 300_00 {
			t.Fatalf("TransferValue: %+v", tv)
		}
		_, err := bindCall(e, e.rcv.PackOwnerOf(id))
		wantRevert(t, err, "ERC721NonexistentToken", id)
		// Rejection frees the fingerprint (as a lapse does): the invoice can be
		// submitted again (corrected) as a new root.
		if got := e.rootOfFingerprint(fp); got.Sign() != 0 {
			t.Fatalf("fingerprint still bound to %s", got)
		}
		// A burned id is never reused: the resubmission needs a new salt.
		_, err = e.send(e.sup1, e.rcvC, e.rcv.PackSubmit(e.core.addr, n(300_00), e.now()+day, fp, [32]byte{}, salt))
		wantRevert(t, err, "ReceivableIdTaken", id)
		r = e.must(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(300_00), e.now()+day, fp, [32]byte{}))
		if again := one(t, r, e.rcv.UnpackReceivableSubmittedEvent).Id; again.Cmp(id) == 0 {
			t.Fatal("resubmission reused the rejected id")
		}
	})
	t.Run("ErrNotObligor", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, day)
		_, err := e.send(e.sup1, e.rcvC, e.packReject(id))
		wantRevert(t, err, "ReceivableNotObligor", id, e.core.addr, e.sup1.addr)
	})
	t.Run("ErrFingerprintMismatch", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, day)
		fp, other := e.root(id).Fingerprint, newFingerprint()
		_, err := e.send(e.core, e.rcvC, e.rcv.PackReject(id, other))
		wantRevert(t, err, "ReceivableFingerprintMismatch", id, fp, other)
		if e.owner(id) != e.sup1.addr || e.rootOfFingerprint(fp).Cmp(id) != 0 {
			t.Fatal("a refused rejection burned the submission or freed its invoice")
		}
	})
	t.Run("OKAfterLapsePeriod", func(t *testing.T) {
		// The obligor may still reject what it did not confirm in time, until someone lapses it.
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
		e.advance(31 * day)
		r := e.must(e.core, e.rcvC, e.packReject(id))
		one(t, r, e.rcv.UnpackReceivableRejectedEvent)
		if st := e.root(id).Status; st != statusRejected {
			t.Fatalf("status %d", st)
		}
	})
	t.Run("ErrNotPending", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(100_00)
		_, err := e.send(e.core, e.rcvC, e.packReject(id))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusActive)
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, day)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.core, e.rcvC, e.packReject(id))
		wantRevert(t, err, "EnforcedPause")
	})
}
