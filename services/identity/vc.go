package identity

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The fixed parts of an exported credential. A credential with other values is
// not one of ours and is refused as malformed.
const (
	VCContext      = "https://www.w3.org/ns/credentials/v2"
	VCType         = "DuochainOrganizationCredential"
	VCStatusType   = "DuochainRegistryStatus"
	VCProofType    = "EthereumEip712Signature2021"
	VCProofPurpose = "assertionMethod"
	// EIP712Name and EIP712Version are the typed-data domain's name and version;
	// its chainId and verifyingContract come from credentialStatus.
	EIP712Name    = "duochain"
	EIP712Version = "1"
)

// VC is a W3C Verifiable Credential (data model 2.0) for one registry
// credential, as exported and as verified. Every field but proof.proofValue
// is signed (see TypedData).
type VC struct {
	Context           []string  `json:"@context"`
	ID                string    `json:"id"`
	Type              []string  `json:"type"`
	Issuer            VCIssuer  `json:"issuer"`
	ValidFrom         string    `json:"validFrom"`
	ValidUntil        string    `json:"validUntil"`
	CredentialSubject VCSubject `json:"credentialSubject"`
	CredentialStatus  VCStatus  `json:"credentialStatus"`
	Proof             VCProof   `json:"proof"`
}

// VCIssuer is the issuing organization: its DID, address and name.
type VCIssuer struct {
	ID      string         `json:"id"`
	Address common.Address `json:"address"`
	Name    string         `json:"name"`
}

// VCSubject is the organization the credential is about and what it attests.
type VCSubject struct {
	ID           string         `json:"id"`
	Address      common.Address `json:"address"`
	Topic        string         `json:"topic"`
	DocumentHash common.Hash    `json:"documentHash"`
}

// VCStatus points to the on-chain registry that says whether the credential
// still holds, and the transaction that issued it.
type VCStatus struct {
	ID              string         `json:"id"`
	Type            string         `json:"type"`
	ChainID         uint64         `json:"chainId"`
	Registry        common.Address `json:"registry"`
	TransactionHash common.Hash    `json:"transactionHash"`
	BlockNumber     uint64         `json:"blockNumber"`
}

// Every address a credential writes is EIP-55 checksummed: the address
// fields below and the ones composed into credentialStatus.id and
// proof.verificationMethod. common.Address alone would write address fields
// in lower case, so these three write their own JSON; ParseVC accepts only
// the checksummed form (see checkAddresses).

// MarshalJSON writes the issuer with its address EIP-55 checksummed.
func (i VCIssuer) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID      string `json:"id"`
		Address string `json:"address"`
		Name    string `json:"name"`
	}{i.ID, i.Address.Hex(), i.Name})
}

// MarshalJSON writes the subject with its address EIP-55 checksummed.
func (s VCSubject) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID           string      `json:"id"`
		Address      string      `json:"address"`
		Topic        string      `json:"topic"`
		DocumentHash common.Hash `json:"documentHash"`
	}{s.ID, s.Address.Hex(), s.Topic, s.DocumentHash})
}

// MarshalJSON writes the status with the registry EIP-55 checksummed.
func (s VCStatus) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID              string      `json:"id"`
		Type            string      `json:"type"`
		ChainID         uint64      `json:"chainId"`
		Registry        string      `json:"registry"`
		TransactionHash common.Hash `json:"transactionHash"`
		BlockNumber     uint64      `json:"blockNumber"`
	}{s.ID, s.Type, s.ChainID, s.Registry.Hex(), s.TransactionHash, s.BlockNumber})
}

// VCProof is the issuer's EIP-712 signature over the rest of the credential.
type VCProof struct {
	Type               string `json:"type"`
	Created            string `json:"created"`
	VerificationMethod string `json:"verificationMethod"`
	ProofPurpose       string `json:"proofPurpose"`
	ProofValue         string `json:"proofValue"`
}

// vcTypes is the EIP-712 schema of a credential. Field order is part of the
// signature; a third party re-implements it from docs/identity.md.
var vcTypes = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	},
	"VerifiableCredential": {
		{Name: "context", Type: "string[]"},
		{Name: "id", Type: "string"},
		{Name: "type", Type: "string[]"},
		{Name: "issuer", Type: "Issuer"},
		{Name: "validFrom", Type: "string"},
		{Name: "validUntil", Type: "string"},
		{Name: "credentialSubject", Type: "CredentialSubject"},
		{Name: "credentialStatus", Type: "CredentialStatus"},
		{Name: "proof", Type: "Proof"},
	},
	"Issuer": {
		{Name: "id", Type: "string"},
		{Name: "address", Type: "address"},
		{Name: "name", Type: "string"},
	},
	"CredentialSubject": {
		{Name: "id", Type: "string"},
		{Name: "address", Type: "address"},
		{Name: "topic", Type: "string"},
		{Name: "documentHash", Type: "bytes32"},
	},
	"CredentialStatus": {
		{Name: "id", Type: "string"},
		{Name: "type", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "registry", Type: "address"},
		{Name: "transactionHash", Type: "bytes32"},
		{Name: "blockNumber", Type: "uint256"},
	},
	"Proof": {
		{Name: "type", Type: "string"},
		{Name: "created", Type: "string"},
		{Name: "verificationMethod", Type: "string"},
		{Name: "proofPurpose", Type: "string"},
	},
}

func strs(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// TypedData is what the issuer signs: the credential without proof.proofValue
// as EIP-712 typed data, in the domain {name: "duochain", version: "1",
// chainId: credentialStatus.chainId, verifyingContract: credentialStatus.registry}.
func (v *VC) TypedData() apitypes.TypedData {
	st := v.CredentialStatus
	return apitypes.TypedData{
		Types:       vcTypes,
		PrimaryType: "VerifiableCredential",
		Domain: apitypes.TypedDataDomain{Name: EIP712Name, Version: EIP712Version,
			ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(st.ChainID)), VerifyingContract: st.Registry.Hex()},
		Message: apitypes.TypedDataMessage{
			"context":    strs(v.Context),
			"id":         v.ID,
			"type":       strs(v.Type),
			"issuer":     map[string]any{"id": v.Issuer.ID, "address": v.Issuer.Address.Hex(), "name": v.Issuer.Name},
			"validFrom":  v.ValidFrom,
			"validUntil": v.ValidUntil,
			"credentialSubject": map[string]any{"id": v.CredentialSubject.ID, "address": v.CredentialSubject.Address.Hex(),
				"topic": v.CredentialSubject.Topic, "documentHash": v.CredentialSubject.DocumentHash.Bytes()},
			"credentialStatus": map[string]any{"id": st.ID, "type": st.Type, "chainId": new(big.Int).SetUint64(st.ChainID),
				"registry": st.Registry.Hex(), "transactionHash": st.TransactionHash.Bytes(), "blockNumber": new(big.Int).SetUint64(st.BlockNumber)},
			"proof": map[string]any{"type": v.Proof.Type, "created": v.Proof.Created,
				"verificationMethod": v.Proof.VerificationMethod, "proofPurpose": v.Proof.ProofPurpose},
		},
	}
}

// Digest is the EIP-712 hash the issuer signs:
// keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(credential)).
func (v *VC) Digest() (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(v.TypedData())
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash credential as typed data: %w", err)
	}
	return common.BytesToHash(h), nil
}

// HashSigner signs a digest with an issuer's key (Signer, or a raw key in tests).
type HashSigner interface {
	SignHash(digest []byte) ([]byte, error)
}

// Sign fills proof.proofValue with signer's signature over the credential.
func (v *VC) Sign(signer HashSigner) error {
	d, err := v.Digest()
	if err != nil {
		return err
	}
	sig, err := signer.SignHash(d.Bytes())
	if err != nil {
		return err
	}
	v.Proof.ProofValue = "0x" + common.Bytes2Hex(sig)
	return nil
}

// Signer recovers the account that signed the credential.
func (v *VC) Signer() (common.Address, error) {
	sig := common.FromHex(v.Proof.ProofValue)
	if len(sig) != 65 || len(v.Proof.ProofValue) != 132 {
		return common.Address{}, errors.New("proofValue must be a 65-byte signature in 0x-prefixed hex")
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	d, err := v.Digest()
	if err != nil {
		return common.Address{}, err
	}
	pub, err := crypto.SigToPub(d.Bytes(), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover the signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// NewVC builds the unsigned credential for cred, held by subject and issued by
// issuer, recorded in registry on chainID; created is the proof's time.
func NewVC(chainID uint64, registry common.Address, issuer, subject Organization, cred Credential, created time.Time) *VC {
	return &VC{
		Context:           []string{VCContext},
		ID:                fmt.Sprintf("urn:duochain:credential:%d:%s:%s", chainID, cred.TxHash.Hex(), cred.Topic),
		Type:              []string{"VerifiableCredential", VCType},
		Issuer:            VCIssuer{ID: issuer.DID, Address: issuer.Address, Name: issuer.Name},
		ValidFrom:         cred.IssuedAt.UTC().Format(time.RFC3339),
		ValidUntil:        cred.ExpiresAt.UTC().Format(time.RFC3339),
		CredentialSubject: VCSubject{ID: subject.DID, Address: subject.Address, Topic: cred.Topic, DocumentHash: cred.DocumentHash},
		CredentialStatus: VCStatus{ID: fmt.Sprintf("eip155:%d:%s", chainID, registry.Hex()), Type: VCStatusType, ChainID: chainID,
			Registry: registry, TransactionHash: cred.TxHash, BlockNumber: cred.BlockNumber},
		Proof: VCProof{Type: VCProofType, Created: created.UTC().Format(time.RFC3339), ProofPurpose: VCProofPurpose,
			VerificationMethod: fmt.Sprintf("did:pkh:eip155:%d:%s#blockchainAccountId", chainID, issuer.Address.Hex())},
	}
}
