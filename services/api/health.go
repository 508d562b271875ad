package api

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/duochain/duochain/services/problem"
)

// Checks are the dependencies /readyz looks at.
type Checks struct {
	Database   func(ctx context.Context) error
	Chain      func(ctx context.Context) error
	IndexerLag func(ctx context.Context) (uint64, error)
	MaxLag     uint64 // blocks of indexer lag still ready; default 10
	// MetricsToken, when set, is the Bearer token /metrics requires
	// (DUOCHAIN_METRICS_TOKEN); unset, /metrics is open.
	MetricsToken string
	// Log receives why a dependency is down: /readyz names it, never the
	// error, which may hold addresses, user names or query text.
	Log *slog.Logger
}

// Observe registers /livez, /readyz and /metrics on e and records request
// metrics for every route in reg.
func Observe(e *echo.Echo, reg *prometheus.Registry, checks Checks) {
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "duochain_http_requests_total", Help: "HTTP requests by route and status.",
	}, []string{"method", "route", "status"})
	latency := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "duochain_http_request_seconds", Help: "HTTP request latency by route.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
	}, []string{"method", "route"})
	reg.MustRegister(requests, latency)
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			if err != nil {
				c.Error(err)
			}
			route := c.Path()
			requests.WithLabelValues(c.Request().Method, route, strconv.Itoa(c.Response().Status)).Inc()
			latency.WithLabelValues(c.Request().Method, route).Observe(time.Since(start).Seconds())
			return nil
		}
	})

	e.GET("/livez", func(c echo.Context) error { return c.JSON(http.StatusOK, map[string]string{"status": "ok"}) })
	log := checks.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e.GET("/readyz", func(c echo.Context) error {
		ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
		defer cancel()
		out := map[string]any{}
		ready := true
		check := func(name string, f func(context.Context) error) {
			if f == nil {
				return
			}
			if err := f(ctx); err != nil {
				log.Warn("not ready", "dependency", name, "err", err)
				out[name], ready = "down", false
			} else {
				out[name] = "ok"
			}
		}
		check("database", checks.Database)
		check("chain", checks.Chain)
		if checks.IndexerLag != nil {
			max := checks.MaxLag
			if max == 0 {
				max = 10
			}
			lag, err := checks.IndexerLag(ctx)
			switch {
			case err != nil:
				log.Warn("not ready", "dependency", "indexer", "err", err)
				out["indexer"], ready = map[string]any{"status": "down"}, false
			case lag > max:
				out["indexer"], ready = map[string]any{"lag_blocks": lag, "status": "behind"}, false
			default:
				out["indexer"] = map[string]any{"lag_blocks": lag, "status": "ok"}
			}
		}
		status := http.StatusOK
		if !ready {
			status = http.StatusServiceUnavailable
			c.Response().Header().Set("Retry-After", "5")
		}
		out["ready"] = ready
		return c.JSON(status, out)
	})
	metrics := echo.WrapHandler(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	if checks.MetricsToken != "" {
		metrics = requireToken(checks.MetricsToken, metrics)
	}
	e.GET("/metrics", metrics)
}

// requireToken guards h with `Authorization: Bearer <token>`, compared in
// constant time.
func requireToken(token string, h echo.HandlerFunc) echo.HandlerFunc {
	want := sha256.Sum256([]byte(token))
	return func(c echo.Context) error {
		scheme, got, _ := strings.Cut(c.Request().Header.Get(echo.HeaderAuthorization), " ")
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			c.Response().Header().Set("WWW-Authenticate", `Bearer realm="duochain metrics"`)
			return problem.Unauthorized("/metrics needs Authorization: Bearer <DUOCHAIN_METRICS_TOKEN>")
		}
		return h(c)
	}
}
