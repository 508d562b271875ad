// Package visibility is the one rule of who reads what (DESIGN.md, "Who sees
// what, who may act"). Every read route asks it, either through a predicate on
// a record it already loaded or through the SQL condition its list query
// adds; each predicate and its condition sit side by side below, and
// TestSQLMatchesPredicates checks they agree. A record the viewer may not see
// is a not_found problem, exactly like a missing one, so its existence does
// not leak; a list leaves it out.
//
// | record | who sees it |
// | --- | --- |
// | receivable (and its history, trace link) | its obligor (every part of its roots), its past and present holders, the financiers of requests on it, operators |
// | exposure of an obligor | the obligor, operators |
// | financing request (and its quote) | its holder, its financier |
// | cash balance | its owner, CLEARING, operators |
// | operation | the organization that signed it |
// | trace event body | its submitter, whoever sees a receivable that links it |
// | organizations, verdicts, works, anchoring proofs | anyone with a key (public by design) |
package visibility

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// Viewer is the organization a read is for.
type Viewer struct {
	Organization int64
	Address      common.Address
	Operator     bool // sees every receivable, every exposure and every balance
	Clearing     bool // sees every cash balance
}

// Of is the viewer the organization a request acts for reads as.
func Of(p api.Organization) Viewer {
	return Viewer{Organization: p.ID, Address: p.Address, Operator: p.Has("OPERATOR"), Clearing: p.Has("CLEARING")}
}

// From is the viewer of an authenticated request.
func From(ctx context.Context) (Viewer, error) {
	p, err := api.RequireOrganization(ctx)
	if err != nil {
		return Viewer{}, err
	}
	return Of(p), nil
}

// Args collects the positional arguments of a query while its SQL is built.
type Args []any

// Add appends v and returns its placeholder ("$3").
func (a *Args) Add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}

// SeesReceivable reports whether v may read a receivable owed by obligor
// in which the organizations at addresses took part (receivable_organizations:
// creditor, holders past and present, financiers asked, funders).
func (v Viewer) SeesReceivable(obligor common.Address, tookPart []common.Address) bool {
	return v.Operator || obligor == v.Address || slices.Contains(tookPart, v.Address)
}

// ReceivableSQL is SeesReceivable as a condition on the receivables row r.
func (v Viewer) ReceivableSQL(r string, args *Args) string {
	if v.Operator {
		return "true"
	}
	// IN, not a correlated EXISTS: Postgres reads the viewer's receivables
	// once (index receivable_organizations_address) and tests each row against a hash.
	me := args.Add(v.Address.Bytes())
	return fmt.Sprintf(`(%[1]s.obligor = %[2]s OR %[1]s.id IN (SELECT vp.receivable_id FROM receivable_organizations vp
		WHERE vp.address = %[2]s))`, r, me)
}

// SeesExposure reports whether v may read the penetration of obligor's credit.
func (v Viewer) SeesExposure(obligor common.Address) bool {
	return v.Operator || obligor == v.Address
}

// SeesFinancingRequest reports whether v may read a financing request (and
// quote it): only the holder that asked and the financier asked.
func (v Viewer) SeesFinancingRequest(holder, financier common.Address) bool {
	return holder == v.Address || financier == v.Address
}

// SeesBalance reports whether v may read owner's cash balance.
func (v Viewer) SeesBalance(owner common.Address) bool {
	return v.Operator || v.Clearing || owner == v.Address
}

// SeesOperation reports whether v may read an operation signed by signer:
// an organization's operations are signed with its own key.
func (v Viewer) SeesOperation(signer common.Address) bool {
	return signer == v.Address
}

// SeesEvent reports whether v may read the body of a trace event submitted by
// organization submitter, given whether v sees some receivable that links it
// (computed with ReceivableSQL). Its hash, batch and proof are public.
func (v Viewer) SeesEvent(submitter int64, seesLinkingReceivable bool) bool {
	return submitter == v.Organization || seesLinkingReceivable
}

// Hidden is the problem for a record v may not see: the same as for a missing one.
func Hidden(format string, args ...any) error {
	return problem.NotFound(format, args...)
}
