package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/duochain/duochain/contracts/simchain"
)

// newClockStack is newStack with its miner, to hold the chain still or move its time.
func newClockStack(t *testing.T) (*stack, *simchain.Miner) {
	t.Helper()
	s := newStack(t)
	return s, s.miner
}

// onboardAll is onboard for several organizations at once (name, then its
// roles joined by "+"): the registrations go out together, then the KYB
// credentials, which keeps a stack's setup short under the race detector.
func (s *stack) onboardAll(orgs ...string) {
	s.t.Helper()
	type org struct{ name, roles string }
	var all []org
	for i := 0; i+1 < len(orgs); i += 2 {
		all = append(all, org{orgs[i], orgs[i+1]})
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []string
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		errs = append(errs, fmt.Sprintf(format, args...))
	}
	for _, o := range all {
		wg.Go(func() {
			r, err := s.request("operator", "POST", "/v1/organizations", map[string]any{"name": o.name, "roles": strings.Split(o.roles, "+"), "tax_id": taxID(o.name)})
			var created struct {
				ID     string `json:"id"`
				APIKey string `json:"api_key"`
			}
			if err == nil && r.status == http.StatusCreated {
				err = json.Unmarshal(r.body, &created)
			}
			if err != nil || r.status != http.StatusCreated {
				fail("create %s: %v %d %s", o.name, err, r.status, r.body)
				return
			}
			mu.Lock()
			s.keys[o.name], s.ids[o.name] = created.APIKey, created.ID
			mu.Unlock()
		})
	}
	wg.Wait()
	for _, o := range all {
		if strings.HasPrefix(o.roles, "VERIFIER") || errs != nil {
			continue
		}
		wg.Go(func() {
			r, err := s.request("verifier", "POST", "/v1/organizations/"+s.ids[o.name]+"/credentials", map[string]any{
				"topic": "KYB", "document_sha256": fmt.Sprintf("%064x", len(o.name)), "expires_at": time.Now().Add(2 * 365 * 24 * time.Hour).UTC().Format(time.RFC3339),
			})
			if err != nil || r.status != http.StatusCreated {
				fail("KYB for %s: %v %d %s", o.name, err, r.status, r.body)
			}
		})
	}
	wg.Wait()
	if errs != nil {
		s.t.Fatal(strings.Join(errs, "\n"))
	}
}

// on returns s reporting to t, for use inside t's subtest.
func (s *stack) on(t *testing.T) *stack {
	c := *s
	c.t = t
	return &c
}

// httpReply is an answer as it came over the wire.
type httpReply struct {
	status int
	header http.Header
	body   []byte
}

// request sends a request as org (no key when org is ""); body is sent as is
// when it is a string, else as JSON. hdr pairs set headers (an empty value
// deletes one). Every answer is checked against web/openapi.json (a mismatch
// is reported with t.Errorf). It never stops the test, so goroutines may use it.
func (s *stack) request(org, method, path string, body any, hdr ...string) (httpReply, error) {
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			return httpReply{}, err
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, s.url+path, rd)
	if err != nil {
		return httpReply{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if org != "" {
		req.Header.Set("Authorization", "Bearer "+s.keys[org])
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
		return httpReply{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil {
		if verr := checkResponse(req, resp.StatusCode, resp.Header, b); verr != nil {
			s.t.Errorf("%s %s: %d answer does not match web/openapi.json: %v\n%s", method, path, resp.StatusCode, verr, b)
		}
	}
	return httpReply{status: resp.StatusCode, header: resp.Header, body: b}, err
}

// problemJSON is an RFC 9457 problem as the API writes it.
type problemJSON struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Code     string `json:"code"`
	Field    string `json:"field"`
	Instance string `json:"instance"`
}

// refusal is the problem a refused request must answer with.
type refusal struct {
	status      int
	code, field string
}

// checkProblem fails t unless r is the problem+json want.
func checkProblem(t *testing.T, r httpReply, want refusal) problemJSON {
	t.Helper()
	var p problemJSON
	if r.status != want.status {
		t.Fatalf("status %d, want %d: %s", r.status, want.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type %q, want application/problem+json: %s", ct, r.body)
	}
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatalf("problem body %s: %v", r.body, err)
	}
	if p.Code != want.code || p.Field != want.field || p.Status != want.status {
		t.Errorf("got code %q field %q status %d, want code %q field %q status %d: %s", p.Code, p.Field, p.Status, want.code, want.field, want.status, r.body)
	}
	if p.Type != "https://duochain.dev/problems/"+p.Code || p.Title == "" || p.Detail == "" || p.Instance == "" {
		t.Errorf("incomplete problem: %s", r.body)
	}
	return p
}

var refusals atomic.Int64

// refuse sends a request that must be refused with want, under a fresh
// Idempotency-Key, and checks that the refusal lost nothing and kept nothing:
// no operation was recorded and the key is free again.
func (s *stack) refuse(t *testing.T, want refusal, org, method, path string, body any, hdr ...string) problemJSON {
	t.Helper()
	ops := s.count(t, `SELECT count(*) FROM operations`)
	key := fmt.Sprintf("refused-%d", refusals.Add(1))
	r, err := s.request(org, method, path, body, append([]string{"Idempotency-Key", key}, hdr...)...)
	if err != nil {
		t.Fatal(err)
	}
	p := checkProblem(t, r, want)
	if n := s.count(t, `SELECT count(*) FROM operations`); n != ops {
		t.Errorf("refused %s %s recorded %d operations", method, path, n-ops)
	}
	if n := s.count(t, `SELECT count(*) FROM idempotency_keys WHERE key = $1`, key); n != 0 {
		t.Errorf("refused %s %s kept its Idempotency-Key", method, path)
	}
	return p
}

// count runs a SELECT count(*) on the stack's database.
func (s *stack) count(t *testing.T, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.m.Pool.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// waitCount polls query until it counts want.
func (s *stack) waitCount(t *testing.T, want int, query string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.count(t, query, args...) != want {
		if time.Now().After(deadline) {
			t.Fatalf("%s never counted %d", query, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// submission is the body of a supplier's POST /v1/receivables.
func (s *stack) submission(number, amount, due string) map[string]any {
	return map[string]any{"obligor": s.ids["core"], "amount": amount, "currency": "CNY", "due_date": due, "invoice": invoice(number)}
}

func parts(to string, amounts ...string) map[string]any {
	ps := []map[string]any{}
	for _, a := range amounts {
		ps = append(ps, map[string]any{"to": to, "amount": a})
	}
	return map[string]any{"parts": ps}
}
