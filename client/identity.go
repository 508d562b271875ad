package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// OrganizationRef is an organization as other resources name it.
type OrganizationRef struct {
	ID      string `json:"id"`
	Address string `json:"address"` // 0x-hex
}

// OrganizationRequest is the body of CreateOrganization.
type OrganizationRequest struct {
	Name  string   `json:"name"`
	Roles []string `json:"roles"` // OPERATOR, CORE_ENTERPRISE, SUPPLIER, FINANCIER, VERIFIER, CLEARING
	TaxID string   `json:"tax_id,omitempty"`
	DID   string   `json:"did,omitempty"` // default did:ethr:<address>
}

// Organization is an organization with its credentials.
type Organization struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Address     string       `json:"address"`
	DID         string       `json:"did"`
	TaxID       string       `json:"tax_id,omitempty"`
	Roles       []string     `json:"roles"`
	Status      string       `json:"status"` // pending, active, suspended
	CreatedAt   time.Time    `json:"created_at"`
	Credentials []Credential `json:"credentials,omitempty"`
}

// CreatedOrganization is a new organization with its first API key. The key
// is shown once, in the answer that created it: a write answered 202 and
// followed to its end comes back without it, and the operator then gives the
// first key again with CreateAPIKey (allowed while it is unused).
type CreatedOrganization struct {
	Organization
	APIKey string `json:"api_key,omitempty"`
}

// Credential is a verifier's claim about an organization, anchored on chain.
type Credential struct {
	Topic          string    `json:"topic"`
	Issuer         string    `json:"issuer"`
	DocumentSHA256 string    `json:"document_sha256"`
	IssuedAt       time.Time `json:"issued_at"`
	ExpiresAt      time.Time `json:"expires_at"`
	Revoked        bool      `json:"revoked"`
	Valid          bool      `json:"valid"`
	TxHash         string    `json:"tx_hash"`
	BlockNumber    uint64    `json:"block_number"`
}

// CredentialRequest is the body of IssueCredential: the document's sha256
// (64 hex digits), or the document itself for the server to hash.
type CredentialRequest struct {
	Topic          string    `json:"topic"`
	DocumentSHA256 string    `json:"document_sha256,omitempty"`
	Document       []byte    `json:"document,omitempty"` // sent as base64
	ExpiresAt      time.Time `json:"expires_at"`
}

// Verification is the verdict on an organization's credentials.
type Verification struct {
	Organization Organization   `json:"organization"`
	Verified     bool           `json:"verified"` // every topic asked about is verified
	AsOf         time.Time      `json:"as_of"`
	Topics       []TopicVerdict `json:"topics"`
}

// TopicVerdict is the verdict on one topic, with its evidence.
type TopicVerdict struct {
	Topic    string          `json:"topic"`
	Verdict  string          `json:"verdict"` // verified, revoked, expired, missing, issuer_not_trusted, organization_suspended
	Evidence json.RawMessage `json:"evidence"`
}

// VerifyResult is the verdict on an exported credential.
type VerifyResult struct {
	Valid       bool      `json:"valid"`
	Reasons     []string  `json:"reasons"`
	Detail      string    `json:"detail,omitempty"`
	ChainID     uint64    `json:"chain_id,omitempty"`
	BlockNumber uint64    `json:"block_number,omitempty"`
	BlockTime   time.Time `json:"block_time,omitzero"`
	Topic       string    `json:"topic,omitempty"`
	ValidUntil  time.Time `json:"valid_until,omitzero"`
}

// APIKeyRequest is the body of CreateAPIKey.
type APIKeyRequest struct {
	Label     string     `json:"label,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// APIKey is an API key as listed: never its secret.
type APIKey struct {
	ID             string     `json:"id"`
	OrganizationID string     `json:"organization_id"`
	Label          string     `json:"label"`
	Prefix         string     `json:"prefix"`
	Status         string     `json:"status"` // active, expired, revoked
	CreatedAt      time.Time  `json:"created_at"`
	LastUsedAt     *time.Time `json:"last_used_at"`
	ExpiresAt      *time.Time `json:"expires_at"`
	RevokedAt      *time.Time `json:"revoked_at"`
}

// CreatedAPIKey is a new API key with its secret, shown only in this answer.
type CreatedAPIKey struct {
	APIKey
	Key string `json:"api_key"`
}

// CreateOrganization registers an organization (the operator does).
func (c *Client) CreateOrganization(ctx context.Context, req OrganizationRequest, opts ...CallOption) (CreatedOrganization, error) {
	var o CreatedOrganization
	return o, c.write(ctx, http.MethodPost, "/v1/organizations", req, &o, opts)
}

// Organization reads an organization by id or address.
func (c *Client) Organization(ctx context.Context, id string) (Organization, error) {
	var o Organization
	return o, c.read(ctx, "/v1/organizations/"+url.PathEscape(id), &o)
}

// IssueCredential issues a credential to the organization id (a verifier does).
func (c *Client) IssueCredential(ctx context.Context, id string, req CredentialRequest, opts ...CallOption) (Organization, error) {
	var o Organization
	return o, c.write(ctx, http.MethodPost, "/v1/organizations/"+url.PathEscape(id)+"/credentials", req, &o, opts)
}

// RevokeCredential revokes the organization's credential on topic (its issuer does).
func (c *Client) RevokeCredential(ctx context.Context, id, topic string, opts ...CallOption) (Organization, error) {
	var o Organization
	return o, c.write(ctx, http.MethodDelete, "/v1/organizations/"+url.PathEscape(id)+"/credentials/"+url.PathEscape(topic), nil, &o, opts)
}

// Verification reads the verdicts on the organization's topics (none: KYB
// and every topic it holds).
func (c *Client) Verification(ctx context.Context, id string, topics ...string) (Verification, error) {
	path := "/v1/organizations/" + url.PathEscape(id) + "/verification"
	if len(topics) > 0 {
		path += "?topics=" + url.QueryEscape(strings.Join(topics, ","))
	}
	var v Verification
	return v, c.read(ctx, path, &v)
}

// ExportCredential returns the organization's credential on topic as a W3C
// Verifiable Credential signed by its issuer, exactly as served.
func (c *Client) ExportCredential(ctx context.Context, id, topic string) (json.RawMessage, error) {
	var vc json.RawMessage
	return vc, c.read(ctx, "/v1/organizations/"+url.PathEscape(id)+"/credentials/"+url.PathEscape(topic)+"/vc", &vc)
}

// VerifyCredential checks an exported credential against the chain.
func (c *Client) VerifyCredential(ctx context.Context, vc json.RawMessage) (VerifyResult, error) {
	var v VerifyResult
	return v, c.write(ctx, http.MethodPost, "/v1/credentials/verify", vc, &v, nil)
}

// CreateAPIKey creates another API key for the organization id, with one of
// its own keys; an operator may create an organization's first key again
// while no key of it was used (the unused ones are revoked).
func (c *Client) CreateAPIKey(ctx context.Context, id string, req APIKeyRequest, opts ...CallOption) (CreatedAPIKey, error) {
	var k CreatedAPIKey
	return k, c.write(ctx, http.MethodPost, "/v1/organizations/"+url.PathEscape(id)+"/api-keys", req, &k, opts)
}

// RevokeAPIKey revokes the organization's API key keyID; its last live key cannot be.
func (c *Client) RevokeAPIKey(ctx context.Context, id, keyID string, opts ...CallOption) (APIKey, error) {
	var k APIKey
	return k, c.write(ctx, http.MethodDelete, "/v1/organizations/"+url.PathEscape(id)+"/api-keys/"+url.PathEscape(keyID), nil, &k, opts)
}
