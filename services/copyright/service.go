package copyright

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/txmgr"
)

// Operation kinds and resource types this capability enqueues.
const (
	KindRegister        = "copyright.register"
	KindRegisterCatalog = "copyright.register_catalog"
	KindTransfer        = "copyright.transfer"
	KindGrantLicense    = "copyright.grant_license"
	KindRevokeLicense   = "copyright.revoke_license"
)

// registrantRoles may register works, as the contract requires.
var registrantRoles = []string{"SUPPLIER", "CORE_ENTERPRISE", "OPERATOR"}

// Orgs resolves organizations for the copyright capability.
type Orgs interface {
	// Resolve returns the address and roles of an organization given by id or address.
	Resolve(ctx context.Context, ref string) (addr common.Address, roles []string, err error)
}

// Service turns API requests into operations on the CopyrightRegistry and
// answers reads from the read model.
type Service struct {
	Pool     *pgxpool.Pool
	Orgs     Orgs
	Ops      *txmgr.Manager
	Registry common.Address // the CopyrightRegistry
	ChainID  *big.Int
	// MaxUpload is the largest file accepted by upload, in bytes (DefaultMaxUpload when zero).
	MaxUpload int64
	// Now is the chain's time, which licence expiries are judged by (wall time when nil).
	Now api.Clock

	cr    *copyrightregistry.CopyrightRegistry
	trees *merkle.Cache[common.Hash, *merkle.Tree] // the last few catalog trees, for proofs; nil builds every time
}

// now is the chain's time, or wall time when the service has no clock.
func (s *Service) now(ctx context.Context) (time.Time, error) {
	if s.Now == nil {
		return time.Now(), nil
	}
	return s.Now(ctx)
}

// DefaultMaxUpload is the default upload limit: 32 MiB.
const DefaultMaxUpload = 32 << 20

// treeCache is how many catalog trees the service keeps; a million works take about 64 MB.
const treeCache = 4

// NewService wires the service.
func NewService(pool *pgxpool.Pool, orgs Orgs, ops *txmgr.Manager, registry common.Address, chainID *big.Int) *Service {
	return &Service{Pool: pool, Orgs: orgs, Ops: ops, Registry: registry, ChainID: chainID, MaxUpload: DefaultMaxUpload,
		cr: copyrightregistry.NewCopyrightRegistry(), trees: merkle.NewCache[common.Hash, *merkle.Tree](treeCache)}
}

// WorkRequest is one work to register: the body of POST /v1/works, or an
// element of a catalog.
type WorkRequest struct {
	SHA256   string          `json:"sha256"`
	Title    string          `json:"title"`
	Metadata json.RawMessage `json:"metadata,omitempty"`
}

// work is a validated WorkRequest.
type work struct {
	hash     Hash
	title    string
	meta     []byte // canonical JSON, nil when none
	metaHash [32]byte
}

func (r WorkRequest) validate(field string) (work, error) {
	prefix := field
	if prefix != "" {
		prefix += "."
	}
	h, err := ParseHash(prefix+"sha256", r.SHA256)
	if err != nil {
		return work{}, err
	}
	if err := checkTitle(prefix+"title", r.Title); err != nil {
		return work{}, err
	}
	meta, mh, err := Canonical(prefix+"metadata", r.Metadata)
	if err != nil {
		return work{}, err
	}
	return work{hash: h, title: r.Title, meta: meta, metaHash: mh}, nil
}

func nullable(b []byte) *string {
	if b == nil {
		return nil
	}
	s := string(b)
	return &s
}

// Register validates a work and enqueues its registration by the caller.
func (s *Service) Register(ctx context.Context, tx pgx.Tx, req WorkRequest) (int64, error) {
	p, err := api.RequireRole(ctx, registrantRoles...)
	if err != nil {
		return 0, err
	}
	w, err := req.validate("")
	if err != nil {
		return 0, err
	}
	// Postgres first; the contract's CopyrightAlreadyRegistered is the last line.
	if err := s.refuseTaken(ctx, tx, [][]byte{w.hash[:]}); err != nil {
		return 0, err
	}
	opID, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: KindRegister, Signer: p.Address, To: s.Registry,
		Data: s.cr.PackRegister(w.hash, w.title, w.metaHash), ResourceType: "work"})
	if err != nil {
		return 0, err
	}
	if err := txmgr.SetResource(ctx, tx, opID, w.hash.String()); err != nil {
		return 0, err
	}
	if err := dropFailed(ctx, tx, [][]byte{w.hash[:]}); err != nil {
		return 0, err
	}
	_, err = tx.Exec(ctx, `INSERT INTO works (sha256, title, metadata, metadata_hash, registrant, kind, operation_id)
		VALUES ($1, $2, $3, $4, $5, 'direct', $6)`, w.hash[:], w.title, nullable(w.meta), w.metaHash[:], p.Address.Bytes(), opID)
	if err != nil {
		return 0, s.taken(ctx, err, [][]byte{w.hash[:]})
	}
	return opID, nil
}

// dropFailed deletes the works among hs whose registration failed and never
// reached the chain, so they may be registered again.
func dropFailed(ctx context.Context, tx pgx.Tx, hs [][]byte) error {
	_, err := tx.Exec(ctx, `DELETE FROM works w USING operations o
		WHERE w.sha256 = ANY($1) AND o.id = w.operation_id AND o.state = 'failed' AND w.block_number IS NULL
		  AND NOT EXISTS (SELECT 1 FROM copyright_catalogs c WHERE c.root = w.catalog_root AND c.block_number IS NOT NULL)`, hs)
	if err != nil {
		return fmt.Errorf("drop failed registrations: %w", err)
	}
	return nil
}

// refuseTaken answers 409 naming the first holders when any of hs is
// registered, or being registered, by anyone.
func (s *Service) refuseTaken(ctx context.Context, q Queryer, hs [][]byte) error {
	ws, err := worksIn(ctx, q, hs, 1000)
	if err != nil {
		return err
	}
	var taken []string
	for _, w := range ws {
		if w.Status != "failed" || w.SupersededBy != nil {
			taken = append(taken, describeTaken(w))
		}
	}
	if len(taken) == 0 {
		return nil
	}
	if len(hs) == 1 {
		return problem.Conflict(CodeAlreadyRegistered, "%s", taken[0])
	}
	return problem.Conflict(CodeAlreadyRegistered, "%d of the works are registered already: %s", len(taken), shortList(taken, 10))
}

// describeTaken says who holds w, since when and by which transaction.
func describeTaken(w Work) string {
	if d := w.SupersededBy; d != nil { // the first claim
		who := d.Owner.Address.Hex()
		if d.Owner.ID != "" {
			who = fmt.Sprintf("organization %s (%s, %s)", d.Owner.ID, d.Owner.Name, d.Owner.Address.Hex())
		}
		return fmt.Sprintf("work %s was registered directly, now owned by %s, at %s in transaction %s (block %d)",
			w.SHA256, who, d.RegisteredAt.Format(time.RFC3339), d.TxHash.Hex(), d.BlockNumber)
	}
	who := w.Owner.Address.Hex()
	if w.Owner.ID != "" {
		who = fmt.Sprintf("organization %s (%s, %s)", w.Owner.ID, w.Owner.Name, w.Owner.Address.Hex())
	}
	where := "directly"
	if w.Catalog != nil {
		where = fmt.Sprintf("in catalog %s (root %s, leaf %d)", w.Catalog.ID, w.Catalog.Root.Hex(), w.Catalog.LeafIndex)
	}
	if w.Status == "registered" {
		return fmt.Sprintf("work %s was registered %s by %s at %s in transaction %s (block %d)",
			w.SHA256, where, who, w.RegisteredAt.Format(time.RFC3339), w.TxHash.Hex(), *w.BlockNumber)
	}
	op := ""
	if w.OperationID != nil {
		op = " (operation " + *w.OperationID + ")"
	}
	return fmt.Sprintf("work %s is being registered %s by %s%s; not yet confirmed", w.SHA256, where, who, op)
}

// taken turns a unique violation on works (a concurrent registration of the
// same hash) into the same 409 as the check before it.
func (s *Service) taken(ctx context.Context, err error, hs [][]byte) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "23505" {
		return fmt.Errorf("record work: %w", err)
	}
	if err := s.refuseTaken(ctx, s.Pool, hs); err != nil {
		return err
	}
	return problem.Conflict(CodeAlreadyRegistered, "a work of this request was registered concurrently")
}

// leafOf is the catalog leaf of a work: keccak256(0x00 ‖ sha256).
func leafOf(h Hash) [32]byte { return merkle.Leaf(h) }

// tree returns the Merkle tree of catalog root, from the cache or rebuilt from its works.
func (s *Service) tree(ctx context.Context, root common.Hash) (*merkle.Tree, error) {
	if t, ok := s.trees.Get(root); ok {
		return t, nil
	}
	leaves, err := catalogLeaves(ctx, s.Pool, root)
	if err != nil {
		return nil, err
	}
	t := merkle.Build(leaves)
	if t.Root() != root {
		return nil, fmt.Errorf("catalog %s: its %d stored works build root %s", root, len(leaves), common.Hash(t.Root()))
	}
	s.trees.Put(root, t)
	return t, nil
}

// Get returns work h with its catalog proof, or a not-found problem.
func (s *Service) Get(ctx context.Context, h Hash) (Work, error) {
	w, found, err := getWork(ctx, s.Pool, h)
	if err != nil {
		return w, err
	}
	if !found {
		return w, problem.NotFound("no work with sha256 %s", h)
	}
	if w.Catalog != nil && w.Status != "failed" { // a failed catalog may have lost works to later registrations
		w.Catalog.Leaf = leafOf(h)
		t, err := s.tree(ctx, w.Catalog.Root)
		if err != nil {
			return w, err
		}
		for _, p := range t.Proof(int(w.Catalog.LeafIndex)) {
			w.Catalog.Proof = append(w.Catalog.Proof, p)
		}
	} else if w.Status == "registered" {
		if w.Licenses, err = licenses(ctx, s.Pool, h); err != nil {
			return w, err
		}
	}
	return w, nil
}

// Verification answers whether a file is registered.
type Verification struct {
	SHA256     Hash  `json:"sha256"`
	Registered bool  `json:"registered"`
	Work       *Work `json:"work,omitempty"` // present when registered, or pending
}

// Verify reports whether work h is registered, by whom, when and in which transaction.
func (s *Service) Verify(ctx context.Context, h Hash) (Verification, error) {
	v := Verification{SHA256: h}
	w, err := s.Get(ctx, h)
	if problem.IsNotFound(err) {
		return v, nil
	}
	if err != nil {
		return v, err
	}
	if w.Status != "failed" || w.SupersededBy != nil { // a direct registration stands whatever became of the catalog
		v.Registered, v.Work = w.Status == "registered" || w.SupersededBy != nil, &w
	}
	return v, nil
}

// Catalog returns catalog root, or a not-found problem.
func (s *Service) Catalog(ctx context.Context, root common.Hash) (Catalog, error) {
	c, found, err := getCatalog(ctx, s.Pool, root)
	if err != nil {
		return c, err
	}
	if !found {
		return c, problem.NotFound("no catalog with root %s", root)
	}
	return c, nil
}
