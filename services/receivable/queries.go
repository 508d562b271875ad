package receivable

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/visibility"
)

// Receivable is one receivable as the API shows it.
type Receivable struct {
	ID               string           `json:"id"`
	RootID           string           `json:"root_id"`
	ParentID         *string          `json:"parent_id"`
	Tier             int              `json:"tier"`
	Obligor          OrganizationRef  `json:"obligor"`
	OriginalCreditor OrganizationRef  `json:"original_creditor"`
	Holder           *OrganizationRef `json:"holder"`
	Value            Amount           `json:"value"`
	FaceValue        Amount           `json:"face_value"`
	Currency         string           `json:"currency"`
	DueDate          string           `json:"due_date"`
	Status           string           `json:"status"`
	LapsesAt         *time.Time       `json:"lapses_at,omitempty"` // an unconfirmed submission lapses then
	Frozen           bool             `json:"frozen"`
	LockedByRequest  *string          `json:"locked_by_request"`
	Fingerprint      *string          `json:"invoice_fingerprint,omitempty"`
	CreatedTx        string           `json:"created_tx"`
	CreatedBlock     uint64           `json:"created_block"`
	Lineage          []Ancestor       `json:"lineage,omitempty"`
	Children         []string         `json:"children,omitempty"`
	holderAddr       common.Address
	obligorAddr      common.Address
	lockExpires      *time.Time
}

// OrganizationRef is an organization as a receivable or a financing request
// names it, by id and address; the field that holds it says its part
// (obligor, holder, financier).
type OrganizationRef struct {
	ID      string         `json:"id"`
	Address common.Address `json:"address"`
}

// Ancestor is one step from a receivable up to its root.
type Ancestor struct {
	ID   string `json:"id"`
	Tier int    `json:"tier"`
}

// Queries reads the receivable read model.
type Queries struct {
	Pool *pgxpool.Pool
}

const recColumns = `id, root_id, parent_id, tier, obligor, original_creditor, holder, value, face_value, due_date, status,
	frozen OR root_frozen, locked_by, fingerprint, created_tx, created_block, lapses_at,
	(SELECT f.expires_at FROM financing_requests f WHERE f.id = receivables.locked_by)`

func scanReceivable(row pgx.Row) (Receivable, error) {
	var (
		r                       Receivable
		id, root, created       int64
		parent, locked          *int64
		obligor, creditor, hold []byte
		due                     time.Time
		fp, createdTx           []byte
	)
	if err := row.Scan(&id, &root, &parent, &r.Tier, &obligor, &creditor, &hold, &r.Value, &r.FaceValue, &due, &r.Status,
		&r.Frozen, &locked, &fp, &createdTx, &created, &r.LapsesAt, &r.lockExpires); err != nil {
		return r, err
	}
	r.ID, r.RootID = strconv.FormatInt(id, 10), strconv.FormatInt(root, 10)
	if parent != nil {
		s := strconv.FormatInt(*parent, 10)
		r.ParentID = &s
	}
	if locked != nil {
		s := strconv.FormatInt(*locked, 10)
		r.LockedByRequest = &s
	}
	r.obligorAddr = common.BytesToAddress(obligor)
	r.Obligor = OrganizationRef{Address: r.obligorAddr}
	r.OriginalCreditor = OrganizationRef{Address: common.BytesToAddress(creditor)}
	if hold != nil {
		r.holderAddr = common.BytesToAddress(hold)
		r.Holder = &OrganizationRef{Address: r.holderAddr}
	}
	r.Currency = Currency
	r.DueDate = due.UTC().Format(time.DateOnly)
	if fp != nil {
		s := common.BytesToHash(fp).Hex()
		r.Fingerprint = &s
	}
	r.CreatedTx, r.CreatedBlock = common.BytesToHash(createdTx).Hex(), uint64(created)
	return r, nil
}

// Get returns receivable id with its lineage and children.
func (q *Queries) Get(ctx context.Context, id int64) (Receivable, error) {
	r, err := scanReceivable(q.Pool.QueryRow(ctx, `SELECT `+recColumns+` FROM receivables WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return r, problem.NotFound("no receivable %d", id)
	}
	if err != nil {
		return r, fmt.Errorf("read receivable %d: %w", id, err)
	}
	rows, err := q.Pool.Query(ctx, `WITH RECURSIVE up(id, parent_id, tier) AS (
			SELECT id, parent_id, tier FROM receivables WHERE id = $1
			UNION ALL SELECT r.id, r.parent_id, r.tier FROM receivables r JOIN up ON r.id = up.parent_id)
		SELECT id, tier FROM up WHERE id <> $1 ORDER BY tier DESC`, id)
	if err != nil {
		return r, fmt.Errorf("lineage of %d: %w", id, err)
	}
	for rows.Next() {
		var a Ancestor
		var aid int64
		if err := rows.Scan(&aid, &a.Tier); err != nil {
			return r, err
		}
		a.ID = strconv.FormatInt(aid, 10)
		r.Lineage = append(r.Lineage, a)
	}
	if err := rows.Err(); err != nil {
		return r, err
	}
	rows, err = q.Pool.Query(ctx, `SELECT id FROM receivables WHERE parent_id = $1 ORDER BY id`, id)
	if err != nil {
		return r, fmt.Errorf("children of %d: %w", id, err)
	}
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			return r, err
		}
		r.Children = append(r.Children, strconv.FormatInt(c, 10))
	}
	return r, rows.Err()
}

// Filter selects receivables for List.
type Filter struct {
	Viewer          visibility.Viewer // only what it may see; the zero Viewer sees nothing
	Holder, Obligor *common.Address
	Root            int64
	Status          string
	DueBefore       *time.Time
	After           int64 // cursor: ids above it
	Limit           int
	Now             time.Time // the chain's time: pending and lapsed are judged by it
}

// List returns receivables matching f in id order.
func (q *Queries) List(ctx context.Context, f Filter) ([]Receivable, error) {
	args := visibility.Args{f.After}
	where := []string{"id > $1", f.Viewer.ReceivableSQL("receivables", &args)}
	add := func(cond string, v any) {
		where = append(where, fmt.Sprintf(cond, args.Add(v)))
	}
	if f.Holder != nil {
		add("holder = %s", f.Holder.Bytes())
	}
	if f.Obligor != nil {
		add("obligor = %s", f.Obligor.Bytes())
	}
	if f.Root != 0 {
		add("root_id = %s", f.Root)
	}
	switch f.Status {
	case "":
	case "pending":
		add("status = 'pending' AND lapses_at > %s", f.Now)
	case "lapsed":
		add("(status = 'lapsed' OR (status = 'pending' AND lapses_at <= %s))", f.Now)
	default:
		add("status = %s", f.Status)
	}
	if f.DueBefore != nil {
		add("due_date < %s", *f.DueBefore)
	}
	limit := args.Add(f.Limit)
	rows, err := q.Pool.Query(ctx, `SELECT `+recColumns+` FROM receivables WHERE `+strings.Join(where, " AND ")+
		` ORDER BY id LIMIT `+limit, args...)
	if err != nil {
		return nil, fmt.Errorf("list receivables: %w", err)
	}
	defer rows.Close()
	out := []Receivable{}
	for rows.Next() {
		r, err := scanReceivable(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Event is one entry of a receivable's history.
type Event struct {
	Kind        string         `json:"kind"`
	Detail      map[string]any `json:"detail"`
	TxHash      common.Hash    `json:"tx_hash"`
	BlockNumber uint64         `json:"block_number"`
	OccurredAt  time.Time      `json:"occurred_at"`
}

// History returns receivable id's events, oldest first.
func (q *Queries) History(ctx context.Context, id int64) ([]Event, error) {
	rows, err := q.Pool.Query(ctx, `SELECT kind, detail, tx_hash, block_number, occurred_at FROM receivable_events
		WHERE receivable_id = $1 ORDER BY block_number, log_index`, id)
	if err != nil {
		return nil, fmt.Errorf("history of %d: %w", id, err)
	}
	defer rows.Close()
	out := []Event{}
	for rows.Next() {
		var e Event
		var h []byte
		if err := rows.Scan(&e.Kind, &e.Detail, &h, &e.BlockNumber, &e.OccurredAt); err != nil {
			return nil, err
		}
		e.TxHash = common.BytesToHash(h)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Exposure is how much of an obligor's debt one holder holds at one tier.
type Exposure struct {
	Tier        int             `json:"tier"`
	Holder      OrganizationRef `json:"holder"`
	Value       Amount          `json:"value"`
	Receivables int             `json:"receivables"`
	EarliestDue string          `json:"earliest_due"`
	LatestDue   string          `json:"latest_due"`
	holderAddr  common.Address
}

// Exposure is the penetration of obligor's credit: live value by tier and holder.
func (q *Queries) Exposure(ctx context.Context, obligor common.Address, minTier int) ([]Exposure, error) {
	rows, err := q.Pool.Query(ctx, `SELECT tier, holder, sum(value), count(*), min(due_date), max(due_date) FROM receivables
		WHERE obligor = $1 AND tier >= $2 AND status IN ('active', 'overdue', 'repaid') AND holder IS NOT NULL
		GROUP BY tier, holder ORDER BY tier, holder`, obligor.Bytes(), minTier)
	if err != nil {
		return nil, fmt.Errorf("exposure of %s: %w", obligor, err)
	}
	return scanExposure(rows)
}

func scanExposure(rows pgx.Rows) ([]Exposure, error) {
	defer rows.Close()
	out := []Exposure{}
	for rows.Next() {
		var (
			e        Exposure
			h        []byte
			min, max time.Time
		)
		if err := rows.Scan(&e.Tier, &h, &e.Value, &e.Receivables, &min, &max); err != nil {
			return nil, err
		}
		e.holderAddr = common.BytesToAddress(h)
		e.Holder = OrganizationRef{Address: e.holderAddr}
		e.EarliestDue, e.LatestDue = min.Format(time.DateOnly), max.Format(time.DateOnly)
		out = append(out, e)
	}
	return out, rows.Err()
}

// PendingExposure is what obligor has been asked to confirm and has not, and that
// has not lapsed by now: by holder, each a tier-1 root.
func (q *Queries) PendingExposure(ctx context.Context, obligor common.Address, now time.Time) ([]Exposure, error) {
	rows, err := q.Pool.Query(ctx, `SELECT tier, holder, sum(value), count(*), min(due_date), max(due_date) FROM receivables
		WHERE obligor = $1 AND status = 'pending' AND lapses_at > $2 AND holder IS NOT NULL
		GROUP BY tier, holder ORDER BY tier, holder`, obligor.Bytes(), now)
	if err != nil {
		return nil, fmt.Errorf("pending exposure of %s: %w", obligor, err)
	}
	return scanExposure(rows)
}

// FinancingRequest is a request as the API shows it.
type FinancingRequest struct {
	ID            string          `json:"id"`
	ReceivableID  string          `json:"receivable_id"`
	RootID        string          `json:"root_id"`
	Holder        OrganizationRef `json:"holder"`
	Financier     OrganizationRef `json:"financier"`
	Value         Amount          `json:"value"`
	MinPrice      Amount          `json:"min_price"` // the holder's floor: no funding below it
	ExpiresAt     time.Time       `json:"expires_at"`
	Price         *Amount         `json:"price"`
	FinancedID    *string         `json:"financed_receivable_id"`
	DueDate       string          `json:"due_date"`
	Status        string          `json:"status"` // requested, funded, cancelled, declined; expired once past expires_at unanswered
	holderAddr    common.Address
	financierAddr common.Address
	obligorAddr   common.Address
	due           time.Time
}

// Request returns financing request id.
func (q *Queries) Request(ctx context.Context, id int64) (FinancingRequest, error) {
	var (
		r           FinancingRequest
		rcvID, root int64
		holder, fin []byte
		financed    *int64
		obligor     []byte
	)
	err := q.Pool.QueryRow(ctx, `SELECT f.receivable_id, f.root_id, f.holder, f.financier, f.value, f.min_price, f.expires_at,
			f.price, f.financed_id, f.due_date, f.status, r.obligor
		FROM financing_requests f JOIN receivables r ON r.id = f.root_id WHERE f.id = $1`, id).Scan(&rcvID, &root, &holder, &fin, &r.Value, &r.MinPrice,
		&r.ExpiresAt, &r.Price, &financed, &r.due, &r.Status, &obligor)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, problem.NotFound("no financing request %d", id)
	}
	if err != nil {
		return r, fmt.Errorf("read financing request %d: %w", id, err)
	}
	r.ID, r.ReceivableID, r.RootID = strconv.FormatInt(id, 10), strconv.FormatInt(rcvID, 10), strconv.FormatInt(root, 10)
	r.holderAddr, r.financierAddr = common.BytesToAddress(holder), common.BytesToAddress(fin)
	r.Holder, r.Financier = OrganizationRef{Address: r.holderAddr}, OrganizationRef{Address: r.financierAddr}
	r.obligorAddr = common.BytesToAddress(obligor)
	r.ExpiresAt = r.ExpiresAt.UTC()
	r.DueDate = r.due.Format(time.DateOnly)
	if financed != nil {
		s := strconv.FormatInt(*financed, 10)
		r.FinancedID = &s
	}
	return r, nil
}

// Balance is addr's cash in minor units.
func (q *Queries) Balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	var b Amount
	err := q.Pool.QueryRow(ctx, `SELECT balance FROM cash_balances WHERE address = $1`, addr.Bytes()).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, fmt.Errorf("balance of %s: %w", addr, err)
	}
	return b.Minor(), nil
}
