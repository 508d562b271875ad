package trace

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service stores trace events and serves them back with their proofs.
type Service struct {
	Pool    *pgxpool.Pool
	Batcher *Batcher       // told how many events were added; may be nil
	ChainID *big.Int       // of the chain roots are anchored on
	Anchor  common.Address // the TraceAnchor contract
	Trees   *TreeCache     // recent batch trees; nil builds every time
	Chain   ChainReader    // for POST /v1/trace/verify
	MaxBody int64          // largest ingestion body; MaxIngestBody when 0
}

func (s *Service) maxBody() int64 {
	if s.MaxBody > 0 {
		return s.MaxBody
	}
	return MaxIngestBody
}

// IngestResult is what an ingestion stored.
type IngestResult struct {
	Accepted   int    // events recorded now
	Duplicates int    // events the submitter recorded before (same hash), or repeated in the request
	Duplicate  []bool // per input event, in order
	Pending    int64  // at most this many events wait for a batch
}

const (
	// Only the submitter's own records: another organization's record of
	// the same event is no duplicate, and must not show through the answer.
	sqlExistingHashes = `SELECT hash FROM trace_events WHERE hash = ANY($1::bytea[]) AND organization_id = $2`
	sqlTakeIDs        = `SELECT nextval('trace_event_ids') FROM generate_series(1, $1)`
	sqlPending        = `SELECT s.last_value - COALESCE((SELECT max(last_id) FROM trace_batches), 0)
		FROM trace_event_ids s WHERE s.is_called`
)

// Ingest records events for organization org, all or nothing, in one
// database transaction. Each record belongs to its submitter: an event org
// recorded already (same hash) is a duplicate and is not recorded again,
// while an event only other organizations recorded is recorded for org as
// well, and nothing in the result tells it apart from a new one. Once it
// returns nil every new record is committed.
func (s *Service) Ingest(ctx context.Context, org int64, events []Prepared) (IngestResult, error) {
	var res IngestResult
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		// The first attempt does not look for stored hashes: the unique index
		// on (hash, submitter) looks anyway, and a duplicate of org's own
		// fails the COPY, which the next attempt (looking first) gets past.
		// Other organizations' records never fail it, so they cannot make
		// org's answer slower either.
		res, err = s.ingestOnce(ctx, org, events, attempt > 0)
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || !retryable(pe.Code) {
			break
		}
		// Org recorded some event already (a retried request, or a concurrent
		// one of org's that recorded the same event first), or a concurrent
		// ingestion of the same events lost a deadlock or serialization race:
		// look, and try again.
	}
	if err != nil {
		return res, fmt.Errorf("ingest %d trace events: %w", len(events), err)
	}
	if s.Batcher != nil {
		s.Batcher.Added(res.Accepted)
	}
	if err := s.Pool.QueryRow(ctx, sqlPending).Scan(&res.Pending); err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return res, fmt.Errorf("count pending trace events: %w", err)
	}
	return res, nil
}

// retryable reports whether an ingestion that failed with SQLSTATE code may
// succeed when tried again: a unique violation (the submitter recorded the
// event meanwhile), a deadlock or a serialization failure.
func retryable(code string) bool {
	switch code {
	case "23505", "40P01", "40001":
		return true
	}
	return false
}

func (s *Service) ingestOnce(ctx context.Context, org int64, events []Prepared, lookFirst bool) (IngestResult, error) {
	res := IngestResult{Duplicate: make([]bool, len(events))}
	hashes := make([][]byte, len(events))
	for i := range events {
		hashes[i] = events[i].Hash[:]
	}
	tx, err := s.Pool.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1)`, int64(ingestLock)); err != nil {
		return res, fmt.Errorf("take the ingest lock: %w", err)
	}
	stored := make(map[[32]byte]bool, len(events))
	if lookFirst {
		rows, err := tx.Query(ctx, sqlExistingHashes, hashes, org)
		if err != nil {
			return res, fmt.Errorf("look up stored hashes: %w", err)
		}
		for rows.Next() {
			var h []byte
			if err := rows.Scan(&h); err != nil {
				return res, err
			}
			stored[[32]byte(h)] = true
		}
		if err := rows.Err(); err != nil {
			return res, fmt.Errorf("look up stored hashes: %w", err)
		}
	}
	var fresh []int
	for i := range events {
		if stored[events[i].Hash] {
			res.Duplicate[i] = true
			res.Duplicates++
			continue
		}
		stored[events[i].Hash] = true
		fresh = append(fresh, i)
	}
	res.Accepted = len(fresh)
	if len(fresh) == 0 {
		return res, tx.Commit(ctx)
	}
	ids, err := takeIDs(ctx, tx, len(fresh))
	if err != nil {
		return res, err
	}
	if err := copyEvents(ctx, tx, org, events, fresh, ids); err != nil {
		return res, err
	}
	return res, tx.Commit(ctx)
}

func takeIDs(ctx context.Context, tx pgx.Tx, n int) ([]int64, error) {
	rows, err := tx.Query(ctx, sqlTakeIDs, n)
	if err != nil {
		return nil, fmt.Errorf("take %d event ids: %w", n, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("take %d event ids: %w", n, err)
	}
	return ids, nil
}

// copyEvents writes the events at positions fresh with ids, and their index
// rows, with COPY, as org's records. Events go in hash order whatever the
// request's order (ids stay in request order): two ingestions of overlapping
// events by one submitter then take the unique (hash, submitter) index's
// entries in the same order, so one waits for the other instead of both
// waiting for each other (a deadlock).
func copyEvents(ctx context.Context, tx pgx.Tx, org int64, events []Prepared, fresh []int, ids []int64) error {
	order := make([]int, len(fresh)) // positions in fresh, by hash
	for j := range order {
		order[j] = j
	}
	slices.SortFunc(order, func(a, b int) int { return bytes.Compare(events[fresh[a]].Hash[:], events[fresh[b]].Hash[:]) })
	evRows := make([][]any, len(fresh))
	for k, j := range order {
		e := &events[fresh[j]]
		evRows[k] = []any{ids[j], e.Hash[:], time.UnixMicro(e.Time).UTC(), e.Type, org, e.Body}
	}
	var epcRows, bizRows [][]any
	for j, i := range fresh {
		e := &events[i]
		t := time.UnixMicro(e.Time).UTC()
		for _, k := range e.Keys {
			epcRows = append(epcRows, []any{k, t, ids[j]})
		}
		for _, b := range e.Biz {
			bizRows = append(bizRows, []any{b.tail, ids[j], b.typ, b.value, b.receiving})
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"trace_events"}, []string{"id", "hash", "event_time", "event_type", "organization_id", "body"},
		pgx.CopyFromRows(evRows)); err != nil {
		return fmt.Errorf("copy trace events: %w", err)
	}
	if len(epcRows) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"trace_event_epcs"}, []string{"epc_key", "event_time", "event_id"}, pgx.CopyFromRows(epcRows)); err != nil {
			return fmt.Errorf("copy trace event identifiers: %w", err)
		}
	}
	if len(bizRows) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"trace_event_biz"}, []string{"ref_tail", "event_id", "type", "value", "receiving"}, pgx.CopyFromRows(bizRows)); err != nil {
			return fmt.Errorf("copy trace business transactions: %w", err)
		}
	}
	return nil
}
