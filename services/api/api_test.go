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
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
)

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
	for _, tc := range []struct {
		name       string
		err        error
		status     int
		code       string
		retryAfter string
	}{
		{"DatabaseDown", fmt.Errorf("list organizations: %w", dbErr), http.StatusServiceUnavailable, "unavailable", "5"},
		{"ConnectionCut", fmt.Errorf("read page: %w", io.ErrUnexpectedEOF), http.StatusServiceUnavailable, "unavailable", "5"},
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
