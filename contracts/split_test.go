package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestSplit(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		salt := newSalt()
		r := e.must(e.sup1, e.rcvC, e.rcv.PackSplit(id, mkParts(e.sup2, int64(300_00), e.sup3, int64(200_00)), salt))
		evs := events(r, e.rcv.UnpackReceivableSplitEvent)
		if len(evs) != 2 {
			t.Fatalf("%d split events", len(evs))
		}
		want := []struct {
			id          *big.Int
			parentValue int64
			to          common.Address
			value       int64
		}{{partID(id, salt, 0), 700_00, e.sup2.addr, 300_00}, {partID(id, salt, 1), 500_00, e.sup3.addr, 200_00}}
		for i, w := range want {
			ev := evs[i]
			if ev.Id.Cmp(w.id) != 0 || ev.ParentId.Cmp(id) != 0 || ev.RootId.Cmp(id) != 0 || ev.From != e.sup1.addr ||
				ev.To != w.to || ev.Value.Int64() != w.value || ev.ParentValue.Int64() != w.parentValue {
				t.Fatalf("event %d: %+v", i, ev)
			}
			c := e.receivable(w.id)
			if c.RootId != id.Uint64() || c.ParentId != id.Uint64() || c.Value.Int64() != w.value || e.owner(w.id) != w.to {
				t.Fatalf("receivable %d: %+v", w.id, c)
			}
		}
		if got := e.receivable(id).Value.Int64(); got != 500_00 {
			t.Fatalf("source keeps %d", got)
		}
		// Tier 3: a part of a part keeps the root as slot and its own parent.
		tier3 := e.splitTo(e.sup2, want[0].id, e.sup3, int64(100_00))[0]
		if c := e.receivable(tier3); c.ParentId != want[0].id.Uint64() || c.RootId != id.Uint64() {
			t.Fatalf("tier-3 receivable: %+v", c)
		}
		tv := events(r, e.rcv.UnpackTransferValueEvent)
		if len(tv) != 2 || tv[0].FromTokenId.Cmp(id) != 0 || tv[0].ToTokenId.Cmp(want[0].id) != 0 || tv[0].Value.Int64() != 300_00 {
			t.Fatalf("TransferValue events: %+v", tv)
		}
	})

	type setup struct {
		e      *env
		id     *big.Int
		holder *acct
		req    *big.Int
	}
	cases := []struct {
		name  string
		prep  func(s *setup)
		from  func(s *setup) *acct
		parts func(s *setup) []any
		err   string
		args  func(s *setup) []any
	}{
		{name: "ErrNotHolder", from: func(s *setup) *acct { return s.e.sup2 }, err: "ReceivableNotHolder",
			args: func(s *setup) []any { return []any{s.id, s.e.sup1.addr, s.e.sup2.addr} }},
		{name: "ErrNotFound", prep: func(s *setup) { s.id = n(99) }, err: "ReceivableNotFound",
			args: func(s *setup) []any { return []any{n(99)} }},
		{name: "ErrRecipientNotVerified", parts: func(s *setup) []any { return []any{s.e.nobody, int64(100_00)} },
			err: "ReceivableNotVerified", args: func(s *setup) []any { return []any{s.e.nobody.addr, topicKYB} }},
		{name: "ErrRecipientRevoked", prep: func(s *setup) { s.e.revokeKYB(s.e.sup2) }, err: "ReceivableNotVerified",
			args: func(s *setup) []any { return []any{s.e.sup2.addr, topicKYB} }},
		{name: "ErrZeroRecipient", parts: func(s *setup) []any { return []any{common.Address{}, int64(100_00)} },
			err: "ReceivableInvalidRecipient", args: func(s *setup) []any { return []any{common.Address{}} }},
		{name: "ErrHolderRevoked", prep: func(s *setup) { s.e.revokeKYB(s.e.sup1) }, err: "ReceivableNotVerified",
			args: func(s *setup) []any { return []any{s.e.sup1.addr, topicKYB} }},
		{name: "ErrWholeValue", parts: func(s *setup) []any { return []any{s.e.sup2, int64(600_00), s.e.sup3, int64(400_00)} },
			err: "ReceivableInsufficientValue", args: func(s *setup) []any { return []any{s.id, n(1000_00), n(1000_00)} }},
		{name: "ErrMoreThanValue", parts: func(s *setup) []any { return []any{s.e.sup2, int64(1000_01)} },
			err: "ReceivableInsufficientValue", args: func(s *setup) []any { return []any{s.id, n(1000_00), n(1000_01)} }},
		{name: "ErrPartBelowMinimum", parts: func(s *setup) []any { return []any{s.e.sup2, int64(99)} },
			err: "ReceivableBelowMinimum", args: func(s *setup) []any { return []any{n(99), n(100)} }},
		{name: "ErrRemainderBelowMinimum", parts: func(s *setup) []any { return []any{s.e.sup2, int64(1000_00 - 50)} },
			err: "ReceivableBelowMinimum", args: func(s *setup) []any { return []any{n(50), n(100)} }},
		{name: "ErrNoParts", parts: func(s *setup) []any { return nil },
			err: "ReceivableInvalidPartCount", args: func(s *setup) []any { return []any{n(0), n(64)} }},
		{name: "ErrTooManyParts", parts: func(s *setup) []any {
			var p []any
			for i := 0; i < 65; i++ {
				p = append(p, s.e.sup2, int64(100))
			}
			return p
		}, err: "ReceivableInvalidPartCount", args: func(s *setup) []any { return []any{n(65), n(64)} }},
		{name: "ErrPending", prep: func(s *setup) { s.id, _ = s.e.submitted(s.e.sup1, s.e.core, 1000_00, 30*day) },
			err: "ReceivableInvalidStatus", args: func(s *setup) []any { return []any{s.id, statusPending} }},
		{name: "ErrFrozen", prep: func(s *setup) { s.e.must(s.e.op, s.e.rcvC, s.e.rcv.PackSetReceivableFrozen(s.id, true)) },
			err: "ReceivableIsFrozen", args: func(s *setup) []any { return []any{s.id} }},
		{name: "ErrRootFrozen", prep: func(s *setup) { s.e.must(s.e.op, s.e.rcvC, s.e.rcv.PackSetRootFrozen(s.id, true)) },
			err: "ReceivableRootFrozen", args: func(s *setup) []any { return []any{s.id} }},
		{name: "ErrPastDue", prep: func(s *setup) { s.e.advance(90 * day) },
			err: "ReceivablePastDue", args: func(s *setup) []any { return []any{s.id, s.e.root(s.id).DueDate, s.e.now()} }},
		{name: "ErrLocked", prep: func(s *setup) { s.req = s.e.requested(s.e.sup1, s.id, s.e.bank, 100_00) },
			err: "ReceivableLocked", args: func(s *setup) []any { return []any{s.id, s.req} }},
		{name: "ErrSelf", parts: func(s *setup) []any { return []any{s.e.sup2, int64(100_00), s.e.sup1, int64(100_00)} },
			err: "ReceivableSelfTransfer", args: func(s *setup) []any { return []any{s.id, s.e.sup1.addr} }},
		{name: "ErrSelfByOperator", prep: func(s *setup) { s.e.must(s.e.sup1, s.e.rcvC, s.e.rcv.PackApprove(s.e.sup2.addr, s.id)) },
			from: func(s *setup) *acct { return s.e.sup2 }, parts: func(s *setup) []any { return []any{s.e.sup1, int64(100_00)} },
			err: "ReceivableSelfTransfer", args: func(s *setup) []any { return []any{s.id, s.e.sup1.addr} }},
		{name: "ErrPaused", prep: func(s *setup) { s.e.must(s.e.op, s.e.rcvC, s.e.rcv.PackPause()) },
			err: "EnforcedPause", args: func(s *setup) []any { return nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			s := &setup{e: e, id: e.active(1000_00), holder: e.sup1}
			if c.prep != nil {
				c.prep(s)
			}
			from := s.holder
			if c.from != nil {
				from = c.from(s)
			}
			parts := []any{e.sup2, int64(100_00)}
			if c.parts != nil {
				parts = c.parts(s)
			}
			_, err := e.send(from, e.rcvC, e.packSplit(s.id, mkParts(parts...)))
			wantRevert(t, err, c.err, c.args(s)...)
		})
	}
}

func TestTransfer(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		r := e.must(e.sup1, e.rcvC, e.rcv.PackTransferFrom0(e.sup1.addr, e.sup2.addr, id))
		ev := one(t, r, e.rcv.UnpackReceivableTransferredEvent)
		if ev.Id.Cmp(id) != 0 || ev.RootId.Cmp(id) != 0 || ev.From != e.sup1.addr || ev.To != e.sup2.addr || ev.Value.Int64() != 1000_00 {
			t.Fatalf("event: %+v", ev)
		}
		if tr := one(t, r, e.rcv.UnpackTransferEvent); tr.From != e.sup1.addr || tr.To != e.sup2.addr || tr.TokenId.Cmp(id) != 0 {
			t.Fatalf("ERC-721 Transfer: %+v", tr)
		}
		if e.owner(id) != e.sup2.addr {
			t.Fatal("owner unchanged")
		}
	})
	t.Run("OKSafeTransferToAccount", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.sup1, e.rcvC, e.rcv.PackSafeTransferFrom(e.sup1.addr, e.sup3.addr, id))
		if e.owner(id) != e.sup3.addr {
			t.Fatal("owner unchanged")
		}
	})
	t.Run("OKApprovedOperator", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.sup1, e.rcvC, e.rcv.PackApprove(e.sup2.addr, id))
		e.must(e.sup2, e.rcvC, e.rcv.PackTransferFrom0(e.sup1.addr, e.sup3.addr, id))
		if e.owner(id) != e.sup3.addr {
			t.Fatal("owner unchanged")
		}
	})
	cases := []struct {
		name string
		prep func(e *env, id *big.Int)
		from func(e *env) *acct
		to   func(e *env) *acct
		err  string
		args func(e *env, id *big.Int) []any
	}{
		{"ErrNotHolder", nil, func(e *env) *acct { return e.sup2 }, nil, "ERC721InsufficientApproval",
			func(e *env, id *big.Int) []any { return []any{e.sup2.addr, id} }},
		{"ErrRecipientNotVerified", nil, nil, func(e *env) *acct { return e.nobody }, "ReceivableNotVerified",
			func(e *env, id *big.Int) []any { return []any{e.nobody.addr, topicKYB} }},
		{"ErrRecipientExpired", func(e *env, id *big.Int) {
			e.must(e.ver, e.regC, e.reg.PackIssueCredential(e.sup2.addr, topicKYB, [32]byte{}, e.now()+10))
			e.advance(20)
		}, nil, nil, "ReceivableNotVerified", func(e *env, id *big.Int) []any { return []any{e.sup2.addr, topicKYB} }},
		{"ErrHolderRevoked", func(e *env, id *big.Int) { e.revokeKYB(e.sup1) }, nil, nil, "ReceivableNotVerified",
			func(e *env, id *big.Int) []any { return []any{e.sup1.addr, topicKYB} }},
		{"ErrHolderSuspended", func(e *env, id *big.Int) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, 2)) }, nil, nil,
			"ReceivableNotVerified", func(e *env, id *big.Int) []any { return []any{e.sup1.addr, topicKYB} }},
		{"ErrFrozen", func(e *env, id *big.Int) { e.must(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, true)) }, nil, nil,
			"ReceivableIsFrozen", func(e *env, id *big.Int) []any { return []any{id} }},
		{"ErrLocked", func(e *env, id *big.Int) { e.requested(e.sup1, id, e.bank, 100_00) }, nil, nil,
			"ReceivableLocked", func(e *env, id *big.Int) []any { return []any{id, new(big.Int).SetUint64(e.receivable(id).LockedBy)} }},
		{"ErrSelf", nil, nil, func(e *env) *acct { return e.sup1 }, "ReceivableSelfTransfer",
			func(e *env, id *big.Int) []any { return []any{id, e.sup1.addr} }},
		{"ErrPastDue", func(e *env, id *big.Int) { e.advance(90 * day) }, nil, nil, "ReceivablePastDue",
			func(e *env, id *big.Int) []any { return []any{id, e.root(id).DueDate, e.now()} }},
		{"ErrOverdue", func(e *env, id *big.Int) {
			e.advance(92 * day)
			e.must(e.nobody, e.rcvC, e.rcv.PackMarkOverdue(id))
		}, nil, nil, "ReceivableInvalidStatus", func(e *env, id *big.Int) []any { return []any{id, statusOverdue} }},
		{"ErrPaused", func(e *env, id *big.Int) { e.must(e.op, e.rcvC, e.rcv.PackPause()) }, nil, nil, "EnforcedPause",
			func(e *env, id *big.Int) []any { return nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			id := e.active(1000_00)
			if c.prep != nil {
				c.prep(e, id)
			}
			from, to := e.sup1, e.sup2
			if c.from != nil {
				from = c.from(e)
			}
			if c.to != nil {
				to = c.to(e)
			}
			_, err := e.send(from, e.rcvC, e.rcv.PackTransferFrom0(e.sup1.addr, to.addr, id))
			wantRevert(t, err, c.err, c.args(e, id)...)
			_, err = e.send(from, e.rcvC, e.rcv.PackSafeTransferFrom(e.sup1.addr, to.addr, id))
			wantRevert(t, err, c.err, c.args(e, id)...)
		})
	}
}

// TestValueTransfer covers ERC-3525's value interface: a value transfer to an
// address is a one-part split, value allowances, and no merging into existing tokens.
func TestValueTransfer(t *testing.T) {
	t.Run("OKHolder", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		r := e.must(e.sup1, e.rcvC, e.rcv.PackTransferFrom(id, e.sup2.addr, n(250_00)))
		ev := one(t, r, e.rcv.UnpackReceivableSplitEvent)
		// A value transfer names no salt: the sender's count of value transfers stands in.
		if want := valueTransferID(id, e.sup1.addr, 0); ev.Id.Cmp(want) != 0 {
			t.Fatalf("first value transfer created %s, want %s", ev.Id, want)
		}
		r = e.must(e.sup1, e.rcvC, e.rcv.PackTransferFrom(id, e.sup2.addr, n(250_00)))
		if got, want := one(t, r, e.rcv.UnpackReceivableSplitEvent).Id, valueTransferID(id, e.sup1.addr, 1); got.Cmp(want) != 0 {
			t.Fatalf("second value transfer created %s, want %s", got, want)
		}
		if ev.ParentId.Cmp(id) != 0 || ev.To != e.sup2.addr || ev.Value.Int64() != 250_00 || ev.ParentValue.Int64() != 750_00 {
			t.Fatalf("event: %+v", ev)
		}
	})
	t.Run("OKValueAllowance", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		r := e.must(e.sup1, e.rcvC, e.rcv.PackApprove0(id, e.sup2.addr, n(300_00)))
		if ev := one(t, r, e.rcv.UnpackApprovalValueEvent); ev.TokenId.Cmp(id) != 0 || ev.Operator != e.sup2.addr || ev.Value.Int64() != 300_00 {
			t.Fatalf("ApprovalValue: %+v", ev)
		}
		e.must(e.sup2, e.rcvC, e.rcv.PackTransferFrom(id, e.sup3.addr, n(200_00)))
		left := call(e, e.rcvC, e.rcv.PackAllowance(id, e.sup2.addr), e.rcv.UnpackAllowance)
		if left.Int64() != 100_00 {
			t.Fatalf("allowance left %s", left)
		}
		_, err := e.send(e.sup2, e.rcvC, e.rcv.PackTransferFrom(id, e.sup3.addr, n(200_00)))
		wantRevert(t, err, "ReceivableInsufficientAllowance", id, e.sup2.addr, n(100_00), n(200_00))
		// An allowance belongs to the holder that granted it: after a transfer it is gone.
		e.must(e.sup1, e.rcvC, e.rcv.PackTransferFrom0(e.sup1.addr, e.sup3.addr, id))
		if left := call(e, e.rcvC, e.rcv.PackAllowance(id, e.sup2.addr), e.rcv.UnpackAllowance); left.Sign() != 0 {
			t.Fatalf("allowance survived the transfer: %s", left)
		}
	})
	t.Run("ErrApproveNotHolder", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		_, err := e.send(e.sup2, e.rcvC, e.rcv.PackApprove0(id, e.sup2.addr, n(1)))
		wantRevert(t, err, "ReceivableNotHolder", id, e.sup1.addr, e.sup2.addr)
	})
	t.Run("ErrSelf", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackTransferFrom(id, e.sup1.addr, n(100_00)))
		wantRevert(t, err, "ReceivableSelfTransfer", id, e.sup1.addr)
		// An operator with a value allowance cannot send the holder's value back to the holder either.
		e.must(e.sup1, e.rcvC, e.rcv.PackApprove0(id, e.sup2.addr, n(300_00)))
		_, err = e.send(e.sup2, e.rcvC, e.rcv.PackTransferFrom(id, e.sup1.addr, n(100_00)))
		wantRevert(t, err, "ReceivableSelfTransfer", id, e.sup1.addr)
	})
	t.Run("ErrMerge", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		part := e.splitTo(e.sup1, id, e.sup2, int64(100_00))[0]
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackTransferFrom1(id, part, n(100_00)))
		wantRevert(t, err, "ReceivableMergeUnsupported", id, part)
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackTransferFrom(id, e.sup2.addr, n(100_00)))
		wantRevert(t, err, "EnforcedPause")
	})
}
