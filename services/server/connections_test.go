package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/server/servertest"
)

// TestPostgresTerminatesConnections terminates every server connection to
// Postgres again and again (57P01, as a fast shutdown does) while reads and
// keyed writes are in flight. No answer is a 500: a cut request is 503 with
// Retry-After (outcome_unknown when a COMMIT was cut), and retrying each write
// with its Idempotency-Key until it answers 201 leaves each invoice tokenized
// exactly once.
func TestPostgresTerminatesConnections(t *testing.T) {
	s := servertest.New(t)
	s.Demo()
	var known servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", map[string]any{
		"obligor": s.IDs["core"], "value": "10.00", "currency": "CNY", "due_date": s.DueIn(30), "invoice": servertest.Invoice("PT-known"),
	}, &known)

	ctx := context.Background()
	killer, err := pgx.Connect(ctx, s.Server.Config.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	defer killer.Close(ctx)

	var mu sync.Mutex
	statuses := map[string]int{}
	var bad []string
	note := func(what string, r servertest.Reply) {
		mu.Lock()
		defer mu.Unlock()
		var p servertest.Problem
		_ = json.Unmarshal(r.Body, &p)
		statuses[fmt.Sprintf("%d %s", r.Status, p.Code)]++
		if r.Status >= 500 && (r.Status != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "") {
			bad = append(bad, fmt.Sprintf("%s: %d Retry-After %q %s", what, r.Status, r.Header.Get("Retry-After"), r.Body))
		}
	}

	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 { // readers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				if r, err := s.Request("core", "GET", "/v1/receivables/"+known.ID, nil); err == nil {
					note("read", r)
				}
			}
		}()
	}
	const writes = 6
	for i := range writes { // keyed writes, each retried until it has an outcome
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := map[string]any{"obligor": s.IDs["core"], "value": "20.00", "currency": "CNY", "due_date": s.DueIn(30), "invoice": servertest.Invoice(fmt.Sprintf("PT-%d", i))}
			key := fmt.Sprintf("pt-%d", i)
			deadline := time.Now().Add(2 * time.Minute)
			for time.Now().Before(deadline) {
				r, err := s.Request("sup1", "POST", "/v1/receivables", body, "Idempotency-Key", key)
				if err != nil {
					continue
				}
				note("write", r)
				if r.Status == http.StatusCreated {
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
			t.Errorf("write %s never answered 201", key)
		}()
	}
	for range 8 {
		time.Sleep(150 * time.Millisecond)
		if _, err := killer.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(200 * time.Millisecond)
	close(done)
	wg.Wait()
	t.Logf("answers: %v", statuses)
	for _, b := range bad {
		t.Error(b)
	}
	for i := range writes {
		var n int
		if err := killer.QueryRow(ctx, `SELECT count(*) FROM receivables r JOIN invoices i ON i.fingerprint = r.fingerprint WHERE i.number = $1`, fmt.Sprintf("PT-%d", i)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("invoice PT-%d is %d receivables, want 1", i, n)
		}
	}
}
