package contracts_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/internal/bindings/reentrancyattacker"
)

// These tests put a contract organization on the receiving end of every hook the
// Receivable calls (ERC-3525 onERC3525Received on split, value transfer and
// financing; ERC-721 onERC721Received on safeTransferFrom) and have it call back
// into the Receivable. Every such call must hit the reentrancy guard, and the
// outer operation must complete with value conserved.

// TestReentrancySplit delivers a new receivable to the attacker by split and by
// ERC-3525 value transfer; the hook tries to move or redeem the receivable it
// already holds or the one just received.
func TestReentrancySplit(t *testing.T) {
	deliveries := []struct {
		name string
		// deliver returns sup1's call that delivers value of id to to, and the id it creates.
		deliver func(e *env, id *big.Int, to common.Address, value int64) ([]byte, *big.Int)
	}{
		{"Split", func(e *env, id *big.Int, to common.Address, value int64) ([]byte, *big.Int) {
			salt := newSalt()
			return e.rcv.PackSplit(id, mkParts(to, value), salt), partID(id, salt, 0)
		}},
		{"ValueTransfer", func(e *env, id *big.Int, to common.Address, value int64) ([]byte, *big.Int) {
			return e.rcv.PackTransferFrom(id, to, n(value)), valueTransferID(id, e.sup1.addr, 0)
		}},
	}
	for _, d := range deliveries {
		t.Run(d.name, func(t *testing.T) {
			for _, re := range heldOrIncomingReentries {
				t.Run(re.name, func(t *testing.T) {
					e := newEnv(t)
					a := e.newAttacker()
					id := e.active(1_000_000_00)
					held := e.splitTo(e.sup1, id, a.addr, int64(300_000_00))[0] // hook not armed yet
					data, incoming := d.deliver(e, id, a.addr, 200_000_00)
					a.arm(re.data(e, a, held, incoming))

					r := e.must(e.sup1, e.rcvC, data)
					if got := one(t, r, e.rcv.UnpackReceivableSplitEvent).Id; got.Cmp(incoming) != 0 {
						t.Fatalf("delivered receivable %s, want %s", got, incoming)
					}
					a.wantBlocked(t, 1)
					e.wantHoldings(t, map[int64]holding{
						id.Int64():       {Owner: e.sup1.addr, Value: 500_000_00},
						held.Int64():     {Owner: a.addr, Value: 300_000_00},
						incoming.Int64(): {Owner: a.addr, Value: 200_000_00},
					})
					e.wantConserved(t, 3)
					e.wantCash(t, map[common.Address]int64{a.addr: startCash.Int64(), e.sup1.addr: startCash.Int64()})
				})
			}
		})
	}

	t.Run("EveryHookGuarded", func(t *testing.T) {
		e := newEnv(t)
		a := e.newAttacker()
		id := e.active(1_000_000_00)
		held := e.splitTo(e.sup1, id, a.addr, int64(300_000_00))[0]
		a.arm(e.packSplit(held, mkParts(e.sup2, int64(100_00))))
		ids := e.splitTo(e.sup1, id, a.addr, int64(100_000_00), e.sup2, int64(100_000_00), a.addr, int64(100_000_00))
		if len(ids) != 3 {
			t.Fatalf("split made %d receivables, want 3", len(ids))
		}
		a.wantBlocked(t, 2)
		e.wantHoldings(t, map[int64]holding{
			id.Int64():     {Owner: e.sup1.addr, Value: 400_000_00},
			held.Int64():   {Owner: a.addr, Value: 300_000_00},
			ids[0].Int64(): {Owner: a.addr, Value: 100_000_00},
			ids[1].Int64(): {Owner: e.sup2.addr, Value: 100_000_00},
			ids[2].Int64(): {Owner: a.addr, Value: 100_000_00},
		})
		e.wantConserved(t, 5)
	})
}

// heldOrIncomingReentries are the calls a hook makes while a new receivable
// (incoming) reaches an attacker that already holds another one (held).
var heldOrIncomingReentries = []struct {
	name string
	data func(e *env, a *attacker, held, incoming *big.Int) []byte
}{
	{"SplitHeld", func(e *env, _ *attacker, held, _ *big.Int) []byte {
		return e.packSplit(held, mkParts(e.sup2, int64(100_00)))
	}},
	{"SplitIncoming", func(e *env, _ *attacker, _, incoming *big.Int) []byte {
		return e.packSplit(incoming, mkParts(e.sup2, int64(100_00)))
	}},
	{"ValueTransferHeld", func(e *env, _ *attacker, held, _ *big.Int) []byte {
		return e.rcv.PackTransferFrom(held, e.sup2.addr, n(100_00))
	}},
	{"TransferHeld", func(e *env, a *attacker, held, _ *big.Int) []byte {
		return e.rcv.PackTransferFrom0(a.addr, e.sup2.addr, held)
	}},
	{"SafeTransferIncoming", func(e *env, a *attacker, _, incoming *big.Int) []byte {
		return e.rcv.PackSafeTransferFrom(a.addr, e.sup2.addr, incoming)
	}},
	{"RequestFinancingHeld", func(e *env, _ *attacker, held, _ *big.Int) []byte {
		return e.packRequest(held, e.bank.addr, 100_00)
	}},
	{"RequestFinancingIncoming", func(e *env, _ *attacker, _, incoming *big.Int) []byte {
		return e.packRequest(incoming, e.bank.addr, 100_00)
	}},
	{"RedeemHeld", func(e *env, _ *attacker, held, _ *big.Int) []byte {
		return e.rcv.PackRedeem(held)
	}},
}

// TestReentrancySafeTransfer sends a whole receivable to the attacker with
// ERC-721 safeTransferFrom; the hook tries to split or move the token it is
// being handed, the pattern of the ERC-3525 exploit that minted value inside
// the ERC-721 receive callback.
func TestReentrancySafeTransfer(t *testing.T) {
	transfers := []struct {
		name string
		data func(e *env, from, to common.Address, id *big.Int) []byte
	}{
		{"SafeTransferFrom", func(e *env, from, to common.Address, id *big.Int) []byte {
			return e.rcv.PackSafeTransferFrom(from, to, id)
		}},
		{"SafeTransferFromWithData", func(e *env, from, to common.Address, id *big.Int) []byte {
			return e.rcv.PackSafeTransferFrom0(from, to, id, []byte("payload"))
		}},
	}
	reentries := []struct {
		name string
		data func(e *env, a *attacker, received, held *big.Int) []byte
	}{
		{"SplitReceived", func(e *env, _ *attacker, received, _ *big.Int) []byte {
			return e.packSplit(received, mkParts(e.sup2, int64(100_00)))
		}},
		{"SplitReceivedToSelf", func(e *env, a *attacker, received, _ *big.Int) []byte {
			return e.packSplit(received, mkParts(a.addr, int64(350_000_00)))
		}},
		{"ValueTransferReceived", func(e *env, _ *attacker, received, _ *big.Int) []byte {
			return e.rcv.PackTransferFrom(received, e.sup2.addr, n(100_00))
		}},
		{"TransferReceived", func(e *env, a *attacker, received, _ *big.Int) []byte {
			return e.rcv.PackTransferFrom0(a.addr, e.sup2.addr, received)
		}},
		{"RequestFinancingReceived", func(e *env, _ *attacker, received, _ *big.Int) []byte {
			return e.packRequest(received, e.bank.addr, 700_000_00)
		}},
		{"SplitHeld", func(e *env, _ *attacker, _, held *big.Int) []byte {
			return e.packSplit(held, mkParts(e.sup2, int64(100_00)))
		}},
	}
	for _, tr := range transfers {
		t.Run(tr.name, func(t *testing.T) {
			for _, re := range reentries {
				t.Run(re.name, func(t *testing.T) {
					e := newEnv(t)
					a := e.newAttacker()
					id := e.active(1_000_000_00)
					held := e.splitTo(e.sup1, id, a.addr, int64(300_000_00))[0]
					a.arm(re.data(e, a, id, held))

					r := e.must(e.sup1, e.rcvC, tr.data(e, e.sup1.addr, a.addr, id))
					ev := one(t, r, e.rcv.UnpackReceivableTransferredEvent)
					if ev.Id.Cmp(id) != 0 || ev.From != e.sup1.addr || ev.To != a.addr || ev.Value.Int64() != 700_000_00 {
						t.Fatalf("ReceivableTransferred: %+v", ev)
					}
					if evs := events(r, e.rcv.UnpackReceivableSplitEvent); len(evs) != 0 {
						t.Fatalf("%d receivables split off inside the receive hook", len(evs))
					}
					a.wantBlocked(t, 1)
					e.wantHoldings(t, map[int64]holding{
						id.Int64():   {Owner: a.addr, Value: 700_000_00},
						held.Int64(): {Owner: a.addr, Value: 300_000_00},
					})
					e.wantConserved(t, 2)
				})
			}
		})
	}
}

// TestReentrancyFund has the attacker, as financier, fund a request: a partial
// one (a new receivable is split off to it) and a full one (the receivable
// itself moves to it). Both end in onERC3525Received, where it tries to fund
// again, or to split, move or pledge what it just bought.
func TestReentrancyFund(t *testing.T) {
	const (
		partialValue, partialPrice = 400_000_00, 396_000_00
		fullValue, fullPrice       = 200_000_00, 198_000_00
	)
	cases := []struct {
		name    string
		partial bool
	}{{"Partial", true}, {"Full", false}}
	reentries := []struct {
		name string
		data func(e *env, a *attacker, req, otherReq, financed *big.Int) []byte
	}{
		{"FundSame", func(e *env, _ *attacker, req, _, _ *big.Int) []byte {
			return e.packFund(req, 1_00)
		}},
		{"FundOther", func(e *env, _ *attacker, _, otherReq, _ *big.Int) []byte {
			return e.packFund(otherReq, 1_00)
		}},
		{"SplitFinanced", func(e *env, _ *attacker, _, _, financed *big.Int) []byte {
			return e.packSplit(financed, mkParts(e.sup3, int64(100_00)))
		}},
		{"TransferFinanced", func(e *env, a *attacker, _, _, financed *big.Int) []byte {
			return e.rcv.PackTransferFrom0(a.addr, e.sup3.addr, financed)
		}},
		{"RequestFinancingFinanced", func(e *env, _ *attacker, _, _, financed *big.Int) []byte {
			return e.packRequest(financed, e.bank.addr, 100_00)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, re := range reentries {
				t.Run(re.name, func(t *testing.T) {
					e := newEnv(t)
					a := e.newAttacker()
					id := e.active(1_000_000_00)
					part := e.splitTo(e.sup1, id, e.sup2, int64(fullValue))[0]
					partialReq := e.requestFrom(e.sup1, id, a.addr, partialValue)
					fullReq := e.requestFrom(e.sup2, part, a.addr, fullValue)

					req, otherReq, price, seller := fullReq, partialReq, int64(fullPrice), e.sup2
					financed := part
					if c.partial {
						req, otherReq, price, seller = partialReq, fullReq, partialPrice, e.sup1
						financed = fundedID(partialReq)
					}
					a.arm(re.data(e, a, req, otherReq, financed))

					r := a.must(e.dep.Receivable, e.packFund(req, price))
					if got := one(t, r, e.rcv.UnpackFinancingFundedEvent).FinancedId; got.Cmp(financed) != 0 {
						t.Fatalf("financed receivable %s, want %s", got, financed)
					}
					a.wantBlocked(t, 1)

					q := e.financing(req)
					if q.Status != finFunded || q.Price.Int64() != price || q.FinancedId != financed.Uint64() {
						t.Fatalf("funded request: %+v", q)
					}
					if q := e.financing(otherReq); q.Status != finRequested {
						t.Fatalf("other request: %+v", q)
					}
					want := map[int64]holding{
						id.Int64():   {Owner: e.sup1.addr, Value: 800_000_00, Locked: otherReq.Uint64()},
						part.Int64(): {Owner: a.addr, Value: fullValue},
					}
					minted := 2
					if c.partial {
						want[id.Int64()] = holding{Owner: e.sup1.addr, Value: 400_000_00}
						want[part.Int64()] = holding{Owner: e.sup2.addr, Value: fullValue, Locked: otherReq.Uint64()}
						want[financed.Int64()] = holding{Owner: a.addr, Value: partialValue}
						minted = 3
					}
					e.wantHoldings(t, want)
					e.wantConserved(t, minted)
					cash := map[common.Address]int64{a.addr: startCash.Int64() - price, e.sup1.addr: startCash.Int64(), e.sup2.addr: startCash.Int64()}
					cash[seller.addr] += price
					e.wantCash(t, cash)
				})
			}
		})
	}
}

// TestReentrancyRedeem gives the attacker a receivable of a repaid root. It
// tries to redeem it from inside a hook another delivery triggers, and to
// redeem it a second time after a genuine redemption.
func TestReentrancyRedeem(t *testing.T) {
	setup := func(t *testing.T) (e *env, a *attacker, repaid, held, active *big.Int) {
		e = newEnv(t)
		a = e.newAttacker()
		repaid = e.active(500_000_00)
		held = e.splitTo(e.sup1, repaid, a.addr, int64(200_000_00))[0]
		e.must(e.core, e.rcvC, e.rcv.PackRepay(repaid))
		active = e.active(300_000_00)
		a.arm(e.rcv.PackRedeem(held))
		return e, a, repaid, held, active
	}
	start := startCash.Int64()

	t.Run("DuringDelivery", func(t *testing.T) {
		e, a, repaid, held, active := setup(t)
		incoming := e.splitTo(e.sup1, active, a.addr, int64(100_000_00))[0]
		a.wantBlocked(t, 1)
		e.wantHoldings(t, map[int64]holding{
			held.Int64():     {Owner: a.addr, Value: 200_000_00},
			incoming.Int64(): {Owner: a.addr, Value: 100_000_00},
		})
		if got := e.root(repaid).RedeemedValue; got.Sign() != 0 {
			t.Fatalf("redeemed %s inside the hook", got)
		}
		e.wantConserved(t, 4)
		e.wantCash(t, map[common.Address]int64{a.addr: start, e.dep.Receivable: 500_000_00})

		// The guard, not the state, stopped it: outside a hook the redemption works once.
		a.must(e.dep.Receivable, e.rcv.PackRedeem(held))
		e.wantCash(t, map[common.Address]int64{a.addr: start + 200_000_00, e.dep.Receivable: 300_000_00})
		_, err := a.send(e.dep.Receivable, e.rcv.PackRedeem(held))
		wantAttackerRevert(t, err, "ReceivableNotFound", held)
	})

	t.Run("Twice", func(t *testing.T) {
		e, a, repaid, held, active := setup(t)
		// Redemption calls no receiver (the cash token is a plain ERC-20), so the
		// armed hook cannot run during it.
		a.must(e.dep.Receivable, e.rcv.PackRedeem(held))
		if got := call(e, a.c, a.b.PackAttempts(), a.b.UnpackAttempts); got.Sign() != 0 {
			t.Fatalf("redeem ran the receive hook %s times", got)
		}
		e.splitTo(e.sup1, active, a.addr, int64(100_000_00))
		a.wantBlocked(t, 1)
		_, err := a.send(e.dep.Receivable, e.rcv.PackRedeem(held))
		wantAttackerRevert(t, err, "ReceivableNotFound", held)

		if got := e.root(repaid).RedeemedValue.Int64(); got != 200_000_00 {
			t.Fatalf("redeemed value %d, want 20000000", got)
		}
		e.wantConserved(t, 4)
		e.wantCash(t, map[common.Address]int64{a.addr: start + 200_000_00, e.dep.Receivable: 300_000_00})
	})
}

// TestReentrancyHookControl shows the probe is live: a call from the hook to a
// function without the guard (setting an ERC-3525 value allowance, which moves
// nothing and calls no one) is counted as a success. Without it, successes == 0
// in the other tests could mean the hook never ran.
func TestReentrancyHookControl(t *testing.T) {
	e := newEnv(t)
	a := e.newAttacker()
	id := e.active(1_000_000_00)
	held := e.splitTo(e.sup1, id, a.addr, int64(300_000_00))[0]
	a.arm(e.rcv.PackApprove0(held, e.sup2.addr, n(100_00)))
	e.splitTo(e.sup1, id, a.addr, int64(200_000_00))
	attempts := call(e, a.c, a.b.PackAttempts(), a.b.UnpackAttempts)
	successes := call(e, a.c, a.b.PackSuccesses(), a.b.UnpackSuccesses)
	if attempts.Int64() != 1 || successes.Int64() != 1 {
		t.Fatalf("attempts %s, successes %s; want 1 and 1", attempts, successes)
	}
	if got := call(e, e.rcvC, e.rcv.PackAllowance(held, e.sup2.addr), e.rcv.UnpackAllowance); got.Int64() != 100_00 {
		t.Fatalf("allowance set from the hook = %s, want 10000", got)
	}
	e.wantConserved(t, 3)
}

// attacker is a deployed ReentrancyAttacker onboarded like any organization: a
// supplier and financier with KYB, cash and a maximal cash allowance for the
// Receivable. e.nobody deployed it and is the only account that can drive it.
type attacker struct {
	e    *env
	addr common.Address
	b    *reentrancyattacker.ReentrancyAttacker
	c    *bind.BoundContract
}

func (e *env) newAttacker() *attacker {
	e.t.Helper()
	addr := e.deploy(e.nobody, "attacker", &reentrancyattacker.ReentrancyAttackerMetaData, nil)
	b := reentrancyattacker.NewReentrancyAttacker()
	a := &attacker{e: e, addr: addr, b: b, c: b.Instance(e.client, addr)}
	e.byAddr[addr] = &acct{name: "attacker", addr: addr}
	e.must(e.op, e.regC, e.reg.PackRegisterOrganization(addr, "did:web:attacker.example", [][32]byte{roleSupplier, roleFinancer}))
	e.must(e.ver, e.regC, e.reg.PackIssueCredential(addr, topicKYB, crypto.Keccak256Hash([]byte("kyb:attacker")), e.now()+365*day))
	e.must(e.clr, e.cashC, e.cashB.PackMint(addr, startCash))
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	a.must(e.dep.CashToken, e.cashB.PackApprove(e.dep.Receivable, maxUint))
	return a
}

// arm sets the call the attacker's receive hooks make into the Receivable.
func (a *attacker) arm(data []byte) {
	a.e.t.Helper()
	a.e.must(a.e.nobody, a.c, a.b.PackArm(a.e.dep.Receivable, data))
}

// send has the attacker call to with data; a failure comes back wrapped in
// AttackerCallFailed(reason).
func (a *attacker) send(to common.Address, data []byte) (*types.Receipt, error) {
	a.e.t.Helper()
	return a.e.send(a.e.nobody, a.c, a.b.PackExec(to, data))
}

// must is send that fails the test on error.
func (a *attacker) must(to common.Address, data []byte) *types.Receipt {
	a.e.t.Helper()
	r, err := a.send(to, data)
	if err != nil {
		inner, ierr := attackerReason(err)
		if ierr != nil {
			a.e.t.Fatalf("attacker: %v", err)
		}
		if rv, ok := contracts.DecodeRevertData(inner); ok {
			a.e.t.Fatalf("attacker: %v", rv)
		}
		a.e.t.Fatalf("attacker: call failed with 0x%x", inner)
	}
	return r
}

// wantBlocked asserts the hook tried to re-enter `tries` times, never got in,
// and was last stopped by the Receivable's reentrancy guard.
func (a *attacker) wantBlocked(t *testing.T, tries int64) {
	t.Helper()
	attempts := call(a.e, a.c, a.b.PackAttempts(), a.b.UnpackAttempts)
	successes := call(a.e, a.c, a.b.PackSuccesses(), a.b.UnpackSuccesses)
	if attempts.Int64() != tries || successes.Sign() != 0 {
		t.Fatalf("hook attempts %s, successes %s; want %d and 0", attempts, successes, tries)
	}
	wantRevertData(t, call(a.e, a.c, a.b.PackLastRevert(), a.b.UnpackLastRevert), "ReentrancyGuardReentrantCall")
}

// wantRevertData asserts raw revert data is the custom error name with exactly args.
func wantRevertData(t *testing.T, data []byte, name string, args ...any) {
	t.Helper()
	r, ok := contracts.DecodeRevertData(data)
	if !ok {
		t.Fatalf("want revert %s, got data 0x%x", name, data)
	}
	if r.Name != name {
		t.Fatalf("want revert %s, got %s", name, r)
	}
	if args == nil {
		args = []any{}
	}
	if diff := cmp.Diff(args, r.Args, bigComparer); diff != "" {
		t.Fatalf("%s arguments (-want +got):\n%s", name, diff)
	}
}

// wantAttackerRevert asserts err is AttackerCallFailed wrapping the custom error name with args.
func wantAttackerRevert(t *testing.T, err error, name string, args ...any) {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	inner, ierr := attackerReason(err)
	if ierr != nil {
		t.Fatalf("want revert %s: %v", name, ierr)
	}
	wantRevertData(t, inner, name, args...)
}

// attackerReason unwraps the revert data of the attacker's AttackerCallFailed(reason).
func attackerReason(err error) ([]byte, error) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, err
	}
	s, _ := de.ErrorData().(string)
	data, decErr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if decErr != nil {
		return nil, decErr
	}
	id := reentrancyattacker.ReentrancyAttackerAttackerCallFailedErrorID()
	if len(data) < 4 || !bytes.Equal(data[:4], id[:4]) {
		return nil, errors.New("not AttackerCallFailed: " + err.Error())
	}
	failed, err := reentrancyattacker.NewReentrancyAttacker().UnpackAttackerCallFailedError(data[4:])
	if err != nil {
		return nil, err
	}
	return failed.Reason, nil
}

// holding is a live receivable seen from outside.
type holding struct {
	Owner  common.Address
	Value  int64
	Locked uint64 // open financing request, 0 if none
}

func (e *env) wantHoldings(t *testing.T, want map[int64]holding) {
	t.Helper()
	got := map[int64]holding{}
	for id := range want {
		c := e.receivable(n(id))
		got[id] = holding{Owner: e.owner(n(id)), Value: c.Value.Int64(), Locked: c.LockedBy}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("receivables (-want +got):\n%s", diff)
	}
}

// wantCash compares cash balances, labelled by organization name.
func (e *env) wantCash(t *testing.T, want map[common.Address]int64) {
	t.Helper()
	label := func(a common.Address) string {
		if p, ok := e.byAddr[a]; ok {
			return p.name
		}
		if a == e.dep.Receivable {
			return "receivable"
		}
		return a.Hex()
	}
	w, g := map[string]int64{}, map[string]int64{}
	for a, v := range want {
		w[label(a)] = v
		g[label(a)] = e.cashOf(a).Int64()
	}
	if diff := cmp.Diff(w, g); diff != "" {
		t.Fatalf("cash (-want +got):\n%s", diff)
	}
}

// wantConserved asserts that exactly minted receivables were ever created,
// that for every root the live values of its receivables sum to its face value
// less what was redeemed, and that the contract holds exactly the repaid cash
// not yet redeemed. Ids are not sequential, so the receivables are those the
// contract's SlotChanged events minted; a burned receivable keeps its root.
func (e *env) wantConserved(t *testing.T, minted int) {
	t.Helper()
	live := map[uint64]*big.Int{}
	ids := e.mintedIDs()
	for _, id := range ids {
		c := e.receivable(id)
		if live[c.RootId] == nil {
			live[c.RootId] = new(big.Int)
		}
		live[c.RootId].Add(live[c.RootId], c.Value)
	}
	if len(ids) != minted {
		t.Fatalf("%d receivables minted, want %d", len(ids), minted)
	}
	owed := new(big.Int)
	for rootID, sum := range live {
		r := e.root(new(big.Int).SetUint64(rootID))
		outstanding := new(big.Int).Sub(r.FaceValue, r.RedeemedValue)
		if sum.Cmp(outstanding) != 0 {
			t.Fatalf("root %d: live values sum to %s, want face %s less redeemed %s", rootID, sum, r.FaceValue, r.RedeemedValue)
		}
		if r.Status == statusRepaid {
			owed.Add(owed, outstanding)
		}
	}
	if got := e.cashOf(e.dep.Receivable); got.Cmp(owed) != 0 {
		t.Fatalf("contract holds %s cash, owes %s to holders of repaid receivables", got, owed)
	}
}
