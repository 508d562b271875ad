package server_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/duochain/duochain/services/server"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestHTTPHygiene: the server cuts a trickled body, refuses an Idempotency-Key
// it cannot store with a 400, and guards /metrics with the configured token (DUOCHAIN_METRICS_TOKEN).
func TestHTTPHygiene(t *testing.T) {
	s := servertest.New(t, func(c *server.Config) { c.MetricsToken = "metrics-secret" })

	t.Run("TrickledBodyIsCut", func(t *testing.T) {
		// The largest upload route, over a real TCP connection, one byte every 5 s.
		u, _ := url.Parse(s.URL)
		conn, err := net.Dial("tcp", u.Host)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		start := time.Now()
		fmt.Fprintf(conn, "POST /v1/works/catalogs?catalog_id=slow HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n"+
			"Content-Type: application/x-ndjson\r\nContent-Length: 100000\r\n\r\n", u.Host, s.Keys["operator"])
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			for {
				if _, err := conn.Write([]byte{'{'}); err != nil {
					return
				}
				select {
				case <-stop:
					return
				case <-time.After(5 * time.Second):
				}
			}
		}()
		_ = conn.SetReadDeadline(time.Now().Add(45 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		took := time.Since(start)
		if err != nil {
			t.Fatalf("no answer after %s: %v", took, err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(body), `"code":"body_too_slow"`) {
			t.Fatalf("after %s: %d %s", took, resp.StatusCode, body)
		}
		if took > 30*time.Second {
			t.Fatalf("the trickle was cut only after %s", took)
		}
	})

	t.Run("IdempotencyKey", func(t *testing.T) {
		s := s.On(t)
		body := map[string]any{"name": "keyed", "roles": []string{"VERIFIER"}}
		for name, key := range map[string]string{"NotUTF8": "k-\xff\xfe", "TooLong": strings.Repeat("k", 201)} {
			t.Run(name, func(t *testing.T) {
				ops := s.RequestOps(t)
				r, err := s.Request("operator", "POST", "/v1/organizations", body, "Idempotency-Key", key)
				if err != nil {
					t.Fatal(err)
				}
				servertest.CheckProblem(t, r, servertest.Refused(http.StatusBadRequest, "invalid_idempotency_key", "Idempotency-Key"))
				if n := s.RequestOps(t); n != ops {
					t.Errorf("a refused request recorded %d operations", n-ops)
				}
			})
		}
		// 200 bytes of multi-byte characters is fine.
		if st := s.Call("operator", "POST", "/v1/organizations", body, nil, "Idempotency-Key", strings.Repeat("键", 66)); st != http.StatusCreated {
			t.Fatalf("a 198-byte UTF-8 key: %d", st)
		}
	})

	t.Run("MetricsToken", func(t *testing.T) {
		s := s.On(t)
		for _, tc := range []struct {
			auth string
			want int
		}{{"", http.StatusUnauthorized}, {"Bearer wrong", http.StatusUnauthorized}, {"Bearer metrics-secret", http.StatusOK}} {
			req, _ := http.NewRequest("GET", s.URL+"/metrics", nil)
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.want || tc.want == http.StatusOK && !strings.Contains(string(b), "duochain_http_requests_total") {
				t.Errorf("/metrics with %q: %d, want %d: %.200s", tc.auth, resp.StatusCode, tc.want, b)
			}
		}
	})
}
