package trace

import (
	"context"
	"fmt"

	"github.com/duochain/duochain/services/visibility"
)

// sqlEventReaders gives, for the event records whose ids are $1, who submitted
// each and whether the viewer sees a receivable that links it, %s being the
// viewer's condition on the linking receivable r (visibility.ReceivableSQL).
// A receivable links an event when the event is goods-received evidence of
// its root's invoice: the rule of sqlGoodsReceived read from the event's side
// (keep the two in step). refTail(number) is the regexp_replace below, and an
// event matching the number always has it as its ref_tail.
const sqlEventReaders = `SELECT e.id, e.organization_id, EXISTS (
		SELECT 1 FROM trace_event_biz z
		JOIN invoices i ON regexp_replace(i.number, '^.*[:/]', '') = z.ref_tail
		  AND (z.value = i.number OR right(z.value, length(i.number) + 1) IN (':' || i.number, '/' || i.number))
		JOIN receivables root ON root.fingerprint = i.fingerprint AND root.id = root.root_id
		JOIN organizations o ON o.id = e.organization_id AND o.address IN (root.obligor, root.original_creditor)
		JOIN receivables r ON r.root_id = root.id
		WHERE z.event_id = e.id AND z.receiving AND z.type = 'inv' AND %s)
	FROM trace_events e WHERE e.id = ANY($1::bigint[])`

// Redact takes the body out of every entry v may not read (visibility.Viewer.SeesEvent),
// leaving its hashes, batch and proof: anchoring proofs are public, event
// bodies (with their submitter's private extension fields) are not.
func (s *Service) Redact(ctx context.Context, v visibility.Viewer, entries []Entry) error {
	if len(entries) == 0 {
		return nil
	}
	ids := make([]int64, len(entries))
	for i, e := range entries {
		ids[i] = e.record
	}
	args := visibility.Args{ids}
	rows, err := s.Pool.Query(ctx, fmt.Sprintf(sqlEventReaders, v.ReceivableSQL("r", &args)), args...)
	if err != nil {
		return fmt.Errorf("who reads %d trace events: %w", len(entries), err)
	}
	defer rows.Close()
	readable := map[int64]bool{}
	for rows.Next() {
		var (
			id, org int64
			linked  bool
		)
		if err := rows.Scan(&id, &org, &linked); err != nil {
			return err
		}
		readable[id] = v.SeesEvent(org, linked)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("who reads %d trace events: %w", len(entries), err)
	}
	for i := range entries {
		if !readable[entries[i].record] {
			entries[i].Event, entries[i].Redacted = nil, true
		}
	}
	return nil
}

// visibleReceivable reports whether v may see receivable id.
func (s *Service) visibleReceivable(ctx context.Context, v visibility.Viewer, id int64) (bool, error) {
	args := visibility.Args{id}
	var ok bool
	err := s.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM receivables r WHERE r.id = $1 AND `+v.ReceivableSQL("r", &args)+`)`, args...).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("may %d see receivable %d: %w", v.Organization, id, err)
	}
	return ok, nil
}
