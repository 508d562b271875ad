// Package copyright is the copyright-certification capability: organizations
// register the sha256 of a work (directly, or many at once in a catalog whose
// Merkle root goes on chain in one transaction), anyone with an API key checks
// whether a file is registered and by whom, and an evidence certificate lets a
// third party verify the registration against the chain without duochain.
//
// The contract is CopyrightRegistry; the read model is the works and
// copyright_catalogs tables (migrations/000007_copyright.up.sql). Catalog works
// are registered only: they cannot be transferred or licensed.
package copyright

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/problem"
)

// MaxTitle mirrors CopyrightRegistry.MAX_TITLE_LENGTH, in bytes.
const MaxTitle = 200

// MaxMetadata is the largest metadata document accepted per work, in bytes.
const MaxMetadata = 16 << 10

// MaxCatalogWorks is the most works one catalog holds.
const MaxCatalogWorks = 1_000_000

// Stable problem codes of this capability.
const (
	CodeInvalidHash        = "invalid_hash"               // a sha256 that is not 64 hex digits
	CodeInvalidTitle       = "invalid_title"              // empty, too long or not UTF-8
	CodeInvalidMetadata    = "invalid_metadata"           // not a JSON object, or too large
	CodeAlreadyRegistered  = "work_already_registered"    // registered (or being registered) by someone
	CodeDuplicateInCatalog = "duplicate_works"            // the same hash twice in one catalog
	CodeEmptyCatalog       = "empty_catalog"              // a catalog without works
	CodeCatalogTooLarge    = "catalog_too_large"          // more than MaxCatalogWorks
	CodeCatalogRegistered  = "catalog_already_registered" // the same root registered before
	CodeWorkPending        = "work_pending"               // no certificate before the chain confirmed it
	CodeFileTooLarge       = "file_too_large"             // an upload above the limit
	CodeCatalogWork        = "catalog_work"               // transfer or licence asked of a catalog work
)

// Hash is a work's sha256.
type Hash [32]byte

// String is the hash as 64 lower-case hex digits, without 0x.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// MarshalText implements encoding.TextMarshaler.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// ParseHash reads a sha256 given as 64 hex digits (an 0x prefix and upper case
// are accepted); field names the request field for the problem.
func ParseHash(field, s string) (Hash, error) {
	var h Hash
	v := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	if len(v) != 64 {
		return h, invalidHash(field, "%s must be a sha256 of 64 hex digits, got %d characters", field, len(v))
	}
	if _, err := hex.Decode(h[:], []byte(v)); err != nil {
		return h, invalidHash(field, "%s must be a sha256 of 64 hex digits: %q is not hex", field, s)
	}
	return h, nil
}

func invalidHash(field, format string, args ...any) *problem.Error {
	p := problem.BadRequest(CodeInvalidHash, format, args...)
	p.Field = field
	return p
}

// checkTitle applies the contract's title rule before the chain does.
func checkTitle(field, title string) error {
	if title == "" || len(title) > MaxTitle || !storableText(title) {
		p := problem.BadRequest(CodeInvalidTitle, "%s must be 1 to %d bytes of UTF-8 text without NUL", field, MaxTitle)
		p.Field = field
		return p
	}
	return nil
}

// storableText reports whether s is text Postgres stores: valid UTF-8 without NUL.
func storableText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// Canonical returns metadata in the form its hash is taken over: the JSON
// object re-encoded with sorted keys, no insignificant whitespace, numbers as
// written and no HTML escaping. Empty input (or null) is no metadata: nil, and
// the zero hash.
func Canonical(field string, raw json.RawMessage) ([]byte, [32]byte, error) {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || string(t) == "null" {
		return nil, [32]byte{}, nil
	}
	bad := func(format string, args ...any) ([]byte, [32]byte, error) {
		p := problem.BadRequest(CodeInvalidMetadata, format, args...)
		p.Field = field
		return nil, [32]byte{}, p
	}
	if len(t) > MaxMetadata {
		return bad("%s is larger than %d bytes", field, MaxMetadata)
	}
	dec := json.NewDecoder(bytes.NewReader(t))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return bad("%s must be a JSON object", field)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil { // maps encode with sorted keys
		return bad("%s cannot be encoded: %v", field, err)
	}
	out := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	return out, sha256.Sum256(out), nil
}

// OrganizationRef is an organization as works, catalogs, licences and
// evidence certificates name it; the field that holds it says its part
// (owner, registrant, licensee, grantor).
type OrganizationRef struct {
	ID      string         `json:"id,omitempty"` // empty when the address is no duochain organization
	Name    string         `json:"name,omitempty"`
	Address common.Address `json:"address"`
	DID     string         `json:"did,omitempty"`
}

// Work is a work as the API shows it.
type Work struct {
	SHA256       Hash            `json:"sha256"`
	Title        string          `json:"title"`
	Metadata     json.RawMessage `json:"metadata"`
	MetadataHash common.Hash     `json:"metadata_hash"`
	Kind         string          `json:"kind"`   // direct | catalog
	Status       string          `json:"status"` // pending | registered | failed
	Owner        OrganizationRef `json:"owner"`  // the current owner once registered, else the registrant
	Registrant   OrganizationRef `json:"registrant"`
	OperationID  *string         `json:"operation_id"`
	RegisteredAt *time.Time      `json:"registered_at"` // the block's time
	TxHash       *common.Hash    `json:"tx_hash"`
	BlockNumber  *uint64         `json:"block_number"`
	BlockHash    *common.Hash    `json:"-"`
	Catalog      *CatalogRef     `json:"catalog,omitempty"`
	Licenses     []License       `json:"licenses,omitempty"` // direct works only
	// SupersededBy is, for a catalog work, a direct registration of the same
	// hash on chain before its catalog's: the first claim, which the catalog's is not.
	SupersededBy *DirectClaim `json:"superseded_by,omitempty"`
}

// DirectClaim is a direct on-chain registration of a hash that a catalog also holds.
type DirectClaim struct {
	Owner        OrganizationRef `json:"owner"` // the current owner
	TxHash       common.Hash     `json:"tx_hash"`
	BlockNumber  uint64          `json:"block_number"`
	BlockHash    common.Hash     `json:"block_hash"`
	RegisteredAt time.Time       `json:"registered_at"`
}

// CatalogRef places a catalog work in its catalog's tree.
type CatalogRef struct {
	ID        string        `json:"id"` // the registrant's name for the catalog
	Root      common.Hash   `json:"root"`
	LeafIndex int64         `json:"leaf_index"`
	Leaf      common.Hash   `json:"leaf"`            // keccak256(0x00 ‖ sha256)
	Proof     []common.Hash `json:"proof,omitempty"` // siblings from the leaf up to the root
}

// Catalog is a catalog as the API shows it.
type Catalog struct {
	Root         common.Hash     `json:"root"`
	CatalogID    string          `json:"catalog_id"`
	WorkCount    int64           `json:"work_count"`
	Status       string          `json:"status"` // pending | registered | failed
	Owner        OrganizationRef `json:"owner"`
	OperationID  *string         `json:"operation_id"`
	RegisteredAt *time.Time      `json:"registered_at"`
	TxHash       *common.Hash    `json:"tx_hash"`
	BlockNumber  *uint64         `json:"block_number"`
	Error        string          `json:"error,omitempty"` // why the chain refused it, when failed
}

// shortList renders at most n hashes for a problem detail, with how many more there are.
func shortList(hs []string, n int) string {
	if len(hs) <= n {
		return strings.Join(hs, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(hs[:n], ", "), len(hs)-n)
}
