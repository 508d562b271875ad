package api

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestReadyzNamesWithoutErrors: /readyz says which dependency is down, never
// the error text (which carried host names and credentials of the database).
func TestReadyzNamesWithoutErrors(t *testing.T) {
	e := NewEcho(slog.New(slog.DiscardHandler))
	secret := errors.New(`failed to connect to user=duochain password=hunter2 host=10.0.0.7`)
	Observe(e, prometheus.NewRegistry(), Checks{
		Database:   func(context.Context) error { return secret },
		Chain:      func(context.Context) error { return nil },
		IndexerLag: func(context.Context) (uint64, error) { return 0, secret },
	})
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	body := rec.Body.String()
	if rec.Code != http.StatusServiceUnavailable || strings.Contains(body, "hunter2") || strings.Contains(body, "10.0.0.7") {
		t.Fatalf("readyz: %d %s", rec.Code, body)
	}
	for _, want := range []string{`"database":"down"`, `"chain":"ok"`, `"indexer":{"status":"down"}`} {
		if !strings.Contains(body, want) {
			t.Errorf("readyz %s lacks %s", body, want)
		}
	}
}

// TestMetricsToken: with a token set, /metrics needs it as a Bearer token.
func TestMetricsToken(t *testing.T) {
	e := NewEcho(slog.New(slog.DiscardHandler))
	Observe(e, prometheus.NewRegistry(), Checks{MetricsToken: "s3cret"})
	for _, tc := range []struct {
		name, auth string
		want       int
	}{
		{"NoToken", "", http.StatusUnauthorized},
		{"WrongToken", "Bearer s3cre", http.StatusUnauthorized},
		{"WrongScheme", "Basic s3cret", http.StatusUnauthorized},
		{"OK", "Bearer s3cret", http.StatusOK},
		{"OKCaseInsensitiveScheme", "bearer s3cret", http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			rec := httptest.NewRecorder()
			e.ServeHTTP(rec, req)
			b, _ := io.ReadAll(rec.Body)
			if rec.Code != tc.want {
				t.Fatalf("%d, want %d: %s", rec.Code, tc.want, b)
			}
			if tc.want == http.StatusUnauthorized && rec.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without a challenge")
			}
		})
	}
}
