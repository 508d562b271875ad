package copyright

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/indexer"
)

// Projection keeps the confirmation columns of works and catalogs, owners and
// licences in step with the CopyrightRegistry's events. What clients submitted
// stays; works and catalogs registered outside the API are added from the
// events alone. It never calls the chain.
type Projection struct {
	Registry common.Address
	cr       *copyrightregistry.CopyrightRegistry
}

// NewProjection returns the projection of the CopyrightRegistry at registry.
func NewProjection(registry common.Address) *Projection {
	return &Projection{Registry: registry, cr: copyrightregistry.NewCopyrightRegistry()}
}

// Name implements indexer.Handler.
func (p *Projection) Name() string { return "copyright" }

// Reset implements indexer.Handler: it clears what events set and keeps what
// clients submitted.
func (p *Projection) Reset(ctx context.Context, tx pgx.Tx) error {
	for _, q := range []string{
		`DELETE FROM works WHERE operation_id IS NULL`,
		`DELETE FROM copyright_catalogs WHERE operation_id IS NULL`,
		`UPDATE works SET owner = NULL, tx_hash = NULL, block_number = NULL, block_hash = NULL, registered_at = NULL
			WHERE owner IS NOT NULL OR block_number IS NOT NULL`,
		`UPDATE copyright_catalogs SET owner = NULL, tx_hash = NULL, block_number = NULL, block_hash = NULL, registered_at = NULL
			WHERE owner IS NOT NULL OR block_number IS NOT NULL`,
		`DELETE FROM work_licenses`, // not TRUNCATE: see indexer.Handler
	} {
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("reset copyright projection: %w", err)
		}
	}
	return nil
}

// maxTime is the latest time Postgres and every client store comfortably; a
// licence "until the year 2^64" is stored as this.
var maxTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

func unix(s uint64) time.Time {
	if s > uint64(maxTime.Unix()) {
		return maxTime
	}
	return time.Unix(int64(s), 0).UTC()
}

// text makes a string from an event storable as Postgres text of at most max
// characters: valid UTF-8, no NUL, fallback when nothing is left.
func text(s string, max int, fallback string) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max])
	}
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}

// Apply implements indexer.Handler.
func (p *Projection) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	if ev.Log.Address != p.Registry {
		return nil
	}
	l := &ev.Log
	exec := func(what, sql string, args ...any) error {
		if _, err := tx.Exec(ctx, sql, args...); err != nil {
			return fmt.Errorf("project %s: %w", what, err)
		}
		return nil
	}
	if e, err := p.cr.UnpackWorkRegisteredEvent(l); err == nil {
		// A work the API did not submit is added. A direct work the API
		// submitted takes the chain's title; when the chain names another
		// owner or metadata hash, the registration is someone else's (ours
		// failed): the row takes their claim and drops our metadata and
		// operation. A catalog work keeps its catalog and records the direct
		// registration of its hash in its own confirmation columns, which its
		// catalog does not use (see superseded_by).
		return exec("work "+common.Hash(e.ContentHash).Hex(), `INSERT INTO works (sha256, title, metadata_hash, registrant, kind,
				owner, tx_hash, block_number, block_hash, registered_at)
			VALUES ($1, $2, $3, $4, 'direct', $4, $5, $6, $7, $8)
			ON CONFLICT (sha256) DO UPDATE SET owner = EXCLUDED.owner, tx_hash = EXCLUDED.tx_hash, block_number = EXCLUDED.block_number,
				block_hash = EXCLUDED.block_hash, registered_at = EXCLUDED.registered_at,
				title = CASE WHEN works.kind = 'direct' THEN EXCLUDED.title ELSE works.title END,
				registrant = CASE WHEN works.kind = 'direct' THEN EXCLUDED.registrant ELSE works.registrant END,
				metadata_hash = CASE WHEN works.kind = 'direct' THEN EXCLUDED.metadata_hash ELSE works.metadata_hash END,
				metadata = CASE WHEN works.kind = 'direct' AND (works.registrant <> EXCLUDED.registrant OR works.metadata_hash <> EXCLUDED.metadata_hash)
					THEN NULL ELSE works.metadata END,
				operation_id = CASE WHEN works.kind = 'direct' AND (works.registrant <> EXCLUDED.registrant OR works.metadata_hash <> EXCLUDED.metadata_hash)
					THEN NULL ELSE works.operation_id END
			WHERE works.block_number IS NULL`,
			e.ContentHash[:], text(e.Title, MaxTitle, "(untitled)"), e.MetadataHash[:], e.Owner.Bytes(),
			ev.TxHash.Bytes(), ev.Block, ev.BlockHash.Bytes(), unix(e.RegisteredAt))
	}
	if e, err := p.cr.UnpackCatalogRegisteredEvent(l); err == nil {
		// A root the API submitted that the chain registered for another owner
		// is theirs: the catalog and its works drop our names, metadata and
		// operation (the works' titles and metadata never were on chain).
		if err := exec("catalog works "+common.Hash(e.Root).Hex(), `UPDATE works w SET registrant = $2, title = '(untitled)', metadata = NULL,
				metadata_hash = $3, operation_id = NULL
			FROM copyright_catalogs c
			WHERE c.root = $1 AND w.catalog_root = c.root AND c.block_number IS NULL AND c.registrant <> $2`,
			e.Root[:], e.Owner.Bytes(), make([]byte, 32)); err != nil {
			return err
		}
		return exec("catalog "+common.Hash(e.Root).Hex(), `INSERT INTO copyright_catalogs (root, catalog_id, registrant, work_count,
				owner, tx_hash, block_number, block_hash, registered_at)
			VALUES ($1, $2, $3, $4, $3, $5, $6, $7, $8)
			ON CONFLICT (root) DO UPDATE SET owner = EXCLUDED.owner, tx_hash = EXCLUDED.tx_hash, block_number = EXCLUDED.block_number,
				block_hash = EXCLUDED.block_hash, registered_at = EXCLUDED.registered_at,
				catalog_id = CASE WHEN copyright_catalogs.registrant <> EXCLUDED.registrant THEN EXCLUDED.catalog_id ELSE copyright_catalogs.catalog_id END,
				work_count = CASE WHEN copyright_catalogs.registrant <> EXCLUDED.registrant THEN EXCLUDED.work_count ELSE copyright_catalogs.work_count END,
				operation_id = CASE WHEN copyright_catalogs.registrant <> EXCLUDED.registrant THEN NULL ELSE copyright_catalogs.operation_id END,
				registrant = EXCLUDED.registrant
			WHERE copyright_catalogs.block_number IS NULL`,
			e.Root[:], text(e.CatalogId, MaxTitle, "(unnamed)"), e.Owner.Bytes(), int64(min(e.WorkCount, 1<<62)),
			ev.TxHash.Bytes(), ev.Block, ev.BlockHash.Bytes(), unix(e.RegisteredAt))
	}
	if e, err := p.cr.UnpackWorkTransferredEvent(l); err == nil {
		// A catalog work's direct registration (superseded_by) changes owner too.
		return exec("transfer", `UPDATE works SET owner = $2 WHERE sha256 = $1 AND (kind = 'direct' OR tx_hash IS NOT NULL)`, e.ContentHash[:], e.To.Bytes())
	}
	if e, err := p.cr.UnpackLicenseGrantedEvent(l); err == nil {
		return exec("licence", `INSERT INTO work_licenses (sha256, licensee, grantor, terms_hash, granted_at, expires_at, revoked, tx_hash, block_number)
			VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8)
			ON CONFLICT (sha256, licensee) DO UPDATE SET grantor = EXCLUDED.grantor, terms_hash = EXCLUDED.terms_hash,
				granted_at = EXCLUDED.granted_at, expires_at = EXCLUDED.expires_at, revoked = false,
				tx_hash = EXCLUDED.tx_hash, block_number = EXCLUDED.block_number`,
			e.ContentHash[:], e.Licensee.Bytes(), e.Grantor.Bytes(), e.TermsHash[:], unix(ev.BlockTime), unix(e.ExpiresAt),
			ev.TxHash.Bytes(), ev.Block)
	}
	if e, err := p.cr.UnpackLicenseRevokedEvent(l); err == nil {
		return exec("licence revocation", `UPDATE work_licenses SET revoked = true WHERE sha256 = $1 AND licensee = $2`,
			e.ContentHash[:], e.Licensee.Bytes())
	}
	return nil
}
