package identity

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
)

// Reasons a credential fails verification. Stable: clients see them; the list
// only grows.
const (
	ReasonMalformed        = "malformed"          // not a duochain credential: missing or unknown fields, wrong constants
	ReasonSignatureInvalid = "signature_invalid"  // the proof does not recover to issuer.address
	ReasonChainMismatch    = "chain_mismatch"     // another chain id, or a registry we do not trust
	ReasonIssuerNotTrusted = "issuer_not_trusted" // the issuer is not (now) an active VERIFIER
	ReasonNotOnChain       = "not_on_chain"       // the registry holds no credential (or no organization) for the subject and topic
	ReasonIssuerMismatch   = "issuer_mismatch"    // the registry's credential was issued by someone else
	ReasonDocumentMismatch = "document_mismatch"  // the registry's credential attests another document
	ReasonSuperseded       = "superseded"         // re-issued since: validFrom/validUntil differ from the registry's
	ReasonRevoked          = "revoked"            // revoked on chain
	ReasonExpired          = "expired"            // the latest block's time is at or past the expiry
	ReasonSubjectSuspended = "subject_suspended"  // the subject organization is suspended
	ReasonDIDMismatch      = "did_mismatch"       // issuer.id or credentialSubject.id is not the DID the registry holds
)

// ChainReader is what verification needs of a node: contract calls through the
// bindings, the chain id and the latest header. *ethclient.Client and the
// simulated backend's client satisfy it.
type ChainReader interface {
	bind.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Result is the outcome of verifying a credential. Beside the verdict it names
// what was checked, as this verifier parsed the credential, so that a relying
// party takes the facts from the answer instead of its own parse of the
// credential (which may read the JSON differently). They are absent when the
// credential is malformed.
type Result struct {
	Valid       bool      `json:"valid"`
	Reasons     []string  `json:"reasons"`
	Detail      string    `json:"detail,omitempty"`
	ChainID     uint64    `json:"chain_id,omitempty"`
	BlockNumber uint64    `json:"block_number,omitempty"` // the state the registry was read at
	BlockTime   time.Time `json:"block_time,omitzero"`

	Issuer     *OrganizationRef `json:"issuer,omitempty"`  // issuer.id and issuer.address
	Subject    *OrganizationRef `json:"subject,omitempty"` // credentialSubject.id and credentialSubject.address
	Topic      string           `json:"topic,omitempty"`
	ValidUntil time.Time        `json:"valid_until,omitzero"`
}

// OrganizationRef is an organization a verified credential names (its issuer
// or its subject): its DID and address.
type OrganizationRef struct {
	DID     string         `json:"did"`
	Address common.Address `json:"address"`
}

func (r *Result) fail(reason string) {
	if !slices.Contains(r.Reasons, reason) {
		r.Reasons = append(r.Reasons, reason)
	}
}

// ParseVC decodes a credential strictly: unknown fields, missing fields and
// values other than ours are errors. Every object must spell exactly the keys
// our credential has, each once: encoding/json matches keys case-insensitively
// and lets a later duplicate win, where other readers take the first or the
// exact spelling, so a credential they would read differently is refused.
func ParseVC(raw []byte) (*VC, error) {
	got, err := keyShape(raw)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var v VC
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("decode the credential: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	switch {
	case !slices.Equal(v.Context, []string{VCContext}):
		return nil, fmt.Errorf("@context must be [%q]", VCContext)
	case !slices.Equal(v.Type, []string{"VerifiableCredential", VCType}):
		return nil, fmt.Errorf("type must be [\"VerifiableCredential\", %q]", VCType)
	case v.CredentialStatus.Type != VCStatusType:
		return nil, fmt.Errorf("credentialStatus.type must be %q", VCStatusType)
	case v.Proof.Type != VCProofType || v.Proof.ProofPurpose != VCProofPurpose:
		return nil, fmt.Errorf("proof must be a %s for %s", VCProofType, VCProofPurpose)
	case v.Proof.ProofValue == "":
		return nil, fmt.Errorf("proof.proofValue is missing")
	case !topicPattern.MatchString(v.CredentialSubject.Topic):
		return nil, fmt.Errorf("credentialSubject.topic must be 1 to 32 upper-case letters, digits or _")
	}
	if err := checkAddresses(raw, &v); err != nil {
		return nil, err
	}
	for name, s := range map[string]string{"validFrom": v.ValidFrom, "validUntil": v.ValidUntil} {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			return nil, fmt.Errorf("%s must be an RFC 3339 time", name)
		}
	}
	canon, err := json.Marshal(&v)
	if err != nil {
		return nil, fmt.Errorf("re-encode the credential: %w", err)
	}
	want, err := keyShape(canon)
	if err != nil {
		return nil, err
	}
	if len(got) != len(want) {
		return nil, fmt.Errorf("the credential's objects are not ours")
	}
	for path, keys := range want {
		if !slices.Equal(got[path], keys) {
			return nil, fmt.Errorf("object %s must have exactly the keys %q, not %q", pathName(path), keys, got[path])
		}
	}
	return &v, nil
}

// checkAddresses holds a credential to its one address form: every address
// EIP-55 checksummed in the address fields (encoding/json reads any case; a
// second reader of the raw strings checks the form). The strings composed of
// addresses, credentialStatus.id and proof.verificationMethod, are signed;
// Verify compares them exactly with what they must be, and a wrong one is a
// proof that does not hold (signature_invalid), not a malformed file.
func checkAddresses(raw []byte, v *VC) error {
	var a struct {
		Issuer struct {
			Address string `json:"address"`
		} `json:"issuer"`
		CredentialSubject struct {
			Address string `json:"address"`
		} `json:"credentialSubject"`
		CredentialStatus struct {
			Registry string `json:"registry"`
		} `json:"credentialStatus"`
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return fmt.Errorf("decode the credential: %w", err)
	}
	for _, f := range []struct{ name, got, want string }{
		{"issuer.address", a.Issuer.Address, v.Issuer.Address.Hex()},
		{"credentialSubject.address", a.CredentialSubject.Address, v.CredentialSubject.Address.Hex()},
		{"credentialStatus.registry", a.CredentialStatus.Registry, v.CredentialStatus.Registry.Hex()},
	} {
		if f.got != f.want {
			return fmt.Errorf("%s must be EIP-55 checksummed: %s", f.name, f.want)
		}
	}
	return nil
}

func pathName(path string) string {
	if path == "" {
		return "(top level)"
	}
	return path
}

// keyShape walks a JSON text's tokens and returns, for every object by its path
// (keys joined by "/", array elements by index), its keys sorted. A key given
// twice in one object, or two keys equal but for case (as encoding/json
// matches them), is an error.
func keyShape(raw []byte) (map[string][]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	shape := map[string][]string{}
	var walk func(path string, depth int) error
	walk = func(path string, depth int) error {
		if depth > 32 {
			return fmt.Errorf("the credential nests too deep")
		}
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("decode the credential: %w", err)
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return nil
		}
		switch d {
		case '{':
			keys := []string{}
			folded := map[string]string{}
			for dec.More() {
				tok, err := dec.Token()
				if err != nil {
					return fmt.Errorf("decode the credential: %w", err)
				}
				k, ok := tok.(string)
				if !ok {
					return fmt.Errorf("decode the credential: object key is not a string")
				}
				f := foldKey(k)
				if prev, dup := folded[f]; dup {
					if prev == k {
						return fmt.Errorf("key %q is given twice in object %s", k, pathName(path))
					}
					return fmt.Errorf("keys %q and %q of object %s differ only in case", prev, k, pathName(path))
				}
				folded[f] = k
				keys = append(keys, k)
				child := k
				if path != "" {
					child = path + "/" + k
				}
				if err := walk(child, depth+1); err != nil {
					return err
				}
			}
			slices.Sort(keys)
			shape[path] = keys
		case '[':
			for i := 0; dec.More(); i++ {
				if err := walk(fmt.Sprintf("%s[%d]", path, i), depth+1); err != nil {
					return err
				}
			}
		default:
			return fmt.Errorf("decode the credential: unexpected %v", d)
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return fmt.Errorf("decode the credential: %w", err)
		}
		return nil
	}
	if err := walk("", 0); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("more than one JSON value")
	}
	return shape, nil
}

// foldKey maps a key to one spelling per class of keys encoding/json treats
// as equal: each rune becomes the least rune of its Unicode simple case folding
// orbit (so "K", "k" and the Kelvin sign fold alike).
func foldKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}

// Verify checks a credential as exported, against the registry at registry
// (the one the caller trusts) on chain, as of the latest block: the signature
// recovers to the stated issuer; the chain and registry are the trusted ones;
// the issuer is now an active VERIFIER; the registry holds this credential for
// the subject and topic, from the same issuer, for the same document and
// validity, not revoked, not expired by block time; the subject is not
// suspended; both DIDs are the registry's. It returns an error only when the
// chain cannot be read.
func Verify(ctx context.Context, chain ChainReader, registry common.Address, raw []byte) (Result, error) {
	res := Result{Reasons: []string{}}
	v, err := ParseVC(raw)
	if err != nil {
		res.fail(ReasonMalformed)
		res.Detail = err.Error()
		return res, nil
	}
	res.Issuer = &OrganizationRef{DID: v.Issuer.ID, Address: v.Issuer.Address}
	res.Subject = &OrganizationRef{DID: v.CredentialSubject.ID, Address: v.CredentialSubject.Address}
	res.Topic = v.CredentialSubject.Topic
	res.ValidUntil, _ = time.Parse(time.RFC3339, v.ValidUntil)
	res.ValidUntil = res.ValidUntil.UTC()
	wantMethod := fmt.Sprintf("did:pkh:eip155:%d:%s#blockchainAccountId", v.CredentialStatus.ChainID, v.Issuer.Address.Hex())
	wantStatus := fmt.Sprintf("eip155:%d:%s", v.CredentialStatus.ChainID, v.CredentialStatus.Registry.Hex())
	if signer, err := v.Signer(); err != nil || signer != v.Issuer.Address || v.Proof.VerificationMethod != wantMethod ||
		v.CredentialStatus.ID != wantStatus {
		res.fail(ReasonSignatureInvalid)
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return res, fmt.Errorf("read the chain id: %w", err)
	}
	res.ChainID = id.Uint64()
	if !id.IsUint64() || id.Uint64() != v.CredentialStatus.ChainID || v.CredentialStatus.Registry != registry {
		res.fail(ReasonChainMismatch)
		return res.done(), nil
	}
	head, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("read the latest block: %w", err)
	}
	res.BlockNumber, res.BlockTime = head.Number.Uint64(), time.Unix(int64(head.Time), 0).UTC()
	on, err := readRegistry(ctx, chain, registry, head.Number, v.Issuer.Address, v.CredentialSubject.Address, Topic(v.CredentialSubject.Topic))
	if err != nil {
		return res, err
	}
	if !on.issuerTrusted {
		res.fail(ReasonIssuerNotTrusted)
	}
	if on.issuer.Did != v.Issuer.ID || (on.subject.Status != 0 && on.subject.Did != v.CredentialSubject.ID) {
		res.fail(ReasonDIDMismatch)
	}
	c := on.cred
	switch {
	case on.subject.Status == 0 || c.Issuer == (common.Address{}):
		res.fail(ReasonNotOnChain)
	default:
		if on.subject.Status == 2 {
			res.fail(ReasonSubjectSuspended)
		}
		if c.Issuer != v.Issuer.Address {
			res.fail(ReasonIssuerMismatch)
		}
		if c.DocumentHash != v.CredentialSubject.DocumentHash {
			res.fail(ReasonDocumentMismatch)
		}
		from, _ := time.Parse(time.RFC3339, v.ValidFrom)
		until, _ := time.Parse(time.RFC3339, v.ValidUntil)
		if from.Unix() != int64(c.IssuedAt) || until.Unix() != int64(c.ExpiresAt) {
			res.fail(ReasonSuperseded)
		}
		if c.Revoked {
			res.fail(ReasonRevoked)
		}
		if head.Time >= c.ExpiresAt || !res.BlockTime.Before(until) {
			res.fail(ReasonExpired)
		}
	}
	return res.done(), nil
}

func (r Result) done() Result {
	r.Valid = len(r.Reasons) == 0
	return r
}

// onChain is what the registry says of a credential's issuer and subject at one block.
type onChain struct {
	issuer, subject identityregistry.IIdentityRegistryOrganization
	issuerTrusted   bool
	cred            identityregistry.IIdentityRegistryCredential
}

// readRegistry reads the issuer, the subject and the subject's credential for
// topic from the registry, all at block.
func readRegistry(ctx context.Context, chain bind.ContractCaller, registry common.Address, block *big.Int, issuer, subject common.Address, topic [32]byte) (onChain, error) {
	reg := identityregistry.NewIdentityRegistry()
	c := bind.NewBoundContract(registry, reg.GetABI(), chain, nil, nil)
	opts := &bind.CallOpts{Context: ctx, BlockNumber: block}
	var (
		on  onChain
		err error
	)
	if on.issuer, err = bind.Call(c, opts, reg.PackOrganization(issuer), reg.UnpackOrganization); err != nil {
		return on, fmt.Errorf("read issuer %s from the registry: %w", issuer, err)
	}
	if on.issuerTrusted, err = bind.Call(c, opts, reg.PackHasRole(issuer, RoleHash("VERIFIER")), reg.UnpackHasRole); err != nil {
		return on, fmt.Errorf("read the roles of issuer %s: %w", issuer, err)
	}
	if on.subject, err = bind.Call(c, opts, reg.PackOrganization(subject), reg.UnpackOrganization); err != nil {
		return on, fmt.Errorf("read subject %s from the registry: %w", subject, err)
	}
	if on.cred, err = bind.Call(c, opts, reg.PackCredential(subject, topic), reg.UnpackCredential); err != nil {
		return on, fmt.Errorf("read the %s credential of %s: %w", topicName(topic), subject, err)
	}
	return on, nil
}
