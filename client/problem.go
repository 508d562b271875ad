package client

import (
	"cmp"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Problem is an answer of status 400 or more: the API's RFC 9457 problem
// details. Callers find it with errors.As and switch on Code, which is stable.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Code     string `json:"code"` // e.g. invoice_already_tokenized, amount_precision, unavailable
	Field    string `json:"field,omitempty"`
	Instance string `json:"instance"`
	// RetryAfter is the answer's Retry-After: when to try again (503s); 0 when it had none.
	RetryAfter time.Duration `json:"-"`
}

// Codes a client acts on itself.
const (
	// CodeIdempotencyKeyInUse is a write whose key an earlier send of the
	// same write still holds: it is waited out and sent again.
	CodeIdempotencyKeyInUse = "idempotency_key_in_use"
	// CodeUnavailable is a 503: a service behind the API is down, nothing was recorded.
	CodeUnavailable = "unavailable"
	// CodeOutcomeUnknown is a 503 for a write that may have been recorded:
	// sent again under its key, it is done at most once.
	CodeOutcomeUnknown = "outcome_unknown"
)

// Error implements error: "422 amount_precision (field value): detail".
func (p *Problem) Error() string {
	s := strconv.Itoa(p.Status) + " " + cmp.Or(p.Code, strings.ToLower(p.Title))
	if p.Field != "" {
		s += " (field " + p.Field + ")"
	}
	if p.Detail != "" {
		s += ": " + p.Detail
	}
	return s
}

// decodeProblem reads r as a problem. An answer that is not problem+json
// (a proxy's error page) keeps its status, and the start of its text as Detail.
func decodeProblem(r *Response) *Problem {
	p := &Problem{}
	if json.Unmarshal(r.Body, p) != nil || p.Status == 0 {
		text := strings.TrimSpace(string(r.Body))
		if len(text) > 300 {
			text = text[:300]
		}
		p = &Problem{Detail: text}
	}
	p.Status = r.Status // the status line is the answer's; a body could say anything
	if p.Title == "" {
		p.Title = http.StatusText(r.Status)
	}
	p.RetryAfter = retryAfter(r.Header)
	return p
}

// retryAfter reads a Retry-After header: delay seconds or an HTTP date; 0
// when there is none.
func retryAfter(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		return max(time.Duration(s)*time.Second, 0)
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}
