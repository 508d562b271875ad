package api

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// timeoutServer serves NewEcho with short body limits over real TCP: a route
// that reads its body (up to 64 MiB) and answers after wait, and the same
// without a body.
func timeoutServer(t *testing.T, wait time.Duration) *httptest.Server {
	t.Helper()
	saved := DefaultTimeouts
	DefaultTimeouts = Timeouts{BodyGrace: time.Second, BodyMinRate: 1 << 20, Response: 5 * time.Second}
	e := NewEcho(slog.New(slog.DiscardHandler))
	DefaultTimeouts = saved
	answer := func(c echo.Context, n int) error {
		select {
		case <-time.After(wait):
		case <-c.Request().Context().Done():
			return c.Request().Context().Err()
		}
		return c.JSON(http.StatusOK, map[string]int{"bytes": n})
	}
	e.POST("/upload", func(c echo.Context) error {
		b, err := Body(c)
		if err != nil {
			return err
		}
		return answer(c, len(b))
	}, BodyLimit(64<<20))
	e.GET("/wait", func(c echo.Context) error { return answer(c, 0) })
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return srv
}

// TestBodyTrickleIsCut: a client sending its body a byte every 200 ms (far
// under the minimum rate) gets a 408 body_too_slow within the grace period and
// a little, not after the whole body.
func TestBodyTrickleIsCut(t *testing.T) {
	srv := timeoutServer(t, 0)
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	fmt.Fprintf(conn, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
	go func() {
		for i := 0; i < 1000; i++ {
			if _, err := conn.Write([]byte{' '}); err != nil {
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
	}()
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("after %s: %v", time.Since(start), err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(body), `"code":"body_too_slow"`) {
		t.Fatalf("trickled body: %d %s", resp.StatusCode, body)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("the trickle was cut after %s", took)
	}
}

// TestBodyAtSpeedPasses: a 64 MiB body sent at full speed passes under the
// same limits, and so does a write that waits past the grace period after
// reading its body (as one waiting for its receipt), and a bodiless request
// that waits as long.
func TestBodyAtSpeedPasses(t *testing.T) {
	srv := timeoutServer(t, 2*time.Second)
	big := make([]byte, 64<<20)
	_, _ = rand.Read(big)
	for _, tc := range []struct {
		name, method, path string
		body               []byte
		want               string
	}{
		{"Upload64MiB", "POST", "/upload", big, fmt.Sprintf(`{"bytes":%d}`, len(big))},
		{"SmallBodyThenWait", "POST", "/upload", []byte(`{}`), `{"bytes":2}`},
		{"NoBodyWait", "GET", "/wait", nil, `{"bytes":0}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, bytes.NewReader(tc.body))
			if tc.body == nil {
				req.Body = nil
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			got, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(got)) != tc.want {
				t.Fatalf("%d %s, want 200 %s", resp.StatusCode, got, tc.want)
			}
		})
	}
}
