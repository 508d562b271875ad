package contracts_test

import (
	"math/big"
	"testing"
)

func TestRepay(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		before := e.cashOf(e.core.addr)
		r := e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		ev := one(t, r, e.rcv.UnpackReceivableRepaidEvent)
		if ev.RootId.Cmp(id) != 0 || ev.Obligor != e.core.addr || ev.Amount.Int64() != 1000_00 {
			t.Fatalf("event: %+v", ev)
		}
		if d := new(big.Int).Sub(before, e.cashOf(e.core.addr)); d.Int64() != 1000_00 {
			t.Fatalf("obligor paid %s", d)
		}
		if got := e.cashOf(e.dep.Receivable); got.Int64() != 1000_00 {
			t.Fatalf("contract holds %s", got)
		}
		if st := e.root(id).Status; st != statusRepaid {
			t.Fatalf("status %d", st)
		}
	})
	t.Run("OKOverdue", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.advance(92 * day)
		e.must(e.nobody, e.rcvC, e.rcv.PackMarkOverdue(id))
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		if st := e.root(id).Status; st != statusRepaid {
			t.Fatalf("status %d", st)
		}
	})
	cases := []struct {
		name string
		prep func(e *env, id *big.Int) *big.Int // returns the id to repay
		from func(e *env) *acct
		err  string
		args func(e *env, id, target *big.Int) []any
	}{
		{"ErrNotObligor", nil, func(e *env) *acct { return e.core2 }, "ReceivableNotObligor",
			func(e *env, id, _ *big.Int) []any { return []any{id, e.core.addr, e.core2.addr} }},
		{"ErrNotRoot", func(e *env, id *big.Int) *big.Int { return e.splitTo(e.sup1, id, e.sup2, int64(100_00))[0] }, nil,
			"ReceivableNotRoot", func(e *env, id, target *big.Int) []any { return []any{target, id} }},
		{"ErrNotFound", func(e *env, id *big.Int) *big.Int { return n(77) }, nil, "ReceivableNotFound",
			func(e *env, _, _ *big.Int) []any { return []any{n(77)} }},
		{"ErrPending", func(e *env, _ *big.Int) *big.Int { id, _ := e.submitted(e.sup1, e.core, 100_00, day); return id }, nil,
			"ReceivableInvalidStatus", func(e *env, _, target *big.Int) []any { return []any{target, statusPending} }},
		{"ErrTwice", func(e *env, id *big.Int) *big.Int { e.must(e.core, e.rcvC, e.rcv.PackRepay(id)); return id }, nil,
			"ReceivableInvalidStatus", func(e *env, id, _ *big.Int) []any { return []any{id, statusRepaid} }},
		{"ErrInsufficientCash", func(e *env, _ *big.Int) *big.Int {
			return one(e.t, e.must(e.core, e.rcvC, e.packIssue(e.sup1.addr, new(big.Int).Add(startCash, n(1)), e.now()+day, newFingerprint(), [32]byte{})),
				e.rcv.UnpackReceivableIssuedEvent).Id
		}, nil, "ERC20InsufficientBalance",
			func(e *env, _, _ *big.Int) []any {
				return []any{e.core.addr, startCash, new(big.Int).Add(startCash, n(1))}
			}},
		{"ErrPaused", func(e *env, id *big.Int) *big.Int { e.must(e.op, e.rcvC, e.rcv.PackPause()); return id }, nil, "EnforcedPause",
			func(e *env, _, _ *big.Int) []any { return nil }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			id := e.active(1000_00)
			target := id
			if c.prep != nil {
				target = c.prep(e, id)
			}
			from := e.core
			if c.from != nil {
				from = c.from(e)
			}
			_, err := e.send(from, e.rcvC, e.rcv.PackRepay(target))
			wantRevert(t, err, c.err, c.args(e, id, target)...)
		})
	}
}

func TestRedeem(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		part := e.splitTo(e.sup1, id, e.sup2, int64(300_00))[0]
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		before := e.cashOf(e.sup2.addr)
		r := e.must(e.sup2, e.rcvC, e.rcv.PackRedeem(part))
		ev := one(t, r, e.rcv.UnpackReceivableRedeemedEvent)
		if ev.Id.Cmp(part) != 0 || ev.RootId.Cmp(id) != 0 || ev.Holder != e.sup2.addr || ev.Value.Int64() != 300_00 || ev.By != e.sup2.addr {
			t.Fatalf("event: %+v", ev)
		}
		if d := new(big.Int).Sub(e.cashOf(e.sup2.addr), before); d.Int64() != 300_00 {
			t.Fatalf("holder received %s", d)
		}
		_, err := bindCall(e, e.rcv.PackOwnerOf(part))
		wantRevert(t, err, "ERC721NonexistentToken", part)
		if root := e.root(id); root.RedeemedValue.Int64() != 300_00 {
			t.Fatalf("redeemed %s", root.RedeemedValue)
		}
		if got := e.cashOf(e.dep.Receivable); got.Int64() != 700_00 {
			t.Fatalf("contract holds %s, want the unredeemed 700_00", got)
		}
		// Redemption pays money owed: it does not need a valid KYB credential.
		e.revokeKYB(e.sup1)
		e.must(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
	})
	t.Run("ErrNotRepaid", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusActive)
	})
	t.Run("ErrNotHolder", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		_, err := e.send(e.sup2, e.rcvC, e.rcv.PackRedeem(id))
		wantRevert(t, err, "ReceivableNotHolder", id, e.sup1.addr, e.sup2.addr)
	})
	t.Run("ErrTwice", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		e.must(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
		wantRevert(t, err, "ReceivableNotFound", id)
	})
	t.Run("ErrFrozen", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		e.must(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, true))
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
		wantRevert(t, err, "ReceivableIsFrozen", id)
		e.must(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, false))
		e.must(e.op, e.rcvC, e.rcv.PackSetRootFrozen(id, true))
		_, err = e.send(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
		wantRevert(t, err, "ReceivableRootFrozen", id)
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackRedeem(id))
		wantRevert(t, err, "EnforcedPause")
	})
}

func TestPayout(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		parts := e.splitTo(e.sup1, id, e.sup2, int64(300_00), e.sup3, int64(200_00))
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		r := e.must(e.op, e.rcvC, e.rcv.PackPayout([]*big.Int{id, parts[0], parts[1]}))
		evs := events(r, e.rcv.UnpackReceivableRedeemedEvent)
		if len(evs) != 3 || evs[0].Holder != e.sup1.addr || evs[1].Holder != e.sup2.addr || evs[2].Holder != e.sup3.addr || evs[0].By != e.op.addr {
			t.Fatalf("events: %+v", evs)
		}
		if got := e.cashOf(e.dep.Receivable); got.Sign() != 0 {
			t.Fatalf("contract keeps %s", got)
		}
	})
	t.Run("ErrNotOperator", func(t *testing.T) {
		e := newEnv(t)
		_, err := e.send(e.core, e.rcvC, e.rcv.PackPayout(nil))
		wantRevert(t, err, "ReceivableUnauthorized", e.core.addr, [32]byte(roleOperator))
	})
	t.Run("ErrBatchTooLarge", func(t *testing.T) {
		e := newEnv(t)
		ids := make([]*big.Int, 101)
		for i := range ids {
			ids[i] = n(int64(i + 1))
		}
		_, err := e.send(e.op, e.rcvC, e.rcv.PackPayout(ids))
		wantRevert(t, err, "ReceivableBatchTooLarge", n(101), n(100))
	})
	t.Run("ErrOneNotRepaid", func(t *testing.T) {
		e := newEnv(t)
		repaid, other := e.active(1000_00), e.active(500_00)
		e.must(e.core, e.rcvC, e.rcv.PackRepay(repaid))
		_, err := e.send(e.op, e.rcvC, e.rcv.PackPayout([]*big.Int{repaid, other}))
		wantRevert(t, err, "ReceivableInvalidStatus", other, statusActive)
		if e.owner(repaid) != e.sup1.addr {
			t.Fatal("a failed batch redeemed part of its ids")
		}
	})
}

func TestMarkOverdue(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		due := e.root(id).DueDate
		e.advance(90*day + day)
		r := e.must(e.nobody, e.rcvC, e.rcv.PackMarkOverdue(id))
		ev := one(t, r, e.rcv.UnpackReceivableOverdueEvent)
		if ev.RootId.Cmp(id) != 0 || ev.DueDate != due || ev.By != e.nobody.addr {
			t.Fatalf("event: %+v", ev)
		}
		if st := e.root(id).Status; st != statusOverdue {
			t.Fatalf("status %d", st)
		}
		_, err := e.send(e.sup1, e.rcvC, e.packRequest(id, e.bank.addr, 100_00))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusOverdue)
	})
	t.Run("ErrWithinGrace", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		due := e.root(id).DueDate
		e.advance(90 * day)
		_, err := e.send(e.nobody, e.rcvC, e.rcv.PackMarkOverdue(id))
		wantRevert(t, err, "ReceivableNotYetOverdue", id, due+day, e.now())
	})
	t.Run("ErrRepaid", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
		e.advance(92 * day)
		_, err := e.send(e.nobody, e.rcvC, e.rcv.PackMarkOverdue(id))
		wantRevert(t, err, "ReceivableInvalidStatus", id, statusRepaid)
	})
	t.Run("ErrPaused", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.advance(92 * day)
		e.must(e.op, e.rcvC, e.rcv.PackPause())
		_, err := e.send(e.nobody, e.rcvC, e.rcv.PackMarkOverdue(id))
		wantRevert(t, err, "EnforcedPause")
	})
}
