package copyright

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/trace/merkle"
	"github.com/duochain/duochain/services/txmgr"
)

// CatalogRequest is the JSON body of POST /v1/works/catalogs.
type CatalogRequest struct {
	CatalogID string   `json:"catalog_id"`
	Works     workList `json:"works"`
}

// workList is a catalog's works. Decoded from JSON it stops after
// MaxCatalogWorks+1 of them, which validateCatalog refuses (413): a body of
// hundreds of millions of tiny works never becomes as many structs.
type workList []WorkRequest

// UnmarshalJSON implements json.Unmarshaler, strictly like api.Bind.
func (l *workList) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		*l = nil
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		value := map[string]string{"bool": "bool", "string": "string", "float64": "number"}[fmt.Sprintf("%T", tok)]
		if ok {
			value = "object"
		}
		return &json.UnmarshalTypeError{Value: value, Type: reflect.TypeFor[workList]()}
	}
	out := workList{}
	for dec.More() && len(out) <= MaxCatalogWorks {
		var w WorkRequest
		if err := dec.Decode(&w); err != nil {
			return err
		}
		out = append(out, w)
	}
	*l = out
	return nil
}

// ParseNDJSON reads a catalog sent as newline-delimited JSON, one WorkRequest
// per line (blank lines are skipped), strictly like the JSON body.
func ParseNDJSON(catalogID string, body []byte) (CatalogRequest, error) {
	req := CatalogRequest{CatalogID: catalogID}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), MaxMetadata+4096)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var w WorkRequest
		if err := dec.Decode(&w); err != nil || dec.More() {
			msg := "not one JSON object"
			if err != nil {
				msg = err.Error()
			}
			p := problem.BadRequest("malformed_json", "line %d: %s", line, msg)
			if strings.HasPrefix(msg, "json: unknown field ") {
				p.Code, p.Field = "unknown_field", strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`)
			}
			return req, p
		}
		req.Works = append(req.Works, w)
		if len(req.Works) > MaxCatalogWorks {
			break
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return req, problem.BadRequest("malformed_json", "a line is longer than %d bytes", MaxMetadata+4096)
		}
		return req, fmt.Errorf("read NDJSON: %w", err)
	}
	return req, nil
}

// validateCatalog checks every work and returns them with their Merkle tree.
func validateCatalog(req CatalogRequest) ([]work, *merkle.Tree, error) {
	if id := strings.TrimSpace(req.CatalogID); id == "" || len(req.CatalogID) > MaxTitle || !storableText(req.CatalogID) {
		p := problem.BadRequest(problem.CodeInvalid, "catalog_id must be 1 to %d bytes of UTF-8 text without NUL", MaxTitle)
		p.Field = "catalog_id"
		return nil, nil, p
	}
	if len(req.Works) == 0 {
		p := problem.BadRequest(CodeEmptyCatalog, "a catalog holds at least one work")
		p.Field = "works"
		return nil, nil, p
	}
	if len(req.Works) > MaxCatalogWorks {
		p := problem.New(http.StatusRequestEntityTooLarge, CodeCatalogTooLarge, "a catalog holds at most %d works", MaxCatalogWorks)
		p.Field = "works"
		return nil, nil, p
	}
	works := make([]work, len(req.Works))
	leaves := make([][32]byte, len(req.Works))
	first := make(map[Hash]int, len(req.Works))
	var dups []string
	for i, r := range req.Works {
		w, err := r.validate(fmt.Sprintf("works[%d]", i))
		if err != nil {
			return nil, nil, err
		}
		if j, ok := first[w.hash]; ok {
			dups = append(dups, fmt.Sprintf("%s (works[%d] and works[%d])", w.hash, j, i))
		} else {
			first[w.hash] = i
		}
		works[i], leaves[i] = w, leafOf(w.hash)
	}
	if len(dups) > 0 {
		return nil, nil, problem.Conflict(CodeDuplicateInCatalog, "%d works appear more than once in the catalog: %s", len(dups), shortList(dups, 10))
	}
	return works, merkle.Build(leaves), nil
}

// RegisterCatalog validates a catalog, stores its works with their leaf
// indexes, and enqueues one registerCatalog transaction for its Merkle root,
// all in tx. Nothing is stored when any work is registered already.
func (s *Service) RegisterCatalog(ctx context.Context, tx pgx.Tx, req CatalogRequest) (int64, common.Hash, error) {
	p, err := api.RequireRole(ctx, registrantRoles...)
	if err != nil {
		return 0, common.Hash{}, err
	}
	works, tree, err := validateCatalog(req)
	if err != nil {
		return 0, common.Hash{}, err
	}
	root := common.Hash(tree.Root())
	if c, found, err := getCatalog(ctx, tx, root); err != nil {
		return 0, common.Hash{}, err
	} else if found && c.Status != "failed" {
		return 0, common.Hash{}, problem.Conflict(CodeCatalogRegistered, "catalog root %s was submitted already as %q by %s (%s)", root.Hex(), c.CatalogID, c.Owner.Address.Hex(), c.Status)
	}
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE catalog_upload (sha256 bytea, title text, metadata text, metadata_hash bytea, leaf_index bigint) ON COMMIT DROP`); err != nil {
		return 0, common.Hash{}, fmt.Errorf("stage catalog: %w", err)
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"catalog_upload"}, []string{"sha256", "title", "metadata", "metadata_hash", "leaf_index"},
		pgx.CopyFromSlice(len(works), func(i int) ([]any, error) {
			w := works[i]
			return []any{w.hash[:], w.title, nullable(w.meta), w.metaHash[:], int64(i)}, nil
		}))
	if err != nil {
		return 0, common.Hash{}, fmt.Errorf("stage catalog: %w", err)
	}
	if err := s.refuseStaged(ctx, tx); err != nil {
		return 0, common.Hash{}, err
	}
	opID, err := s.Tx.Enqueue(ctx, tx, txmgr.NewOperation{Kind: KindRegisterCatalog, Signer: p.Address, To: s.Registry,
		Data: s.cr.PackRegisterCatalog(root, uint64(len(works)), req.CatalogID), ResourceType: "copyright_catalog"})
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
		root.Bytes(), req.CatalogID, p.Address.Bytes(), len(works), opID); err != nil {
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
		hs := make([][]byte, 0, min(len(works), 1000))
		for _, w := range works[:min(len(works), 1000)] {
			hs = append(hs, w.hash[:])
		}
		return 0, common.Hash{}, s.taken(ctx, err, hs)
	}
	s.remember(root, tree)
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
