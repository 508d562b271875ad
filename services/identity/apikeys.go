package identity

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// MaxLiveKeys caps the live (neither revoked nor expired) API keys of one
// organization: a leaked key is one of few to look for, and a loop creating
// keys stops early.
const MaxLiveKeys = 20

// InitialKeyLabel is the label of the key an operator gives an organization at
// registration, the only key anyone but the organization itself creates.
const InitialKeyLabel = "initial"

// APIKey is an API key as listed: never its secret, which is stored only as a
// SHA-256 hash and shown once, when it is created.
type APIKey struct {
	ID             string     `json:"id"`
	OrganizationID string     `json:"organization_id"`
	Label          string     `json:"label"`
	Prefix         string     `json:"prefix"` // the key's first 12 characters, to recognise it
	Status         string     `json:"status"` // active, expired, revoked
	CreatedAt      time.Time  `json:"created_at"`
	LastUsedAt     *time.Time `json:"last_used_at"` // to the minute: written at most once a minute
	ExpiresAt      *time.Time `json:"expires_at"`
	RevokedAt      *time.Time `json:"revoked_at"`
	Current        bool       `json:"current,omitempty"` // the key the listing request came with
}

// CreatedKey is a new API key with its secret, shown only in this answer.
type CreatedKey struct {
	APIKey
	Key string `json:"api_key"`
}

// KeyRequest is the body of POST /v1/organizations/{id}/api-keys.
type KeyRequest struct {
	Label     string     `json:"label"`
	ExpiresAt *time.Time `json:"expires_at"`
}

const keyColumns = `id, organization_id, label, prefix,
	CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN expires_at <= now() THEN 'expired' ELSE 'active' END,
	created_at, last_used_at, expires_at, revoked_at`

// liveKey is the SQL condition of a key that still authenticates.
const liveKey = `revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`

func scanKey(row pgx.Row) (APIKey, error) {
	var (
		k       APIKey
		id, org int64
	)
	err := row.Scan(&id, &org, &k.Label, &k.Prefix, &k.Status, &k.CreatedAt, &k.LastUsedAt, &k.ExpiresAt, &k.RevokedAt)
	k.ID, k.OrganizationID = strconv.FormatInt(id, 10), strconv.FormatInt(org, 10)
	return k, err
}

// CreateKey stores a new API key for organization orgID inside tx and returns
// it with its secret. Past MaxLiveKeys live keys it is a 409 api_key_limit.
func CreateKey(ctx context.Context, tx pgx.Tx, orgID int64, req KeyRequest) (CreatedKey, error) {
	if err := checkText("label", req.Label); err != nil {
		return CreatedKey{}, err
	}
	label := strings.TrimSpace(req.Label)
	if utf8.RuneCountInString(label) > 100 {
		return CreatedKey{}, problem.Invalid(problem.CodeInvalid, "label", "label must be at most 100 characters")
	}
	if req.ExpiresAt != nil && !req.ExpiresAt.After(time.Now()) {
		return CreatedKey{}, problem.Invalid("invalid_expiry", "expires_at", "expires_at must lie in the future")
	}
	// The organization's row serialises key creation and revocation for it,
	// so that two requests at once cannot both take the last place.
	if _, err := tx.Exec(ctx, `SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, orgID); err != nil {
		return CreatedKey{}, fmt.Errorf("lock organization %d: %w", orgID, err)
	}
	var live int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM api_keys WHERE organization_id = $1 AND `+liveKey, orgID).Scan(&live); err != nil {
		return CreatedKey{}, fmt.Errorf("count API keys: %w", err)
	}
	if live >= MaxLiveKeys {
		return CreatedKey{}, problem.Conflict("api_key_limit", "organization %d has %d live API keys, the most it may hold: revoke one first", orgID, live)
	}
	secret, hash := api.NewKey()
	k, err := scanKey(tx.QueryRow(ctx, `INSERT INTO api_keys (organization_id, prefix, hash, label, expires_at) VALUES ($1, $2, $3, $4, $5)
		RETURNING `+keyColumns, orgID, secret[:12], hash[:], label, req.ExpiresAt))
	if err != nil {
		return CreatedKey{}, fmt.Errorf("store API key: %w", err)
	}
	return CreatedKey{APIKey: k, Key: secret}, nil
}

// AddKey stores a new API key without expiry for organization id (at
// registration, or the operator's own at bootstrap) and returns it, shown once.
func AddKey(ctx context.Context, tx pgx.Tx, orgID int64) (string, error) {
	k, err := CreateKey(ctx, tx, orgID, KeyRequest{Label: InitialKeyLabel})
	return k.Key, err
}

// ReissueFirstKey is an operator's second try at giving organization orgID its
// first key, when the answer that showed it was lost (the registration
// answered 202 with its operation, or the connection dropped): the key is
// never stored in clear, and nobody else could give the organization one.
// Once the organization has used any key it is a 403: from then on it creates
// its own. The keys not yet used are revoked, so one first key stays live.
func ReissueFirstKey(ctx context.Context, tx pgx.Tx, orgID int64, req KeyRequest) (CreatedKey, error) {
	if _, err := tx.Exec(ctx, `SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, orgID); err != nil {
		return CreatedKey{}, fmt.Errorf("lock organization %d: %w", orgID, err)
	}
	var used bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM api_keys WHERE organization_id = $1 AND last_used_at IS NOT NULL)`, orgID).Scan(&used); err != nil {
		return CreatedKey{}, fmt.Errorf("check API keys of organization %d: %w", orgID, err)
	}
	if used {
		return CreatedKey{}, problem.Forbidden("organization %d has used its API keys: it creates its own, with a key it holds; an operator gives only the first", orgID)
	}
	if _, err := tx.Exec(ctx, `UPDATE api_keys SET revoked_at = now() WHERE organization_id = $1 AND revoked_at IS NULL`, orgID); err != nil {
		return CreatedKey{}, fmt.Errorf("revoke unused API keys of organization %d: %w", orgID, err)
	}
	if strings.TrimSpace(req.Label) == "" {
		req.Label = InitialKeyLabel
	}
	return CreateKey(ctx, tx, orgID, req)
}

// Keys lists organization orgID's API keys, revoked and expired ones too, in id
// order after the cursor id, at most limit.
func (s *Store) Keys(ctx context.Context, orgID, after int64, limit int) ([]APIKey, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE organization_id = $1 AND id > $2 ORDER BY id LIMIT $3`, orgID, after, limit)
	if err != nil {
		return nil, fmt.Errorf("list API keys of organization %d: %w", orgID, err)
	}
	defer rows.Close()
	out := []APIKey{}
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// RevokeKey revokes organization orgID's key keyID at once: the next request
// with it is a 401 (Authenticate reads every key from the database, nothing is
// cached). Revoking a revoked key changes nothing; the last live key is kept
// (409 last_api_key), since only the organization itself can create another.
func (s *Store) RevokeKey(ctx context.Context, orgID, keyID int64) (APIKey, error) {
	tx, err := s.Pool.Begin(ctx)
	if err != nil {
		return APIKey{}, problem.Unavailable(5*time.Second, err, "the database is unreachable")
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, orgID); err != nil {
		return APIKey{}, fmt.Errorf("lock organization %d: %w", orgID, err)
	}
	k, err := scanKey(tx.QueryRow(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE id = $1 AND organization_id = $2`, keyID, orgID))
	if errors.Is(err, pgx.ErrNoRows) {
		return k, problem.NotFound("organization %d has no API key %d", orgID, keyID)
	}
	if err != nil {
		return k, fmt.Errorf("read API key %d: %w", keyID, err)
	}
	if k.Status == "revoked" {
		return k, nil
	}
	var others int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM api_keys WHERE organization_id = $1 AND id <> $2 AND `+liveKey, orgID, keyID).Scan(&others); err != nil {
		return k, fmt.Errorf("count API keys: %w", err)
	}
	if k.Status == "active" && others == 0 {
		return k, problem.Conflict("last_api_key", "API key %d is organization %d's last live key: create its successor before revoking it", keyID, orgID)
	}
	if k, err = scanKey(tx.QueryRow(ctx, `UPDATE api_keys SET revoked_at = now() WHERE id = $1 RETURNING `+keyColumns, keyID)); err != nil {
		return k, fmt.Errorf("revoke API key %d: %w", keyID, err)
	}
	return k, tx.Commit(ctx)
}

// keyRow reads the key columns Authenticate needs ahead of an organization's.
type keyRow struct {
	row  pgx.Row
	keys []any
}

func (r keyRow) Scan(dest ...any) error { return r.row.Scan(append(r.keys, dest...)...) }

// Authenticate is the api.Authenticator over stored API keys. Every request
// reads its key, so a revocation or an expiry holds from the next request on.
// last_used_at is written only when it is more than a minute old: a busy key
// costs one write a minute, not one per request, on every replica together.
func (s *Store) Authenticate(ctx context.Context, hash [32]byte) (api.Organization, error) {
	var (
		keyID          int64
		prefix         string
		revoked, stale bool
		expired        bool
		expiresAt      *time.Time
	)
	o, err := scanOrg(keyRow{s.Pool.QueryRow(ctx, `SELECT k.id, k.prefix, k.revoked_at IS NOT NULL, k.expires_at IS NOT NULL AND k.expires_at <= now(), k.expires_at,
			k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute',
			o.id, o.name, o.address, o.did, o.tax_id, o.roles, o.status, o.created_at
		FROM api_keys k JOIN organizations o ON o.id = k.organization_id
		WHERE k.hash = $1`, hash[:]), []any{&keyID, &prefix, &revoked, &expired, &expiresAt, &stale}})
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return api.Organization{}, problem.Unauthorized("unknown API key")
	case err != nil:
		return api.Organization{}, problem.Unavailable(5*time.Second, err, "cannot check the API key now")
	case revoked:
		return api.Organization{}, problem.New(http.StatusUnauthorized, "api_key_revoked", "API key %s… was revoked", prefix)
	case expired:
		return api.Organization{}, problem.New(http.StatusUnauthorized, "api_key_expired", "API key %s… expired at %s: create a new one with a live key", prefix, expiresAt.UTC().Format(time.RFC3339))
	}
	if stale {
		// Losing this write loses only precision of last_used_at; the WHERE
		// keeps replicas racing on one key to one write.
		_, _ = s.Pool.Exec(ctx, `UPDATE api_keys SET last_used_at = now()
			WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, keyID)
	}
	id, _ := strconv.ParseInt(o.ID, 10, 64)
	return api.Organization{ID: id, Name: o.Name, Address: o.Address, Roles: o.Roles, Status: o.Status, KeyID: keyID}, nil
}
