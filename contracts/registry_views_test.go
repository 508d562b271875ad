package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
)

func TestRegistryViews(t *testing.T) {
	e := newEnv(t)
	t.Run("RoleConstants", func(t *testing.T) {
		for _, c := range []struct {
			name   string
			pack   []byte
			unpack func([]byte) ([32]byte, error)
			want   common.Hash
		}{
			{"OPERATOR_ROLE", e.reg.PackOPERATORROLE(), e.reg.UnpackOPERATORROLE, roleOperator},
			{"CORE_ENTERPRISE_ROLE", e.reg.PackCOREENTERPRISEROLE(), e.reg.UnpackCOREENTERPRISEROLE, roleCore},
			{"SUPPLIER_ROLE", e.reg.PackSUPPLIERROLE(), e.reg.UnpackSUPPLIERROLE, roleSupplier},
			{"FINANCIER_ROLE", e.reg.PackFINANCIERROLE(), e.reg.UnpackFINANCIERROLE, roleFinancer},
			{"VERIFIER_ROLE", e.reg.PackVERIFIERROLE(), e.reg.UnpackVERIFIERROLE, roleVerifier},
			{"CLEARING_ROLE", e.reg.PackCLEARINGROLE(), e.reg.UnpackCLEARINGROLE, roleClearing},
		} {
			if got := call(e, e.regC, c.pack, c.unpack); got != c.want {
				t.Errorf("%s = %x, want %x", c.name, got, c.want)
			}
		}
	})
	t.Run("OrganizationOfOperator", func(t *testing.T) {
		h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(e.dep.Block))
		if err != nil {
			t.Fatal(err)
		}
		want := identityregistry.IIdentityRegistryOrganization{Did: "did:web:operator.example", Status: orgActive, RegisteredAt: h.Time}
		if diff := cmp.Diff(want, e.regOrg(e.op.addr)); diff != "" {
			t.Fatalf("organization (-want +got):\n%s", diff)
		}
	})
	t.Run("OrganizationUnknown", func(t *testing.T) {
		if diff := cmp.Diff(identityregistry.IIdentityRegistryOrganization{}, e.regOrg(e.nobody.addr)); diff != "" {
			t.Fatalf("organization (-want +got):\n%s", diff)
		}
	})
	t.Run("Credential", func(t *testing.T) {
		c := e.regCredential(e.sup1.addr, topicKYB)
		if c.Issuer != e.ver.addr || c.DocumentHash != crypto.Keccak256Hash([]byte("kyb:sup1")) || c.Revoked ||
			c.IssuedAt == 0 || c.ExpiresAt <= c.IssuedAt || c.ExpiresAt > c.IssuedAt+365*day {
			t.Fatalf("credential: %+v", c)
		}
	})
	t.Run("CredentialUnknown", func(t *testing.T) {
		for _, c := range []struct {
			account common.Address
			topic   [32]byte
		}{{e.nobody.addr, topicKYB}, {e.sup1.addr, topicAML}, {e.ver.addr, topicKYB}} {
			if diff := cmp.Diff(identityregistry.IIdentityRegistryCredential{}, e.regCredential(c.account, c.topic)); diff != "" {
				t.Errorf("credential %s %q (-want +got):\n%s", c.account, c.topic, diff)
			}
		}
	})
}

func TestRegistryHasRole(t *testing.T) {
	suspendSup1 := func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgSuspended)) }
	cases := []struct {
		name    string
		prep    func(e *env) // optional
		account func(e *env) *acct
		role    common.Hash
		want    bool
	}{
		{name: "Operator", account: asOp, role: roleOperator, want: true},
		{name: "OperatorLacksSupplier", account: asOp, role: roleSupplier},
		{name: "Supplier", account: asSup1, role: roleSupplier, want: true},
		{name: "Clearing", account: asClr, role: roleClearing, want: true},
		{name: "Verifier", account: asVer, role: roleVerifier, want: true},
		{name: "Financier", account: asBank, role: roleFinancer, want: true},
		{name: "UnknownRole", account: asSup1, role: roleUnknown},
		{name: "Unregistered", account: asNobody, role: roleSupplier},
		{name: "Suspended", prep: suspendSup1, account: asSup1, role: roleSupplier},
		{name: "Reactivated", prep: func(e *env) {
			suspendSup1(e)
			e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgActive))
		}, account: asSup1, role: roleSupplier, want: true},
		{name: "Revoked", prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackRevokeRole(e.sup1.addr, roleSupplier)) },
			account: asSup1, role: roleSupplier},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			if got := e.regHasRole(c.account(e).addr, c.role); got != c.want {
				t.Fatalf("hasRole = %v, want %v", got, c.want)
			}
		})
	}
}

// kybExpiringIn re-issues sup1's KYB credential to expire secs after the
// latest block and returns its expiry.
func kybExpiringIn(e *env, secs uint64) uint64 {
	exp := e.now() + secs
	e.must(e.ver, e.regC, e.reg.PackIssueCredential(e.sup1.addr, topicKYB, [32]byte{1}, exp))
	return exp
}

// advanceTo makes ts the timestamp of the latest block.
func advanceTo(e *env, ts uint64) {
	e.t.Helper()
	if now := e.now(); ts <= now {
		e.t.Fatalf("cannot advance to %d from %d", ts, now)
	}
	e.advance(ts - e.now())
	if now := e.now(); now != ts {
		e.t.Fatalf("advanced to %d, want %d", now, ts)
	}
}

func TestRegistryIsVerified(t *testing.T) {
	suspend := func(a func(e *env) *acct) func(e *env) {
		return func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(a(e).addr, orgSuspended)) }
	}
	revokeVerifier := func(e *env) { e.must(e.op, e.regC, e.reg.PackRevokeRole(e.ver.addr, roleVerifier)) }
	cases := []struct {
		name    string
		prep    func(e *env) // optional
		account func(e *env) *acct
		topic   [32]byte
		want    bool
	}{
		{name: "Verified", want: true},
		{name: "Unregistered", account: asNobody},
		{name: "NoCredential", account: asVer},
		{name: "OtherTopic", topic: topicAML},
		{name: "Suspended", prep: suspend(asSup1)},
		{name: "Reactivated", prep: func(e *env) {
			suspend(asSup1)(e)
			e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgActive))
		}, want: true},
		{name: "Revoked", prep: func(e *env) { e.revokeKYB(e.sup1) }},
		{name: "RevokedByOperator", prep: func(e *env) {
			e.must(e.op, e.regC, e.reg.PackRevokeCredential(e.sup1.addr, topicKYB))
		}},
		{name: "ReissuedAfterRevocation", prep: func(e *env) { e.revokeKYB(e.sup1); e.kyb(e.sup1) }, want: true},
		{name: "SecondBeforeExpiry", prep: func(e *env) { advanceTo(e, kybExpiringIn(e, day)-1) }, want: true},
		{name: "ExpiresNow", prep: func(e *env) { advanceTo(e, kybExpiringIn(e, day)) }},
		{name: "Expired", prep: func(e *env) { kybExpiringIn(e, day); e.advance(2 * day) }},
		{name: "ReissuedAfterExpiry", prep: func(e *env) { kybExpiringIn(e, day); e.advance(2 * day); e.kyb(e.sup1) }, want: true},
		{name: "IssuerLostVerifierRole", prep: revokeVerifier},
		{name: "IssuerRegainedVerifierRole", prep: func(e *env) {
			revokeVerifier(e)
			e.must(e.op, e.regC, e.reg.PackGrantRole(e.ver.addr, roleVerifier))
		}, want: true},
		{name: "IssuerSuspended", prep: suspend(asVer)},
		{name: "ReissuedByAnotherVerifier", prep: func(e *env) {
			revokeVerifier(e)
			e.must(e.op, e.regC, e.reg.PackGrantRole(e.bank2.addr, roleVerifier))
			e.must(e.bank2, e.regC, e.reg.PackIssueCredential(e.sup1.addr, topicKYB, [32]byte{3}, e.now()+day))
		}, want: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			account, tp := e.sup1, topicKYB
			if c.account != nil {
				account = c.account(e)
			}
			if c.topic != ([32]byte{}) {
				tp = c.topic
			}
			if got := e.regVerified(account.addr, tp); got != c.want {
				t.Fatalf("isVerified = %v, want %v", got, c.want)
			}
		})
	}
}
