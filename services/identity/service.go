package identity

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/taxid"
	"github.com/duochain/duochain/services/txmgr"
)

// Funder gives a new custodial account gas money (a development chain's faucet);
// nil on networks with free gas.
type Funder interface {
	Fund(ctx context.Context, addr common.Address) error
}

// Service registers organizations and manages their credentials.
type Service struct {
	Store    *Store
	Keys     *Keys
	Ops      *txmgr.Manager
	Registry common.Address
	Funder   Funder
	// Chain reads the registry to verify credentials and gives the chain id
	// exported credentials name; set by the wiring.
	Chain ChainReader
	reg   *identityregistry.IdentityRegistry
}

// NewService wires the identity service.
func NewService(store *Store, keys *Keys, ops *txmgr.Manager, registry common.Address, funder Funder) *Service {
	return &Service{Store: store, Keys: keys, Ops: ops, Registry: registry, Funder: funder, reg: identityregistry.NewIdentityRegistry()}
}

// CreateRequest is the body of POST /v1/organizations.
type CreateRequest struct {
	Name string `json:"name"`
	DID  string `json:"did"`
	// TaxID is a unified social credit code, or COUNTRY:IDENTIFIER elsewhere
	// (services/taxid); required with the SUPPLIER or CORE_ENTERPRISE role.
	TaxID string   `json:"tax_id,omitempty"`
	Roles []string `json:"roles"`
}

// Created is an organization with its first API key, shown only once.
type Created struct {
	Organization
	APIKey string `json:"api_key"`
}

// Redacted is what an idempotent replay answers: the organization without its
// key, which is stored only as a hash (an operator may give the first key
// again while it is unused: ReissueFirstKey).
func (c Created) Redacted() any { return c.Organization }

// checkText refuses a text field holding a NUL byte or invalid UTF-8, which
// neither Postgres nor the chain's readers take: a 400 invalid_text problem.
func checkText(field, s string) error {
	if strings.IndexByte(s, 0) >= 0 || !utf8.ValidString(s) {
		p := problem.BadRequest("invalid_text", "%s must be UTF-8 text without NUL characters", field)
		p.Field = field
		return p
	}
	return nil
}

// checkRoles returns roles without repeats, in the order given: at least
// one, each a known role, and no more entries than there are roles (a list of
// thousands, even of one role repeated, would build a registration larger
// than any node takes).
func checkRoles(roles []string) ([]string, error) {
	if len(roles) == 0 {
		return nil, problem.Invalid(problem.CodeInvalid, "roles", "give at least one role of %s", strings.Join(Roles, ", "))
	}
	if len(roles) > len(Roles) {
		return nil, problem.Invalid(problem.CodeTooManyItems, "roles", "give at most %d roles, each once; %d given", len(Roles), len(roles))
	}
	out := make([]string, 0, len(roles))
	for _, r := range roles {
		if !slices.Contains(Roles, r) {
			return nil, problem.Invalid("unknown_role", "roles", "unknown role %q; roles are %s", r, strings.Join(Roles, ", "))
		}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out, nil
}

var didPattern = regexp.MustCompile(`^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$`)

// CreateOrganization validates req, creates the custodial key and the first API
// key, and enqueues the on-chain registration by the operator p.
func (s *Service) CreateOrganization(ctx context.Context, tx pgx.Tx, p api.Organization, req CreateRequest) (opID int64, created Created, err error) {
	for field, v := range map[string]string{"name": req.Name, "did": req.DID, "tax_id": req.TaxID} {
		if err := checkText(field, v); err != nil {
			return 0, created, err
		}
	}
	req.Name = strings.TrimSpace(req.Name)
	if req.Name == "" || len(req.Name) > 200 {
		return 0, created, problem.Invalid(problem.CodeInvalid, "name", "name must be 1 to 200 characters")
	}
	roles, err := checkRoles(req.Roles)
	if err != nil {
		return 0, created, err
	}
	req.Roles = roles
	hashes := make([][32]byte, len(req.Roles))
	for i, r := range req.Roles {
		hashes[i] = RoleHash(r)
	}
	taxID, err := s.taxID(ctx, tx, req)
	if err != nil {
		return 0, created, err
	}
	addr, err := s.Keys.New()
	if err != nil {
		return 0, created, err
	}
	if req.DID == "" {
		req.DID = "did:ethr:" + strings.ToLower(addr.Hex())
	}
	if !didPattern.MatchString(req.DID) || len(req.DID) > 500 {
		return 0, created, problem.Invalid("invalid_did", "did", "did must look like did:method:identifier")
	}
	if s.Funder != nil {
		if err := s.Funder.Fund(ctx, addr); err != nil {
			return 0, created, problem.Unavailable(5*time.Second, err, "cannot fund the new account on the chain now")
		}
	}
	var id int64
	err = tx.QueryRow(ctx, `INSERT INTO organizations (name, address, did, tax_id) VALUES ($1, $2, $3, NULLIF($4, '')) RETURNING id, created_at`,
		req.Name, addr.Bytes(), req.DID, taxID).Scan(&id, &created.CreatedAt)
	if pgErr := (*pgconn.PgError)(nil); errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.ConstraintName == "organizations_tax_id" {
		return 0, created, taxIDTaken(taxID, "")
	}
	if err != nil {
		return 0, created, fmt.Errorf("insert organization: %w", err)
	}
	key, err := AddKey(ctx, tx, id)
	if err != nil {
		return 0, created, err
	}
	opID, err = s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "identity.register", Signer: p.Address, To: s.Registry,
		Data: s.reg.PackRegisterOrganization(addr, req.DID, hashes), ResourceType: "organization"})
	if err != nil {
		return 0, created, err
	}
	if err := txmgr.SetResource(ctx, tx, opID, strconv.FormatInt(id, 10)); err != nil {
		return 0, created, err
	}
	created.Organization = Organization{ID: strconv.FormatInt(id, 10), Name: req.Name, Address: addr, DID: req.DID, TaxID: taxID, Roles: req.Roles, Status: "pending", CreatedAt: created.CreatedAt}
	created.APIKey = key
	return opID, created, nil
}

// taxID reads req's tax id into its canonical form ("" when none is given and
// none is needed) and refuses one that another organization holds.
func (s *Service) taxID(ctx context.Context, tx pgx.Tx, req CreateRequest) (string, error) {
	if strings.TrimSpace(req.TaxID) == "" {
		for _, r := range req.Roles {
			if r == "SUPPLIER" || r == "CORE_ENTERPRISE" {
				return "", problem.Invalid("tax_id_required", "tax_id",
					"an organization with the %s role appears on invoices: give its tax_id (a unified social credit code, or COUNTRY:IDENTIFIER)", r)
			}
		}
		return "", nil
	}
	taxID, err := taxid.Parse(req.TaxID)
	if err != nil {
		return "", problem.Invalid("invalid_tax_id", "tax_id", "tax_id: %v", err)
	}
	var holder int64
	err = tx.QueryRow(ctx, `SELECT id FROM organizations WHERE tax_id = $1`, taxID).Scan(&holder)
	if err == nil {
		return "", taxIDTaken(taxID, strconv.FormatInt(holder, 10))
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return "", fmt.Errorf("check tax id: %w", err)
	}
	return taxID, nil
}

// taxIDTaken is the 409 for a tax id another organization (holder, when known) holds.
func taxIDTaken(taxID, holder string) error {
	p := problem.Conflict("tax_id_taken", "tax id %s belongs to another organization", taxID)
	if holder != "" {
		p = problem.Conflict("tax_id_taken", "tax id %s belongs to organization %s", taxID, holder)
	}
	p.Field = "tax_id"
	return p
}

// CredentialRequest is the body of POST /v1/organizations/{id}/credentials.
// The document's sha256 goes on chain: give it, or send the document (base64
// here, or a multipart file) and the server computes it.
type CredentialRequest struct {
	Topic          string    `json:"topic"`
	DocumentSHA256 string    `json:"document_sha256,omitempty"`
	Document       string    `json:"document,omitempty"`
	ExpiresAt      time.Time `json:"expires_at"`

	documentBytes []byte // a multipart upload
}

var topicPattern = regexp.MustCompile(`^[A-Z][A-Z0-9_]{0,31}$`)

// IssueCredential enqueues a credential issued by verifier p to organization org.
func (s *Service) IssueCredential(ctx context.Context, tx pgx.Tx, p api.Organization, org Organization, req CredentialRequest, now time.Time) (int64, error) {
	if err := checkText("topic", req.Topic); err != nil {
		return 0, err
	}
	if !topicPattern.MatchString(req.Topic) {
		return 0, problem.Invalid("invalid_topic", "topic", "topic must be 1 to 32 upper-case letters, digits or _, e.g. KYB")
	}
	if org.Address == p.Address {
		return 0, problem.Invalid("self_issue", "", "a verifier cannot vouch for its own organization: another verifier issues its credentials")
	}
	doc, err := req.documentHash()
	if err != nil {
		return 0, err
	}
	if !req.ExpiresAt.After(now) {
		return 0, problem.Invalid("invalid_expiry", "expires_at", "expires_at must lie in the future")
	}
	opID, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "identity.credential", Signer: p.Address, To: s.Registry,
		Data: s.reg.PackIssueCredential(org.Address, Topic(req.Topic), doc, uint64(req.ExpiresAt.Unix())), ResourceType: "credential"})
	if err != nil {
		return 0, err
	}
	return opID, txmgr.SetResource(ctx, tx, opID, org.ID+"/"+req.Topic)
}

// RevokeCredential enqueues the revocation of org's credential for topic by p.
func (s *Service) RevokeCredential(ctx context.Context, tx pgx.Tx, p api.Organization, org Organization, topic string) (int64, error) {
	opID, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "identity.revoke", Signer: p.Address, To: s.Registry,
		Data: s.reg.PackRevokeCredential(org.Address, Topic(topic)), ResourceType: "credential"})
	if err != nil {
		return 0, err
	}
	return opID, txmgr.SetResource(ctx, tx, opID, org.ID+"/"+topic)
}

func parseHash(s string) ([32]byte, error) {
	var h [32]byte
	s = strings.TrimPrefix(strings.ToLower(s), "0x")
	if len(s) != 64 {
		return h, fmt.Errorf("want 64 hex digits")
	}
	b := common.FromHex(s)
	if len(b) != 32 {
		return h, fmt.Errorf("not hex")
	}
	copy(h[:], b)
	return h, nil
}
