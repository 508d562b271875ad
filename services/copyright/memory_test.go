package copyright_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/copyright"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

// quietPipeline never confirms: a write answers 202 once committed. The
// database and the handler are real; only the chain is left out.
type quietPipeline struct{}

func (quietPipeline) Notify() {}
func (quietPipeline) Operation(context.Context, int64) (api.Operation, error) {
	return api.Operation{State: "accepted"}, nil
}
func (quietPipeline) Projected(context.Context, uint64) error { return nil }
func (quietPipeline) Ready(context.Context) error             { return nil }

// catalogServer is the copyright routes on a real database, acting for a
// SUPPLIER.
func catalogServer(tb testing.TB, uploads int) (*echo.Echo, *copyright.Service) {
	tb.Helper()
	pool := pgtest.New(tb)
	tm := txmgr.New(pool, nil, big.NewInt(1337), nil, txmgr.Options{})
	s := copyright.NewService(pool, nil, tm, common.HexToAddress("0xc0ffee"), big.NewInt(1337))
	e := api.NewEcho(slog.New(slog.DiscardHandler))
	api.LimitUploads(e, api.NewUploads(uploads))
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			p := api.Organization{ID: 1, Name: "supplier", Address: common.HexToAddress("0x5"), Roles: []string{"SUPPLIER"}, Status: "active"}
			c.SetRequest(c.Request().WithContext(api.WithOrganization(c.Request().Context(), p)))
			return next(c)
		}
	})
	copyright.Routes(e.Group("/v1"), s, &api.Writer{Pool: pool, Pipeline: quietPipeline{}, Wait: time.Millisecond})
	return e, s
}

// catalogReader generates a catalog of n works without holding it: NDJSON
// lines, or the same works as one JSON document.
type catalogReader struct {
	n, i  int
	json  bool
	seed  string
	buf   []byte
	state int // 0 head, 1 works, 2 tail, 3 done
}

func (r *catalogReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		switch {
		case r.state == 0:
			if r.json {
				r.buf = append(r.buf, `{"catalog_id":"bench","works":[`...)
			}
			r.state = 1
		case r.state == 1 && r.i < r.n:
			h := sha256.Sum256([]byte(r.seed + strconv.Itoa(r.i)))
			if r.json && r.i > 0 {
				r.buf = append(r.buf, ',')
			}
			r.buf = fmt.Appendf(r.buf, `{"sha256":"%s","title":"Product image %07d","metadata":{"creator":"Design team","n":%d}}`,
				hex.EncodeToString(h[:]), r.i, r.i)
			if !r.json {
				r.buf = append(r.buf, '\n')
			}
			r.i++
		case r.state == 1:
			if r.json {
				r.buf = append(r.buf, "]}"...)
			}
			r.state = 2
		default:
			return 0, io.EOF
		}
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	if len(r.buf) == 0 {
		r.buf = r.buf[:0:0]
	}
	return n, nil
}

// heapPeak samples the heap in use until stopped, returning the peak.
type heapPeak struct {
	stop chan struct{}
	done chan uint64
}

func heapInuse() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() + s[1].Value.Uint64()
}

func sampleHeap() *heapPeak {
	h := &heapPeak{stop: make(chan struct{}), done: make(chan uint64, 1)}
	go func() {
		peak := heapInuse()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				h.done <- max(peak, heapInuse())
				return
			case <-t.C:
				peak = max(peak, heapInuse())
			}
		}
	}()
	return h
}

func (h *heapPeak) Stop() uint64 { close(h.stop); return <-h.done }

// BenchmarkCatalogMillion registers a catalog of 1,000,000 works (about
// 120 MB) through POST /v1/works/catalogs, as NDJSON and as JSON, against a
// real Postgres, and reports the peak heap in use above idle (peak-heap-MiB).
// The tree kept for proofs (about 64 MiB) is part of it. Run it alone:
//
//	go test -run '^$' -bench CatalogMillion -benchtime 1x -timeout 30m ./services/copyright/
func BenchmarkCatalogMillion(b *testing.B) {
	for _, format := range []string{"NDJSON", "JSON"} {
		b.Run(format, func(b *testing.B) {
			e, _ := catalogServer(b, 0)
			var worst float64
			for i := range b.N {
				runtime.GC()
				idle := heapInuse()
				peak := sampleHeap()
				body := &catalogReader{n: 1_000_000, json: format == "JSON", seed: fmt.Sprintf("%s-%d-%d", format, i, time.Now().UnixNano())}
				target := "/v1/works/catalogs"
				if format == "NDJSON" {
					target += "?catalog_id=bench"
				}
				req := httptest.NewRequest(http.MethodPost, target, body)
				req.Header.Set(echo.HeaderContentType, map[string]string{"NDJSON": "application/x-ndjson", "JSON": "application/json"}[format])
				rec := httptest.NewRecorder()
				e.ServeHTTP(rec, req)
				top := peak.Stop()
				if rec.Code != http.StatusAccepted && rec.Code != http.StatusCreated {
					b.Fatalf("catalog: %d %s", rec.Code, rec.Body)
				}
				worst = max(worst, float64(top-min(top, idle))/(1<<20))
			}
			b.ReportMetric(worst, "peak-heap-MiB")
		})
	}
}

// blockingBody is a request body that hands out nothing until released, and
// counts what was read of it.
type blockingBody struct {
	started, release chan struct{}
	once             sync.Once
	read             atomic.Int64
	rest             io.Reader
}

func newBlockingBody(rest io.Reader) *blockingBody {
	return &blockingBody{started: make(chan struct{}), release: make(chan struct{}), rest: rest}
}

func (b *blockingBody) Read(p []byte) (int, error) {
	b.once.Do(func() { close(b.started) })
	<-b.release
	n, err := b.rest.Read(p)
	b.read.Add(int64(n))
	return n, err
}

// TestLargeUploadsAreCapped: with the cap at one, a second catalog upload
// while one runs is refused at once with 503 busy and Retry-After, its body
// unread; a small one (a declared length within api.MaxBody) is not held
// back, and once the first ends the next large one goes through.
func TestLargeUploadsAreCapped(t *testing.T) {
	e, _ := catalogServer(t, 1)
	post := func(body io.Reader, id string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/v1/works/catalogs?catalog_id="+id, body)
		req.Header.Set(echo.HeaderContentType, "application/x-ndjson")
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		return rec
	}
	first := newBlockingBody(&catalogReader{n: 3, seed: "first"})
	var firstRec *httptest.ResponseRecorder
	var wg sync.WaitGroup
	wg.Go(func() { firstRec = post(first, "first") })
	release := sync.OnceFunc(func() { close(first.release) })
	defer func() { release(); wg.Wait() }() // a failed test still lets the first end
	select {
	case <-first.started: // the first holds the only slot
	case <-time.After(10 * time.Second):
		t.Fatal("the first upload was never read")
	}

	second := newBlockingBody(&catalogReader{n: 3, seed: "second"})
	close(second.release)
	rec := post(second, "second")
	var p struct{ Code, Detail string }
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
		t.Fatalf("%s: %v", rec.Body, err)
	}
	if rec.Code != http.StatusServiceUnavailable || p.Code != api.CodeBusy || rec.Header().Get("Retry-After") == "" ||
		rec.Header().Get(echo.HeaderContentType) != "application/problem+json" {
		t.Fatalf("second upload: %d %+v Retry-After %q, want 503 busy with Retry-After", rec.Code, p, rec.Header().Get("Retry-After"))
	}
	if n := second.read.Load(); n != 0 {
		t.Errorf("the refused upload had %d bytes of its body read", n)
	}

	b, _ := io.ReadAll(&catalogReader{n: 2, seed: "small"})
	if rec := post(bytes.NewReader(b), "small"); rec.Code != http.StatusAccepted {
		t.Errorf("a small catalog during a large upload: %d %s, want 202", rec.Code, rec.Body)
	}

	release()
	wg.Wait()
	if firstRec.Code != http.StatusAccepted {
		t.Fatalf("first upload: %d %s", firstRec.Code, firstRec.Body)
	}
	if rec := post(&catalogReader{n: 3, seed: "third"}, "third"); rec.Code != http.StatusAccepted {
		t.Fatalf("an upload after the first ended: %d %s", rec.Code, rec.Body)
	}
}
