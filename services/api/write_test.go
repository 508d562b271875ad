package api

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/pg/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// cutProxy is a TCP proxy in front of Postgres that, once armed, forwards the
// next COMMIT, lets Postgres answer it, and then cuts the connection instead
// of relaying the answer: the commit happened, and the client cannot know.
type cutProxy struct {
	t        *testing.T
	upstream string
	l        net.Listener
	armed    atomic.Bool
	cuts     atomic.Int32
	wg       sync.WaitGroup
}

func newCutProxy(t *testing.T, upstream string) *cutProxy {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{t: t, upstream: upstream, l: l}
	t.Cleanup(func() { l.Close(); p.wg.Wait() })
	go p.serve()
	return p
}

func (p *cutProxy) serve() {
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.upstream)
		if err != nil {
			c.Close()
			continue
		}
		p.wg.Add(2)
		var committing atomic.Bool
		closeBoth := sync.OnceFunc(func() { c.Close(); s.Close() })
		go func() { // client to server, message by message
			defer p.wg.Done()
			defer closeBoth()
			first := true
			for {
				msg, err := readMessage(c, first)
				if err != nil {
					return
				}
				if !first && msg[0] == 'Q' && bytes.EqualFold(bytes.TrimRight(msg[5:], "\x00"), []byte("commit")) && p.armed.CompareAndSwap(true, false) {
					committing.Store(true)
				}
				first = false
				if _, err := s.Write(msg); err != nil {
					return
				}
			}
		}()
		go func() { // server to client
			defer p.wg.Done()
			defer closeBoth()
			buf := make([]byte, 32<<10)
			for {
				n, err := s.Read(buf)
				if err != nil {
					return
				}
				if committing.Load() {
					p.cuts.Add(1)
					return // Postgres answered the COMMIT: drop the answer and the connection
				}
				if _, err := c.Write(buf[:n]); err != nil {
					return
				}
			}
		}()
	}
}

// readMessage reads one frontend message: the startup message has no type byte.
func readMessage(r io.Reader, startup bool) ([]byte, error) {
	head := 5
	if startup {
		head = 4
	}
	msg := make([]byte, head)
	if _, err := io.ReadFull(r, msg); err != nil {
		return nil, err
	}
	n := int(binary.BigEndian.Uint32(msg[head-4:])) - 4
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, err
	}
	return append(msg, body...), nil
}

// confirmedPipeline confirms every operation at once, unless its reads fail
// (lost) as on a lost database connection.
type confirmedPipeline struct{ lost *atomic.Bool }

func (confirmedPipeline) Notify() {}
func (p confirmedPipeline) Operation(_ context.Context, id int64) (Operation, error) {
	if p.lost != nil && p.lost.Load() {
		return Operation{}, fmt.Errorf("read operation %d: %w", id, pgconn.ErrConnClosed)
	}
	return Operation{ID: id, IDString: strconv.FormatInt(id, 10), State: "confirmed"}, nil
}
func (confirmedPipeline) Projected(context.Context, uint64) error { return nil }
func (confirmedPipeline) Ready(context.Context) error             { return nil }

// TestCommitOutcomeUnknown: the connection dies after Postgres committed a
// write but before its answer arrived. The client is told the outcome is
// unknown (503 outcome_unknown, Retry-After), not that nothing was recorded,
// and its retry with the same Idempotency-Key answers with the write, which
// exists once.
func TestCommitOutcomeUnknown(t *testing.T) {
	direct := pgtest.New(t)
	ctx := context.Background()
	if _, err := direct.Exec(ctx, `CREATE TABLE writes (id bigserial PRIMARY KEY, body text NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	cfg := direct.Config().Copy()
	proxy := newCutProxy(t, net.JoinHostPort(cfg.ConnConfig.Host, strconv.Itoa(int(cfg.ConnConfig.Port))))
	host, port, _ := net.SplitHostPort(proxy.l.Addr().String())
	p, _ := strconv.Atoi(port)
	cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.TLSConfig, cfg.ConnConfig.Fallbacks = host, uint16(p), nil, nil
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()

	var lost atomic.Bool
	w := &Writer{Pool: pool, Pipeline: confirmedPipeline{lost: &lost}}
	e := NewEcho(slog.New(slog.DiscardHandler))
	e.POST("/writes", func(c echo.Context) error {
		return w.Do(c, func(ctx context.Context, tx pgx.Tx, _ Organization) (int64, error) {
			var id int64
			err := tx.QueryRow(ctx, `INSERT INTO writes (body) VALUES ('x') RETURNING id`).Scan(&id)
			return id, err
		}, func(_ context.Context, op Operation) (any, error) {
			return map[string]string{"id": op.IDString}, nil
		})
	})
	post := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/writes", bytes.NewReader([]byte(`{}`)))
		req.Header.Set("Idempotency-Key", "k-1")
		req = req.WithContext(WithOrganization(req.Context(), Organization{ID: 7}))
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, req)
		return rec
	}
	count := func() int {
		var n int
		if err := direct.QueryRow(ctx, `SELECT count(*) FROM writes`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	proxy.armed.Store(true)
	rec := post()
	if proxy.cuts.Load() != 1 {
		t.Fatalf("the proxy cut %d commits, want 1 (answer %d %s)", proxy.cuts.Load(), rec.Code, rec.Body)
	}
	var prob struct{ Code, Detail string }
	_ = json.Unmarshal(rec.Body.Bytes(), &prob)
	if rec.Code != http.StatusServiceUnavailable || prob.Code != "outcome_unknown" || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("after a cut commit: %d %s Retry-After %q; want 503 outcome_unknown with Retry-After", rec.Code, rec.Body, rec.Header().Get("Retry-After"))
	}
	if n := count(); n != 1 {
		t.Fatalf("%d writes recorded, want the 1 Postgres committed", n)
	}

	// The retry finds the write recorded, but its outcome cannot be read:
	// the answer says where the operation is, not a bare "unavailable".
	lost.Store(true)
	rec = post()
	_ = json.Unmarshal(rec.Body.Bytes(), &prob)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" || !strings.Contains(prob.Detail, "recorded as operation") {
		t.Fatalf("retry with the operation unreadable: %d %s, want 503 naming the recorded operation", rec.Code, rec.Body)
	}
	lost.Store(false)

	rec = post()
	if rec.Code != http.StatusCreated {
		t.Fatalf("retry with the same key: %d %s, want 201", rec.Code, rec.Body)
	}
	if n := count(); n != 1 {
		t.Fatalf("%d writes after the retry, want 1", n)
	}
	rec = post()
	if rec.Code != http.StatusCreated || rec.Header().Get("Idempotent-Replayed") != "true" {
		t.Fatalf("second retry: %d %s replayed %q, want a 201 replay", rec.Code, rec.Body, rec.Header().Get("Idempotent-Replayed"))
	}
	if n := count(); n != 1 {
		t.Fatalf("%d writes after two retries, want 1", n)
	}
}
