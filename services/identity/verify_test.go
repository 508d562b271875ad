package identity

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/simchain"
)

// regChain is a simulated chain with the contracts, an issuing verifier and a
// subject registered in the identity registry.
type regChain struct {
	t                    *testing.T
	ctx                  context.Context
	ch                   *simchain.Chain
	client               simulated.Client
	miner                *simchain.Miner
	dep                  *contracts.Deployment
	reg                  *identityregistry.IdentityRegistry
	regC                 *bind.BoundContract
	chainID              *big.Int
	op, issuer, stranger *ecdsa.PrivateKey
	subject              common.Address
}

func newRegChain(t *testing.T) *regChain {
	t.Helper()
	ch := simchain.NewChain(t, simchain.Config{Keys: []string{"op", "issuer", "stranger"}, Balance: new(big.Int).Lsh(big.NewInt(1), 80)})
	c := &regChain{t: t, ch: ch, ctx: context.Background(), client: ch.Client, chainID: ch.ChainID, reg: identityregistry.NewIdentityRegistry()}
	c.op, c.issuer, c.stranger = ch.Account("op").Key, ch.Account("issuer").Key, ch.Account("stranger").Key
	c.subject = common.HexToAddress("0x00000000000000000000000000000000005ab1ec")
	c.miner = ch.StartMiner(5 * time.Millisecond)
	c.dep = ch.Deploy(ch.Account("op").Opts, contracts.DeployParams{OperatorDID: "did:web:op.test"})
	c.regC = c.reg.Instance(c.client, c.dep.IdentityRegistry)
	c.send(c.op, c.reg.PackRegisterOrganization(crypto.PubkeyToAddress(c.issuer.PublicKey), "did:web:issuer.test", [][32]byte{RoleHash("VERIFIER")}))
	c.send(c.op, c.reg.PackRegisterOrganization(c.subject, "did:web:subject.test", [][32]byte{RoleHash("SUPPLIER")}))
	return c
}

// send mines data sent by key to the registry and returns its receipt.
func (c *regChain) send(key *ecdsa.PrivateKey, data []byte) *types.Receipt {
	c.t.Helper()
	return c.ch.Must(bind.NewKeyedTransactor(key, c.chainID), c.regC, data)
}

// issue has the issuer issue a KYB credential for doc valid for an hour of
// chain time, and returns it exported and signed, as JSON.
func (c *regChain) issue(doc byte) []byte {
	c.t.Helper()
	head, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	r := c.send(c.issuer, c.reg.PackIssueCredential(c.subject, Topic("KYB"), common.BytesToHash([]byte{doc}), head.Time+3600))
	on, err := bind.Call(c.regC, nil, c.reg.PackCredential(c.subject, Topic("KYB")), c.reg.UnpackCredential)
	if err != nil {
		c.t.Fatal(err)
	}
	issuer := Organization{Name: "Issuer", Address: crypto.PubkeyToAddress(c.issuer.PublicKey), DID: "did:web:issuer.test"}
	subject := Organization{Name: "Subject", Address: c.subject, DID: "did:web:subject.test"}
	cred := Credential{Topic: "KYB", Issuer: on.Issuer, DocumentHash: on.DocumentHash, IssuedAt: time.Unix(int64(on.IssuedAt), 0),
		ExpiresAt: time.Unix(int64(on.ExpiresAt), 0), TxHash: r.TxHash, BlockNumber: r.BlockNumber.Uint64()}
	v := NewVC(c.chainID.Uint64(), c.dep.IdentityRegistry, issuer, subject, cred, time.Now())
	if err := v.Sign(keySigner{c.issuer}); err != nil {
		c.t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	return b
}

// expect verifies raw against the deployment's registry and wants exactly reasons.
func (c *regChain) expect(t *testing.T, raw []byte, reasons ...string) Result {
	t.Helper()
	return c.expectAt(t, c.dep.IdentityRegistry, raw, reasons...)
}

func (c *regChain) expectAt(t *testing.T, registry common.Address, raw []byte, reasons ...string) Result {
	t.Helper()
	res, err := Verify(c.ctx, c.client, registry, raw)
	if err != nil {
		t.Fatal(err)
	}
	if reasons == nil {
		reasons = []string{}
	}
	if !slices.Equal(res.Reasons, reasons) || res.Valid != (len(reasons) == 0) {
		t.Fatalf("verify: valid %v reasons %v (%s), want %v", res.Valid, res.Reasons, res.Detail, reasons)
	}
	return res
}

func edit(t *testing.T, raw []byte, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	b, _ := json.Marshal(m)
	return b
}

// TestVerifyAgainstRegistry walks one credential through what can happen to
// it on chain and checks Verify's reasons at each step.
func TestVerifyAgainstRegistry(t *testing.T) {
	c := newRegChain(t)
	issuerAddr := crypto.PubkeyToAddress(c.issuer.PublicKey)
	first := c.issue(1)

	t.Run("OK", func(t *testing.T) {
		res := c.expect(t, first)
		if res.BlockNumber == 0 || res.ChainID != c.chainID.Uint64() {
			t.Fatalf("result names no block or chain: %+v", res)
		}
		v, _ := ParseVC(first)
		until, _ := time.Parse(time.RFC3339, v.ValidUntil)
		if res.Issuer == nil || *res.Issuer != (OrganizationRef{DID: "did:web:issuer.test", Address: issuerAddr}) ||
			res.Subject == nil || *res.Subject != (OrganizationRef{DID: "did:web:subject.test", Address: c.subject}) ||
			res.Topic != "KYB" || !res.ValidUntil.Equal(until) {
			t.Fatalf("result does not name what was verified: %+v", res)
		}
	})
	t.Run("SmuggledSubject", func(t *testing.T) {
		// A fake subject first, the signed one under a key only encoding/json
		// takes for credentialSubject (or as a later duplicate): readers that
		// take the first or the exact key see the fake one.
		fake := `{"credentialSubject":{"id":"did:web:fake.test","address":"0x000000000000000000000000000000000000dEaD","topic":"KYB","documentHash":"0x` + strings.Repeat("11", 32) + `"},`
		for _, b := range []string{
			fake + strings.Replace(string(first[1:]), `"credentialSubject"`, `"CREDENTIALSUBJECT"`, 1),
			fake + string(first[1:]),
		} {
			res := c.expect(t, []byte(b), ReasonMalformed)
			if res.Subject != nil || res.Issuer != nil || res.Topic != "" {
				t.Fatalf("a malformed credential's result names facts: %+v", res)
			}
		}
	})
	t.Run("Tampered", func(t *testing.T) {
		c.expect(t, edit(t, first, func(m map[string]any) { obj(m, "issuer")["name"] = "Someone else" }), ReasonSignatureInvalid)
	})
	t.Run("OtherRegistry", func(t *testing.T) {
		c.expectAt(t, c.dep.Receivable, first, ReasonChainMismatch)
	})
	t.Run("OtherChainID", func(t *testing.T) {
		// Re-signed by the real issuer for another chain: authentic, but not about this chain.
		v, _ := ParseVC(first)
		v.CredentialStatus.ChainID = 1
		v.CredentialStatus.ID = "eip155:1:" + v.CredentialStatus.Registry.Hex()
		v.Proof.VerificationMethod = "did:pkh:eip155:1:" + issuerAddr.Hex() + "#blockchainAccountId"
		_ = v.Sign(keySigner{c.issuer})
		b, _ := json.Marshal(v)
		c.expect(t, b, ReasonChainMismatch)
	})
	t.Run("AddressCase", func(t *testing.T) {
		// Signed by the real issuer, but with an address in another case
		// where docs/identity.md specifies EIP-55: one form only, so no reader is
		// left to guess whether two spellings name the same account.
		for name, change := range map[string]func(v *VC){
			"verificationMethod":  func(v *VC) { v.Proof.VerificationMethod = flipCase(v.Proof.VerificationMethod) },
			"credentialStatus.id": func(v *VC) { v.CredentialStatus.ID = flipCase(v.CredentialStatus.ID) },
		} {
			t.Run(name, func(t *testing.T) {
				v, _ := ParseVC(first)
				change(v)
				_ = v.Sign(keySigner{c.issuer})
				b, _ := json.Marshal(v)
				c.expect(t, b, ReasonSignatureInvalid)
			})
		}
	})
	t.Run("ForgedByStranger", func(t *testing.T) {
		// A stranger signs the same claims and says the real issuer signed them.
		v, _ := ParseVC(first)
		_ = v.Sign(keySigner{c.stranger})
		b, _ := json.Marshal(v)
		c.expect(t, b, ReasonSignatureInvalid)
	})
	t.Run("SelfMadeIssuer", func(t *testing.T) {
		// A stranger issues itself a credential about the subject: a valid
		// signature by an account the registry does not trust.
		v, _ := ParseVC(first)
		stranger := crypto.PubkeyToAddress(c.stranger.PublicKey)
		v.Issuer.Address = stranger
		v.Proof.VerificationMethod = "did:pkh:eip155:" + c.chainID.String() + ":" + stranger.Hex() + "#blockchainAccountId"
		_ = v.Sign(keySigner{c.stranger})
		b, _ := json.Marshal(v)
		c.expect(t, b, ReasonIssuerNotTrusted, ReasonDIDMismatch, ReasonIssuerMismatch)
	})
	t.Run("NotOnChain", func(t *testing.T) {
		// Signed by the real issuer, but for a topic it never issued on chain.
		v, _ := ParseVC(first)
		v.CredentialSubject.Topic = "MARKETPLACE_SELLER"
		_ = v.Sign(keySigner{c.issuer})
		b, _ := json.Marshal(v)
		c.expect(t, b, ReasonNotOnChain)
	})
	t.Run("Malformed", func(t *testing.T) {
		c.expect(t, []byte(`{"hello":"world"}`), ReasonMalformed)
		c.expect(t, []byte(`not json`), ReasonMalformed)
	})

	if err := c.miner.Advance(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	t.Run("Expired", func(t *testing.T) { c.expect(t, first, ReasonExpired) })

	second := c.issue(2)
	t.Run("Reissued", func(t *testing.T) {
		c.expect(t, second)
		c.expect(t, first, ReasonDocumentMismatch, ReasonSuperseded, ReasonExpired)
	})

	c.send(c.issuer, c.reg.PackRevokeCredential(c.subject, Topic("KYB")))
	t.Run("Revoked", func(t *testing.T) { c.expect(t, second, ReasonRevoked) })

	third := c.issue(3)
	c.send(c.op, c.reg.PackSetStatus(c.subject, 2))
	t.Run("SubjectSuspended", func(t *testing.T) { c.expect(t, third, ReasonSubjectSuspended) })
	c.send(c.op, c.reg.PackSetStatus(c.subject, 1))
	t.Run("SubjectReactivated", func(t *testing.T) { c.expect(t, third) })

	c.send(c.op, c.reg.PackRevokeRole(issuerAddr, RoleHash("VERIFIER")))
	t.Run("IssuerNoLongerVerifier", func(t *testing.T) { c.expect(t, third, ReasonIssuerNotTrusted) })
}
