package copyright

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// statusSQL derives a work's or catalog's status: registered once projected,
// failed when its operation failed, else pending. It is never stored, so it
// cannot disagree with the pipeline or survive a rewind.
func statusSQL(block string) string {
	return `CASE WHEN ` + block + ` IS NOT NULL THEN 'registered' WHEN o.state = 'failed' THEN 'failed' ELSE 'pending' END`
}

// byKind picks column col of the confirmation: a direct work's own, a catalog
// work's catalog's.
func byKind(col string) string {
	return `CASE WHEN w.kind = 'catalog' THEN c.` + col + ` ELSE w.` + col + ` END`
}

// workSelect reads works with their catalog, operation and organizations; a
// catalog work takes its confirmation from its catalog, and its own
// confirmation columns hold a direct registration of its hash, if any.
var workSelect = `SELECT w.sha256, w.title, w.metadata, w.metadata_hash, w.kind, ` + statusSQL(byKind("block_number")) + `,
	w.registrant, ` + byKind("owner") + `, w.operation_id,
	` + byKind("registered_at") + `, ` + byKind("tx_hash") + `, ` + byKind("block_number") + `,
	` + byKind("block_hash") + `, c.catalog_id, w.catalog_root, w.leaf_index,
	ro.id, coalesce(ro.name, ''), coalesce(ro.did, ''), oo.id, coalesce(oo.name, ''), coalesce(oo.did, ''),
	CASE WHEN w.kind = 'catalog' THEN w.tx_hash END, w.owner, w.block_number, w.block_hash, w.registered_at,
	so.id, coalesce(so.name, ''), coalesce(so.did, '')
	FROM works w
	LEFT JOIN copyright_catalogs c ON c.root = w.catalog_root
	LEFT JOIN operations o ON o.id = w.operation_id
	LEFT JOIN organizations ro ON ro.address = w.registrant
	LEFT JOIN organizations oo ON oo.address = ` + byKind("owner") + `
	LEFT JOIN organizations so ON w.kind = 'catalog' AND so.address = w.owner`

// Queryer is a pool or a transaction.
type Queryer interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func scanWork(row pgx.Row) (Work, error) {
	var (
		w                                 Work
		sha, metaHash, registrant, owner  []byte
		txHash, blockHash, root           []byte
		meta, catalogID                   *string
		opID, block, leaf, regOrg, ownOrg *int64
		registeredAt                      *time.Time
		regName, regDID, ownName, ownDID  string
		dTx, dOwner, dBlockHash           []byte
		dBlock, dOrg                      *int64
		dAt                               *time.Time
		dName, dDID                       string
	)
	err := row.Scan(&sha, &w.Title, &meta, &metaHash, &w.Kind, &w.Status, &registrant, &owner, &opID,
		&registeredAt, &txHash, &block, &blockHash, &catalogID, &root, &leaf,
		&regOrg, &regName, &regDID, &ownOrg, &ownName, &ownDID,
		&dTx, &dOwner, &dBlock, &dBlockHash, &dAt, &dOrg, &dName, &dDID)
	if err != nil {
		return w, err
	}
	// A direct registration of a catalog work's hash in an earlier block than
	// its catalog's (or while its catalog is unconfirmed) is the first claim.
	if dTx != nil && (block == nil || *dBlock < *block) {
		w.SupersededBy = &DirectClaim{Owner: orgRef(dOwner, dOrg, dName, dDID), TxHash: common.BytesToHash(dTx),
			BlockNumber: uint64(*dBlock), BlockHash: common.BytesToHash(dBlockHash), RegisteredAt: dAt.UTC()}
	}
	copy(w.SHA256[:], sha)
	if meta != nil {
		w.Metadata = []byte(*meta)
	}
	w.MetadataHash = common.BytesToHash(metaHash)
	w.Registrant = orgRef(registrant, regOrg, regName, regDID)
	w.Owner = w.Registrant
	if owner != nil {
		w.Owner = orgRef(owner, ownOrg, ownName, ownDID)
	}
	if opID != nil {
		s := strconv.FormatInt(*opID, 10)
		w.OperationID = &s
	}
	if registeredAt != nil {
		t := registeredAt.UTC()
		w.RegisteredAt = &t
	}
	if txHash != nil {
		h, b, bh := common.BytesToHash(txHash), uint64(*block), common.BytesToHash(blockHash)
		w.TxHash, w.BlockNumber, w.BlockHash = &h, &b, &bh
	}
	if root != nil {
		w.Catalog = &CatalogRef{Root: common.BytesToHash(root), LeafIndex: *leaf}
		if catalogID != nil {
			w.Catalog.ID = *catalogID
		}
	}
	return w, nil
}

// orgRef is the organization at addr as a work names it: id nil when the
// address is no duochain organization.
func orgRef(addr []byte, id *int64, name, did string) OrganizationRef {
	p := OrganizationRef{Address: common.BytesToAddress(addr), Name: name, DID: did}
	if id != nil {
		p.ID = strconv.FormatInt(*id, 10)
	}
	return p
}

// getWork reads work h; found is false when no row holds it.
func getWork(ctx context.Context, q Queryer, h Hash) (w Work, found bool, err error) {
	w, err = scanWork(q.QueryRow(ctx, workSelect+` WHERE w.sha256 = $1`, h[:]))
	if errors.Is(err, pgx.ErrNoRows) {
		return w, false, nil
	}
	if err != nil {
		return w, false, fmt.Errorf("read work %s: %w", h, err)
	}
	return w, true, nil
}

// worksIn reads the works of hs that exist, at most limit of them.
func worksIn(ctx context.Context, q Queryer, hs [][]byte, limit int) ([]Work, error) {
	rows, err := q.Query(ctx, workSelect+` WHERE w.sha256 = ANY($1) ORDER BY w.created_at LIMIT $2`, hs, limit)
	if err != nil {
		return nil, fmt.Errorf("read works: %w", err)
	}
	defer rows.Close()
	var out []Work
	for rows.Next() {
		w, err := scanWork(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

var catalogSelect = `SELECT c.root, c.catalog_id, c.work_count, ` + statusSQL("c.block_number") + `, coalesce(c.owner, c.registrant), c.operation_id,
	c.registered_at, c.tx_hash, c.block_number, coalesce(o.error_detail, ''), oo.id, coalesce(oo.name, ''), coalesce(oo.did, '')
	FROM copyright_catalogs c
	LEFT JOIN operations o ON o.id = c.operation_id
	LEFT JOIN organizations oo ON oo.address = coalesce(c.owner, c.registrant)`

// getCatalog reads catalog root; found is false when there is none.
func getCatalog(ctx context.Context, q Queryer, root common.Hash) (c Catalog, found bool, err error) {
	var (
		rootB, owner, txHash []byte
		opID, block, orgID   *int64
		at                   *time.Time
		name, did            string
	)
	err = q.QueryRow(ctx, catalogSelect+` WHERE c.root = $1`, root.Bytes()).Scan(&rootB, &c.CatalogID, &c.WorkCount, &c.Status,
		&owner, &opID, &at, &txHash, &block, &c.Error, &orgID, &name, &did)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("read catalog %s: %w", root, err)
	}
	c.Root = common.BytesToHash(rootB)
	c.Owner = orgRef(owner, orgID, name, did)
	if opID != nil {
		s := strconv.FormatInt(*opID, 10)
		c.OperationID = &s
	}
	if at != nil {
		t := at.UTC()
		c.RegisteredAt = &t
	}
	if txHash != nil {
		h, b := common.BytesToHash(txHash), uint64(*block)
		c.TxHash, c.BlockNumber = &h, &b
	}
	if c.Status != "failed" {
		c.Error = ""
	}
	return c, true, nil
}

// catalogLeaves reads the leaves of catalog root in leaf order.
func catalogLeaves(ctx context.Context, q Queryer, root common.Hash) ([][32]byte, error) {
	rows, err := q.Query(ctx, `SELECT sha256 FROM works WHERE catalog_root = $1 ORDER BY leaf_index`, root.Bytes())
	if err != nil {
		return nil, fmt.Errorf("read leaves of catalog %s: %w", root, err)
	}
	defer rows.Close()
	var out [][32]byte
	var b []byte
	for rows.Next() {
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		out = append(out, leafOf(Hash(b)))
	}
	return out, rows.Err()
}
