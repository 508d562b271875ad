package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/contracts/simchain"
)

var (
	roleOperator = crypto.Keccak256Hash([]byte("OPERATOR_ROLE"))
	roleCore     = crypto.Keccak256Hash([]byte("CORE_ENTERPRISE_ROLE"))
	roleSupplier = crypto.Keccak256Hash([]byte("SUPPLIER_ROLE"))
	roleFinancer = crypto.Keccak256Hash([]byte("FINANCIER_ROLE"))
	roleVerifier = crypto.Keccak256Hash([]byte("VERIFIER_ROLE"))
	roleClearing = crypto.Keccak256Hash([]byte("CLEARING_ROLE"))
	topicKYB     = topic("KYB")

	// Every organization starts with this much cash (minor units) and a maximal
	// allowance for the Receivable contract.
	startCash = big.NewInt(1_000_000_000_00)
	day       = uint64(24 * 60 * 60)
)

// topic left-aligns an ASCII credential topic in a bytes32, as Solidity's bytes32("KYB").
func topic(s string) [32]byte {
	var t [32]byte
	copy(t[:], s)
	return t
}

// tb is what the harness needs of a test: *testing.T, or a *rapid.T wrapped in rapidT.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Logf(format string, args ...any)
	Cleanup(func())
}

// acct is one organization's key and transactor.
type acct struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// env is a simulated chain on the pinned fork with the three contracts deployed
// and a cast of verified organizations. Every transaction is mined in its own block.
type env struct {
	t       tb
	ctx     context.Context
	ch      *simchain.Chain
	sim     *simulated.Backend
	client  simulated.Client
	dep     *contracts.Deployment
	reg     *identityregistry.IdentityRegistry
	regC    *bind.BoundContract
	cashB   *cashtoken.CashToken
	cashC   *bind.BoundContract
	rcv     *receivable.Receivable
	rcvC    *bind.BoundContract
	op      *acct // operator (deployer)
	ver     *acct // KYB verifier
	clr     *acct // clearing bank, mints cash
	core    *acct // core enterprise (obligor)
	core2   *acct // a second core enterprise
	sup1    *acct // tier-1 supplier
	sup2    *acct // tier-2 supplier
	sup3    *acct // tier-3 supplier
	bank    *acct // financier
	bank2   *acct // a second financier
	nobody  *acct // not registered at all
	byAddr  map[common.Address]*acct
	chainID *big.Int
}

// newEnv deploys the contracts and onboards the cast: roles, KYB credentials,
// cash and allowances.
func newEnv(t tb) *env {
	t.Helper()
	names := []string{"operator", "verifier", "clearing", "core", "core2", "sup1", "sup2", "sup3", "bank", "bank2", "nobody"}
	// A deadline turns a stuck wait (a receipt that never comes) into a failure
	// with a trace instead of a hang until go test's timeout.
	ch := simchain.NewChain(t, simchain.Config{Keys: names, Timeout: 5 * time.Minute})
	e := &env{t: t, ctx: ch.Ctx, ch: ch, sim: ch.Sim, client: ch.Client, chainID: ch.ChainID, byAddr: map[common.Address]*acct{}}
	for i, p := range []**acct{&e.op, &e.ver, &e.clr, &e.core, &e.core2, &e.sup1, &e.sup2, &e.sup3, &e.bank, &e.bank2, &e.nobody} {
		a := ch.Accounts[i]
		*p = &acct{name: a.Name, key: a.Key, addr: a.Addr, opts: a.Opts}
		e.byAddr[a.Addr] = *p
	}
	e.dep = ch.Deploy(e.op.opts, contracts.DeployParams{OperatorDID: "did:web:operator.example"})
	e.reg = identityregistry.NewIdentityRegistry()
	e.regC = e.reg.Instance(e.client, e.dep.IdentityRegistry)
	e.cashB = cashtoken.NewCashToken()
	e.cashC = e.cashB.Instance(e.client, e.dep.CashToken)
	e.rcv = receivable.NewReceivable()
	e.rcvC = e.rcv.Instance(e.client, e.dep.Receivable)

	register := func(a *acct, roles ...common.Hash) {
		rs := make([][32]byte, len(roles))
		for i, r := range roles {
			rs[i] = r
		}
		e.must(e.op, e.regC, e.reg.PackRegisterOrganization(a.addr, "did:web:"+a.name+".example", rs))
	}
	register(e.ver, roleVerifier)
	register(e.clr, roleClearing)
	register(e.core, roleCore)
	register(e.core2, roleCore)
	register(e.sup1, roleSupplier)
	register(e.sup2, roleSupplier)
	register(e.sup3, roleSupplier)
	register(e.bank, roleFinancer)
	register(e.bank2, roleFinancer)
	for _, a := range []*acct{e.core, e.core2, e.sup1, e.sup2, e.sup3, e.bank, e.bank2} {
		e.kyb(a)
	}
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range []*acct{e.core, e.core2, e.sup1, e.sup2, e.sup3, e.bank, e.bank2} {
		e.must(e.clr, e.cashC, e.cashB.PackMint(a.addr, startCash))
		e.must(a, e.cashC, e.cashB.PackApprove(e.dep.Receivable, maxUint))
	}
	return e
}

// deploy deploys a contract outside contracts.Deploy as who and mines it.
func (e *env) deploy(who *acct, name string, meta *bind.MetaData, constructor []byte) common.Address {
	e.t.Helper()
	opts := *who.opts
	opts.Context = e.ctx
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(meta.Bin), e.client, constructor)
	if err != nil {
		e.t.Fatalf("deploy %s: %v", name, err)
	}
	if r := e.ch.Receipt(tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy %s: receipt %+v", name, r)
	}
	return addr
}

// kyb has the verifier issue a one-year KYB credential to a.
func (e *env) kyb(a *acct) {
	e.must(e.ver, e.regC, e.reg.PackIssueCredential(a.addr, topicKYB, crypto.Keccak256Hash([]byte("kyb:"+a.name)), e.now()+365*day))
}

// send signs data as who, mines it in its own block and returns the receipt.
// A revert surfaces as the error of the gas estimate, before anything is mined.
func (e *env) send(who *acct, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	e.t.Helper()
	return e.ch.Send(who.opts, c, data)
}

// trySend is send for a caller that takes a transaction refused when mined
// (its estimate ran on an earlier block time than the one it was mined at) as a
// refusal like any other, as the property test does.
func (e *env) trySend(who *acct, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	e.t.Helper()
	tx, err := e.ch.Transact(who.opts, c, data)
	if err != nil {
		return nil, err
	}
	r := e.ch.Receipt(tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s reverted when mined", tx.Hash())
	}
	return r, nil
}

// must is send that fails the test on error.
func (e *env) must(who *acct, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.send(who, c, data)
	if err != nil {
		e.t.Fatalf("%s: %v", who.name, describe(err))
	}
	return r
}

// describe renders a decoded revert when there is one.
func describe(err error) error {
	if r, ok := contracts.DecodeRevert(err); ok {
		return r
	}
	return err
}

// now is the timestamp of the latest block.
func (e *env) now() uint64 {
	e.t.Helper()
	return e.ch.Now()
}

// advance moves chain time forward by d seconds.
func (e *env) advance(d uint64) {
	e.t.Helper()
	e.ch.Advance(time.Duration(d) * time.Second)
}

// call runs a view function.
func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", describe(err))
	}
	return v
}

var bigComparer = cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 })

// wantRevert asserts err is the custom error name with exactly args.
func wantRevert(t tb, err error, name string, args ...any) {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	r, ok := contracts.DecodeRevert(err)
	if !ok {
		t.Fatalf("want revert %s, got %v", name, err)
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

// events decodes every log of r that unpack accepts.
func events[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// one decodes exactly one event of a kind from r.
func one[T any](t tb, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	evs := events(r, unpack)
	if len(evs) != 1 {
		t.Fatalf("want 1 event of %T, got %d", *new(T), len(evs))
	}
	return evs[0]
}

func n(v int64) *big.Int { return big.NewInt(v) }
