package contracts_test

import (
	"math/big"
	"testing"
)

// TestLifecycle runs one receivable from submission to redemption: submit,
// confirm, split to tier 2, finance part of it, repay, redeem every part.
func TestLifecycle(t *testing.T) {
	e := newEnv(t)
	id := e.active(1_000_000_00)
	parts := e.splitTo(e.sup1, id, e.sup2, int64(400_000_00))
	req := e.requested(e.sup2, parts[0], e.bank, 100_000_00)
	before := e.cashOf(e.sup2.addr)
	financed := e.funded(e.bank, req, 99_000_00)
	if got := e.owner(financed); got != e.bank.addr {
		t.Fatalf("financed receivable held by %s, want bank", got)
	}
	if got := new(big.Int).Sub(e.cashOf(e.sup2.addr), before); got.Int64() != 99_000_00 {
		t.Fatalf("supplier received %s, want 9900000", got)
	}
	e.advance(91 * day)
	e.must(e.core, e.rcvC, e.rcv.PackRepay(id))
	for _, h := range []struct {
		who *acct
		id  int64
	}{{e.sup1, id.Int64()}, {e.sup2, parts[0].Int64()}, {e.bank, financed.Int64()}} {
		e.must(h.who, e.rcvC, e.rcv.PackRedeem(n(h.id)))
	}
	if got := e.cashOf(e.dep.Receivable); got.Sign() != 0 {
		t.Fatalf("contract keeps %s cash after every redemption", got)
	}
	r := e.root(id)
	if r.Status != statusRepaid || r.RedeemedValue.Int64() != 1_000_000_00 {
		t.Fatalf("root after redemption: %+v", r)
	}
}
