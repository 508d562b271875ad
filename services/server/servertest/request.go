package servertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

// Call sends a request as org (no key when org is "") and decodes the JSON answer into out.
func (s *Stack) Call(org, method, path string, body any, out any, hdr ...string) int {
	s.T.Helper()
	r, err := s.Request(org, method, path, body, hdr...)
	if err != nil {
		s.T.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(r.Body, out); err != nil {
			s.T.Fatalf("%s %s: %d %s: %v", method, path, r.Status, r.Body, err)
		}
	}
	return r.Status
}

// Must is call that fails the test unless the status is want.
func (s *Stack) Must(want int, org, method, path string, body any, out any) {
	s.T.Helper()
	var raw json.RawMessage
	got := s.Call(org, method, path, body, &raw)
	if got != want {
		s.T.Fatalf("%s %s as %s: status %d, want %d: %s", method, path, org, got, want, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			s.T.Fatal(err)
		}
	}
}

// MustWith is must with request headers.
func (s *Stack) MustWith(want int, org, method, path string, body, out any, hdr ...string) {
	s.T.Helper()
	if got := s.Call(org, method, path, body, out, hdr...); got != want {
		s.T.Fatalf("%s %s as %s: status %d, want %d", method, path, org, got, want)
	}
}

// Reply is an answer as it came over the wire.
type Reply struct {
	Status int
	Header http.Header
	Body   []byte
}

// Request sends a request as org (no key when org is ""); body is sent as is
// when it is a string, else as JSON. hdr pairs set headers (an empty value
// deletes one). Every answer is checked against web/openapi.json (a mismatch
// is reported with t.Errorf). It never stops the test, so goroutines may use it.
func (s *Stack) Request(org, method, path string, body any, hdr ...string) (Reply, error) {
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			return Reply{}, err
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, s.URL+path, rd)
	if err != nil {
		return Reply{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if org != "" {
		req.Header.Set("Authorization", "Bearer "+s.Keys[org])
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i])
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return Reply{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil {
		if verr := CheckResponse(req, resp.StatusCode, resp.Header, b); verr != nil {
			s.T.Errorf("%s %s: %d answer does not match web/openapi.json: %v\n%s", method, path, resp.StatusCode, verr, b)
		}
	}
	return Reply{Status: resp.StatusCode, Header: resp.Header, Body: b}, err
}

// Problem is an RFC 9457 problem as the API writes it.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Code     string `json:"code"`
	Field    string `json:"field"`
	Instance string `json:"instance"`
}

// Refusal is the problem a refused request must answer with.
type Refusal struct {
	Status      int
	Code, Field string
}

// CheckProblem fails t unless r is the problem+json want.
func CheckProblem(t *testing.T, r Reply, want Refusal) Problem {
	t.Helper()
	var p Problem
	if r.Status != want.Status {
		t.Fatalf("status %d, want %d: %s", r.Status, want.Status, r.Body)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type %q, want application/problem+json: %s", ct, r.Body)
	}
	if err := json.Unmarshal(r.Body, &p); err != nil {
		t.Fatalf("problem body %s: %v", r.Body, err)
	}
	if p.Code != want.Code || p.Field != want.Field || p.Status != want.Status {
		t.Errorf("got code %q field %q status %d, want code %q field %q status %d: %s", p.Code, p.Field, p.Status, want.Code, want.Field, want.Status, r.Body)
	}
	if p.Type != "https://duochain.dev/problems/"+p.Code || p.Title == "" || p.Detail == "" || p.Instance == "" {
		t.Errorf("incomplete problem: %s", r.Body)
	}
	return p
}

var refusals atomic.Int64

// Refuse sends a request that must be refused with want, under a fresh
// Idempotency-Key, and checks that the refusal lost nothing and kept nothing:
// no operation was recorded and the key is free again.
func (s *Stack) Refuse(t *testing.T, want Refusal, org, method, path string, body any, hdr ...string) Problem {
	t.Helper()
	ops := s.RequestOps(t)
	key := fmt.Sprintf("refused-%d", refusals.Add(1))
	r, err := s.Request(org, method, path, body, append([]string{"Idempotency-Key", key}, hdr...)...)
	if err != nil {
		t.Fatal(err)
	}
	p := CheckProblem(t, r, want)
	if n := s.RequestOps(t); n != ops {
		t.Errorf("refused %s %s recorded %d operations", method, path, n-ops)
	}
	if n := s.Count(t, `SELECT count(*) FROM idempotency_keys WHERE key = $1`, key); n != 0 {
		t.Errorf("refused %s %s kept its Idempotency-Key", method, path)
	}
	return p
}

// Refused is the refusal with status, problem code and field.
func Refused(status int, code, field string) Refusal {
	return Refusal{Status: status, Code: code, Field: field}
}

// RequestOps counts the operations requests recorded: all but the server's
// own background writes (the trace batcher anchors batches whenever one is
// due, so a count of every operation moves under a test's feet).
func (s *Stack) RequestOps(t *testing.T) int {
	t.Helper()
	return s.Count(t, `SELECT count(*) FROM operations WHERE kind <> 'trace.anchor'`)
}
