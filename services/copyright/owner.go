package copyright

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/txmgr"
)

// License is a licence on a direct work as the API shows it.
type License struct {
	Licensee  OrganizationRef `json:"licensee"`
	Grantor   OrganizationRef `json:"grantor"`
	TermsHash common.Hash     `json:"terms_sha256"`
	GrantedAt time.Time       `json:"granted_at"`
	ExpiresAt time.Time       `json:"expires_at"`
	Revoked   bool            `json:"revoked"`
	TxHash    common.Hash     `json:"tx_hash"`
}

// LicenseRequest is the body of POST /v1/works/{sha256}/licenses.
type LicenseRequest struct {
	Licensee    string `json:"licensee"`     // organization id or address
	TermsSHA256 string `json:"terms_sha256"` // sha256 of the licence terms
	ExpiresAt   string `json:"expires_at"`   // RFC 3339
}

// ownedWork loads direct work h, registered and owned by the caller.
func (s *Service) ownedWork(ctx context.Context, h Hash) (api.Organization, Work, error) {
	p, err := api.RequireOrganization(ctx)
	if err != nil {
		return p, Work{}, err
	}
	w, found, err := getWork(ctx, s.Pool, h)
	if err != nil {
		return p, w, err
	}
	switch {
	case !found:
		return p, w, problem.NotFound("no work with sha256 %s", h)
	case w.Kind == "catalog":
		return p, w, problem.Conflict(CodeCatalogWork, "work %s is registered in a catalog; catalog works are registered only, not transferred or licensed", h)
	case w.Status != "registered":
		return p, w, problem.Conflict(CodeWorkPending, "work %s is %s, not registered", h, w.Status)
	case w.Owner.Address != p.Address:
		return p, w, problem.Forbidden("work %s is owned by %s, not by your organization", h, w.Owner.Address.Hex())
	}
	return p, w, nil
}

func (s *Service) enqueueOwned(ctx context.Context, tx pgx.Tx, p api.Organization, kind string, h Hash, data []byte) (int64, error) {
	id, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: kind, Signer: p.Address, To: s.Registry, Data: data, ResourceType: "work"})
	if err != nil {
		return 0, err
	}
	return id, txmgr.SetResource(ctx, tx, id, h.String())
}

// Transfer enqueues the transfer of direct work h to organization to.
func (s *Service) Transfer(ctx context.Context, tx pgx.Tx, h Hash, toRef string) (int64, error) {
	p, _, err := s.ownedWork(ctx, h)
	if err != nil {
		return 0, err
	}
	to, roles, err := s.Orgs.Resolve(ctx, toRef)
	if err != nil {
		return 0, fieldNotFound(err, "to")
	}
	if !slices.ContainsFunc(registrantRoles, func(r string) bool { return slices.Contains(roles, r) }) {
		return 0, problem.Invalid("invalid_recipient", "to", "organization %s cannot own works: it is no supplier, core enterprise or operator", toRef)
	}
	return s.enqueueOwned(ctx, tx, p, KindTransfer, h, s.cr.PackTransferOwnership(h, to))
}

// GrantLicense enqueues a licence on direct work h.
func (s *Service) GrantLicense(ctx context.Context, tx pgx.Tx, h Hash, req LicenseRequest) (int64, error) {
	p, _, err := s.ownedWork(ctx, h)
	if err != nil {
		return 0, err
	}
	licensee, _, err := s.Orgs.Resolve(ctx, req.Licensee)
	if err != nil {
		return 0, fieldNotFound(err, "licensee")
	}
	terms, err := ParseHash("terms_sha256", req.TermsSHA256)
	if err != nil {
		return 0, err
	}
	exp, err := time.Parse(time.RFC3339, req.ExpiresAt)
	if err != nil {
		return 0, problem.Invalid("invalid_date", "expires_at", "expires_at must be an RFC 3339 time")
	}
	now, err := s.now(ctx)
	if err != nil {
		return 0, err
	}
	if !exp.After(now) {
		return 0, problem.Invalid("invalid_expiry", "expires_at", "expires_at %s is not after the chain's time %s", req.ExpiresAt, now.UTC().Format(time.RFC3339))
	}
	return s.enqueueOwned(ctx, tx, p, KindGrantLicense, h, s.cr.PackGrantLicense(h, licensee, terms, uint64(exp.Unix())))
}

// RevokeLicense enqueues the revocation of licensee's licence on direct work h.
func (s *Service) RevokeLicense(ctx context.Context, tx pgx.Tx, h Hash, licenseeRef string) (int64, error) {
	p, _, err := s.ownedWork(ctx, h)
	if err != nil {
		return 0, err
	}
	licensee, _, err := s.Orgs.Resolve(ctx, licenseeRef)
	if err != nil {
		return 0, err
	}
	var revoked bool
	err = tx.QueryRow(ctx, `SELECT revoked FROM work_licenses WHERE sha256 = $1 AND licensee = $2`, h[:], licensee.Bytes()).Scan(&revoked)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && revoked) {
		return 0, problem.NotFound("%s holds no licence on work %s", licenseeRef, h)
	}
	if err != nil {
		return 0, fmt.Errorf("read licence: %w", err)
	}
	return s.enqueueOwned(ctx, tx, p, KindRevokeLicense, h, s.cr.PackRevokeLicense(h, licensee))
}

// licenses lists the licences on work h.
func licenses(ctx context.Context, q Queryer, h Hash) ([]License, error) {
	rows, err := q.Query(ctx, `SELECT l.licensee, lo.id, coalesce(lo.name, ''), coalesce(lo.did, ''), l.grantor, gr.id, coalesce(gr.name, ''), coalesce(gr.did, ''),
			l.terms_hash, l.granted_at, l.expires_at, l.revoked, l.tx_hash
		FROM work_licenses l LEFT JOIN organizations lo ON lo.address = l.licensee LEFT JOIN organizations gr ON gr.address = l.grantor
		WHERE l.sha256 = $1 ORDER BY l.granted_at, l.licensee`, h[:])
	if err != nil {
		return nil, fmt.Errorf("list licences of %s: %w", h, err)
	}
	defer rows.Close()
	out := []License{}
	for rows.Next() {
		var (
			l                                License
			licensee, grantor, terms, txHash []byte
			lid, gid                         *int64
			lname, ldid, gname, gdid         string
		)
		if err := rows.Scan(&licensee, &lid, &lname, &ldid, &grantor, &gid, &gname, &gdid, &terms, &l.GrantedAt, &l.ExpiresAt, &l.Revoked, &txHash); err != nil {
			return nil, err
		}
		l.Licensee, l.Grantor = orgRef(licensee, lid, lname, ldid), orgRef(grantor, gid, gname, gdid)
		l.TermsHash, l.TxHash = common.BytesToHash(terms), common.BytesToHash(txHash)
		l.GrantedAt, l.ExpiresAt = l.GrantedAt.UTC(), l.ExpiresAt.UTC()
		out = append(out, l)
	}
	return out, rows.Err()
}

// fieldNotFound turns an unknown organization into a 422 naming the field.
func fieldNotFound(err error, field string) error {
	if problem.IsNotFound(err) {
		return problem.Invalid("unknown_organization", field, "%s: %s", field, problem.From(err).Detail)
	}
	return err
}
