package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
)

// Organization statuses as the registry numbers them.
const (
	orgNone uint8 = iota
	orgActive
	orgSuspended
)

var (
	roleUnknown = crypto.Keccak256Hash([]byte("AUDITOR_ROLE"))
	topicAML    = topic("AML")
)

// revertingCall is one call that must revert: prep sets the chain up, from
// sends data to target (the registry when nil), and the call must fail with
// the custom error err and the arguments args returns.
type revertingCall struct {
	name   string
	prep   func(e *env)
	from   func(e *env) *acct
	target func(e *env) *bind.BoundContract
	data   func(e *env) []byte
	err    string
	args   func(e *env) []any
}

// runReverts runs each call as a subtest on a fresh chain.
func runReverts(t *testing.T, cases []revertingCall) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			target := e.regC
			if c.target != nil {
				target = c.target(e)
			}
			_, err := e.send(c.from(e), target, c.data(e))
			wantRevert(t, err, c.err, c.args(e)...)
		})
	}
}

// Callers, for the tables.
func asOp(e *env) *acct     { return e.op }
func asVer(e *env) *acct    { return e.ver }
func asClr(e *env) *acct    { return e.clr }
func asSup1(e *env) *acct   { return e.sup1 }
func asSup2(e *env) *acct   { return e.sup2 }
func asBank(e *env) *acct   { return e.bank }
func asBank2(e *env) *acct  { return e.bank2 }
func asNobody(e *env) *acct { return e.nobody }

// identityUnauthorized builds the arguments of IdentityUnauthorized(who, role).
func identityUnauthorized(who func(e *env) *acct, role common.Hash) func(e *env) []any {
	return func(e *env) []any { return []any{who(e).addr, [32]byte(role)} }
}

// secondOperator makes bank2 an operator too and returns it.
func secondOperator(e *env) *acct {
	e.must(e.op, e.regC, e.reg.PackGrantRole(e.bank2.addr, roleOperator))
	return e.bank2
}

// operatorGate lists the callers an OPERATOR-only function turns away before it
// looks at its arguments: a plain organization, the verifier, an unregistered
// account, and the first operator once a second one suspended it or took its role.
func operatorGate(data func(e *env) []byte) []revertingCall {
	gate := func(name string, prep func(e *env), from func(e *env) *acct) revertingCall {
		return revertingCall{name: name, prep: prep, from: from, data: data,
			err: "IdentityUnauthorized", args: identityUnauthorized(from, roleOperator)}
	}
	return []revertingCall{
		gate("ErrNotOperator", nil, asSup1),
		gate("ErrVerifierNotOperator", nil, asVer),
		gate("ErrUnregisteredCaller", nil, asNobody),
		gate("ErrSuspendedOperator", func(e *env) {
			e.must(secondOperator(e), e.regC, e.reg.PackSetStatus(e.op.addr, orgSuspended))
		}, asOp),
		gate("ErrOperatorRoleRevoked", func(e *env) {
			e.must(secondOperator(e), e.regC, e.reg.PackRevokeRole(e.op.addr, roleOperator))
		}, asOp),
	}
}

// verifierGate lists the callers a VERIFIER-only function turns away.
func verifierGate(data func(e *env) []byte) []revertingCall {
	gate := func(name string, prep func(e *env), from func(e *env) *acct) revertingCall {
		return revertingCall{name: name, prep: prep, from: from, data: data,
			err: "IdentityUnauthorized", args: identityUnauthorized(from, roleVerifier)}
	}
	return []revertingCall{
		gate("ErrNotVerifier", nil, asSup1),
		gate("ErrOperatorNotVerifier", nil, asOp),
		gate("ErrUnregisteredCaller", nil, asNobody),
		gate("ErrSuspendedVerifier", func(e *env) {
			e.must(e.op, e.regC, e.reg.PackSetStatus(e.ver.addr, orgSuspended))
		}, asVer),
		gate("ErrVerifierRoleRevoked", func(e *env) {
			e.must(e.op, e.regC, e.reg.PackRevokeRole(e.ver.addr, roleVerifier))
		}, asVer),
	}
}

// wantEventArgs compares a decoded event with want, ignoring the raw log.
func wantEventArgs[T any](t testing.TB, want, got *T) {
	t.Helper()
	if diff := cmp.Diff(want, got, bigComparer, cmpopts.EquateEmpty(), cmpopts.IgnoreFields(*new(T), "Raw")); diff != "" {
		t.Fatalf("%T (-want +got):\n%s", *new(T), diff)
	}
}

// blockTimeOf is the timestamp of the block r was mined in.
func blockTimeOf(e *env, r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

func (e *env) regOrg(a common.Address) identityregistry.IIdentityRegistryOrganization {
	e.t.Helper()
	return call(e, e.regC, e.reg.PackOrganization(a), e.reg.UnpackOrganization)
}

func (e *env) regCredential(a common.Address, tp [32]byte) identityregistry.IIdentityRegistryCredential {
	e.t.Helper()
	return call(e, e.regC, e.reg.PackCredential(a, tp), e.reg.UnpackCredential)
}

func (e *env) regHasRole(a common.Address, role common.Hash) bool {
	e.t.Helper()
	return call(e, e.regC, e.reg.PackHasRole(a, role), e.reg.UnpackHasRole)
}

func (e *env) regVerified(a common.Address, tp [32]byte) bool {
	e.t.Helper()
	return call(e, e.regC, e.reg.PackIsVerified(a, tp), e.reg.UnpackIsVerified)
}

// wantRoles asserts which of the six roles hasRole reports for a.
func wantRoles(t *testing.T, e *env, a common.Address, held ...common.Hash) {
	t.Helper()
	want, got := map[common.Hash]bool{}, map[common.Hash]bool{}
	for _, r := range held {
		want[r] = true
	}
	for _, r := range []common.Hash{roleOperator, roleCore, roleSupplier, roleFinancer, roleVerifier, roleClearing} {
		if e.regHasRole(a, r) {
			got[r] = true
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("roles of %s (-want +got):\n%s", a, diff)
	}
}
