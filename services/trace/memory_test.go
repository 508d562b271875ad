package trace

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/problem"
)

// eventsReader generates a request of events without holding it: NDJSON
// lines, or one JSON array, of up to size bytes.
type eventsReader struct {
	size, sent int
	i          int
	array      bool
	buf        []byte
	done       bool
}

func (r *eventsReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.done {
			return 0, io.EOF
		}
		ev := objectEvent(r.i, sgtin(1_000_000+r.i))
		switch {
		case r.sent+len(ev)+2 >= r.size:
			if r.array {
				r.buf = append(r.buf, ']')
			}
			r.done = true
		case r.array && r.i == 0:
			r.buf = append(append(r.buf, '['), ev...)
		case r.array:
			r.buf = append(append(r.buf, ','), ev...)
		default:
			r.buf = append(append(r.buf, ev...), '\n')
		}
		r.i++
		r.sent += len(r.buf)
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	if len(r.buf) == 0 {
		r.buf = r.buf[:0:0]
	}
	return n, nil
}

func heapInuse() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() + s[1].Value.Uint64()
}

// BenchmarkIngestLargestRequest posts a request at the ingestion limit
// (MaxIngestBody, 64 MiB: about 330,000 events) through POST
// /v1/trace/events into a real Postgres, as NDJSON and as a JSON array, and
// reports the peak heap in use above idle (peak-heap-MiB). An ingestion is
// all or nothing and writes in hash order, retrying a lost race, so it holds
// its prepared rows: this is what the request size limit bounds.
//
//	go test -run '^$' -bench IngestLargestRequest -benchtime 1x -timeout 30m ./services/trace/
func BenchmarkIngestLargestRequest(b *testing.B) {
	for _, format := range []string{"NDJSON", "JSON"} {
		b.Run(format, func(b *testing.B) {
			s := &Service{Pool: pgtest.New(b)}
			e := api.NewEcho(slog.New(slog.DiscardHandler))
			e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
				return func(c echo.Context) error {
					p := api.Organization{ID: 1, Name: "supplier", Address: common.HexToAddress("0x5"), Roles: []string{"SUPPLIER"}, Status: "active"}
					c.SetRequest(c.Request().WithContext(api.WithOrganization(c.Request().Context(), p)))
					return next(c)
				}
			})
			Routes(e.Group("/v1"), s)
			var worst float64
			for range b.N {
				runtime.GC()
				idle := heapInuse()
				stop, peakc := make(chan struct{}), make(chan uint64)
				go func() {
					peak := heapInuse()
					t := time.NewTicker(2 * time.Millisecond)
					defer t.Stop()
					for {
						select {
						case <-stop:
							peakc <- max(peak, heapInuse())
							return
						case <-t.C:
							peak = max(peak, heapInuse())
						}
					}
				}()
				req := httptest.NewRequest(http.MethodPost, "/v1/trace/events", &eventsReader{size: MaxIngestBody - 1024, array: format == "JSON"})
				req.Header.Set(echo.HeaderContentType, map[string]string{"NDJSON": "application/x-ndjson", "JSON": "application/json"}[format])
				rec := httptest.NewRecorder()
				e.ServeHTTP(rec, req)
				close(stop)
				top := <-peakc
				if rec.Code != http.StatusAccepted {
					b.Fatalf("ingest: %d %.500s", rec.Code, rec.Body)
				}
				worst = max(worst, float64(top-min(top, idle))/(1<<20))
			}
			b.ReportMetric(worst, "peak-heap-MiB")
		})
	}
}

// TestDecodeReaderAnswersAsAWholeBody: decoded as a stream, a request is
// refused as when it was read whole first: a body past its limit is a 413
// whatever its first line holds, a malformed array is malformed_json
// before any bad event, and a bad event is named by its place across chunks.
func TestDecodeReaderAnswersAsAWholeBody(t *testing.T) {
	var lines []string
	for i := range decodeChunk + 500 {
		lines = append(lines, objectEvent(i, sgtin(i)))
	}
	good := ndjson(lines...)
	if evs, err := DecodeReader(strings.NewReader(good), FormatNDJSON); err != nil || len(evs) != len(lines) {
		t.Fatalf("good: %d events, %v", len(evs), err)
	}
	bad := slices.Clone(lines)
	bad[decodeChunk+10] = `{"type":"ObjectEvent"}`
	_, err := DecodeReader(strings.NewReader(ndjson(bad...)), FormatNDJSON)
	if p := problem.From(err); p.Status != 400 || !strings.HasPrefix(p.Field, fmt.Sprintf("line[%d]", decodeChunk+11)) {
		t.Errorf("bad line: %+v", p)
	}
	_, err = DecodeReader(strings.NewReader("["+strings.Join(bad, ",")+"]"), FormatJSON)
	if p := problem.From(err); p.Status != 400 || !strings.HasPrefix(p.Field, fmt.Sprintf("[%d]", decodeChunk+10)) {
		t.Errorf("bad element: %+v", p)
	}
	_, err = DecodeReader(strings.NewReader("["+strings.Join(bad, ",")+"] x"), FormatJSON)
	if p := problem.From(err); p.Code != "malformed_json" {
		t.Errorf("bad element, then trailing data: %+v, want malformed_json", p)
	}
	_, err = DecodeReader(strings.NewReader("["+strings.Join(bad, ",")+",}"), FormatJSON)
	if p := problem.From(err); p.Code != "malformed_json" {
		t.Errorf("bad element, then a syntax error: %+v, want malformed_json", p)
	}
	over := `{"type":"ObjectEvent"}` + "\n" + good
	body := http.MaxBytesReader(httptest.NewRecorder(), io.NopCloser(strings.NewReader(over)), int64(len(over)-1))
	_, err = DecodeReader(body, FormatNDJSON)
	if p := problem.From(err); p.Status != http.StatusRequestEntityTooLarge || p.Code != "body_too_large" {
		t.Errorf("over the limit, bad first line: %+v, want 413", p)
	}
}
