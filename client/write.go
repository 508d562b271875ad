package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// CallOption adjusts one call.
type CallOption func(*callOptions)

type callOptions struct {
	key         string
	record      *Outcome
	contentType string
}

func options(opts []CallOption) callOptions {
	var o callOptions
	for _, f := range opts {
		f(&o)
	}
	return o
}

// IdempotencyKey sends a write under key rather than a new one: the same key
// with the same body, sent again by this process or by another after a
// crash, answers with the first's outcome and does nothing twice.
func IdempotencyKey(key string) CallOption { return func(o *callOptions) { o.key = key } }

// Record stores how a write went in out when the call returns, whether it
// succeeded or not.
func Record(out *Outcome) CallOption { return func(o *callOptions) { o.record = out } }

// ContentType sends the body as contentType rather than application/json.
func ContentType(contentType string) CallOption {
	return func(o *callOptions) { o.contentType = contentType }
}

// Outcome is how a write went on the wire.
type Outcome struct {
	// IdempotencyKey is the key every send of the write carried.
	IdempotencyKey string
	// Status is that of the last answer; 0 when none came.
	Status int
	// Operation is the operation a 202 named, as last read; nil when the
	// write was answered at once.
	Operation *Operation
	// Sends counts the requests sent: retries and the read-back of a
	// followed operation's outcome included.
	Sends int
	// Settled is when the outcome was known: the final answer came, or the
	// followed operation was seen confirmed or failed.
	Settled time.Time
}

// Accepted reports whether the write was answered 202 and followed through its operation.
func (o Outcome) Accepted() bool { return o.Operation != nil }

// The states of an operation.
const (
	StateAccepted  = "accepted"
	StateSubmitted = "submitted"
	StateConfirmed = "confirmed"
	StateFailed    = "failed"
)

// Operation is a write's progress, as /v1/operations/{id} shows it.
type Operation struct {
	ID          string          `json:"id"`
	State       string          `json:"state"` // StateAccepted, StateSubmitted, StateConfirmed or StateFailed
	TxHash      *string         `json:"tx_hash"`
	BlockNumber *uint64         `json:"block_number"`
	Resource    *Resource       `json:"resource"`
	Error       *OperationError `json:"error"`
}

// Terminal reports whether the operation will not change any more.
func (o Operation) Terminal() bool { return o.State == StateConfirmed || o.State == StateFailed }

// Resource names what a write created or changed.
type Resource struct {
	Type string `json:"type"`
	ID   string `json:"id"` // several ids are comma-separated (the parts of a split)
}

// OperationError is why an operation failed: the contract's custom error, or
// the node's refusal, with its arguments in Detail.
type OperationError struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// Operation reads the operation id, which the organization made.
func (c *Client) Operation(ctx context.Context, id string) (Operation, error) {
	var op Operation
	return op, c.read(ctx, "/v1/operations/"+url.PathEscape(id), &op)
}

// WaitOperation reads the operation id every PollInterval until it is
// confirmed or failed, and returns it as it then reads.
func (c *Client) WaitOperation(ctx context.Context, id string) (Operation, error) {
	return c.wait(ctx, "/v1/operations/"+url.PathEscape(id))
}

func (c *Client) wait(ctx context.Context, path string) (Operation, error) {
	for {
		var op Operation
		if err := c.read(ctx, path, &op); err != nil {
			return op, err
		}
		if op.Terminal() {
			return op, nil
		}
		if err := sleep(ctx, c.poll()); err != nil {
			return op, fmt.Errorf("operation %s still %s: %w", op.ID, op.State, err)
		}
	}
}

// write sends a write until it has its outcome, and decodes the resource into out.
func (c *Client) write(ctx context.Context, method, path string, body, out any, opts []CallOption) error {
	o := options(opts)
	b, err := encode(body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	h := c.headers(method, b, &o)
	res := Outcome{IdempotencyKey: o.key}
	if o.record != nil {
		defer func() { *o.record = res }()
	}
	return c.settle(ctx, method, path, b, h, out, &res)
}

// settle sends the write, always under the same key, until an answer is its
// outcome. A 202 naming an operation is followed until the operation is
// confirmed or failed, and then the write is sent once more: the server
// answers it from the operation (the resource, or the failure's problem)
// without acting again. A 409 idempotency_key_in_use (the same write still
// running from an earlier send) is waited out the same way.
func (c *Client) settle(ctx context.Context, method, path string, body []byte, h http.Header, out any, res *Outcome) error {
	for followed := 0; ; {
		r, err := c.roundTrip(ctx, method, path, body, h, res)
		if err != nil {
			return err
		}
		res.Status = r.Status
		if loc := operationPath(r); loc != "" {
			// A second 202 for a finished operation: its block is not
			// projected yet. Ask again a moment later, not at once.
			if followed++; followed > 1 {
				if err := sleep(ctx, c.poll()); err != nil {
					return fmt.Errorf("%s %s: %w", method, path, err)
				}
			}
			var op Operation
			if err := json.Unmarshal(r.Body, &op); err != nil {
				return fmt.Errorf("%s %s: decode the 202 answer: %w", method, path, err)
			}
			res.Operation = &op
			if op, err = c.wait(ctx, loc); err != nil {
				return fmt.Errorf("%s %s: follow %s: %w", method, path, loc, err)
			}
			res.Operation = &op
			if res.Settled.IsZero() {
				res.Settled = time.Now()
			}
			continue
		}
		if p := r.Problem(); p != nil && p.Status == http.StatusConflict && p.Code == CodeIdempotencyKeyInUse {
			if err := sleep(ctx, c.poll()); err != nil {
				return fmt.Errorf("%s %s: %w (%v)", method, path, err, p)
			}
			continue
		}
		if res.Settled.IsZero() {
			res.Settled = time.Now()
		}
		if op := res.Operation; op != nil && op.State == StateFailed && r.Status >= http.StatusBadRequest {
			return fmt.Errorf("%s %s: operation %s failed: %w", method, path, op.ID, decodeProblem(r))
		}
		return decodeAnswer(method, path, r, out)
	}
}

// operationPath is the path of the operation a 202 answer names in its
// Location, or "" when the answer is no such 202 (trace ingestion answers
// 202 without an operation).
func operationPath(r *Response) string {
	if r.Status != http.StatusAccepted {
		return ""
	}
	u, err := url.Parse(r.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(u.Path, "/v1/operations/") {
		return ""
	}
	return u.Path
}
