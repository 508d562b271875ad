package identity

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/taxid"
)

const orgColumns = `id, name, address, did, tax_id, roles, status, created_at`

func scanOrg(row pgx.Row) (Organization, error) {
	var (
		o     Organization
		id    int64
		addr  []byte
		taxID *string
	)
	if err := row.Scan(&id, &o.Name, &addr, &o.DID, &taxID, &o.Roles, &o.Status, &o.CreatedAt); err != nil {
		return o, err
	}
	if taxID != nil {
		o.TaxID = *taxID
	}
	o.ID, o.Address = strconv.FormatInt(id, 10), common.BytesToAddress(addr)
	if o.Roles == nil {
		o.Roles = []string{}
	}
	return o, nil
}

// Store reads organizations and API keys.
type Store struct {
	Pool *pgxpool.Pool
}

// ByID returns organization id, or a not-found problem.
func (s *Store) ByID(ctx context.Context, id int64) (Organization, error) {
	o, err := scanOrg(s.Pool.QueryRow(ctx, `SELECT `+orgColumns+` FROM organizations WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return o, problem.NotFound("no organization %d", id)
	}
	if err != nil {
		return o, fmt.Errorf("read organization %d: %w", id, err)
	}
	return o, nil
}

// ByRef resolves an organization given by id (decimal string) or address (0x...).
func (s *Store) ByRef(ctx context.Context, ref string) (Organization, error) {
	if common.IsHexAddress(ref) && len(ref) == 42 {
		o, err := scanOrg(s.Pool.QueryRow(ctx, `SELECT `+orgColumns+` FROM organizations WHERE address = $1`, common.HexToAddress(ref).Bytes()))
		if errors.Is(err, pgx.ErrNoRows) {
			return o, problem.NotFound("no organization with address %s", ref)
		}
		return o, err
	}
	id, err := strconv.ParseInt(ref, 10, 64)
	if err != nil || id <= 0 {
		return Organization{}, problem.NotFound("no organization %q", ref)
	}
	return s.ByID(ctx, id)
}

// Names maps addresses to organization ids for the given addresses.
func (s *Store) IDs(ctx context.Context, addrs []common.Address) (map[common.Address]string, error) {
	raw := make([][]byte, len(addrs))
	for i, a := range addrs {
		raw[i] = a.Bytes()
	}
	rows, err := s.Pool.Query(ctx, `SELECT address, id FROM organizations WHERE address = ANY($1)`, raw)
	if err != nil {
		return nil, fmt.Errorf("map addresses: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]string{}
	for rows.Next() {
		var (
			a  []byte
			id int64
		)
		if err := rows.Scan(&a, &id); err != nil {
			return nil, err
		}
		out[common.BytesToAddress(a)] = strconv.FormatInt(id, 10)
	}
	return out, rows.Err()
}

// List returns organizations in id order, after the cursor id, at most limit.
func (s *Store) List(ctx context.Context, after int64, limit int) ([]Organization, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+orgColumns+` FROM organizations WHERE id > $1 ORDER BY id LIMIT $2`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("list organizations: %w", err)
	}
	defer rows.Close()
	out := []Organization{}
	for rows.Next() {
		o, err := scanOrg(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// Credentials lists the credentials of address.
func (s *Store) Credentials(ctx context.Context, addr common.Address) ([]Credential, error) {
	rows, err := s.Pool.Query(ctx, `SELECT topic, issuer, document_hash, issued_at, expires_at, revoked, tx_hash, block_number
		FROM credentials WHERE address = $1 ORDER BY topic`, addr.Bytes())
	if err != nil {
		return nil, fmt.Errorf("list credentials: %w", err)
	}
	defer rows.Close()
	out := []Credential{}
	for rows.Next() {
		var (
			c                   Credential
			issuer, doc, txHash []byte
		)
		if err := rows.Scan(&c.Topic, &issuer, &doc, &c.IssuedAt, &c.ExpiresAt, &c.Revoked, &txHash, &c.BlockNumber); err != nil {
			return nil, err
		}
		c.Issuer, c.DocumentHash, c.TxHash = common.BytesToAddress(issuer), common.BytesToHash(doc), common.BytesToHash(txHash)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Resolve returns the address and roles of an organization given by id or address.
func (s *Store) Resolve(ctx context.Context, ref string) (common.Address, []string, error) {
	o, err := s.ByRef(ctx, ref)
	return o.Address, o.Roles, err
}

// TaxID returns the canonical tax id of the organization at addr, "" when it
// has none (or is not known).
func (s *Store) TaxID(ctx context.Context, addr common.Address) (string, error) {
	var taxID *string
	err := s.Pool.QueryRow(ctx, `SELECT tax_id FROM organizations WHERE address = $1`, addr.Bytes()).Scan(&taxID)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return "", nil
	case err != nil:
		return "", fmt.Errorf("read the tax id of %s: %w", addr, err)
	case taxID == nil:
		return "", nil
	}
	return *taxID, nil
}

// SetTaxID gives organization id the tax id raw (canonical form stored and
// returned) when it has none yet: for organizations registered before tax ids
// were kept. Setting the one it has again changes nothing; another one is a
// 409 tax_id_already_set, one another organization holds a 409 tax_id_taken.
func (s *Store) SetTaxID(ctx context.Context, id int64, raw string) (string, error) {
	taxID, err := taxid.Parse(raw)
	if err != nil {
		return "", problem.Invalid("invalid_tax_id", "tax_id", "tax_id: %v", err)
	}
	var held string
	err = s.Pool.QueryRow(ctx, `UPDATE organizations SET tax_id = COALESCE(tax_id, $2) WHERE id = $1 RETURNING tax_id`, id, taxID).Scan(&held)
	if pgErr := (*pgconn.PgError)(nil); errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return "", taxIDTaken(taxID, "")
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return "", problem.NotFound("no organization %d", id)
	}
	if err != nil {
		return "", fmt.Errorf("set the tax id of organization %d: %w", id, err)
	}
	if held != taxID {
		p := problem.Conflict("tax_id_already_set", "organization %d has tax id %s; it is not changed", id, held)
		p.Field = "tax_id"
		return "", p
	}
	return taxID, nil
}

// Verified reports whether addr is an active organization holding a credential
// for topic at t that is not revoked and whose issuer is an active verifier:
// the registry's isVerified, read from the projection.
func (s *Store) Verified(ctx context.Context, addr common.Address, topic string, t time.Time) (bool, error) {
	var ok bool
	err := s.Pool.QueryRow(ctx, `SELECT EXISTS (
		SELECT 1 FROM credentials c
		JOIN organizations o ON o.address = c.address
		JOIN organizations i ON i.address = c.issuer
		WHERE c.address = $1 AND c.topic = $2 AND NOT c.revoked AND c.expires_at > $3
		  AND o.status = 'active' AND i.status = 'active' AND 'VERIFIER' = ANY (i.roles))`, addr.Bytes(), topic, t).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("check credential of %s: %w", addr, err)
	}
	return ok, nil
}

// Bootstrap makes sure the organization at addr (registered on chain by the
// deployment, e.g. the first operator) has an off-chain record, and returns its
// id; key is a fresh API key when the record was created now, else empty.
func (s *Store) Bootstrap(ctx context.Context, addr common.Address, name, did string) (id int64, key string, err error) {
	tx, err := s.Pool.Begin(ctx)
	if err != nil {
		return 0, "", err
	}
	defer tx.Rollback(ctx)
	var created bool
	err = tx.QueryRow(ctx, `INSERT INTO organizations (name, address, did) VALUES ($1, $2, $3)
		ON CONFLICT (address) DO UPDATE SET name = organizations.name RETURNING id, (xmax = 0)`, name, addr.Bytes(), did).Scan(&id, &created)
	if err != nil {
		return 0, "", fmt.Errorf("bootstrap organization %s: %w", addr, err)
	}
	if created {
		if key, err = AddKey(ctx, tx, id); err != nil {
			return 0, "", err
		}
	}
	return id, key, tx.Commit(ctx)
}
