package receivable

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/visibility"
)

// The roles an organization plays in a receivable (receivable_organizations.role).
const (
	roleCreditor  = "creditor"  // the root's supplier
	roleHolder    = "holder"    // received it by split or transfer
	roleFinancier = "financier" // was asked to finance it
	roleFunder    = "funder"    // financed it
)

// tookPart records, in the projection's transaction, that addr took part in
// receivable id: visibility keeps past holders and financiers, whom the
// receivables row forgets.
func tookPart(ctx context.Context, tx pgx.Tx, id int64, addr common.Address, role string) error {
	_, err := tx.Exec(ctx, `INSERT INTO receivable_organizations (receivable_id, address, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
		id, addr.Bytes(), role)
	if err != nil {
		return fmt.Errorf("record %s %s of receivable %d: %w", role, addr, id, err)
	}
	return nil
}

// projectOrganizations records the organizations an event names, before the event's own projection.
func (p *Projection) projectOrganizations(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	l := &ev.Log
	if e, err := p.rcv.UnpackReceivableSubmittedEvent(l); err == nil {
		return tookPart(ctx, tx, e.Id.Int64(), e.Creditor, roleCreditor)
	}
	if e, err := p.rcv.UnpackReceivableIssuedEvent(l); err == nil {
		return tookPart(ctx, tx, e.Id.Int64(), e.Creditor, roleCreditor)
	}
	if e, err := p.rcv.UnpackReceivableSplitEvent(l); err == nil {
		return tookPart(ctx, tx, e.Id.Int64(), e.To, roleHolder)
	}
	if e, err := p.rcv.UnpackReceivableTransferredEvent(l); err == nil {
		return tookPart(ctx, tx, e.Id.Int64(), e.To, roleHolder)
	}
	if e, err := p.rcv.UnpackFinancingRequestedEvent(l); err == nil {
		return tookPart(ctx, tx, e.Id.Int64(), e.Financier, roleFinancier)
	}
	if e, err := p.rcv.UnpackFinancingFundedEvent(l); err == nil {
		return tookPart(ctx, tx, e.FinancedId.Int64(), e.Financier, roleFunder)
	}
	return nil
}

// Organizations returns the organizations that took part in receivable id
// (receivable_organizations), for visibility.Viewer.SeesReceivable.
func (q *Queries) Organizations(ctx context.Context, id int64) ([]common.Address, error) {
	rows, err := q.Pool.Query(ctx, `SELECT DISTINCT address FROM receivable_organizations WHERE receivable_id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("organizations of receivable %d: %w", id, err)
	}
	defer rows.Close()
	var out []common.Address
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		out = append(out, common.BytesToAddress(b))
	}
	return out, rows.Err()
}

// VisibleChildren returns the ids of the receivables split off id that v may see.
func (q *Queries) VisibleChildren(ctx context.Context, v visibility.Viewer, id int64) ([]string, error) {
	args := visibility.Args{id}
	rows, err := q.Pool.Query(ctx, `SELECT r.id FROM receivables r WHERE r.parent_id = $1 AND `+v.ReceivableSQL("r", &args)+` ORDER BY r.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("children of %d: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, strconv.FormatInt(c, 10))
	}
	return out, rows.Err()
}
