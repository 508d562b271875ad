// Package problem is duochain's one domain error type. Every capability returns
// *Error for what a client did wrong or cannot have; the HTTP layer turns it into
// an RFC 9457 problem+json response in exactly one place. Codes are stable: the
// list only grows, because clients see it.
package problem

import (
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Generic codes, one per kind of failure.
const (
	CodeInvalid      = "invalid"
	CodeNotFound     = "not_found"
	CodeConflict     = "conflict"
	CodeForbidden    = "forbidden"
	CodeUnauthorized = "unauthorized"
	CodeInternal     = "internal"
	CodeUnavailable  = "unavailable"
	// CodeOutcomeUnknown is a write whose commit may or may not have happened
	// (the database connection died during COMMIT): the client retries with the
	// same Idempotency-Key, which replays or completes the write exactly once.
	CodeOutcomeUnknown = "outcome_unknown"
)

// CodeTooManyItems is a list longer than its maximum. Capabilities bound every
// input before they build a transaction, so that none a node would refuse is
// ever enqueued.
const CodeTooManyItems = "too_many_items"

// Error is a failure a client can act on.
type Error struct {
	Status     int           // HTTP status
	Code       string        // stable machine-readable code, e.g. "invoice_already_tokenized"
	Title      string        // short summary of the code
	Detail     string        // this occurrence, in words
	Field      string        // the request field at fault, when there is one
	RetryAfter time.Duration // for unavailable: when to try again
	Err        error         // the cause, for logs; never shown to clients
}

// Error implements error.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Detail, e.Err)
	}
	return e.Code + ": " + e.Detail
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// New returns an Error with status, code and a formatted detail.
func New(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Title: titleOf(code, status), Detail: fmt.Sprintf(format, args...)}
}

// Invalid is a 422 for a well-formed request that breaks a rule.
func Invalid(code, field, format string, args ...any) *Error {
	e := New(http.StatusUnprocessableEntity, code, format, args...)
	e.Field = field
	return e
}

// BadRequest is a 400 for a request that cannot be read at all.
func BadRequest(code, format string, args ...any) *Error {
	return New(http.StatusBadRequest, code, format, args...)
}

// NotFound is a 404.
func NotFound(format string, args ...any) *Error {
	return New(http.StatusNotFound, CodeNotFound, format, args...)
}

// Conflict is a 409 with a specific code.
func Conflict(code, format string, args ...any) *Error {
	return New(http.StatusConflict, code, format, args...)
}

// Forbidden is a 403.
func Forbidden(format string, args ...any) *Error {
	return New(http.StatusForbidden, CodeForbidden, format, args...)
}

// Unauthorized is a 401.
func Unauthorized(format string, args ...any) *Error {
	return New(http.StatusUnauthorized, CodeUnauthorized, format, args...)
}

// Unavailable is a 503 telling the client to come back after retry.
func Unavailable(retry time.Duration, cause error, format string, args ...any) *Error {
	e := New(http.StatusServiceUnavailable, CodeUnavailable, format, args...)
	e.RetryAfter, e.Err = retry, cause
	return e
}

// OutcomeUnknown is a 503 for a write that may have been recorded: retry with
// the same Idempotency-Key after retry.
func OutcomeUnknown(retry time.Duration, cause error, format string, args ...any) *Error {
	e := New(http.StatusServiceUnavailable, CodeOutcomeUnknown, format, args...)
	e.RetryAfter, e.Err = retry, cause
	return e
}

// From returns err as an *Error: itself when it is one (or wraps one), else a 500
// internal error that keeps err as its cause and shows clients nothing of it.
func From(err error) *Error {
	var p *Error
	if errors.As(err, &p) {
		return p
	}
	return &Error{Status: http.StatusInternalServerError, Code: CodeInternal, Title: "Internal error", Detail: "the server failed to handle the request", Err: err}
}

// IsNotFound reports whether err is a not-found problem.
func IsNotFound(err error) bool {
	var p *Error
	return errors.As(err, &p) && p.Code == CodeNotFound
}

func titleOf(code string, status int) string {
	titles.RLock()
	t, ok := titles.m[code]
	titles.RUnlock()
	if ok {
		return t
	}
	return http.StatusText(status)
}

// titles are the short summaries of codes: the machinery's own here, each
// capability's registered by it (RegisterTitles). A code without one is
// titled by its HTTP status.
var titles = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{
	"idempotency_key_reused": "Idempotency key reused with a different request",
	"idempotency_key_in_use": "Request with this idempotency key still running",
	CodeTooManyItems:         "Too many items",
	CodeUnavailable:          "Service unavailable",
	CodeOutcomeUnknown:       "Outcome unknown",
}}

// RegisterTitles adds a capability's titles of its own codes. As with
// RegisterChainErrors, the same title again does nothing and another title
// for a code already titled panics, at start.
func RegisterTitles(table map[string]string) {
	titles.Lock()
	defer titles.Unlock()
	for code, t := range table {
		if old, ok := titles.m[code]; ok && old != t {
			panic(fmt.Sprintf("problem: code %s titled %q and again %q", code, old, t))
		}
	}
	for code, t := range table {
		titles.m[code] = t
	}
}
