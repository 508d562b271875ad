package trace

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/problem"
)

// entryColumns are what an Entry is built from; every query below selects
// them from trace_events e, with the batch that covers e and its anchor.
const entryColumns = `e.id, e.event_time, e.organization_id, e.hash, e.body, b.id, b.root, b.item_count, b.first_id, b.last_id,
	a.tx_hash, a.block_number, a.anchored_at`

const entryJoins = `LEFT JOIN LATERAL (SELECT * FROM trace_batches b WHERE b.last_id >= e.id ORDER BY b.last_id LIMIT 1) b ON true
	LEFT JOIN trace_anchors a ON a.root = b.root`

const sqlItemHistory = `SELECT ` + entryColumns + `
	FROM trace_event_epcs x JOIN trace_events e ON e.id = x.event_id ` + entryJoins + `
	WHERE x.epc_key = $1 AND (x.event_time, x.event_id) > ($2, $3)
	ORDER BY x.event_time, x.event_id LIMIT $4`

// History is a page of an item's history.
type History struct {
	EPC        string  `json:"epc"`
	Items      []Entry `json:"items"`
	NextCursor *string `json:"next_cursor"`
}

// ItemHistory returns the events naming epc (an EPC URI, class or GS1 Digital
// Link) in event time order, limit at a time after cursor ("" for the start).
// An identifier no event names is a not_found problem.
func (s *Service) ItemHistory(ctx context.Context, epc, cursor string, limit int) (History, error) {
	after, afterID, err := parseCursor(cursor)
	if err != nil {
		return History{}, err
	}
	rows, err := s.Pool.Query(ctx, sqlItemHistory, epcKey(epc), after, afterID, limit+1)
	if err != nil {
		return History{}, fmt.Errorf("item history of %s: %w", epc, err)
	}
	entries, last, err := s.entries(ctx, rows)
	if err != nil {
		return History{}, fmt.Errorf("item history of %s: %w", epc, err)
	}
	if len(entries) == 0 && cursor == "" {
		return History{}, problem.NotFound("no trace event names %s", epc)
	}
	h := History{EPC: epc, Items: entries}
	if len(entries) > limit {
		h.Items = entries[:limit]
		c := fmt.Sprintf("%d_%d", last[limit-1].time.UnixMicro(), last[limit-1].id)
		h.NextCursor = &c
	}
	return h, nil
}

func parseCursor(c string) (time.Time, int64, error) {
	if c == "" {
		return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), 0, nil
	}
	ts, id, ok := strings.Cut(c, "_")
	us, err1 := strconv.ParseInt(ts, 10, 64)
	n, err2 := strconv.ParseInt(id, 10, 64)
	// A cursor is an event time (microseconds) and id this API wrote: out of
	// those ranges, Postgres would refuse the time (a 500), so refuse it here.
	if !ok || err1 != nil || err2 != nil || us < minCursorMicros || us > maxCursorMicros || n < 0 {
		return time.Time{}, 0, problem.Invalid("invalid_cursor", "cursor", "cursor %q is not one this API gave", c)
	}
	return time.UnixMicro(us), n, nil
}

// The event times a cursor may hold: years 1 to 9999, what RFC 3339 writes.
var (
	minCursorMicros = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).UnixMicro()
	maxCursorMicros = time.Date(9999, 12, 31, 23, 59, 59, 999999000, time.UTC).UnixMicro()
)

// position is where an entry sits in its list, for cursors, and whose
// record it is.
type position struct {
	id   int64
	time time.Time
	org  int64
}

// entries builds the entries of rows holding entryColumns, proofs included.
func (s *Service) entries(ctx context.Context, rows pgx.Rows) ([]Entry, []position, error) {
	type row struct {
		pos                     position
		hash, body, root, txh   []byte
		batch, first, last, blk *int64
		count                   *int32
		at                      *time.Time
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.pos.id, &r.pos.time, &r.pos.org, &r.hash, &r.body, &r.batch, &r.root, &r.count, &r.first, &r.last, &r.txh, &r.blk, &r.at); err != nil {
			rows.Close()
			return nil, nil, err
		}
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	chain := ChainRef{TraceAnchor: s.Anchor.Hex()}
	if s.ChainID != nil {
		chain.ChainID = s.ChainID.String()
	}
	out := make([]Entry, len(all))
	pos := make([]position, len(all))
	for i, r := range all {
		e := Entry{Event: r.body, EventHash: hexHash(r.hash), EventHashID: hashID(r.hash), Proof: []string{}, Chain: chain,
			Batch: BatchRef{Status: StatusPending}, record: r.pos.id}
		if r.batch != nil {
			t, err := loadTree(ctx, s.Trees, s.Pool, *r.batch, *r.first, *r.last, int(*r.count))
			if err != nil {
				return nil, nil, err
			}
			leaf := t.leafIndex(r.pos.id)
			if leaf < 0 {
				return nil, nil, fmt.Errorf("event %d is not in batch %d", r.pos.id, *r.batch)
			}
			id, root, count := strconv.FormatInt(*r.batch, 10), hexHash(r.root), int(*r.count)
			e.Batch.ID, e.Batch.Root, e.Batch.LeafIndex, e.Batch.ItemCount = &id, &root, &leaf, &count
			for _, p := range t.tree.Proof(leaf) {
				e.Proof = append(e.Proof, hexHash(p[:]))
			}
		}
		if r.txh != nil {
			txh, blk := hexHash(r.txh), uint64(*r.blk)
			at := r.at.UTC()
			e.Batch.TxHash, e.Batch.BlockNumber, e.Batch.AnchoredAt, e.Batch.Status = &txh, &blk, &at, StatusAnchored
		}
		out[i], pos[i] = e, r.pos
	}
	return out, pos, nil
}

const sqlReceivableInvoice = `SELECT i.number, ob.id
	FROM receivables r JOIN receivables root ON root.id = r.root_id
	LEFT JOIN invoices i ON i.fingerprint = root.fingerprint
	LEFT JOIN organizations ob ON ob.address = root.obligor
	WHERE r.id = $1`

// goodsReceivedMatch selects the records naming the invoice number $2 (whose
// tail is $1) as received: bizStep receiving or accepting, and a business
// transaction of type inv whose value is the number or ends with ":number"
// or "/number". A semi-join, so an event naming the invoice twice is listed
// once.
const goodsReceivedMatch = `e.id IN (SELECT z.event_id FROM trace_event_biz z
	WHERE z.ref_tail = $1 AND z.receiving AND z.type = 'inv'
	  AND (z.value = $2 OR right(z.value, length($2) + 1) IN (':' || $2, '/' || $2)))`

// sqlReceivedByObligor is the obligor's ($3) records of goods received
// under the invoice; sqlReceivedByOthers everyone else's. Each list has its
// own limit, so no number of others' records can push the obligor's out.
const (
	sqlReceivedByObligor = `SELECT ` + entryColumns + ` FROM trace_events e ` + entryJoins + `
	WHERE ` + goodsReceivedMatch + ` AND e.organization_id = $3
	ORDER BY e.event_time, e.id LIMIT ` + maxReceivableRecords
	sqlReceivedByOthers = `SELECT ` + entryColumns + ` FROM trace_events e ` + entryJoins + `
	WHERE ` + goodsReceivedMatch + ` AND e.organization_id IS DISTINCT FROM $3::bigint
	ORDER BY e.event_time, e.id LIMIT ` + maxReceivableRecords
)

// maxReceivableRecords is how many records each list of a receivable's
// trace holds at most.
const maxReceivableRecords = "1000"

// ReceivableTrace is the goods-received evidence of a receivable's invoice.
// Only the obligor (the buyer) can say it received the goods: its records
// are Received, and GoodsReceived is whether there is any. What others
// recorded under the invoice (the seller, a carrier) is OtherRecords, named
// by who recorded it, and counts for nothing.
type ReceivableTrace struct {
	ReceivableID  string  `json:"receivable_id"`
	GoodsReceived bool    `json:"goods_received"`
	Received      []Entry `json:"received"`
	OtherRecords  []Entry `json:"other_records"`
}

// GoodsReceived returns the goods-received records of receivable id's
// invoice (see docs/traceability.md: an event with bizStep receiving or accepting, a
// business transaction of type inv whose value is the invoice number or ends
// with ":number" or "/number"; a split-off part shows its root's invoice):
// the obligor's, and separately everyone else's, each in event time order,
// at most 1,000 each.
func (s *Service) GoodsReceived(ctx context.Context, receivableID int64) (ReceivableTrace, error) {
	out := ReceivableTrace{ReceivableID: strconv.FormatInt(receivableID, 10), Received: []Entry{}, OtherRecords: []Entry{}}
	var number *string
	var obligor *int64
	err := s.Pool.QueryRow(ctx, sqlReceivableInvoice, receivableID).Scan(&number, &obligor)
	if errors.Is(err, pgx.ErrNoRows) {
		return out, problem.NotFound("no receivable %d", receivableID)
	}
	if err != nil {
		return out, fmt.Errorf("invoice of receivable %d: %w", receivableID, err)
	}
	if number == nil {
		return out, nil
	}
	if obligor != nil {
		if out.Received, err = s.records(ctx, sqlReceivedByObligor, refTail(*number), *number, *obligor); err != nil {
			return out, fmt.Errorf("goods received for receivable %d: %w", receivableID, err)
		}
	}
	if out.OtherRecords, err = s.records(ctx, sqlReceivedByOthers, refTail(*number), *number, obligor); err != nil {
		return out, fmt.Errorf("others' receipts for receivable %d: %w", receivableID, err)
	}
	out.GoodsReceived = len(out.Received) > 0
	return out, nil
}

// records runs query (selecting entryColumns) and returns its entries, each
// naming the organization that recorded it.
func (s *Service) records(ctx context.Context, query string, args ...any) ([]Entry, error) {
	rows, err := s.Pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	entries, pos, err := s.entries(ctx, rows)
	if err != nil || len(entries) == 0 {
		return entries, err
	}
	orgs := make([]int64, len(pos))
	for i, p := range pos {
		orgs[i] = p.org
	}
	rows, err = s.Pool.Query(ctx, `SELECT id, address FROM organizations WHERE id = ANY($1)`, orgs)
	if err != nil {
		return nil, fmt.Errorf("who recorded: %w", err)
	}
	addrs := map[int64]common.Address{}
	for rows.Next() {
		var id int64
		var a []byte
		if err := rows.Scan(&id, &a); err != nil {
			rows.Close()
			return nil, fmt.Errorf("who recorded: %w", err)
		}
		addrs[id] = common.BytesToAddress(a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("who recorded: %w", err)
	}
	for i, p := range pos {
		entries[i].RecordedBy = &Recorder{ID: strconv.FormatInt(p.org, 10), Address: addrs[p.org]}
	}
	return entries, nil
}
