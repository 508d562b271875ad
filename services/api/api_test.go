package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/problem"
)

// terminatedError is what a query gets when Postgres terminates its backend
// (pg_terminate_backend: 57P01, as in a fast shutdown).
func terminatedError(t *testing.T) error {
	pool := pgtest.New(t)
	ctx := context.Background()
	conn, err := pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Release()
	pid := conn.Conn().PgConn().PID()
	done := make(chan error, 1)
	go func() {
		_, err := conn.Exec(ctx, "SELECT pg_sleep(30)")
		done <- err
	}()
	for {
		var active bool
		if err := pool.QueryRow(ctx, `SELECT count(*) = 1 FROM pg_stat_activity WHERE pid = $1 AND query LIKE 'SELECT pg_sleep%'`, pid).Scan(&active); err != nil {
			t.Fatal(err)
		}
		if active {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := pool.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
		t.Fatal(err)
	}
	err = <-done
	if err == nil {
		t.Fatal("a terminated query succeeded")
	}
	return err
}

// TestErrorStatus: a lost database or chain connection is 503 with Retry-After
// (a retry may cure it), any other unexpected error is 500.
func TestErrorStatus(t *testing.T) {
	// A pool on a port where nothing listens yields the error pgx really returns.
	cfg, err := pgxpool.ParseConfig("postgres://u@127.0.0.1:1/db?connect_timeout=2")
	if err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	_, dbErr := pool.Exec(context.Background(), "select 1")
	if dbErr == nil {
		t.Fatal("a query on a closed port succeeded")
	}
	terminated := terminatedError(t)
	for _, tc := range []struct {
		name       string
		err        error
		status     int
		code       string
		retryAfter string
	}{
		{"DatabaseDown", fmt.Errorf("list organizations: %w", dbErr), http.StatusServiceUnavailable, "unavailable", "5"},
		{"ConnectionCut", fmt.Errorf("read page: %w", io.ErrUnexpectedEOF), http.StatusServiceUnavailable, "unavailable", "5"},
		{"Terminated", fmt.Errorf("read receivable: %w", terminated), http.StatusServiceUnavailable, "unavailable", "5"},
		{"AdminShutdown", fmt.Errorf("q: %w", &pgconn.PgError{Code: "57P01"}), http.StatusServiceUnavailable, "unavailable", "5"},
		{"CrashShutdown", fmt.Errorf("q: %w", &pgconn.PgError{Code: "57P02"}), http.StatusServiceUnavailable, "unavailable", "5"},
		{"CannotConnectNow", fmt.Errorf("q: %w", &pgconn.PgError{Code: "57P03"}), http.StatusServiceUnavailable, "unavailable", "5"},
		{"ConnectionFailure", fmt.Errorf("q: %w", &pgconn.PgError{Code: "08006"}), http.StatusServiceUnavailable, "unavailable", "5"},
		{"EOF", fmt.Errorf("q: %w", io.EOF), http.StatusServiceUnavailable, "unavailable", "5"},
		{"BrokenPipe", fmt.Errorf("q: %w", syscall.EPIPE), http.StatusServiceUnavailable, "unavailable", "5"},
		{"ConnClosed", fmt.Errorf("q: %w", pgconn.ErrConnClosed), http.StatusServiceUnavailable, "unavailable", "5"},
		{"InternalWrapsLost", problem.From(fmt.Errorf("q: %w", &pgconn.PgError{Code: "57P01"})), http.StatusServiceUnavailable, "unavailable", "5"},
		{"UniqueViolation", fmt.Errorf("q: %w", &pgconn.PgError{Code: "23505"}), http.StatusInternalServerError, "internal", ""},
		{"Bug", errors.New("nil map"), http.StatusInternalServerError, "internal", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := NewEcho(slog.New(slog.DiscardHandler))
			e.GET("/x", func(echo.Context) error { return tc.err })
			rec := httptest.NewRecorder()
			e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/x", nil))
			var body struct{ Code string }
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("body %q: %v", rec.Body, err)
			}
			if rec.Code != tc.status || body.Code != tc.code || rec.Header().Get("Retry-After") != tc.retryAfter {
				t.Fatalf("got %d %q Retry-After %q; want %d %q %q (%s)", rec.Code, body.Code, rec.Header().Get("Retry-After"), tc.status, tc.code, tc.retryAfter, rec.Body)
			}
		})
	}
}
