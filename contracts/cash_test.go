package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
)

func onCash(e *env) *bind.BoundContract { return e.cashC }

func (e *env) cashSupply() *big.Int {
	e.t.Helper()
	return call(e, e.cashC, e.cashB.PackTotalSupply(), e.cashB.UnpackTotalSupply)
}

func (e *env) cashAllowance(owner, spender common.Address) *big.Int {
	e.t.Helper()
	return call(e, e.cashC, e.cashB.PackAllowance(owner, spender), e.cashB.UnpackAllowance)
}

// wantCash asserts the balance of a.
func wantCash(t *testing.T, e *env, a common.Address, want *big.Int) {
	t.Helper()
	if got := e.cashOf(a); got.Cmp(want) != 0 {
		t.Fatalf("balance of %s = %s, want %s", a, got, want)
	}
}

// clearingGate lists the callers a CLEARING-only function turns away.
func clearingGate(data func(e *env) []byte) []revertingCall {
	gate := func(name string, prep func(e *env), from func(e *env) *acct) revertingCall {
		return revertingCall{name: name, prep: prep, from: from, target: onCash, data: data,
			err: "CashUnauthorized", args: identityUnauthorized(from, roleClearing)}
	}
	return []revertingCall{
		gate("ErrNotClearing", nil, asBank),
		gate("ErrOperator", nil, asOp),
		gate("ErrUnregisteredCaller", nil, asNobody),
		gate("ErrSuspendedClearing", func(e *env) {
			e.must(e.op, e.regC, e.reg.PackSetStatus(e.clr.addr, orgSuspended))
		}, asClr),
		gate("ErrClearingRoleRevoked", func(e *env) {
			e.must(e.op, e.regC, e.reg.PackRevokeRole(e.clr.addr, roleClearing))
		}, asClr),
	}
}

func TestCashMetadata(t *testing.T) {
	e := newEnv(t)
	if got := call(e, e.cashC, e.cashB.PackName(), e.cashB.UnpackName); got != "Duochain Settlement CNY" {
		t.Errorf("name = %q", got)
	}
	if got := call(e, e.cashC, e.cashB.PackSymbol(), e.cashB.UnpackSymbol); got != "dCNY" {
		t.Errorf("symbol = %q", got)
	}
	if got := call(e, e.cashC, e.cashB.PackDecimals(), e.cashB.UnpackDecimals); got != 2 {
		t.Errorf("decimals = %d, want 2", got)
	}
	if got := call(e, e.cashC, e.cashB.PackRegistry(), e.cashB.UnpackRegistry); got != e.dep.IdentityRegistry {
		t.Errorf("registry = %s, want %s", got, e.dep.IdentityRegistry)
	}
	// newEnv minted startCash to each of its seven verified organizations.
	if got, want := e.cashSupply(), new(big.Int).Mul(startCash, n(7)); got.Cmp(want) != 0 {
		t.Errorf("totalSupply = %s, want %s", got, want)
	}
}

func TestCashMint(t *testing.T) {
	ok := []struct {
		name string
		prep func(e *env) // optional
		by   func(e *env) *acct
		to   func(e *env) *acct
	}{
		{name: "OK", by: asClr, to: asSup1},
		{name: "OKToClearing", by: asClr, to: asClr},
		// Minting does not check the recipient against the registry.
		{name: "OKToUnregistered", by: asClr, to: asNobody},
		{name: "OKBySecondClearing", prep: func(e *env) {
			e.must(e.op, e.regC, e.reg.PackGrantRole(e.bank2.addr, roleClearing))
		}, by: asBank2, to: asSup2},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			by, to := c.by(e), c.to(e).addr
			amount := n(123_45)
			balance, supply := e.cashOf(to), e.cashSupply()
			r := e.must(by, e.cashC, e.cashB.PackMint(to, amount))
			wantEventArgs(t, &cashtoken.CashTokenCashMinted{To: to, Amount: amount, By: by.addr},
				one(t, r, e.cashB.UnpackCashMintedEvent))
			wantEventArgs(t, &cashtoken.CashTokenTransfer{From: common.Address{}, To: to, Value: amount},
				one(t, r, e.cashB.UnpackTransferEvent))
			wantCash(t, e, to, new(big.Int).Add(balance, amount))
			if got, want := e.cashSupply(), new(big.Int).Add(supply, amount); got.Cmp(want) != 0 {
				t.Fatalf("totalSupply = %s, want %s", got, want)
			}
		})
	}

	mint := func(to func(e *env) common.Address, amount int64) func(e *env) []byte {
		return func(e *env) []byte { return e.cashB.PackMint(to(e), n(amount)) }
	}
	sup1 := func(e *env) common.Address { return e.sup1.addr }
	cases := clearingGate(mint(sup1, 100_00))
	cases = append(cases, []revertingCall{
		{name: "ErrZeroAmount", from: asClr, target: onCash, data: mint(sup1, 0),
			err: "CashZeroAmount", args: func(*env) []any { return nil }},
		{name: "ErrZeroRecipient", from: asClr, target: onCash, data: mint(func(*env) common.Address { return common.Address{} }, 100_00),
			err: "ERC20InvalidReceiver", args: func(*env) []any { return []any{common.Address{}} }},
	}...)
	runReverts(t, cases)
}

func TestCashBurn(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		e.must(e.clr, e.cashC, e.cashB.PackMint(e.clr.addr, n(500_00)))
		supply := e.cashSupply()
		r := e.must(e.clr, e.cashC, e.cashB.PackBurn(n(200_00)))
		wantEventArgs(t, &cashtoken.CashTokenCashBurned{By: e.clr.addr, Amount: n(200_00)},
			one(t, r, e.cashB.UnpackCashBurnedEvent))
		wantEventArgs(t, &cashtoken.CashTokenTransfer{From: e.clr.addr, To: common.Address{}, Value: n(200_00)},
			one(t, r, e.cashB.UnpackTransferEvent))
		wantCash(t, e, e.clr.addr, n(300_00))
		if got, want := e.cashSupply(), new(big.Int).Sub(supply, n(200_00)); got.Cmp(want) != 0 {
			t.Fatalf("totalSupply = %s, want %s", got, want)
		}
		// Burning everything that is left empties the balance.
		e.must(e.clr, e.cashC, e.cashB.PackBurn(n(300_00)))
		wantCash(t, e, e.clr.addr, n(0))
	})

	burn := func(amount int64) func(e *env) []byte {
		return func(e *env) []byte { return e.cashB.PackBurn(n(amount)) }
	}
	fundClearing := func(e *env) { e.must(e.clr, e.cashC, e.cashB.PackMint(e.clr.addr, n(100_00))) }
	insufficient := func(balance, needed int64) func(e *env) []any {
		return func(e *env) []any { return []any{e.clr.addr, n(balance), n(needed)} }
	}
	// The gate's organizations hold cash, yet may not burn it.
	cases := clearingGate(burn(1))
	cases = append(cases, []revertingCall{
		{name: "ErrZeroAmount", prep: fundClearing, from: asClr, target: onCash, data: burn(0),
			err: "CashZeroAmount", args: func(*env) []any { return nil }},
		{name: "ErrNothingHeld", from: asClr, target: onCash, data: burn(1),
			err: "ERC20InsufficientBalance", args: insufficient(0, 1)},
		{name: "ErrInsufficientBalance", prep: fundClearing, from: asClr, target: onCash, data: burn(100_01),
			err: "ERC20InsufficientBalance", args: insufficient(100_00, 100_01)},
	}...)
	runReverts(t, cases)
}

func TestCashERC20(t *testing.T) {
	t.Run("Transfer", func(t *testing.T) {
		e := newEnv(t)
		supply := e.cashSupply()
		r := e.must(e.sup1, e.cashC, e.cashB.PackTransfer(e.sup2.addr, n(250_00)))
		wantEventArgs(t, &cashtoken.CashTokenTransfer{From: e.sup1.addr, To: e.sup2.addr, Value: n(250_00)},
			one(t, r, e.cashB.UnpackTransferEvent))
		wantCash(t, e, e.sup1.addr, new(big.Int).Sub(startCash, n(250_00)))
		wantCash(t, e, e.sup2.addr, new(big.Int).Add(startCash, n(250_00)))
		if got := e.cashSupply(); got.Cmp(supply) != 0 {
			t.Fatalf("transfer changed totalSupply from %s to %s", supply, got)
		}
	})
	t.Run("TransferToUnregistered", func(t *testing.T) {
		// Cash moves freely: the token does not consult the registry on transfer.
		e := newEnv(t)
		e.must(e.sup1, e.cashC, e.cashB.PackTransfer(e.nobody.addr, n(1_00)))
		wantCash(t, e, e.nobody.addr, n(1_00))
	})
	t.Run("ApproveAndTransferFrom", func(t *testing.T) {
		e := newEnv(t)
		r := e.must(e.sup1, e.cashC, e.cashB.PackApprove(e.bank.addr, n(50_00)))
		wantEventArgs(t, &cashtoken.CashTokenApproval{Owner: e.sup1.addr, Spender: e.bank.addr, Value: n(50_00)},
			one(t, r, e.cashB.UnpackApprovalEvent))
		if got := e.cashAllowance(e.sup1.addr, e.bank.addr); got.Cmp(n(50_00)) != 0 {
			t.Fatalf("allowance = %s", got)
		}
		r = e.must(e.bank, e.cashC, e.cashB.PackTransferFrom(e.sup1.addr, e.sup3.addr, n(30_00)))
		wantEventArgs(t, &cashtoken.CashTokenTransfer{From: e.sup1.addr, To: e.sup3.addr, Value: n(30_00)},
			one(t, r, e.cashB.UnpackTransferEvent))
		wantCash(t, e, e.sup1.addr, new(big.Int).Sub(startCash, n(30_00)))
		wantCash(t, e, e.sup3.addr, new(big.Int).Add(startCash, n(30_00)))
		wantCash(t, e, e.bank.addr, startCash)
		if got := e.cashAllowance(e.sup1.addr, e.bank.addr); got.Cmp(n(20_00)) != 0 {
			t.Fatalf("allowance after transferFrom = %s, want 2000", got)
		}
		_, err := e.send(e.bank, e.cashC, e.cashB.PackTransferFrom(e.sup1.addr, e.sup3.addr, n(30_00)))
		wantRevert(t, err, "ERC20InsufficientAllowance", e.bank.addr, n(20_00), n(30_00))
	})

	transfer := func(to func(e *env) common.Address, amount *big.Int) func(e *env) []byte {
		return func(e *env) []byte { return e.cashB.PackTransfer(to(e), amount) }
	}
	sup2 := func(e *env) common.Address { return e.sup2.addr }
	overdraft := new(big.Int).Add(startCash, n(1))
	runReverts(t, []revertingCall{
		{name: "ErrInsufficientBalance", from: asSup1, target: onCash, data: transfer(sup2, overdraft),
			err: "ERC20InsufficientBalance", args: func(e *env) []any { return []any{e.sup1.addr, startCash, overdraft} }},
		{name: "ErrUnfundedSender", from: asNobody, target: onCash, data: transfer(sup2, n(1)),
			err: "ERC20InsufficientBalance", args: func(e *env) []any { return []any{e.nobody.addr, n(0), n(1)} }},
		{name: "ErrZeroRecipient", from: asSup1, target: onCash, data: transfer(func(*env) common.Address { return common.Address{} }, n(1)),
			err: "ERC20InvalidReceiver", args: func(*env) []any { return []any{common.Address{}} }},
		{name: "ErrNoAllowance", from: asBank, target: onCash,
			data: func(e *env) []byte { return e.cashB.PackTransferFrom(e.sup1.addr, e.bank.addr, n(1)) },
			err:  "ERC20InsufficientAllowance", args: func(e *env) []any { return []any{e.bank.addr, n(0), n(1)} }},
		{name: "ErrApproveZeroSpender", from: asSup1, target: onCash,
			data: func(e *env) []byte { return e.cashB.PackApprove(common.Address{}, n(1)) },
			err:  "ERC20InvalidSpender", args: func(*env) []any { return []any{common.Address{}} }},
	})
}
