package contracts_test

import (
	"math/big"
	"testing"
)

func TestPolicy(t *testing.T) {
	t.Run("Defaults", func(t *testing.T) {
		e := newEnv(t)
		p := call(e, e.rcvC, e.rcv.PackPolicy(), e.rcv.UnpackPolicy)
		if p.MaxTerm != 365*day || p.GracePeriod != day || p.MinSplitValue.Int64() != 100 || p.LapsePeriod != uint32(30*day) {
			t.Fatalf("defaults: %+v", p)
		}
	})
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		r := e.must(e.op, e.rcvC, e.rcv.PackSetPolicy(30*day, 0, n(1000_00), uint32(2*day)))
		ev := one(t, r, e.rcv.UnpackPolicyUpdatedEvent)
		if ev.MaxTerm != 30*day || ev.GracePeriod != 0 || ev.MinSplitValue.Int64() != 1000_00 || ev.LapsePeriod != uint32(2*day) || ev.By != e.op.addr {
			t.Fatalf("event: %+v", ev)
		}
		if p := call(e, e.rcvC, e.rcv.PackPolicy(), e.rcv.UnpackPolicy); p.LapsePeriod != uint32(2*day) {
			t.Fatalf("policy: %+v", p)
		}
		// The new policy applies at once: the term, the minimum part and the lapse period.
		due := e.now() + 31*day
		_, err := e.send(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(5000_00), due, newFingerprint(), [32]byte{}))
		wantRevert(t, err, "ReceivableTermTooLong", due, e.now()+30*day)
		id, sr := e.submitted(e.sup1, e.core, 5000_00, 20*day)
		root := e.root(id)
		if root.LapsePeriod != uint32(2*day) {
			t.Fatalf("root lapse period %d", root.LapsePeriod)
		}
		if ev := one(t, sr, e.rcv.UnpackReceivableSubmittedEvent); ev.LapsesAt != root.IssuedAt+2*day {
			t.Fatalf("lapsesAt %d, want issuedAt %d + 2 days", ev.LapsesAt, root.IssuedAt)
		}
		e.must(e.core, e.rcvC, e.packConfirm(id))
		_, err = e.send(e.sup1, e.rcvC, e.packSplit(id, mkParts(e.sup2, int64(999_99))))
		wantRevert(t, err, "ReceivableBelowMinimum", n(999_99), n(1000_00))
	})
	t.Run("OKLapsePeriodKeptBySubmission", func(t *testing.T) {
		// A submission lapses after the period in force when it was made, not
		// after a later one: the supplier was told lapsesAt.
		e := newEnv(t)
		id, _ := e.submitted(e.sup1, e.core, 100_00, 90*day)
		issued := e.root(id).IssuedAt
		e.must(e.op, e.rcvC, e.rcv.PackSetPolicy(365*day, day, n(100), uint32(day)))
		e.advance(2 * day)
		_, err := e.send(e.nobody, e.rcvC, e.rcv.PackLapse(id))
		wantRevert(t, err, "ReceivableNotYetLapsed", id, issued+30*day, e.now())
		e.must(e.core, e.rcvC, e.packConfirm(id))
	})
	for _, c := range []struct {
		name           string
		maxTerm, grace uint64
		min            *big.Int
		lapse          uint32
	}{
		{"ErrZeroTerm", 0, day, n(1), uint32(day)},
		{"ErrTermOverTenYears", 3651 * day, day, n(1), uint32(day)},
		{"ErrGraceOverAYear", day, 366 * day, n(1), uint32(day)},
		{"ErrZeroMinimum", day, day, n(0), uint32(day)},
		{"ErrMinimumTooLarge", day, day, new(big.Int).Lsh(big.NewInt(1), 128), uint32(day)},
		{"ErrZeroLapsePeriod", day, day, n(1), 0},
		{"ErrLapsePeriodOverAYear", day, day, n(1), uint32(366 * day)},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			_, err := e.send(e.op, e.rcvC, e.rcv.PackSetPolicy(c.maxTerm, c.grace, c.min, c.lapse))
			wantRevert(t, err, "ReceivableInvalidPolicy", c.maxTerm, c.grace, c.min, c.lapse)
		})
	}
}

func TestFreeze(t *testing.T) {
	e := newEnv(t)
	id := e.active(1000_00)
	r := e.must(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, true))
	if ev := one(t, r, e.rcv.UnpackReceivableFrozenEvent); ev.Id.Cmp(id) != 0 || !ev.Frozen || ev.By != e.op.addr {
		t.Fatalf("ReceivableFrozen: %+v", ev)
	}
	_, err := e.send(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, true))
	wantRevert(t, err, "ReceivableFreezeUnchanged", id, true)
	e.must(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(id, false))
	r = e.must(e.op, e.rcvC, e.rcv.PackSetRootFrozen(id, true))
	if ev := one(t, r, e.rcv.UnpackRootFrozenEvent); ev.RootId.Cmp(id) != 0 || !ev.Frozen {
		t.Fatalf("RootFrozen: %+v", ev)
	}
	_, err = e.send(e.op, e.rcvC, e.rcv.PackSetRootFrozen(id, true))
	wantRevert(t, err, "ReceivableFreezeUnchanged", id, true)
	_, err = e.send(e.op, e.rcvC, e.rcv.PackSetReceivableFrozen(n(99), true))
	wantRevert(t, err, "ERC721NonexistentToken", n(99))
	e.must(e.op, e.rcvC, e.rcv.PackSetRootFrozen(id, false))
	e.splitTo(e.sup1, id, e.sup2, int64(100_00))
}

func TestPause(t *testing.T) {
	e := newEnv(t)
	r := e.must(e.op, e.rcvC, e.rcv.PackPause())
	if ev := one(t, r, e.rcv.UnpackPausedEvent); ev.Account != e.op.addr {
		t.Fatalf("Paused: %+v", ev)
	}
	_, err := e.send(e.op, e.rcvC, e.rcv.PackPause())
	wantRevert(t, err, "EnforcedPause")
	r = e.must(e.op, e.rcvC, e.rcv.PackUnpause())
	if ev := one(t, r, e.rcv.UnpackUnpausedEvent); ev.Account != e.op.addr {
		t.Fatalf("Unpaused: %+v", ev)
	}
	_, err = e.send(e.op, e.rcvC, e.rcv.PackUnpause())
	wantRevert(t, err, "ExpectedPause")
	e.active(100_00)
}

// TestOperatorRoleChecks calls every operator-only function as accounts that are
// not (or no longer) operators.
func TestOperatorRoleChecks(t *testing.T) {
	e := newEnv(t)
	id := e.active(1000_00)
	calls := map[string][]byte{
		"setPolicy":           e.rcv.PackSetPolicy(day, day, n(1), uint32(day)),
		"setReceivableFrozen": e.rcv.PackSetReceivableFrozen(id, true),
		"setRootFrozen":       e.rcv.PackSetRootFrozen(id, true),
		"pause":               e.rcv.PackPause(),
		"unpause":             e.rcv.PackUnpause(),
		"payout":              e.rcv.PackPayout([]*big.Int{id}),
		"setBaseURI":          e.rcv.PackSetBaseURI("https://attacker.example/"),
	}
	// A second operator that was suspended keeps its role flag but loses its power.
	e.must(e.op, e.regC, e.reg.PackRegisterOrganization(e.nobody.addr, "did:web:ex-operator.example", [][32]byte{roleOperator}))
	e.must(e.op, e.regC, e.reg.PackSetStatus(e.nobody.addr, 2))
	for name, data := range calls {
		for _, who := range []*acct{e.core, e.sup1, e.bank, e.ver, e.clr, e.nobody} {
			t.Run(name+"/"+who.name, func(t *testing.T) {
				_, err := e.send(who, e.rcvC, data)
				wantRevert(t, err, "ReceivableUnauthorized", who.addr, [32]byte(roleOperator))
			})
		}
	}
}

// TestOrganizationRoleChecks calls every function an organization calls in its
// business (not the operator's) as an address without the role or relation it
// needs, and checks the specific refusal.
func TestOrganizationRoleChecks(t *testing.T) {
	e := newEnv(t)
	id := e.active(1000_00)
	pending, _ := e.submitted(e.sup1, e.core, 100_00, day)
	req := e.requested(e.sup1, id, e.bank, 100_00)
	cases := []struct {
		name string
		who  *acct
		data []byte
		err  string
		args []any
	}{
		{"submit/financier", e.bank, e.packSubmit(e.core.addr, n(1), e.now()+day, newFingerprint(), [32]byte{}), "ReceivableUnauthorized", []any{e.bank.addr, [32]byte(roleSupplier)}},
		{"submit/core", e.core, e.packSubmit(e.core2.addr, n(1), e.now()+day, newFingerprint(), [32]byte{}), "ReceivableUnauthorized", []any{e.core.addr, [32]byte(roleSupplier)}},
		{"issue/supplier", e.sup1, e.packIssue(e.sup2.addr, n(1), e.now()+day, newFingerprint(), [32]byte{}), "ReceivableUnauthorized", []any{e.sup1.addr, [32]byte(roleCore)}},
		{"issue/operator", e.op, e.packIssue(e.sup2.addr, n(1), e.now()+day, newFingerprint(), [32]byte{}), "ReceivableUnauthorized", []any{e.op.addr, [32]byte(roleCore)}},
		{"confirm/supplier", e.sup1, e.packConfirm(pending), "ReceivableNotObligor", []any{pending, e.core.addr, e.sup1.addr}},
		{"confirm/otherCore", e.core2, e.packConfirm(pending), "ReceivableNotObligor", []any{pending, e.core.addr, e.core2.addr}},
		{"reject/operator", e.op, e.packReject(pending), "ReceivableNotObligor", []any{pending, e.core.addr, e.op.addr}},
		{"split/obligor", e.core, e.packSplit(id, mkParts(e.sup2, int64(100_00))), "ReceivableNotHolder", []any{id, e.sup1.addr, e.core.addr}},
		{"split/operator", e.op, e.packSplit(id, mkParts(e.sup2, int64(100_00))), "ReceivableNotHolder", []any{id, e.sup1.addr, e.op.addr}},
		{"transfer/operator", e.op, e.rcv.PackTransferFrom0(e.sup1.addr, e.sup2.addr, id), "ERC721InsufficientApproval", []any{e.op.addr, id}},
		{"valueTransfer/financier", e.bank, e.rcv.PackTransferFrom(id, e.bank.addr, n(100_00)), "ReceivableInsufficientAllowance", []any{id, e.bank.addr, n(0), n(100_00)}},
		{"requestFinancing/financier", e.bank, e.packRequest(id, e.bank.addr, 100_00), "ReceivableNotHolder", []any{id, e.sup1.addr, e.bank.addr}},
		{"fund/supplier", e.sup1, e.packFund(req, 1), "ReceivableUnauthorized", []any{e.sup1.addr, [32]byte(roleFinancer)}},
		{"fund/otherBank", e.bank2, e.packFund(req, 1), "ReceivableNotFinancier", []any{req, e.bank.addr, e.bank2.addr}},
		{"cancel/financier", e.bank, e.rcv.PackCancelFinancing(req), "ReceivableNotRequester", []any{req, e.sup1.addr, e.bank.addr}},
		{"decline/holder", e.sup1, e.rcv.PackDeclineFinancing(req), "ReceivableNotFinancier", []any{req, e.bank.addr, e.sup1.addr}},
		{"repay/holder", e.sup1, e.rcv.PackRepay(id), "ReceivableNotObligor", []any{id, e.core.addr, e.sup1.addr}},
		{"redeem/obligor", e.core, e.rcv.PackRedeem(id), "ReceivableNotHolder", []any{id, e.sup1.addr, e.core.addr}},
		{"approveValue/other", e.sup2, e.rcv.PackApprove0(id, e.sup2.addr, n(1)), "ReceivableNotHolder", []any{id, e.sup1.addr, e.sup2.addr}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.send(c.who, e.rcvC, c.data)
			wantRevert(t, err, c.err, c.args...)
		})
	}
}

// TestInterfaces checks what standard tools look for: ERC-165 ids, ERC-3525
// value decimals, ERC-721 metadata.
func TestInterfaces(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		name string
		id   [4]byte
		want bool
	}{
		{"ERC165", [4]byte{0x01, 0xff, 0xc9, 0xa7}, true},
		{"ERC721", [4]byte{0x80, 0xac, 0x58, 0xcd}, true},
		{"ERC721Metadata", [4]byte{0x5b, 0x5e, 0x13, 0x9f}, true},
		{"ERC3525", [4]byte{0xd5, 0x35, 0x81, 0x40}, true},
		{"ERC3525Metadata", [4]byte{0xe1, 0x60, 0x09, 0x02}, true},
		{"Invalid", [4]byte{0xff, 0xff, 0xff, 0xff}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := call(e, e.rcvC, e.rcv.PackSupportsInterface(c.id), e.rcv.UnpackSupportsInterface); got != c.want {
				t.Fatalf("supportsInterface(%x) = %v", c.id, got)
			}
		})
	}
	if d := call(e, e.rcvC, e.rcv.PackValueDecimals(), e.rcv.UnpackValueDecimals); d != 2 {
		t.Fatalf("valueDecimals = %d", d)
	}
	if d := call(e, e.cashC, e.cashB.PackDecimals(), e.cashB.UnpackDecimals); d != 2 {
		t.Fatalf("cash decimals = %d", d)
	}
	if s := call(e, e.rcvC, e.rcv.PackSymbol(), e.rcv.UnpackSymbol); s != "DRC" {
		t.Fatalf("symbol = %q", s)
	}
}
