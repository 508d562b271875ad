package copyright

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/txmgr"
)

// stageCatalog streams a catalog body into the temporary table
// catalog_upload of tx as it decodes it, and returns the catalog: what it
// keeps of a million works is their leaves.
func (s *Service) stageCatalog(ctx context.Context, tx pgx.Tx, d *catalogDecoder) (*stagedCatalog, error) {
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE catalog_upload (sha256 bytea, title text, metadata text, metadata_hash bytea, leaf_index bigint) ON COMMIT DROP`); err != nil {
		return nil, fmt.Errorf("stage catalog: %w", err)
	}
	// The COPY runs as long as the body does, and no longer: a body that fails
	// (too slow, cut off) ends it with its own answer. Under the request's context
	// the server's cancellation of a dead connection would race that answer.
	if _, err := tx.CopyFrom(context.WithoutCancel(ctx), pgx.Identifier{"catalog_upload"}, []string{"sha256", "title", "metadata", "metadata_hash", "leaf_index"}, d); err != nil {
		if d.readErr != nil {
			// The body failed first (too slow, too large): that is the answer, not the
			// COPY cancelled with the request's context because of it.
			return nil, d.readErr
		}
		return nil, fmt.Errorf("stage catalog: %w", err)
	}
	return d.finish()
}

// registerCatalog enqueues one registerCatalog transaction for the Merkle
// root of the catalog staged in tx and stores its works with their leaf
// indexes, all in tx. Nothing is stored when any work is registered already.
func (s *Service) registerCatalog(ctx context.Context, tx pgx.Tx, c *stagedCatalog) (int64, common.Hash, error) {
	p, err := api.RequireRole(ctx, registrantRoles...)
	if err != nil {
		return 0, common.Hash{}, err
	}
	tree := merkle.Build(c.leaves)
	c.leaves = nil // the tree holds its own copy
	root := common.Hash(tree.Root())
	if prev, found, err := getCatalog(ctx, tx, root); err != nil {
		return 0, common.Hash{}, err
	} else if found && prev.Status != "failed" {
		return 0, common.Hash{}, problem.Conflict(CodeCatalogRegistered, "catalog root %s was submitted already as %q by %s (%s)", root.Hex(), prev.CatalogID, prev.Owner.Address.Hex(), prev.Status)
	}
	if err := s.refuseStaged(ctx, tx); err != nil {
		return 0, common.Hash{}, err
	}
	opID, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: KindRegisterCatalog, Signer: p.Address, To: s.Registry,
		Data: s.cr.PackRegisterCatalog(root, uint64(c.works), c.catalogID), ResourceType: "copyright_catalog"})
	if err != nil {
		return 0, common.Hash{}, err
	}
	if err := txmgr.SetResource(ctx, tx, opID, root.Hex()); err != nil {
		return 0, common.Hash{}, err
	}
	// A failed submission of the same root gives way, with its works.
	if _, err := tx.Exec(ctx, `DELETE FROM copyright_catalogs c USING operations o
		WHERE c.root = $1 AND o.id = c.operation_id AND o.state = 'failed' AND c.block_number IS NULL`, root.Bytes()); err != nil {
		return 0, common.Hash{}, fmt.Errorf("drop failed catalog: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM works w USING catalog_upload u, operations o
		WHERE w.sha256 = u.sha256 AND o.id = w.operation_id AND o.state = 'failed' AND w.block_number IS NULL`); err != nil {
		return 0, common.Hash{}, fmt.Errorf("drop failed registrations: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO copyright_catalogs (root, catalog_id, registrant, work_count, operation_id) VALUES ($1, $2, $3, $4, $5)`,
		root.Bytes(), c.catalogID, p.Address.Bytes(), c.works, opID); err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "23505" {
			return 0, common.Hash{}, problem.Conflict(CodeCatalogRegistered, "catalog root %s was submitted concurrently", root.Hex())
		}
		return 0, common.Hash{}, fmt.Errorf("record catalog: %w", err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO works (sha256, title, metadata, metadata_hash, registrant, kind, catalog_root, leaf_index, operation_id)
		SELECT sha256, title, metadata, metadata_hash, $1, 'catalog', $2, leaf_index, $3 FROM catalog_upload ORDER BY leaf_index`,
		p.Address.Bytes(), root.Bytes(), opID)
	if err != nil {
		return 0, common.Hash{}, s.taken(ctx, err, c.first)
	}
	s.trees.Put(root, tree)
	return opID, root, nil
}

// refuseStaged answers 409 listing the staged works that are registered, or
// being registered, already.
func (s *Service) refuseStaged(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT w.sha256 FROM catalog_upload u JOIN works w ON w.sha256 = u.sha256
		LEFT JOIN operations o ON o.id = w.operation_id
		LEFT JOIN copyright_catalogs c ON c.root = w.catalog_root
		WHERE NOT (o.state IS NOT DISTINCT FROM 'failed' AND w.block_number IS NULL AND c.block_number IS NULL)
		ORDER BY u.leaf_index LIMIT 1000`)
	if err != nil {
		return fmt.Errorf("check catalog works: %w", err)
	}
	hs, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil || len(hs) == 0 {
		return err
	}
	return s.refuseTaken(ctx, tx, hs)
}
