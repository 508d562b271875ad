// Package identity is the organizations capability: organizations with their
// custodial signing keys and API keys, the roles and credentials the on-chain
// IdentityRegistry holds for them, its projection and its routes.
package identity

import (
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Roles are the registry roles by API name.
var Roles = []string{"OPERATOR", "CORE_ENTERPRISE", "SUPPLIER", "FINANCIER", "VERIFIER", "CLEARING"}

// RoleHash is the registry's id of an API role name: keccak256("<NAME>_ROLE").
func RoleHash(name string) common.Hash {
	return crypto.Keccak256Hash([]byte(name + "_ROLE"))
}

// roleName maps a registry role id back to its API name.
func roleName(h [32]byte) string {
	for _, r := range Roles {
		if RoleHash(r) == h {
			return r
		}
	}
	return common.Hash(h).Hex()
}

// Topic left-aligns an ASCII credential topic in a bytes32, as Solidity's bytes32("KYB").
func Topic(s string) [32]byte {
	var t [32]byte
	copy(t[:], s)
	return t
}

// topicName reads a topic back as text.
func topicName(t [32]byte) string {
	return strings.TrimRight(string(t[:]), "\x00")
}

// Organization is an organization as the API shows it.
type Organization struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Address   common.Address `json:"address"`
	DID       string         `json:"did"`
	TaxID     string         `json:"tax_id,omitempty"` // canonical (services/taxid); required of suppliers and core enterprises
	Roles     []string       `json:"roles"`
	Status    string         `json:"status"` // pending (registration not yet on chain), active, suspended
	CreatedAt time.Time      `json:"created_at"`
}

// Credential is a credential as the registry holds it.
type Credential struct {
	Topic        string         `json:"topic"`
	Issuer       common.Address `json:"issuer"`
	DocumentHash common.Hash    `json:"document_sha256"`
	IssuedAt     time.Time      `json:"issued_at"`
	ExpiresAt    time.Time      `json:"expires_at"`
	Revoked      bool           `json:"revoked"`
	Valid        bool           `json:"valid"` // not revoked and not expired (issuer trust is checked on chain)
	TxHash       common.Hash    `json:"tx_hash"`
	BlockNumber  uint64         `json:"block_number"`
}
