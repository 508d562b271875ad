package client_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/server/servertest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// as is a client calling the stack as org, every answer checked against web/openapi.json.
func as(s *servertest.Stack, org string) *client.Client {
	c := client.New(s.URL, s.Keys[org])
	c.Check = servertest.CheckResponse
	c.PollInterval = 20 * time.Millisecond
	return c
}

// submission is sup1's invoice number to core for value.
func submission(s *servertest.Stack, number, value string) client.SubmitRequest {
	return client.SubmitRequest{Obligor: s.IDs["core"], Value: decimal.RequireFromString(value), Currency: "CNY", DueDate: s.DueIn(60),
		Invoice: client.Invoice{Number: number, IssueDate: "2026-11-01", SellerTaxID: servertest.TaxID("sup1"), BuyerTaxID: servertest.TaxID("core")}}
}

// TestClient drives the real server in process through the client: writes
// answered 202 followed to their end, retries under one Idempotency-Key, and
// problems decoded.
func TestClient(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the whole server")
	}
	s := servertest.New(t)
	s.Demo()

	t.Run("FollowsAccepted", func(t *testing.T) { followsAccepted(t, s.On(t)) })
	t.Run("RetriesLostAnswerUnderItsKey", func(t *testing.T) { retriesLostAnswer(t, s.On(t)) })
	t.Run("RetriesAfter503UnderItsKey", func(t *testing.T) { retriesAfter503(t, s.On(t)) })
	t.Run("Problems", func(t *testing.T) { problems(t, s.On(t)) })
	t.Run("CheckEndsTheCall", func(t *testing.T) {
		c := as(s, "sup1")
		mismatch := errors.New("not as described")
		c.Check = func(*http.Request, int, http.Header, []byte) error { return mismatch }
		if _, err := c.Organization(context.Background(), s.IDs["sup1"]); !errors.Is(err, mismatch) {
			t.Fatalf("got %v, want the Check's error", err)
		}
	})
}

// followsAccepted holds the chain still until three writes were answered
// 202: a submission, which the client follows until it is confirmed and then
// returns as the receivable, and two revocations of one credential, of which
// the chain refuses the second: the client returns it as its problem.
func followsAccepted(t *testing.T, s *servertest.Stack) {
	ctx := context.Background()
	verifier := as(s, "verifier")
	core := s.IDs["core"]
	if _, err := verifier.IssueCredential(ctx, core, client.CredentialRequest{Topic: "MARKETPLACE_SELLER", DocumentSHA256: strings.Repeat("ab", 32),
		ExpiresAt: time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}

	accepted := make(chan string, 3)
	check := func(req *http.Request, status int, h http.Header, body []byte) error {
		if status == http.StatusAccepted {
			select { // the first answers; a later 202 (a read-back before projection) need not be seen
			case accepted <- req.Method + " " + req.URL.Path + " " + h.Get("Location"):
			default:
			}
		}
		return servertest.CheckResponse(req, status, h, body)
	}
	sup1 := as(s, "sup1")
	sup1.Check, verifier.Check = check, check

	release := s.Miner.Hold()
	defer release()
	var (
		wg        sync.WaitGroup
		rec       client.Receivable
		submitted client.Outcome
		submitErr error
		revoked   [2]client.Outcome
		revErrs   [2]error
	)
	wg.Go(func() {
		rec, submitErr = sup1.SubmitReceivable(ctx, submission(s, "INV-CLIENT-202", "1234.50"), client.Record(&submitted))
	})
	for i := range revoked {
		wg.Go(func() {
			_, revErrs[i] = verifier.RevokeCredential(ctx, core, "MARKETPLACE_SELLER", client.Record(&revoked[i]))
		})
	}
	for range 3 {
		select {
		case a := <-accepted:
			t.Logf("answered 202: %s", a)
		case <-time.After(time.Minute):
			t.Fatal("not three 202s within a minute of holding the chain")
		}
	}
	release()
	wg.Wait()

	if submitErr != nil {
		t.Fatal(submitErr)
	}
	if rec.ID == "" || rec.Status != "pending" || !rec.Value.Equal(decimal.RequireFromString("1234.50")) || rec.Holder == nil || rec.Holder.ID != s.IDs["sup1"] {
		t.Errorf("followed submission returned %+v", rec)
	}
	if op := submitted.Operation; !submitted.Accepted() || op.State != client.StateConfirmed || op.Resource == nil || op.Resource.ID != rec.ID ||
		submitted.Status != http.StatusCreated || submitted.Sends != 2 || submitted.Settled.IsZero() {
		t.Errorf("submission outcome %+v (operation %+v), want a confirmed operation naming %s, then its 201 read back", submitted, op, rec.ID)
	}

	refused := 0
	if revErrs[0] == nil {
		refused = 1
	}
	if revErrs[1-refused] != nil {
		t.Fatalf("both revocations failed: %v; %v", revErrs[0], revErrs[1])
	}
	err, o := revErrs[refused], revoked[refused]
	var p *client.Problem
	if !errors.As(err, &p) || p.Status != http.StatusConflict || p.Code != "already_revoked" {
		t.Fatalf("the second revocation: %v, want the 409 already_revoked problem", err)
	}
	if op := o.Operation; op == nil || op.State != client.StateFailed || op.Error == nil || op.Error.Code != "IdentityCredentialAlreadyRevoked" {
		t.Fatalf("the second revocation's operation %+v, want failed with the contract's error", op)
	}
	if !strings.Contains(err.Error(), "operation "+o.Operation.ID+" failed") {
		t.Errorf("the error %q does not name the failed operation", err)
	}
	if ok := revoked[1-refused]; !ok.Accepted() || ok.Operation.State != client.StateConfirmed || ok.Status != http.StatusOK {
		t.Errorf("the first revocation's outcome %+v, want its operation confirmed and the 200 read back", ok)
	}
}

// lossy is a transport that hands every request to the server but loses the
// first answer to a write, as a connection reset after the server acted
// would; or, with refuse, answers it 503 with Retry-After itself.
type lossy struct {
	refuse bool
	mu     sync.Mutex
	keys   []string // Idempotency-Key of each write sent
}

func (l *lossy) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodGet {
		return http.DefaultTransport.RoundTrip(req)
	}
	l.mu.Lock()
	l.keys = append(l.keys, req.Header.Get("Idempotency-Key"))
	first := len(l.keys) == 1
	l.mu.Unlock()
	if first && l.refuse {
		body := `{"type":"https://duochain.dev/problems/unavailable","title":"Service Unavailable","status":503,` +
			`"detail":"the database is unreachable; nothing was recorded","code":"unavailable","instance":"` + req.URL.Path + `"}`
		return &http.Response{StatusCode: http.StatusServiceUnavailable, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Request: req,
			Header: http.Header{"Content-Type": {"application/problem+json"}, "Retry-After": {"1"}}, Body: io.NopCloser(strings.NewReader(body))}, nil
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil || !first {
		return resp, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return nil, errors.New("connection reset by peer (the test lost the answer)")
}

func (l *lossy) sent() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.keys...)
}

// retriesLostAnswer: the server did the write but its answer was lost; the
// client sends the write again under the same key, and the server answers
// with the first send's outcome instead of doing it twice.
func retriesLostAnswer(t *testing.T, s *servertest.Stack) {
	l := &lossy{}
	c := as(s, "sup1")
	c.HTTP = &http.Client{Transport: l}
	ops := s.Count(t, `SELECT count(*) FROM operations`)
	var o client.Outcome
	rec, err := c.SubmitReceivable(context.Background(), submission(s, "INV-CLIENT-LOST", "100.00"), client.IdempotencyKey("client-lost-1"), client.Record(&o))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"client-lost-1", "client-lost-1"}, l.sent()); diff != "" {
		t.Errorf("keys sent (-want +got):\n%s", diff)
	}
	if n := s.Count(t, `SELECT count(*) FROM operations`); n != ops+1 {
		t.Errorf("%d operations recorded for one write sent twice", n-ops)
	}
	if n := s.Count(t, `SELECT count(*) FROM idempotency_keys WHERE key = 'client-lost-1'`); n != 1 {
		t.Errorf("%d idempotency keys client-lost-1", n)
	}
	got, err := c.Receivable(context.Background(), rec.ID)
	if err != nil || got.ID != rec.ID || rec.ID == "" {
		t.Fatalf("the retry answered %+v; the receivable reads %+v, %v", rec, got, err)
	}
	if o.Sends != 2 || o.Status != http.StatusCreated || o.Accepted() || o.IdempotencyKey != "client-lost-1" {
		t.Errorf("outcome %+v, want two sends of client-lost-1 and a 201", o)
	}
}

// retriesAfter503: a 503 with Retry-After is sent again after it, under the
// same key; a client out of attempts returns the 503 as its problem.
func retriesAfter503(t *testing.T, s *servertest.Stack) {
	l := &lossy{refuse: true}
	c := as(s, "sup1")
	c.HTTP = &http.Client{Transport: l}
	ops := s.Count(t, `SELECT count(*) FROM operations`)
	start := time.Now()
	var o client.Outcome
	if _, err := c.SubmitReceivable(context.Background(), submission(s, "INV-CLIENT-503", "100.00"), client.Record(&o)); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("sent again after %s, before the answer's Retry-After of 1 s", took)
	}
	keys := l.sent()
	if len(keys) != 2 || keys[0] != keys[1] || keys[0] != o.IdempotencyKey || !strings.HasPrefix(keys[0], "go-") {
		t.Errorf("keys sent %q (outcome's %q), want one generated key twice", keys, o.IdempotencyKey)
	}
	if n := s.Count(t, `SELECT count(*) FROM operations`); n != ops+1 {
		t.Errorf("%d operations recorded for one write", n-ops)
	}

	c.MaxAttempts = 1
	c.HTTP = &http.Client{Transport: &lossy{refuse: true}}
	_, err := c.SubmitReceivable(context.Background(), submission(s, "INV-CLIENT-503B", "100.00"))
	var p *client.Problem
	if !errors.As(err, &p) || p.Status != http.StatusServiceUnavailable || p.Code != client.CodeUnavailable || p.RetryAfter != time.Second {
		t.Fatalf("out of attempts: %v (%+v), want the 503 unavailable with its Retry-After", err, p)
	}
}

// problems: answers of 400 and more are *client.Problem, every field decoded.
func problems(t *testing.T, s *servertest.Stack) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		call func() error
		want client.Problem
	}{
		{"ErrAmountPrecision", func() error {
			_, err := as(s, "sup1").SubmitReceivable(ctx, submission(s, "INV-CLIENT-PRECISION", "1.005"))
			return err
		}, client.Problem{Status: 422, Code: "amount_precision", Field: "value", Instance: "/v1/receivables"}},
		{"ErrNotFound", func() error {
			_, err := as(s, "core").Receivable(ctx, "4711")
			return err
		}, client.Problem{Status: 404, Code: "not_found", Instance: "/v1/receivables/4711"}},
		{"ErrForbidden", func() error {
			_, err := as(s, "sup1").MintCash(ctx, client.MintRequest{To: s.IDs["sup1"], Amount: decimal.RequireFromString("5.00")})
			return err
		}, client.Problem{Status: 403, Code: "forbidden", Instance: "/v1/cash/mint"}},
		{"ErrUnauthorized", func() error {
			return client.New(s.URL, "not-a-key").Do(ctx, http.MethodGet, "/v1/organizations/"+s.IDs["sup1"], nil, nil)
		}, client.Problem{Status: 401, Code: "unauthorized", Instance: "/v1/organizations/" + s.IDs["sup1"]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var p *client.Problem
			if !errors.As(err, &p) {
				t.Fatalf("got %v, want a *client.Problem", err)
			}
			if diff := cmp.Diff(tc.want, *p, cmpopts.IgnoreFields(client.Problem{}, "Type", "Title", "Detail")); diff != "" {
				t.Errorf("problem (-want +got):\n%s", diff)
			}
			if p.Type != "https://duochain.dev/problems/"+p.Code || p.Title == "" || p.Detail == "" {
				t.Errorf("incomplete problem %+v", p)
			}
			if want := fmt.Sprintf("%d %s", p.Status, p.Code); !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
		})
	}
}
