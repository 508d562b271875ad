package api

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"
)

// TestLargeUploadCap: past the cap a large upload is 503 busy with
// Retry-After before its body is read; a declared small body takes no slot;
// a slot is free again once its request ends.
func TestLargeUploadCap(t *testing.T) {
	e := NewEcho(slog.New(slog.DiscardHandler))
	LimitUploads(e, NewUploads(1))
	entered, release := make(chan struct{}), make(chan struct{})
	e.POST("/up", func(c echo.Context) error {
		if c.QueryParam("hold") != "" {
			close(entered)
			<-release
		}
		b, err := io.ReadAll(c.Request().Body)
		if err != nil {
			return err
		}
		return c.String(http.StatusOK, string(b))
	}, LargeUpload(64<<20))
	post := func(target string, body io.Reader) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, target, body))
		return rec
	}
	done := make(chan *httptest.ResponseRecorder)
	go func() { done <- post("/up?hold=1", io.MultiReader(strings.NewReader("first"))) }() // unknown length
	<-entered

	unread := &countingReader{r: strings.NewReader("second")}
	rec := post("/up", unread)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"code":"busy"`) ||
		rec.Header().Get("Retry-After") != "5" || rec.Header().Get(echo.HeaderContentType) != "application/problem+json" {
		t.Fatalf("past the cap: %d %s Retry-After %q", rec.Code, rec.Body, rec.Header().Get("Retry-After"))
	}
	if unread.n != 0 {
		t.Errorf("the refused body was read: %d bytes", unread.n)
	}
	if rec := post("/up", strings.NewReader("small")); rec.Code != http.StatusOK || rec.Body.String() != "small" {
		t.Errorf("a declared small body: %d %s, want 200", rec.Code, rec.Body)
	}
	close(release)
	if rec := <-done; rec.Code != http.StatusOK {
		t.Fatalf("first: %d %s", rec.Code, rec.Body)
	}
	if rec := post("/up", io.MultiReader(strings.NewReader("third"))); rec.Code != http.StatusOK || rec.Body.String() != "third" {
		t.Errorf("after the first ended: %d %s, want 200", rec.Code, rec.Body)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
