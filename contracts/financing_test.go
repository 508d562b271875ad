package contracts_test

import (
	"math/big"
	"testing"
)

func TestFinancing(t *testing.T) {
	t.Run("OKPartial", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		due := e.root(id).DueDate
		salt, expires := newSalt(), e.now()+30*day
		r := e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(400_00), n(390_00), expires, salt))
		rq := one(t, r, e.rcv.UnpackFinancingRequestedEvent)
		req := requestID(id, salt)
		if rq.RequestId.Cmp(req) != 0 || rq.Id.Cmp(id) != 0 || rq.Financier != e.bank.addr || rq.RootId.Cmp(id) != 0 ||
			rq.Holder != e.sup1.addr || rq.Value.Int64() != 400_00 || rq.DueDate != due || rq.MinPrice.Int64() != 390_00 || rq.ExpiresAt != expires {
			t.Fatalf("FinancingRequested: %+v", rq)
		}
		if c := e.receivable(id); c.LockedBy != req.Uint64() {
			t.Fatalf("receivable not locked: %+v", c)
		}
		if q := e.financing(req); q.MinPrice.Int64() != 390_00 || q.ExpiresAt != expires || q.Status != finRequested || q.Holder != e.sup1.addr {
			t.Fatalf("request: %+v", q)
		}
		holderCash, bankCash := e.cashOf(e.sup1.addr), e.cashOf(e.bank.addr)
		r = e.must(e.bank, e.rcvC, e.rcv.PackFund(req, n(400_00), n(395_00)))
		f := one(t, r, e.rcv.UnpackFinancingFundedEvent)
		financed := fundedID(req)
		if f.RequestId.Cmp(req) != 0 || f.Id.Cmp(id) != 0 || f.FinancedId.Cmp(financed) != 0 || f.RootId.Cmp(id) != 0 ||
			f.Holder != e.sup1.addr || f.Financier != e.bank.addr || f.Value.Int64() != 400_00 || f.Price.Int64() != 395_00 {
			t.Fatalf("FinancingFunded: %+v", f)
		}
		if s := one(t, r, e.rcv.UnpackReceivableSplitEvent); s.Id.Cmp(financed) != 0 || s.To != e.bank.addr || s.ParentValue.Int64() != 600_00 {
			t.Fatalf("ReceivableSplit: %+v", s)
		}
		if e.owner(financed) != e.bank.addr || e.receivable(financed).Value.Int64() != 400_00 || e.receivable(id).Value.Int64() != 600_00 {
			t.Fatal("value did not move to the financier")
		}
		if c := e.receivable(id); c.LockedBy != 0 {
			t.Fatal("receivable still locked")
		}
		if d := new(big.Int).Sub(e.cashOf(e.sup1.addr), holderCash); d.Int64() != 395_00 {
			t.Fatalf("holder received %s", d)
		}
		if d := new(big.Int).Sub(bankCash, e.cashOf(e.bank.addr)); d.Int64() != 395_00 {
			t.Fatalf("financier paid %s", d)
		}
		q := e.financing(req)
		if q.Status != finFunded || q.Price.Int64() != 395_00 || q.FinancedId != financed.Uint64() {
			t.Fatalf("request: %+v", q)
		}
	})
	t.Run("OKWhole", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		req := e.requested(e.sup1, id, e.bank, 1000_00)
		r := e.must(e.bank, e.rcvC, e.packFund(req, 1000_00))
		if f := one(t, r, e.rcv.UnpackFinancingFundedEvent); f.FinancedId.Cmp(id) != 0 {
			t.Fatalf("whole financing created a new receivable: %+v", f)
		}
		if tr := one(t, r, e.rcv.UnpackReceivableTransferredEvent); tr.To != e.bank.addr || tr.Value.Int64() != 1000_00 {
			t.Fatalf("ReceivableTransferred: %+v", tr)
		}
		if e.owner(id) != e.bank.addr {
			t.Fatal("financier does not hold the receivable")
		}
	})
	t.Run("OKCancelUnlocks", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		req := e.requested(e.sup1, id, e.bank, 100_00)
		r := e.must(e.sup1, e.rcvC, e.rcv.PackCancelFinancing(req))
		if ev := one(t, r, e.rcv.UnpackFinancingCancelledEvent); ev.RequestId.Cmp(req) != 0 || ev.Id.Cmp(id) != 0 || ev.Holder != e.sup1.addr {
			t.Fatalf("FinancingCancelled: %+v", ev)
		}
		e.splitTo(e.sup1, id, e.sup2, int64(100_00))
		_, err := e.send(e.bank, e.rcvC, e.packFund(req, 100_00))
		wantRevert(t, err, "ReceivableFinancingNotOpen", req, finCancelled)
	})
	t.Run("OKDeclineUnlocks", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		req := e.requested(e.sup1, id, e.bank, 100_00)
		r := e.must(e.bank, e.rcvC, e.rcv.PackDeclineFinancing(req))
		if ev := one(t, r, e.rcv.UnpackFinancingDeclinedEvent); ev.RequestId.Cmp(req) != 0 || ev.Financier != e.bank.addr {
			t.Fatalf("FinancingDeclined: %+v", ev)
		}
		e.requested(e.sup1, id, e.bank2, 100_00)
	})

	t.Run("Request", func(t *testing.T) {
		cases := []struct {
			name      string
			prep      func(e *env, id *big.Int)
			from      func(e *env) *acct
			financier func(e *env) *acct
			value     int64
			err       string
			args      func(e *env, id *big.Int) []any
		}{
			{"ErrNotHolder", nil, func(e *env) *acct { return e.sup2 }, nil, 100_00, "ReceivableNotHolder",
				func(e *env, id *big.Int) []any { return []any{id, e.sup1.addr, e.sup2.addr} }},
			{"ErrFinancierLacksRole", nil, nil, func(e *env) *acct { return e.sup2 }, 100_00, "ReceivableUnauthorized",
				func(e *env, id *big.Int) []any { return []any{e.sup2.addr, [32]byte(roleFinancer)} }},
			{"ErrFinancierNotVerified", func(e *env, id *big.Int) { e.revokeKYB(e.bank) }, nil, nil, 100_00, "ReceivableNotVerified",
				func(e *env, id *big.Int) []any { return []any{e.bank.addr, topicKYB} }},
			{"ErrHolderRevoked", func(e *env, id *big.Int) { e.revokeKYB(e.sup1) }, nil, nil, 100_00, "ReceivableNotVerified",
				func(e *env, id *big.Int) []any { return []any{e.sup1.addr, topicKYB} }},
			{"ErrZero", nil, nil, nil, 0, "ReceivableInvalidValue",
				func(e *env, id *big.Int) []any { return []any{n(0)} }},
			{"ErrMoreThanValue", nil, nil, nil, 1000_01, "ReceivableInsufficientValue",
				func(e *env, id *big.Int) []any { return []any{id, n(1000_00), n(1000_01)} }},
			{"ErrRemainderBelowMinimum", nil, nil, nil, 1000_00 - 1, "ReceivableBelowMinimum",
				func(e *env, id *big.Int) []any { return []any{n(1), n(100)} }},
			{"ErrAlreadyLocked", func(e *env, id *big.Int) { e.requested(e.sup1, id, e.bank2, 100_00) }, nil, nil, 1000_00, "ReceivableLocked",
				func(e *env, id *big.Int) []any { return []any{id, new(big.Int).SetUint64(e.receivable(id).LockedBy)} }},
			{"ErrSelfFinancingHolder", func(e *env, id *big.Int) {
				e.must(e.op, e.regC, e.reg.PackGrantRole(e.sup1.addr, roleFinancer))
			}, nil, func(e *env) *acct { return e.sup1 }, 100_00, "ReceivableSelfFinancing",
				func(e *env, id *big.Int) []any { return []any{id, e.sup1.addr} }},
			{"ErrSelfFinancingObligor", func(e *env, id *big.Int) {
				e.must(e.op, e.regC, e.reg.PackGrantRole(e.core.addr, roleFinancer))
			}, nil, func(e *env) *acct { return e.core }, 100_00, "ReceivableSelfFinancing",
				func(e *env, id *big.Int) []any { return []any{id, e.core.addr} }},
			{"ErrPastDue", func(e *env, id *big.Int) { e.advance(90 * day) }, nil, nil, 100_00, "ReceivablePastDue",
				func(e *env, id *big.Int) []any { return []any{id, e.root(id).DueDate, e.now()} }},
			{"ErrFrozen", func(e *env, id *big.Int) { e.must(e.op, e.rcvC, e.rcv.PackSetRootFrozen(id, true)) }, nil, nil, 100_00, "ReceivableRootFrozen",
				func(e *env, id *big.Int) []any { return []any{id} }},
			{"ErrPaused", func(e *env, id *big.Int) { e.must(e.op, e.rcvC, e.rcv.PackPause()) }, nil, nil, 100_00, "EnforcedPause",
				func(e *env, id *big.Int) []any { return nil }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e := newEnv(t)
				id := e.active(1000_00)
				if c.prep != nil {
					c.prep(e, id)
				}
				from, fin := e.sup1, e.bank
				if c.from != nil {
					from = c.from(e)
				}
				if c.financier != nil {
					fin = c.financier(e)
				}
				_, err := e.send(from, e.rcvC, e.packRequest(id, fin.addr, c.value))
				wantRevert(t, err, c.err, c.args(e, id)...)
			})
		}
	})

	t.Run("Fund", func(t *testing.T) {
		cases := []struct {
			name  string
			prep  func(e *env, id, req *big.Int)
			from  func(e *env) *acct
			req   int64 // 0: the request made in setup
			price int64
			err   string
			args  func(e *env, id, req *big.Int) []any
		}{
			{"ErrWrongFinancier", nil, func(e *env) *acct { return e.bank2 }, 0, 100_00, "ReceivableNotFinancier",
				func(e *env, id, req *big.Int) []any { return []any{req, e.bank.addr, e.bank2.addr} }},
			{"ErrNotFinancierRole", nil, func(e *env) *acct { return e.sup2 }, 0, 100_00, "ReceivableUnauthorized",
				func(e *env, id, req *big.Int) []any { return []any{e.sup2.addr, [32]byte(roleFinancer)} }},
			{"ErrUnknownRequest", nil, nil, 9, 100_00, "ReceivableFinancingNotFound",
				func(e *env, id, req *big.Int) []any { return []any{n(9)} }},
			{"ErrZeroPrice", nil, nil, 0, 0, "ReceivableInvalidPrice",
				func(e *env, id, req *big.Int) []any { return []any{req, n(400_00), n(0)} }},
			{"ErrPriceAboveValue", nil, nil, 0, 400_01, "ReceivableInvalidPrice",
				func(e *env, id, req *big.Int) []any { return []any{req, n(400_00), n(400_01)} }},
			// A request expires by the due date at the latest, so past due it has expired.
			{"ErrPastDue", func(e *env, id, req *big.Int) { e.advance(90 * day) }, nil, 0, 100_00, "ReceivableFinancingExpired",
				func(e *env, id, req *big.Int) []any { return []any{req, e.root(id).DueDate, e.now()} }},
			{"ErrFrozen", func(e *env, id, req *big.Int) { e.must(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, true)) }, nil, 0, 100_00,
				"ReceivableIsFrozen", func(e *env, id, req *big.Int) []any { return []any{id} }},
			{"ErrHolderRevoked", func(e *env, id, req *big.Int) { e.revokeKYB(e.sup1) }, nil, 0, 100_00, "ReceivableNotVerified",
				func(e *env, id, req *big.Int) []any { return []any{e.sup1.addr, topicKYB} }},
			{"ErrFinancierRevoked", func(e *env, id, req *big.Int) { e.revokeKYB(e.bank) }, nil, 0, 100_00, "ReceivableNotVerified",
				func(e *env, id, req *big.Int) []any { return []any{e.bank.addr, topicKYB} }},
			{"ErrDeclined", func(e *env, id, req *big.Int) { e.must(e.bank, e.rcvC, e.rcv.PackDeclineFinancing(req)) }, nil, 0, 100_00,
				"ReceivableFinancingNotOpen", func(e *env, id, req *big.Int) []any { return []any{req, finDeclined} }},
			{"ErrFundedTwice", func(e *env, id, req *big.Int) { e.funded(e.bank, req, 100_00) }, nil, 0, 100_00,
				"ReceivableFinancingNotOpen", func(e *env, id, req *big.Int) []any { return []any{req, finFunded} }},
			{"ErrNoAllowance", func(e *env, id, req *big.Int) { e.must(e.bank, e.cashC, e.cashB.PackApprove(e.dep.Receivable, n(0))) }, nil, 0, 100_00,
				"ERC20InsufficientAllowance", func(e *env, id, req *big.Int) []any { return []any{e.dep.Receivable, n(0), n(100_00)} }},
			{"ErrPaused", func(e *env, id, req *big.Int) { e.must(e.op, e.rcvC, e.rcv.PackPause()) }, nil, 0, 100_00, "EnforcedPause",
				func(e *env, id, req *big.Int) []any { return nil }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e := newEnv(t)
				id := e.active(1000_00)
				req := e.requested(e.sup1, id, e.bank, 400_00)
				if c.prep != nil {
					c.prep(e, id, req)
				}
				from, target := e.bank, req
				if c.from != nil {
					from = c.from(e)
				}
				if c.req != 0 {
					target = n(c.req)
				}
				_, err := e.send(from, e.rcvC, e.packFund(target, c.price))
				wantRevert(t, err, c.err, c.args(e, id, req)...)
			})
		}
	})

	t.Run("ErrCancelNotRequester", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		req := e.requested(e.sup1, id, e.bank, 100_00)
		_, err := e.send(e.bank, e.rcvC, e.rcv.PackCancelFinancing(req))
		wantRevert(t, err, "ReceivableNotRequester", req, e.sup1.addr, e.bank.addr)
	})
	t.Run("ErrDeclineNotFinancier", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		req := e.requested(e.sup1, id, e.bank, 100_00)
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackDeclineFinancing(req))
		wantRevert(t, err, "ReceivableNotFinancier", req, e.bank.addr, e.sup1.addr)
	})
	t.Run("ErrCancelPaused", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		req := e.requested(e.sup1, id, e.bank, 100_00)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackCancelFinancing(req))
		wantRevert(t, err, "EnforcedPause")
		_, err = e.send(e.bank, e.rcvC, e.rcv.PackDeclineFinancing(req))
		wantRevert(t, err, "EnforcedPause")
	})
}
