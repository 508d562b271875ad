package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
)

func TestRegistryRegisterOrganization(t *testing.T) {
	const did = "did:web:new.example"
	ok := []struct {
		name  string
		by    func(e *env) *acct
		roles [][32]byte
	}{
		{"OK", asOp, [][32]byte{roleSupplier, roleFinancer}},
		{"OKWithoutRoles", asOp, nil},
		{"OKEveryRole", asOp, [][32]byte{roleOperator, roleCore, roleSupplier, roleFinancer, roleVerifier, roleClearing}},
		{"OKBySecondOperator", secondOperator, [][32]byte{roleCore}},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			by := c.by(e)
			r := e.must(by, e.regC, e.reg.PackRegisterOrganization(e.nobody.addr, did, c.roles))
			wantEventArgs(t, &identityregistry.IdentityRegistryOrganizationRegistered{
				Account: e.nobody.addr, Did: did, Roles: c.roles, By: by.addr,
			}, one(t, r, e.reg.UnpackOrganizationRegisteredEvent))
			want := identityregistry.IIdentityRegistryOrganization{Did: did, Status: orgActive, RegisteredAt: blockTimeOf(e, r)}
			if diff := cmp.Diff(want, e.regOrg(e.nobody.addr)); diff != "" {
				t.Fatalf("organization (-want +got):\n%s", diff)
			}
			held := make([]common.Hash, len(c.roles))
			for i, role := range c.roles {
				held[i] = role
			}
			wantRoles(t, e, e.nobody.addr, held...)
			if e.regVerified(e.nobody.addr, topicKYB) {
				t.Fatal("verified before any credential")
			}
		})
	}

	register := func(account func(e *env) common.Address, did string, roles ...[32]byte) func(e *env) []byte {
		return func(e *env) []byte { return e.reg.PackRegisterOrganization(account(e), did, roles) }
	}
	nobody := func(e *env) common.Address { return e.nobody.addr }
	sup1 := func(e *env) common.Address { return e.sup1.addr }
	zero := func(*env) common.Address { return common.Address{} }
	suspendSup1 := func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgSuspended)) }
	cases := operatorGate(register(nobody, did, roleSupplier))
	cases = append(cases, []revertingCall{
		{name: "ErrZeroAccount", from: asOp, data: register(zero, did, roleSupplier),
			err: "IdentityInvalidAccount", args: func(*env) []any { return []any{common.Address{}} }},
		{name: "ErrEmptyDid", from: asOp, data: register(nobody, "", roleSupplier),
			err: "IdentityEmptyDid", args: func(e *env) []any { return []any{e.nobody.addr} }},
		{name: "ErrUnknownRole", from: asOp, data: register(nobody, did, roleUnknown),
			err: "IdentityUnknownRole", args: func(*env) []any { return []any{[32]byte(roleUnknown)} }},
		{name: "ErrZeroRole", from: asOp, data: register(nobody, did, [32]byte{}),
			err: "IdentityUnknownRole", args: func(*env) []any { return []any{[32]byte{}} }},
		{name: "ErrUnknownRoleAfterKnown", from: asOp, data: register(nobody, did, roleSupplier, roleUnknown),
			err: "IdentityUnknownRole", args: func(*env) []any { return []any{[32]byte(roleUnknown)} }},
		{name: "ErrAlreadyRegistered", from: asOp, data: register(sup1, did, roleFinancer),
			err: "IdentityAlreadyRegistered", args: func(e *env) []any { return []any{e.sup1.addr} }},
		{name: "ErrAlreadyRegisteredSuspended", prep: suspendSup1, from: asOp, data: register(sup1, did, roleSupplier),
			err: "IdentityAlreadyRegistered", args: func(e *env) []any { return []any{e.sup1.addr} }},
		{name: "ErrOperatorRegistersItself", from: asOp, data: register(func(e *env) common.Address { return e.op.addr }, did),
			err: "IdentityAlreadyRegistered", args: func(e *env) []any { return []any{e.op.addr} }},
	}...)
	runReverts(t, cases)
}

func TestRegistryGrantRole(t *testing.T) {
	ok := []struct {
		name string
		prep func(e *env) // optional
		by   func(e *env) *acct
		role common.Hash
		held []common.Hash // roles sup1 holds afterwards, as hasRole reports them
	}{
		{name: "OK", by: asOp, role: roleFinancer, held: []common.Hash{roleSupplier, roleFinancer}},
		{name: "OKOperator", by: asOp, role: roleOperator, held: []common.Hash{roleSupplier, roleOperator}},
		// Granting a role already held is not an error; it emits the event again.
		{name: "OKAlreadyHeld", by: asOp, role: roleSupplier, held: []common.Hash{roleSupplier}},
		{name: "OKBySecondOperator", by: secondOperator, role: roleClearing, held: []common.Hash{roleSupplier, roleClearing}},
		// A suspended organization can be granted roles; hasRole stays false until it is reactivated.
		{name: "OKWhileSuspended", by: asOp, role: roleFinancer,
			prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgSuspended)) }},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			by := c.by(e)
			r := e.must(by, e.regC, e.reg.PackGrantRole(e.sup1.addr, c.role))
			wantEventArgs(t, &identityregistry.IdentityRegistryOrganizationRoleGranted{
				Account: e.sup1.addr, Role: c.role, By: by.addr,
			}, one(t, r, e.reg.UnpackOrganizationRoleGrantedEvent))
			wantRoles(t, e, e.sup1.addr, c.held...)
		})
	}
	t.Run("OKTakesEffectOnReactivation", func(t *testing.T) {
		e := newEnv(t)
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgSuspended))
		e.must(e.op, e.regC, e.reg.PackGrantRole(e.sup1.addr, roleFinancer))
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgActive))
		wantRoles(t, e, e.sup1.addr, roleSupplier, roleFinancer)
	})

	grant := func(account func(e *env) common.Address, role common.Hash) func(e *env) []byte {
		return func(e *env) []byte { return e.reg.PackGrantRole(account(e), role) }
	}
	cases := operatorGate(grant(func(e *env) common.Address { return e.sup1.addr }, roleFinancer))
	cases = append(cases, []revertingCall{
		{name: "ErrNotRegistered", from: asOp, data: grant(func(e *env) common.Address { return e.nobody.addr }, roleSupplier),
			err: "IdentityNotRegistered", args: func(e *env) []any { return []any{e.nobody.addr} }},
		{name: "ErrZeroAccount", from: asOp, data: grant(func(*env) common.Address { return common.Address{} }, roleSupplier),
			err: "IdentityNotRegistered", args: func(*env) []any { return []any{common.Address{}} }},
		{name: "ErrUnknownRole", from: asOp, data: grant(func(e *env) common.Address { return e.sup1.addr }, roleUnknown),
			err: "IdentityUnknownRole", args: func(*env) []any { return []any{[32]byte(roleUnknown)} }},
		{name: "ErrZeroRole", from: asOp, data: grant(func(e *env) common.Address { return e.sup1.addr }, common.Hash{}),
			err: "IdentityUnknownRole", args: func(*env) []any { return []any{[32]byte{}} }},
	}...)
	runReverts(t, cases)
}

func TestRegistryRevokeRole(t *testing.T) {
	ok := []struct {
		name    string
		by      func(e *env) *acct
		account func(e *env) *acct
		role    common.Hash
		held    []common.Hash // roles account holds afterwards
	}{
		{name: "OK", by: asOp, account: asSup1, role: roleSupplier},
		// Revoking a role not held is not an error; it emits the event anyway.
		{name: "OKNotHeld", by: asOp, account: asSup1, role: roleFinancer, held: []common.Hash{roleSupplier}},
		{name: "OKVerifier", by: asOp, account: asVer, role: roleVerifier},
		// Only an operator's own OPERATOR role is protected.
		{name: "OKOwnOtherRole", by: asOp, account: asOp, role: roleClearing, held: []common.Hash{roleOperator}},
		{name: "OKOtherOperator", by: secondOperator, account: asOp, role: roleOperator},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			by := c.by(e)
			account := c.account(e)
			r := e.must(by, e.regC, e.reg.PackRevokeRole(account.addr, c.role))
			wantEventArgs(t, &identityregistry.IdentityRegistryOrganizationRoleRevoked{
				Account: account.addr, Role: c.role, By: by.addr,
			}, one(t, r, e.reg.UnpackOrganizationRoleRevokedEvent))
			wantRoles(t, e, account.addr, c.held...)
			if st := e.regOrg(account.addr).Status; st != orgActive {
				t.Fatalf("status %d after revoking a role, want active", st)
			}
		})
	}

	revoke := func(account func(e *env) common.Address, role common.Hash) func(e *env) []byte {
		return func(e *env) []byte { return e.reg.PackRevokeRole(account(e), role) }
	}
	sup1 := func(e *env) common.Address { return e.sup1.addr }
	cases := operatorGate(revoke(sup1, roleSupplier))
	cases = append(cases, []revertingCall{
		{name: "ErrNotRegistered", from: asOp, data: revoke(func(e *env) common.Address { return e.nobody.addr }, roleSupplier),
			err: "IdentityNotRegistered", args: func(e *env) []any { return []any{e.nobody.addr} }},
		{name: "ErrUnknownRole", from: asOp, data: revoke(sup1, roleUnknown),
			err: "IdentityUnknownRole", args: func(*env) []any { return []any{[32]byte(roleUnknown)} }},
		{name: "ErrCannotRemoveSelf", from: asOp, data: revoke(func(e *env) common.Address { return e.op.addr }, roleOperator),
			err: "IdentityCannotRemoveSelf", args: func(e *env) []any { return []any{e.op.addr} }},
		{name: "ErrSecondOperatorCannotRemoveSelf", prep: func(e *env) { secondOperator(e) }, from: asBank2,
			data: revoke(func(e *env) common.Address { return e.bank2.addr }, roleOperator),
			err:  "IdentityCannotRemoveSelf", args: func(e *env) []any { return []any{e.bank2.addr} }},
	}...)
	runReverts(t, cases)
}

func TestRegistrySetStatus(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		for _, step := range []struct {
			status   uint8
			verified bool
			roles    []common.Hash
		}{
			{orgSuspended, false, nil},
			{orgActive, true, []common.Hash{roleSupplier}},
		} {
			r := e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, step.status))
			wantEventArgs(t, &identityregistry.IdentityRegistryOrganizationStatusChanged{
				Account: e.sup1.addr, Status: step.status, By: e.op.addr,
			}, one(t, r, e.reg.UnpackOrganizationStatusChangedEvent))
			org := e.regOrg(e.sup1.addr)
			if org.Status != step.status || org.Did != "did:web:sup1.example" {
				t.Fatalf("organization after status %d: %+v", step.status, org)
			}
			wantRoles(t, e, e.sup1.addr, step.roles...)
			if got := e.regVerified(e.sup1.addr, topicKYB); got != step.verified {
				t.Fatalf("status %d: isVerified = %v, want %v", step.status, got, step.verified)
			}
		}
	})
	t.Run("OKOtherOperator", func(t *testing.T) {
		e := newEnv(t)
		op2 := secondOperator(e)
		r := e.must(op2, e.regC, e.reg.PackSetStatus(e.op.addr, orgSuspended))
		wantEventArgs(t, &identityregistry.IdentityRegistryOrganizationStatusChanged{
			Account: e.op.addr, Status: orgSuspended, By: op2.addr,
		}, one(t, r, e.reg.UnpackOrganizationStatusChangedEvent))
		wantRoles(t, e, e.op.addr)
	})
	t.Run("ErrInvalidStatus", func(t *testing.T) {
		// Out of the enum's range: the ABI decoder reverts without data.
		e := newEnv(t)
		_, err := e.send(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, 3))
		if err == nil {
			t.Fatal("status 3 accepted")
		}
		if r, ok := contracts.DecodeRevert(err); ok {
			t.Fatalf("status 3: want a revert without data, got %s", r)
		}
	})

	set := func(account func(e *env) common.Address, status uint8) func(e *env) []byte {
		return func(e *env) []byte { return e.reg.PackSetStatus(account(e), status) }
	}
	sup1 := func(e *env) common.Address { return e.sup1.addr }
	op := func(e *env) common.Address { return e.op.addr }
	suspendSup1 := func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgSuspended)) }
	unchanged := func(account func(e *env) common.Address, status uint8) func(e *env) []any {
		return func(e *env) []any { return []any{account(e), status} }
	}
	cases := operatorGate(set(sup1, orgSuspended))
	cases = append(cases, []revertingCall{
		{name: "ErrNotRegistered", from: asOp, data: set(func(e *env) common.Address { return e.nobody.addr }, orgSuspended),
			err: "IdentityNotRegistered", args: func(e *env) []any { return []any{e.nobody.addr} }},
		{name: "ErrStatusNone", from: asOp, data: set(sup1, orgNone),
			err: "IdentityStatusUnchanged", args: unchanged(sup1, orgNone)},
		{name: "ErrAlreadyActive", from: asOp, data: set(sup1, orgActive),
			err: "IdentityStatusUnchanged", args: unchanged(sup1, orgActive)},
		{name: "ErrAlreadySuspended", prep: suspendSup1, from: asOp, data: set(sup1, orgSuspended),
			err: "IdentityStatusUnchanged", args: unchanged(sup1, orgSuspended)},
		{name: "ErrCannotSuspendSelf", from: asOp, data: set(op, orgSuspended),
			err: "IdentityCannotRemoveSelf", args: func(e *env) []any { return []any{e.op.addr} }},
		// The unchanged check runs before the self check.
		{name: "ErrSelfAlreadyActive", from: asOp, data: set(op, orgActive),
			err: "IdentityStatusUnchanged", args: unchanged(op, orgActive)},
	}...)
	runReverts(t, cases)
}

func TestRegistryIssueCredential(t *testing.T) {
	doc := crypto.Keccak256Hash([]byte("aml-report.pdf"))
	ok := []struct {
		name     string
		prep     func(e *env) // optional
		by       func(e *env) *acct
		topic    [32]byte
		verified bool // isVerified afterwards
	}{
		{name: "OK", by: asVer, topic: topicAML, verified: true},
		{name: "OKReplacesEarlier", by: asVer, topic: topicKYB, verified: true},
		{name: "OKAfterRevocation", prep: func(e *env) { e.revokeKYB(e.sup1) }, by: asVer, topic: topicKYB, verified: true},
		{name: "OKBySecondVerifier", prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackGrantRole(e.bank2.addr, roleVerifier)) },
			by: asBank2, topic: topicKYB, verified: true},
		// A suspended organization can hold credentials; they count once it is active again.
		{name: "OKToSuspended", prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup1.addr, orgSuspended)) },
			by: asVer, topic: topicAML, verified: false},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			by := c.by(e)
			expires := e.now() + 30*day
			r := e.must(by, e.regC, e.reg.PackIssueCredential(e.sup1.addr, c.topic, doc, expires))
			at := blockTimeOf(e, r)
			wantEventArgs(t, &identityregistry.IdentityRegistryCredentialIssued{
				Account: e.sup1.addr, Topic: c.topic, Issuer: by.addr, DocumentHash: doc, IssuedAt: at, ExpiresAt: expires,
			}, one(t, r, e.reg.UnpackCredentialIssuedEvent))
			want := identityregistry.IIdentityRegistryCredential{Issuer: by.addr, DocumentHash: doc, IssuedAt: at, ExpiresAt: expires}
			if diff := cmp.Diff(want, e.regCredential(e.sup1.addr, c.topic)); diff != "" {
				t.Fatalf("credential (-want +got):\n%s", diff)
			}
			if got := e.regVerified(e.sup1.addr, c.topic); got != c.verified {
				t.Fatalf("isVerified = %v, want %v", got, c.verified)
			}
		})
	}

	issue := func(account func(e *env) common.Address, expires func(now uint64) uint64) func(e *env) []byte {
		return func(e *env) []byte {
			return e.reg.PackIssueCredential(account(e), topicAML, doc, expires(e.now()))
		}
	}
	sup1 := func(e *env) common.Address { return e.sup1.addr }
	inAMonth := func(now uint64) uint64 { return now + 30*day }
	// A reverted estimate mines nothing, so the latest block is the one the
	// estimate ran on and its timestamp is the contract's now.
	invalidExpiry := func(expires func(now uint64) uint64) func(e *env) []any {
		return func(e *env) []any { return []any{expires(e.now()), e.now()} }
	}
	now := func(now uint64) uint64 { return now }
	past := func(now uint64) uint64 { return now - 1 }
	never := func(uint64) uint64 { return 0 }
	cases := verifierGate(issue(sup1, inAMonth))
	cases = append(cases, []revertingCall{
		{name: "ErrNotRegistered", from: asVer, data: issue(func(e *env) common.Address { return e.nobody.addr }, inAMonth),
			err: "IdentityNotRegistered", args: func(e *env) []any { return []any{e.nobody.addr} }},
		{name: "ErrZeroAccount", from: asVer, data: issue(func(*env) common.Address { return common.Address{} }, inAMonth),
			err: "IdentityNotRegistered", args: func(*env) []any { return []any{common.Address{}} }},
		{name: "ErrExpiresNow", from: asVer, data: issue(sup1, now), err: "IdentityInvalidExpiry", args: invalidExpiry(now)},
		{name: "ErrExpired", from: asVer, data: issue(sup1, past), err: "IdentityInvalidExpiry", args: invalidExpiry(past)},
		{name: "ErrZeroExpiry", from: asVer, data: issue(sup1, never), err: "IdentityInvalidExpiry", args: invalidExpiry(never)},
		{name: "ErrExpiredAfterTimeTravel", prep: func(e *env) { e.advance(400 * day) }, from: asVer,
			data: issue(sup1, past), err: "IdentityInvalidExpiry", args: invalidExpiry(past)},
		// A verifier may not vouch for its own organization, whatever else it is.
		{name: "ErrSelfIssue", from: asVer, data: issue(func(e *env) common.Address { return e.ver.addr }, inAMonth),
			err: "IdentitySelfIssue", args: func(e *env) []any { return []any{e.ver.addr} }},
		{name: "ErrSelfIssueFinancierVerifier", prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackGrantRole(e.bank2.addr, roleVerifier)) },
			from: asBank2, data: issue(func(e *env) common.Address { return e.bank2.addr }, inAMonth),
			err: "IdentitySelfIssue", args: func(e *env) []any { return []any{e.bank2.addr} }},
	}...)
	runReverts(t, cases)
}

func TestRegistryRevokeCredential(t *testing.T) {
	verifierBank2 := func(e *env) { e.must(e.op, e.regC, e.reg.PackGrantRole(e.bank2.addr, roleVerifier)) }
	ok := []struct {
		name string
		prep func(e *env) // optional
		by   func(e *env) *acct
	}{
		{name: "OKByIssuer", by: asVer},
		{name: "OKByOperator", by: asOp},
		{name: "OKBySecondOperator", by: secondOperator},
		// The issuer check does not look at the issuer's standing.
		{name: "OKByIssuerWhileSuspended", prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackSetStatus(e.ver.addr, orgSuspended)) }, by: asVer},
		{name: "OKByIssuerWithoutVerifierRole", prep: func(e *env) { e.must(e.op, e.regC, e.reg.PackRevokeRole(e.ver.addr, roleVerifier)) }, by: asVer},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			if c.prep != nil {
				c.prep(e)
			}
			by := c.by(e)
			before := e.regCredential(e.sup1.addr, topicKYB)
			r := e.must(by, e.regC, e.reg.PackRevokeCredential(e.sup1.addr, topicKYB))
			wantEventArgs(t, &identityregistry.IdentityRegistryCredentialRevoked{
				Account: e.sup1.addr, Topic: topicKYB, By: by.addr,
			}, one(t, r, e.reg.UnpackCredentialRevokedEvent))
			want := before
			want.Revoked = true
			if diff := cmp.Diff(want, e.regCredential(e.sup1.addr, topicKYB)); diff != "" {
				t.Fatalf("credential (-want +got):\n%s", diff)
			}
			if e.regVerified(e.sup1.addr, topicKYB) {
				t.Fatal("still verified after revocation")
			}
		})
	}

	revoke := func(account func(e *env) common.Address, tp [32]byte) func(e *env) []byte {
		return func(e *env) []byte { return e.reg.PackRevokeCredential(account(e), tp) }
	}
	sup1 := func(e *env) common.Address { return e.sup1.addr }
	revokeSup1 := revoke(sup1, topicKYB)
	notIssuer := func(issuer, caller func(e *env) *acct) func(e *env) []any {
		return func(e *env) []any { return []any{e.sup1.addr, topicKYB, issuer(e).addr, caller(e).addr} }
	}
	cases := []revertingCall{
		{name: "ErrNotFound", from: asVer, data: revoke(sup1, topicAML),
			err: "IdentityCredentialNotFound", args: func(e *env) []any { return []any{e.sup1.addr, topicAML} }},
		{name: "ErrNotFoundUnregistered", from: asOp, data: revoke(func(e *env) common.Address { return e.nobody.addr }, topicKYB),
			err: "IdentityCredentialNotFound", args: func(e *env) []any { return []any{e.nobody.addr, topicKYB} }},
		{name: "ErrNotIssuer", from: asSup2, data: revokeSup1, err: "IdentityNotIssuer", args: notIssuer(asVer, asSup2)},
		{name: "ErrHolderNotIssuer", from: asSup1, data: revokeSup1, err: "IdentityNotIssuer", args: notIssuer(asVer, asSup1)},
		{name: "ErrUnregisteredCaller", from: asNobody, data: revokeSup1, err: "IdentityNotIssuer", args: notIssuer(asVer, asNobody)},
		{name: "ErrOtherVerifier", prep: verifierBank2, from: asBank2, data: revokeSup1,
			err: "IdentityNotIssuer", args: notIssuer(asVer, asBank2)},
		{name: "ErrSuspendedOperator", prep: func(e *env) {
			e.must(e.op, e.regC, e.reg.PackSetStatus(secondOperator(e).addr, orgSuspended))
		}, from: asBank2, data: revokeSup1, err: "IdentityNotIssuer", args: notIssuer(asVer, asBank2)},
		{name: "ErrIssuerReplaced", prep: func(e *env) {
			verifierBank2(e)
			e.must(e.bank2, e.regC, e.reg.PackIssueCredential(e.sup1.addr, topicKYB, [32]byte{2}, e.now()+day))
		}, from: asVer, data: revokeSup1, err: "IdentityNotIssuer", args: notIssuer(asBank2, asVer)},
		{name: "ErrAlreadyRevoked", prep: func(e *env) { e.revokeKYB(e.sup1) }, from: asVer, data: revokeSup1,
			err: "IdentityCredentialAlreadyRevoked", args: func(e *env) []any { return []any{e.sup1.addr, topicKYB} }},
		{name: "ErrAlreadyRevokedByOperator", prep: func(e *env) { e.revokeKYB(e.sup1) }, from: asOp, data: revokeSup1,
			err: "IdentityCredentialAlreadyRevoked", args: func(e *env) []any { return []any{e.sup1.addr, topicKYB} }},
	}
	runReverts(t, cases)
}
