package contracts_test

import (
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
)

// maxTitle is CopyrightRegistry.MAX_TITLE_LENGTH.
const maxTitle = 200

// copyEnv is the standard env with a CopyrightRegistry deployed against its registry.
type copyEnv struct {
	*env
	cr     *copyrightregistry.CopyrightRegistry
	crC    *bind.BoundContract
	crAddr common.Address
}

func newCopyEnv(t *testing.T) *copyEnv {
	t.Helper()
	e := newEnv(t)
	cr := copyrightregistry.NewCopyrightRegistry()
	addr := e.deploy(e.op, "CopyrightRegistry", &copyrightregistry.CopyrightRegistryMetaData, cr.PackConstructor(e.dep.IdentityRegistry))
	return &copyEnv{env: e, cr: cr, crC: cr.Instance(e.client, addr), crAddr: addr}
}

// newWork returns the sha256 of a work named label.
func newWork(label string) [32]byte {
	return sha256.Sum256([]byte("work:" + label))
}

// registered has who register the work label and returns its hash and receipt.
func (e *copyEnv) registered(who *acct, label string) ([32]byte, *types.Receipt) {
	e.t.Helper()
	h := newWork(label)
	return h, e.must(who, e.crC, e.cr.PackRegister(h, "Title of "+label, sha256.Sum256([]byte("meta:"+label))))
}

func (e *copyEnv) work(h [32]byte) copyrightregistry.ICopyrightRegistryWork {
	e.t.Helper()
	return call(e.env, e.crC, e.cr.PackWork(h), e.cr.UnpackWork)
}

func (e *copyEnv) license(h [32]byte, licensee *acct) copyrightregistry.ICopyrightRegistryLicense {
	e.t.Helper()
	return call(e.env, e.crC, e.cr.PackLicense(h, licensee.addr), e.cr.UnpackLicense)
}

func (e *copyEnv) licensed(h [32]byte, licensee *acct) bool {
	e.t.Helper()
	return call(e.env, e.crC, e.cr.PackIsLicensed(h, licensee.addr), e.cr.UnpackIsLicensed)
}

func TestCopyrightRegister(t *testing.T) {
	e := newCopyEnv(t)

	t.Run("OK", func(t *testing.T) {
		// One owner per accepted role: SUPPLIER, CORE_ENTERPRISE, OPERATOR.
		for _, who := range []*acct{e.sup1, e.core, e.op} {
			h := newWork("ok:" + who.name)
			meta := sha256.Sum256([]byte("meta:" + who.name))
			title := "Design " + who.name
			r := e.must(who, e.crC, e.cr.PackRegister(h, title, meta))
			t.Logf("register by %s, %d-byte title: %d gas", who.name, len(title), r.GasUsed)
			at := blockTimeOf(e.env, r)
			wantEventArgs(t, &copyrightregistry.CopyrightRegistryWorkRegistered{
				ContentHash: h, Owner: who.addr, Title: title, MetadataHash: meta, RegisteredAt: at,
			}, one(t, r, e.cr.UnpackWorkRegisteredEvent))
			want := copyrightregistry.ICopyrightRegistryWork{
				Owner: who.addr, RegisteredAt: at, BlockNumber: r.BlockNumber.Uint64(), MetadataHash: meta,
			}
			if diff := cmp.Diff(want, e.work(h)); diff != "" {
				t.Fatalf("work (-want +got):\n%s", diff)
			}
		}
	})

	t.Run("OKLongestTitle", func(t *testing.T) {
		r := e.must(e.sup1, e.crC, e.cr.PackRegister(newWork("longest"), strings.Repeat("x", maxTitle), [32]byte{1}))
		t.Logf("register, %d-byte title: %d gas", maxTitle, r.GasUsed)
	})

	t.Run("Unregistered", func(t *testing.T) {
		if got := e.work(newWork("never")); got != (copyrightregistry.ICopyrightRegistryWork{}) {
			t.Fatalf("work(unknown) = %+v, want zero", got)
		}
	})

	t.Run("ErrAlreadyRegistered", func(t *testing.T) {
		h, r := e.registered(e.sup2, "dup")
		at := blockTimeOf(e.env, r)
		for _, who := range []*acct{e.sup2, e.core} {
			_, err := e.send(who, e.crC, e.cr.PackRegister(h, "Mine", [32]byte{9}))
			wantRevert(t, err, "CopyrightAlreadyRegistered", h, e.sup2.addr, at)
		}
	})

	t.Run("ErrZeroContentHash", func(t *testing.T) {
		_, err := e.send(e.sup1, e.crC, e.cr.PackRegister([32]byte{}, "Zero", [32]byte{}))
		wantRevert(t, err, "CopyrightZeroContentHash")
	})

	t.Run("ErrInvalidTitle", func(t *testing.T) {
		for _, title := range []string{"", strings.Repeat("x", maxTitle+1), strings.Repeat("é", maxTitle/2+1)} {
			_, err := e.send(e.sup1, e.crC, e.cr.PackRegister(newWork("title"), title, [32]byte{}))
			wantRevert(t, err, "CopyrightInvalidTitle", n(int64(len(title))), n(maxTitle))
		}
	})

	t.Run("ErrUnauthorized", func(t *testing.T) {
		// Suspending sup3 leaves its SUPPLIER role in place but makes it inactive.
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup3.addr, orgSuspended))
		for _, who := range []*acct{e.nobody, e.sup3, e.bank, e.ver, e.clr} {
			_, err := e.send(who, e.crC, e.cr.PackRegister(newWork("unauthorized:"+who.name), "x", [32]byte{}))
			wantRevert(t, err, "CopyrightUnauthorized", who.addr)
		}
	})
}

func TestCopyrightTransfer(t *testing.T) {
	e := newCopyEnv(t)

	t.Run("OK", func(t *testing.T) {
		h, reg := e.registered(e.sup1, "transfer")
		before := e.work(h)
		r := e.must(e.sup1, e.crC, e.cr.PackTransferOwnership(h, e.core.addr))
		wantEventArgs(t, &copyrightregistry.CopyrightRegistryWorkTransferred{
			ContentHash: h, From: e.sup1.addr, To: e.core.addr,
		}, one(t, r, e.cr.UnpackWorkTransferredEvent))
		want := before
		want.Owner = e.core.addr
		if diff := cmp.Diff(want, e.work(h)); diff != "" {
			t.Fatalf("work (-want +got):\n%s", diff)
		}
		// The former owner has no say any more; the registration time stays the first one.
		_, err := e.send(e.sup1, e.crC, e.cr.PackTransferOwnership(h, e.sup2.addr))
		wantRevert(t, err, "CopyrightNotOwner", h, e.core.addr, e.sup1.addr)
		_, err = e.send(e.sup2, e.crC, e.cr.PackRegister(h, "Again", [32]byte{}))
		wantRevert(t, err, "CopyrightAlreadyRegistered", h, e.core.addr, blockTimeOf(e.env, reg))
		e.must(e.core, e.crC, e.cr.PackTransferOwnership(h, e.op.addr))
	})

	t.Run("ErrWorkNotFound", func(t *testing.T) {
		h := newWork("missing")
		_, err := e.send(e.sup1, e.crC, e.cr.PackTransferOwnership(h, e.core.addr))
		wantRevert(t, err, "CopyrightWorkNotFound", h)
	})

	t.Run("ErrNotOwner", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "not-owner")
		for _, who := range []*acct{e.sup2, e.op, e.nobody} {
			_, err := e.send(who, e.crC, e.cr.PackTransferOwnership(h, who.addr))
			wantRevert(t, err, "CopyrightNotOwner", h, e.sup1.addr, who.addr)
		}
	})

	t.Run("ErrSuspendedOwner", func(t *testing.T) {
		h, _ := e.registered(e.sup2, "suspended-owner")
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup2.addr, orgSuspended))
		defer e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup2.addr, 1))
		for _, data := range [][]byte{
			e.cr.PackTransferOwnership(h, e.sup1.addr),
			e.cr.PackGrantLicense(h, e.sup1.addr, [32]byte{1}, e.now()+day),
		} {
			_, err := e.send(e.sup2, e.crC, data)
			wantRevert(t, err, "CopyrightUnauthorized", e.sup2.addr)
		}
	})

	t.Run("ErrUnauthorizedRecipient", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "bad-recipient")
		e.must(e.op, e.regC, e.reg.PackSetStatus(e.sup3.addr, orgSuspended))
		for _, to := range []common.Address{e.nobody.addr, e.sup3.addr, e.bank.addr, {}} {
			_, err := e.send(e.sup1, e.crC, e.cr.PackTransferOwnership(h, to))
			wantRevert(t, err, "CopyrightUnauthorized", to)
		}
	})
}

func TestCopyrightLicense(t *testing.T) {
	e := newCopyEnv(t)
	terms := sha256.Sum256([]byte("terms v1"))

	t.Run("OK", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "license")
		exp := e.now() + 30*day
		r := e.must(e.sup1, e.crC, e.cr.PackGrantLicense(h, e.bank.addr, terms, exp))
		wantEventArgs(t, &copyrightregistry.CopyrightRegistryLicenseGranted{
			ContentHash: h, Licensee: e.bank.addr, Grantor: e.sup1.addr, TermsHash: terms, ExpiresAt: exp,
		}, one(t, r, e.cr.UnpackLicenseGrantedEvent))
		want := copyrightregistry.ICopyrightRegistryLicense{TermsHash: terms, GrantedAt: blockTimeOf(e.env, r), ExpiresAt: exp}
		if diff := cmp.Diff(want, e.license(h, e.bank)); diff != "" {
			t.Fatalf("license (-want +got):\n%s", diff)
		}

		r = e.must(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
		wantEventArgs(t, &copyrightregistry.CopyrightRegistryLicenseRevoked{
			ContentHash: h, Licensee: e.bank.addr, By: e.sup1.addr,
		}, one(t, r, e.cr.UnpackLicenseRevokedEvent))
		want.Revoked = true
		if diff := cmp.Diff(want, e.license(h, e.bank)); diff != "" {
			t.Fatalf("license (-want +got):\n%s", diff)
		}
	})

	t.Run("SurvivesTransfer", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "license-transfer")
		e.must(e.sup1, e.crC, e.cr.PackGrantLicense(h, e.nobody.addr, terms, e.now()+day))
		e.must(e.sup1, e.crC, e.cr.PackTransferOwnership(h, e.core.addr))
		if !e.licensed(h, e.nobody) {
			t.Fatal("a license did not survive the transfer of its work")
		}
		_, err := e.send(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.nobody.addr))
		wantRevert(t, err, "CopyrightNotOwner", h, e.core.addr, e.sup1.addr)
		e.must(e.core, e.crC, e.cr.PackRevokeLicense(h, e.nobody.addr))
	})

	t.Run("IsLicensed", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "truth-table")
		check := func(step string, who *acct, want bool) {
			t.Helper()
			if got := e.licensed(h, who); got != want {
				t.Fatalf("%s: isLicensed(%s) = %v, want %v", step, who.name, got, want)
			}
		}
		grant := func(who *acct, exp uint64) {
			t.Helper()
			e.must(e.sup1, e.crC, e.cr.PackGrantLicense(h, who.addr, terms, exp))
		}
		check("never granted", e.bank, false)
		check("unknown work", e.bank, call(e.env, e.crC, e.cr.PackIsLicensed(newWork("nothing"), e.bank.addr), e.cr.UnpackIsLicensed))

		grant(e.bank, e.now()+10*day)
		grant(e.bank2, e.now()+day)
		check("granted", e.bank, true)
		check("granted", e.bank2, true)
		check("other licensee", e.core, false)

		e.must(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
		check("revoked", e.bank, false)
		check("other license untouched by revoke", e.bank2, true)

		exp := e.license(h, e.bank2).ExpiresAt
		advanceTo(e.env, exp-1)
		check("second before expiry", e.bank2, true)
		e.advance(1)
		check("expires now", e.bank2, false)
		e.advance(day)
		check("expired", e.bank2, false)

		grant(e.bank, e.now()+day)
		check("re-granted after revocation", e.bank, true)
		grant(e.bank2, e.now()+30*day)
		check("re-granted after expiry", e.bank2, true)
		// Re-granting replaces: a shorter term takes effect.
		grant(e.bank2, e.now()+day)
		e.advance(2 * day)
		check("replaced by a shorter license", e.bank2, false)
		// An expired license can still be revoked, once.
		e.must(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank2.addr))
		_, err := e.send(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank2.addr))
		wantRevert(t, err, "CopyrightLicenseNotFound", h, e.bank2.addr)
	})

	t.Run("ErrWorkNotFound", func(t *testing.T) {
		h := newWork("missing")
		_, err := e.send(e.sup1, e.crC, e.cr.PackGrantLicense(h, e.bank.addr, terms, e.now()+day))
		wantRevert(t, err, "CopyrightWorkNotFound", h)
		_, err = e.send(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
		wantRevert(t, err, "CopyrightWorkNotFound", h)
	})

	t.Run("ErrNotOwner", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "license-not-owner")
		e.must(e.sup1, e.crC, e.cr.PackGrantLicense(h, e.bank.addr, terms, e.now()+day))
		for _, who := range []*acct{e.sup2, e.op, e.bank} {
			_, err := e.send(who, e.crC, e.cr.PackGrantLicense(h, who.addr, terms, e.now()+day))
			wantRevert(t, err, "CopyrightNotOwner", h, e.sup1.addr, who.addr)
			_, err = e.send(who, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
			wantRevert(t, err, "CopyrightNotOwner", h, e.sup1.addr, who.addr)
		}
	})

	t.Run("ErrInvalidExpiry", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "expiry")
		// A reverted estimate mines nothing, so the latest block is the one the
		// estimate ran on and its timestamp is the contract's now.
		for _, name := range []string{"now", "past", "zero"} {
			now := e.now()
			exp := map[string]uint64{"now": now, "past": now - 1, "zero": 0}[name]
			_, err := e.send(e.sup1, e.crC, e.cr.PackGrantLicense(h, e.bank.addr, terms, exp))
			wantRevert(t, err, "CopyrightInvalidExpiry", exp, now)
		}
	})

	t.Run("ErrInvalidLicensee", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "zero-licensee")
		_, err := e.send(e.sup1, e.crC, e.cr.PackGrantLicense(h, common.Address{}, terms, e.now()+day))
		wantRevert(t, err, "CopyrightInvalidLicensee", common.Address{})
	})

	t.Run("ErrLicenseNotFound", func(t *testing.T) {
		h, _ := e.registered(e.sup1, "no-license")
		_, err := e.send(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
		wantRevert(t, err, "CopyrightLicenseNotFound", h, e.bank.addr)
		e.must(e.sup1, e.crC, e.cr.PackGrantLicense(h, e.bank.addr, terms, e.now()+day))
		e.must(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
		_, err = e.send(e.sup1, e.crC, e.cr.PackRevokeLicense(h, e.bank.addr))
		wantRevert(t, err, "CopyrightLicenseNotFound", h, e.bank.addr)
	})
}
