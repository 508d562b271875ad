package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// WorkRequest registers a work by its sha256.
type WorkRequest struct {
	SHA256   string          `json:"sha256"` // 64 hex digits
	Title    string          `json:"title"`
	Metadata json.RawMessage `json:"metadata,omitempty"` // a JSON object up to 16 KiB
}

// Work is a registered (or pending, or failed) work.
type Work struct {
	SHA256       string                   `json:"sha256"`
	Title        string                   `json:"title"`
	Metadata     json.RawMessage          `json:"metadata"`
	MetadataHash string                   `json:"metadata_hash"`
	Kind         string                   `json:"kind"`   // direct, catalog
	Status       string                   `json:"status"` // pending, registered, failed
	Owner        CopyrightOrganizationRef `json:"owner"`
	Registrant   CopyrightOrganizationRef `json:"registrant"`
	OperationID  *string                  `json:"operation_id"`
	RegisteredAt *time.Time               `json:"registered_at"`
	TxHash       *string                  `json:"tx_hash"`
	BlockNumber  *uint64                  `json:"block_number"`
	Catalog      *CatalogRef              `json:"catalog,omitempty"`
	Licenses     []License                `json:"licenses,omitempty"`
	SupersededBy json.RawMessage          `json:"superseded_by,omitempty"`
}

// CopyrightOrganizationRef is an owner, registrant, grantor or licensee.
type CopyrightOrganizationRef struct {
	ID      string `json:"id,omitempty"` // empty when the address is no duochain organization
	Name    string `json:"name,omitempty"`
	Address string `json:"address"`
	DID     string `json:"did,omitempty"`
}

// CatalogRef places a catalog work in its catalog's Merkle tree.
type CatalogRef struct {
	ID        string   `json:"id"`
	Root      string   `json:"root"`
	LeafIndex int64    `json:"leaf_index"`
	Leaf      string   `json:"leaf"`
	Proof     []string `json:"proof,omitempty"`
}

// License is a licence to a direct work.
type License struct {
	Licensee    CopyrightOrganizationRef `json:"licensee"`
	Grantor     CopyrightOrganizationRef `json:"grantor"`
	TermsSHA256 string                   `json:"terms_sha256"`
	GrantedAt   time.Time                `json:"granted_at"`
	ExpiresAt   time.Time                `json:"expires_at"`
	Revoked     bool                     `json:"revoked"`
	TxHash      string                   `json:"tx_hash"`
}

// Certificate is a work's evidence certificate: what to check on chain, and how.
type Certificate struct {
	Format            string                   `json:"format"`
	IssuedAt          time.Time                `json:"issued_at"`
	SHA256            string                   `json:"sha256"`
	Title             string                   `json:"title"`
	Metadata          *string                  `json:"metadata"`
	MetadataHash      string                   `json:"metadata_hash"`
	Kind              string                   `json:"kind"`
	Owner             CopyrightOrganizationRef `json:"owner"`
	Registrant        CopyrightOrganizationRef `json:"registrant"`
	ChainID           string                   `json:"chain_id"`
	Contract          string                   `json:"contract"`
	TxHash            string                   `json:"tx_hash"`
	BlockNumber       uint64                   `json:"block_number"`
	BlockHash         string                   `json:"block_hash"`
	BlockTimestamp    uint64                   `json:"block_timestamp"`
	RegisteredAt      time.Time                `json:"registered_at"`
	Catalog           *CatalogRef              `json:"catalog,omitempty"`
	SupersededBy      json.RawMessage          `json:"superseded_by,omitempty"`
	VerificationSteps json.RawMessage          `json:"verification_steps"`
}

// CatalogRequest registers many works in one transaction, under one Merkle root.
type CatalogRequest struct {
	CatalogID string        `json:"catalog_id"`
	Works     []WorkRequest `json:"works"`
}

// Catalog is a registered (or pending, or failed) catalog.
type Catalog struct {
	Root         string                   `json:"root"`
	CatalogID    string                   `json:"catalog_id"`
	WorkCount    int64                    `json:"work_count"`
	Status       string                   `json:"status"` // pending, registered, failed
	Owner        CopyrightOrganizationRef `json:"owner"`
	OperationID  *string                  `json:"operation_id"`
	RegisteredAt *time.Time               `json:"registered_at"`
	TxHash       *string                  `json:"tx_hash"`
	BlockNumber  *uint64                  `json:"block_number"`
	Error        string                   `json:"error,omitempty"`
}

func workPath(sha256 string) string { return "/v1/works/" + url.PathEscape(sha256) }

// RegisterWork registers a work by its sha256, owned by the caller.
func (c *Client) RegisterWork(ctx context.Context, req WorkRequest, opts ...CallOption) (Work, error) {
	var w Work
	return w, c.write(ctx, http.MethodPost, "/v1/works", req, &w, opts)
}

// Work reads the work with that sha256.
func (c *Client) Work(ctx context.Context, sha256 string) (Work, error) {
	var w Work
	return w, c.read(ctx, workPath(sha256), &w)
}

// WorkCertificate reads the evidence certificate of a registered work.
func (c *Client) WorkCertificate(ctx context.Context, sha256 string) (Certificate, error) {
	var cert Certificate
	return cert, c.read(ctx, workPath(sha256)+"/certificate", &cert)
}

// RegisterCatalog registers a catalog of works (as JSON; for millions of
// works stream NDJSON through Do with ContentType(NDJSON)).
func (c *Client) RegisterCatalog(ctx context.Context, req CatalogRequest, opts ...CallOption) (Catalog, error) {
	var cat Catalog
	return cat, c.write(ctx, http.MethodPost, "/v1/works/catalogs", req, &cat, opts)
}

// Catalog reads the catalog with that Merkle root.
func (c *Client) Catalog(ctx context.Context, root string) (Catalog, error) {
	var cat Catalog
	return cat, c.read(ctx, "/v1/works/catalogs/"+url.PathEscape(root), &cat)
}
