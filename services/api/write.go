package api

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// Operation is a write's progress as clients see it at /v1/operations/{id}.
type Operation struct {
	ID          int64        `json:"-"`
	IDString    string       `json:"id"`
	State       string       `json:"state"` // accepted | submitted | confirmed | failed
	TxHash      *common.Hash `json:"tx_hash"`
	BlockNumber *uint64      `json:"block_number"`
	Resource    *Resource    `json:"resource"`
	Error       *OpError     `json:"error"`
}

// Resource names what a write created or changed.
type Resource struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

// OpError is why an operation failed, decoded from the contract when the chain refused.
type OpError struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// Terminal reports whether the operation will not change any more.
func (o Operation) Terminal() bool { return o.State == "confirmed" || o.State == "failed" }

// Pipeline is what writes need of the transaction manager and the indexer.
type Pipeline interface {
	// Notify wakes the senders after an operation was committed.
	Notify()
	// Operation reads an operation; a missing one is a problem.NotFound.
	Operation(ctx context.Context, id int64) (Operation, error)
	// Projected waits until the read model includes block.
	Projected(ctx context.Context, block uint64) error
	// Ready reports a problem when writes cannot be accepted (chain unreachable).
	Ready(ctx context.Context) error
}

// EnqueueFunc validates a write and records its operation inside tx, returning its id.
type EnqueueFunc func(ctx context.Context, tx pgx.Tx, p Organization) (opID int64, err error)

// ResultFunc builds the response body of a confirmed operation. The Writer
// answers a failed one itself, with the problem its error maps to
// (problem.FromChain), and never calls it: every write maps its failure the
// same way, in one place.
type ResultFunc func(ctx context.Context, op Operation) (any, error)

// failedProblem is the problem of a failed operation: the answer the
// capabilities registered for its contract error
// (problem.RegisterChainErrors), else 422 chain_refused.
func failedProblem(op Operation) *problem.Error {
	if op.Error == nil {
		return problem.FromChain("", "operation "+op.IDString+" failed")
	}
	return problem.FromChain(op.Error.Code, op.Error.Detail)
}

// Writer runs writes: idempotency key and operation in one database transaction,
// then a short wait for confirmation and projection.
type Writer struct {
	Pool     *pgxpool.Pool
	Pipeline Pipeline
	Wait     time.Duration // how long a write waits before answering 202; default 5s
	// MaxOpen caps the write transactions open at once; default half the
	// pool's connections. Validation inside a write transaction reads through
	// the pool, so each open write may need a second connection: with as many
	// open writes as connections, every one of them would wait for another.
	MaxOpen int

	slotsOnce sync.Once
	slots     chan struct{}
}

// openSlot waits for a free write transaction slot and returns its release,
// which may be called more than once.
func (w *Writer) openSlot(ctx context.Context) (release func(), err error) {
	w.slotsOnce.Do(func() {
		n := w.MaxOpen
		if n <= 0 {
			n = max(1, int(w.Pool.Config().MaxConns)/2)
		}
		w.slots = make(chan struct{}, n)
	})
	select {
	case w.slots <- struct{}{}:
		return sync.OnceFunc(func() { <-w.slots }), nil
	case <-ctx.Done():
		return nil, problem.Unavailable(time.Second, ctx.Err(), "too many writes at once; nothing was recorded")
	}
}

// Do runs one write for an Echo request.
func (w *Writer) Do(c echo.Context, enqueue EnqueueFunc, result ResultFunc) error {
	if _, err := RequireOrganization(c.Request().Context()); err != nil {
		return err
	}
	body, err := Body(c)
	if err != nil {
		return err
	}
	return w.DoStaged(c, func(context.Context, pgx.Tx) ([]byte, error) { return body, nil }, enqueue, result)
}

// StageFunc reads a write's body inside its transaction, before its
// idempotency key is claimed (staging rows there, say with COPY), and returns
// what the key covers: the body, or a canonical rendering of it.
type StageFunc func(ctx context.Context, tx pgx.Tx) (identity []byte, err error)

// DoStaged runs one write whose body is too large to hold: stage streams it
// into the write's transaction, then the idempotency key is claimed for what
// stage returned, then enqueue runs in the same transaction.
func (w *Writer) DoStaged(c echo.Context, stage StageFunc, enqueue EnqueueFunc, result ResultFunc) error {
	ctx := c.Request().Context()
	p, err := RequireOrganization(ctx)
	if err != nil {
		return err
	}
	key, err := idempotencyKey(c)
	if err != nil {
		return err
	}
	if err := w.Pipeline.Ready(ctx); err != nil {
		return err
	}
	release, err := w.openSlot(ctx)
	if err != nil {
		return err
	}
	defer release()
	tx, err := w.Pool.Begin(ctx)
	if err != nil {
		return problem.Unavailable(5*time.Second, err, "the database is unreachable; nothing was recorded")
	}
	defer tx.Rollback(ctx)
	identity, err := stage(ctx, tx)
	if err != nil {
		return err
	}
	reqHash := sha256.Sum256([]byte(c.Request().Method + " " + c.Request().URL.Path + "\n" + string(identity)))
	if key != "" {
		replayed, err := w.claim(c, tx, p.ID, key, reqHash, result)
		if replayed || err != nil {
			return err
		}
	}
	opID, err := enqueue(ctx, tx, p)
	if err != nil {
		return err
	}
	if key != "" {
		if _, err := tx.Exec(ctx, `UPDATE idempotency_keys SET operation_id = $3 WHERE organization_id = $1 AND key = $2`, p.ID, key, opID); err != nil {
			return fmt.Errorf("bind idempotency key: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return commitProblem(err, key)
	}
	release()
	w.Pipeline.Notify()
	return recorded(c, opID, w.finish(c, p.ID, key, opID, result))
}

// recorded is the answer to a committed write whose outcome could not be
// read because a connection was lost: not a bare "unavailable", which a
// client could take for nothing recorded, but where the operation is.
func recorded(c echo.Context, opID int64, err error) error {
	if err == nil || problem.From(err).Status < http.StatusInternalServerError || !connectionLost(err) {
		return err
	}
	loc := "/v1/operations/" + strconv.FormatInt(opID, 10)
	c.Response().Header().Set(echo.HeaderLocation, loc)
	return problem.Unavailable(retryAfterLost, err, "the write was recorded as operation %d, but a connection was lost before its outcome was read: "+
		"follow %s, or retry with the same Idempotency-Key", opID, loc)
}

// commitProblem is the answer to a failed COMMIT of a write. Only when
// Postgres answered the COMMIT with an error of its own (the transaction
// rolled back) is nothing recorded. Any other failure may have come after
// Postgres committed: the connection died on the way back (a shutdown, a
// reset socket, a cancelled wait). pgconn cannot tell which, since a read
// that fails on a dead connection may be reported as "conn closed", which
// claims nothing was sent. So the client must not read "nothing was
// recorded" and send the write again under a new key.
func commitProblem(err error, key string) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && !connectionLost(err) {
		return problem.Unavailable(retryAfterLost, err, "the database did not commit the write; nothing was recorded")
	}
	if key == "" {
		return problem.OutcomeUnknown(retryAfterLost, err, "the database connection was lost while committing the write: it may or may not have been recorded. "+
			"Check before sending it again; send an Idempotency-Key with writes to retry them safely")
	}
	return problem.OutcomeUnknown(retryAfterLost, err, "the database connection was lost while committing the write: it may or may not have been recorded. "+
		"Retry with the same Idempotency-Key %q: the retry answers with the write's outcome, and does it at most once", key)
}

// idempotencyKey reads the request's Idempotency-Key ("" when there is none):
// one the idempotency_keys table cannot hold (not UTF-8, longer than 200
// bytes) is a 400 invalid_idempotency_key, before anything is recorded.
func idempotencyKey(c echo.Context) (string, error) {
	key := c.Request().Header.Get("Idempotency-Key")
	bad := func(why string) error {
		p := problem.BadRequest("invalid_idempotency_key", "Idempotency-Key %s", why)
		p.Field = "Idempotency-Key"
		return p
	}
	switch {
	case !utf8.ValidString(key):
		return "", bad("must be UTF-8 text")
	case len(key) > maxIdempotencyKey:
		return "", bad(fmt.Sprintf("is longer than %d bytes", maxIdempotencyKey))
	}
	return key, nil
}

// maxIdempotencyKey is the longest Idempotency-Key, in bytes; the table allows
// 200 characters, which 200 bytes never exceed.
const maxIdempotencyKey = 200

// claim inserts the key, or answers from what an earlier request with it did.
func (w *Writer) claim(c echo.Context, tx pgx.Tx, org int64, key string, reqHash [32]byte, result ResultFunc) (replayed bool, err error) {
	ctx := c.Request().Context()
	tag, err := tx.Exec(ctx, `INSERT INTO idempotency_keys (organization_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, org, key, reqHash[:])
	if err != nil {
		return false, fmt.Errorf("claim idempotency key: %w", err)
	}
	if tag.RowsAffected() == 1 {
		return false, nil
	}
	var (
		hash   []byte
		opID   *int64
		status *int
		stored []byte
	)
	err = tx.QueryRow(ctx, `SELECT request_hash, operation_id, response_status, response_body FROM idempotency_keys WHERE organization_id = $1 AND key = $2`,
		org, key).Scan(&hash, &opID, &status, &stored)
	if err != nil {
		return false, fmt.Errorf("read idempotency key: %w", err)
	}
	switch {
	case string(hash) != string(reqHash[:]):
		return true, problem.Invalid("idempotency_key_reused", "Idempotency-Key", "Idempotency-Key %q was used for a different request", key)
	case status != nil:
		return true, replay(c, *status, stored)
	case opID == nil:
		return true, problem.Conflict("idempotency_key_in_use", "a request with Idempotency-Key %q is still running", key)
	}
	op, err := w.Pipeline.Operation(ctx, *opID)
	if err != nil {
		return true, recorded(c, *opID, err)
	}
	if !op.Terminal() {
		return true, problem.Conflict("idempotency_key_in_use", "the request with Idempotency-Key %q is still running as operation %d", key, *opID)
	}
	return true, recorded(c, *opID, w.finish(c, org, key, *opID, result))
}

// finish waits briefly for the operation, then answers 201 with the resource
// (200 for a DELETE), the problem of a failed operation or of result, or 202
// with the operation.
func (w *Writer) finish(c echo.Context, org int64, key string, opID int64, result ResultFunc) error {
	ctx := c.Request().Context()
	wait := w.Wait
	if wait == 0 {
		wait = 5 * time.Second
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	op, err := w.waitTerminal(wctx, opID)
	if err == nil && op.State == "confirmed" && op.BlockNumber != nil {
		err = w.Pipeline.Projected(wctx, *op.BlockNumber)
	}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			op, _ = w.Pipeline.Operation(ctx, opID)
			c.Response().Header().Set(echo.HeaderLocation, "/v1/operations/"+strconv.FormatInt(opID, 10))
			return c.JSON(http.StatusAccepted, op)
		}
		return err
	}
	var (
		res  any
		rerr error
	)
	if op.State == "failed" {
		rerr = failedProblem(op)
	} else {
		res, rerr = result(ctx, op)
	}
	status, body := http.StatusCreated, []byte(nil)
	if c.Request().Method == http.MethodDelete {
		status = http.StatusOK // a revocation creates nothing: the resource as it now reads
	}
	if rerr != nil {
		// A server-side failure (internal, or a service behind us unreachable)
		// is not the write's outcome: keep the key open so a retry asks again.
		p := problem.From(rerr)
		if p.Status >= http.StatusInternalServerError {
			return rerr
		}
		status = p.Status
		body, _ = json.Marshal(map[string]any{"problem": map[string]any{"status": p.Status, "code": p.Code, "detail": p.Detail, "title": p.Title, "field": p.Field}})
		w.store(ctx, org, key, status, body)
		return rerr
	}
	body, err = json.Marshal(res)
	if err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	stored := body
	if r, ok := res.(Redacter); ok {
		if stored, err = json.Marshal(r.Redacted()); err != nil {
			return fmt.Errorf("encode stored response: %w", err)
		}
	}
	w.store(ctx, org, key, status, stored)
	return c.JSONBlob(status, body)
}

// Redacter is a response holding a secret shown only once (a new API key): a
// replay of its idempotency key answers with Redacted instead, so the secret is
// never stored.
type Redacter interface {
	Redacted() any
}

func (w *Writer) waitTerminal(ctx context.Context, id int64) (Operation, error) {
	delay := 5 * time.Millisecond
	for {
		op, err := w.Pipeline.Operation(ctx, id)
		if err != nil {
			return op, err
		}
		if op.Terminal() {
			return op, nil
		}
		select {
		case <-ctx.Done():
			return op, ctx.Err()
		case <-time.After(delay):
		}
		delay = min(delay*2, 50*time.Millisecond)
	}
}

// store keeps the final response of a keyed request for replays. Losing it is
// harmless: a replay then rebuilds the answer from the operation.
func (w *Writer) store(ctx context.Context, org int64, key string, status int, body []byte) {
	if key == "" {
		return
	}
	_, _ = w.Pool.Exec(ctx, `UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE organization_id = $1 AND key = $2`, org, key, status, body)
}

// replay answers with a stored response.
func replay(c echo.Context, status int, body []byte) error {
	c.Response().Header().Set("Idempotent-Replayed", "true")
	var wrapped struct {
		Problem *struct {
			Status int    `json:"status"`
			Code   string `json:"code"`
			Detail string `json:"detail"`
			Title  string `json:"title"`
			Field  string `json:"field"`
		} `json:"problem"`
	}
	if status >= 400 && json.Unmarshal(body, &wrapped) == nil && wrapped.Problem != nil {
		pr := wrapped.Problem
		return &problem.Error{Status: pr.Status, Code: pr.Code, Detail: pr.Detail, Title: pr.Title, Field: pr.Field}
	}
	return c.JSONBlob(status, body)
}
