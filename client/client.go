// Package client is the Go client of the duochain API, the one that seed,
// bench, the end-to-end tests and users share.
//
// A Client calls the API as one organization, with its API key. Reads return
// the resource; a non-2xx answer is a *Problem (errors.As, then switch on
// Code). Writes carry an Idempotency-Key, generated unless the caller gives
// one with IdempotencyKey, and are sent again under that same key after a
// transport error, a 503 or a 409 idempotency_key_in_use, so a write is never
// done twice. A write answered 202 Accepted is followed through its operation
// (Location: /v1/operations/{id}) until it is confirmed or failed; the client
// then asks for the outcome under the same key, which the server answers from
// the operation without doing anything again: the resource, or the problem
// the failed operation maps to.
//
// Money is decimal.Decimal: the API's decimal strings ("1000000.00") decode
// into it, keeping their places.
package client

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Client calls the API at BaseURL as the organization whose key is APIKey.
// Its fields may be set before the first call; a Client is safe for
// concurrent use afterwards.
type Client struct {
	// BaseURL is the API's root, such as http://127.0.0.1:8080.
	BaseURL string
	// APIKey is sent as `Authorization: Bearer`; empty sends none (the
	// verify routes and /readyz need no key).
	APIKey string
	// HTTP sends the requests; nil is a shared client with a two-minute
	// timeout per request.
	HTTP *http.Client
	// Check, when set, is called with every answer before the client reads
	// it; an error it returns ends the call with that error. The end-to-end
	// tests set it to servertest.CheckResponse, which checks each answer
	// against web/openapi.json.
	Check func(req *http.Request, status int, header http.Header, body []byte) error
	// MaxAttempts bounds how often one request is sent through transport
	// errors and 503s: 0 is 4; a negative value retries until the context
	// ends.
	MaxAttempts int
	// PollInterval is how often a followed operation is read; 0 is 100 ms.
	PollInterval time.Duration
}

// New returns a Client for the API at baseURL, calling as the holder of apiKey.
func New(baseURL, apiKey string) *Client {
	return &Client{BaseURL: strings.TrimRight(baseURL, "/"), APIKey: apiKey}
}

// As returns a copy of c that calls as the holder of apiKey, sharing c's
// HTTP client and settings.
func (c *Client) As(apiKey string) *Client {
	cp := *c
	cp.APIKey = apiKey
	return &cp
}

// defaultHTTP bounds every request, so that a hung connection ends in an
// error the retry loop can act on rather than in a call that never returns.
var defaultHTTP = &http.Client{Timeout: 2 * time.Minute}

// Response is one answer as it came over the wire.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Problem is the answer's problem when its status is 400 or more, else nil.
func (r *Response) Problem() *Problem {
	if r.Status < http.StatusBadRequest {
		return nil
	}
	return decodeProblem(r)
}

// Do calls method on path with body (JSON-encoded; []byte and
// json.RawMessage are sent as they are) and decodes a 2xx answer into out
// (unless out is nil). A GET is a read, sent again through transport errors
// and 503s; any other method is a write, with an Idempotency-Key and a 202
// followed to its outcome. It is the escape hatch for calls the typed methods
// do not cover.
func (c *Client) Do(ctx context.Context, method, path string, body, out any, opts ...CallOption) error {
	if method == http.MethodGet {
		return c.read(ctx, path, out)
	}
	return c.write(ctx, method, path, body, out, opts)
}

// Send sends one request and returns its answer, whatever its status: no
// retry, no following of a 202. A write still carries an Idempotency-Key,
// the one given with IdempotencyKey or a new one. The error is a transport
// error (no answer), or Check's (with the answer it refused).
func (c *Client) Send(ctx context.Context, method, path string, body any, opts ...CallOption) (*Response, error) {
	o := options(opts)
	b, err := encode(body)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	return c.exchange(ctx, method, path, b, c.headers(method, b, &o))
}

// read GETs path and decodes the 200 answer into out.
func (c *Client) read(ctx context.Context, path string, out any) error {
	var o Outcome
	r, err := c.roundTrip(ctx, http.MethodGet, path, nil, nil, &o)
	if err != nil {
		return err
	}
	return decodeAnswer(http.MethodGet, path, r, out)
}

// decodeAnswer decodes a 2xx answer into out, and returns any other as its problem.
func decodeAnswer(method, path string, r *Response, out any) error {
	if r.Status >= http.StatusMultipleChoices {
		return fmt.Errorf("%s %s: %w", method, path, decodeProblem(r))
	}
	if out == nil || len(bytes.TrimSpace(r.Body)) == 0 {
		return nil
	}
	if err := json.Unmarshal(r.Body, out); err != nil {
		return fmt.Errorf("%s %s: decode the %d answer: %w", method, path, r.Status, err)
	}
	return nil
}

// headers are a request's headers: its content type and, for a write, its
// Idempotency-Key (o.key, made up when empty, and kept there).
func (c *Client) headers(method string, body []byte, o *callOptions) http.Header {
	h := http.Header{}
	if body != nil {
		h.Set("Content-Type", cmp.Or(o.contentType, "application/json"))
	}
	if method != http.MethodGet {
		if o.key == "" {
			o.key = NewIdempotencyKey()
		}
		h.Set("Idempotency-Key", o.key)
	}
	return h
}

// exchange sends one request and reads its whole answer.
func (c *Client) exchange(ctx context.Context, method, path string, body []byte, h http.Header) (*Response, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, rd)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	if c.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.APIKey)
	}
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, &transportError{err: fmt.Errorf("%s %s: %w", method, path, err)}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, &transportError{err: fmt.Errorf("%s %s: read the %d answer: %w", method, path, resp.StatusCode, err)}
	}
	r := &Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
	if c.Check != nil {
		if err := c.Check(req, resp.StatusCode, resp.Header, b); err != nil {
			return r, fmt.Errorf("%s %s: the %d answer does not match the API description: %w", method, path, resp.StatusCode, err)
		}
	}
	return r, nil
}

// transportError is a request that got no whole answer: the connection
// failed, or timed out, before or after the server acted on it.
type transportError struct{ err error }

func (e *transportError) Error() string { return e.err.Error() }
func (e *transportError) Unwrap() error { return e.err }

// roundTrip sends one request until it has an answer other than a 503,
// through transport errors, waiting the answer's Retry-After or a growing
// pause in between: MaxAttempts sends at most, each counted in o. The last
// 503 is returned as an answer.
func (c *Client) roundTrip(ctx context.Context, method, path string, body []byte, h http.Header, o *Outcome) (*Response, error) {
	for attempt := 1; ; attempt++ {
		r, err := c.exchange(ctx, method, path, body, h)
		o.Sends++
		var te *transportError
		switch {
		case err != nil && (!errors.As(err, &te) || ctx.Err() != nil):
			return nil, err // Check's refusal, or the caller gave up
		case err == nil && r.Status != http.StatusServiceUnavailable:
			return r, nil
		case !c.again(attempt):
			return r, err
		}
		wait := backoff(attempt)
		if r != nil {
			wait = max(wait, retryAfter(r.Header))
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("%s %s: %w (after %d sends)", method, path, err, attempt)
		}
	}
}

// again reports whether a request sent attempt times may be sent once more.
func (c *Client) again(attempt int) bool {
	switch {
	case c.MaxAttempts < 0:
		return true
	case c.MaxAttempts == 0:
		return attempt < 4
	}
	return attempt < c.MaxAttempts
}

// backoff is the pause after the attempt-th failed send: 100 ms, doubling, at most 2 s.
func backoff(attempt int) time.Duration {
	return min(100*time.Millisecond<<min(attempt-1, 5), 2*time.Second)
}

func (c *Client) poll() time.Duration {
	if c.PollInterval > 0 {
		return c.PollInterval
	}
	return 100 * time.Millisecond
}

// sleep waits d, or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// encode is a request body: nil for none, []byte and json.RawMessage as they
// are, anything else as JSON (without HTML escaping: the server reads the
// bytes, a browser never does).
func encode(body any) ([]byte, error) {
	switch b := body.(type) {
	case nil:
		return nil, nil
	case []byte:
		return b, nil
	case json.RawMessage:
		return b, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(body); err != nil {
		return nil, fmt.Errorf("encode the request body: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// NewIdempotencyKey is a fresh random Idempotency-Key.
func NewIdempotencyKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return "go-" + hex.EncodeToString(b)
}
