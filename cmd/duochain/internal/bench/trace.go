package bench

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/services/pg"
)

// traceBench is one `duochain bench trace` run against a stack `duochain run` started.
type traceBench struct {
	base, rpc string
	api       *client.Client // as SUPPLIER1
	dep       contracts.Deployment
	pool      *pgxpool.Pool
	chain     *ethclient.Client
	runID     string
	epoch     time.Time // event time of the first event
	n, chunk  int
	clients   int
}

// runTrace is `duochain bench trace`: synthetic EPCIS ObjectEvents
// through the real NDJSON ingestion, against a raw COPY of the same rows.
func runTrace(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("bench trace", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory of the running stack (demo.json, deployment.json, postgres/)")
	n := fl.Int("n", 1_000_000, "events to ingest (up to 10,000,000)")
	clients := fl.Int("clients", 4, "concurrent HTTP clients")
	chunk := fl.Int("chunk", 5000, "events per NDJSON request")
	dbURL := fl.String("db", "", "the stack's database (default: $DATABASE_URL, else the cluster in --data)")
	chainURL := fl.String("chain", "", "chain JSON-RPC URL (default: chain_url of demo.json)")
	baseline := fl.Bool("baseline", true, "also COPY the same rows raw into scratch tables, for the ratio")
	wait := fl.Duration("wait", 2*time.Minute, "how long to wait for every batch to be anchored at the end")
	jsonPath := fl.String("json", "", "also write the results as JSON to `FILE`")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *n < 1 || *n > 10_000_000 || *clients < 1 || *chunk < 1 {
		return errors.New("bench trace: -n from 1 to 10,000,000; -clients and -chunk at least 1")
	}
	b, closeAll, err := openTraceBench(ctx, *data, *dbURL, *chainURL)
	if err != nil {
		return err
	}
	defer closeAll()
	b.n, b.chunk, b.clients = *n, *chunk, *clients
	fmt.Printf("duochain bench trace  run %s  %d events  %d clients  %d per request\n  api %s\n\n", b.runID, b.n, b.clients, b.chunk, b.base)

	res := &traceBenchResult{RunID: b.runID, Events: b.n, Clients: b.clients, Chunk: b.chunk}
	if res.Ingest, err = b.ingest(ctx); err != nil {
		return err
	}
	ingested := time.Now()
	if res.AtIngestEnd, err = b.anchorState(ctx); err != nil {
		return err
	}
	res.AnchoredAllSecs, err = b.waitAnchored(ctx, ingested, *wait)
	if err != nil {
		return err
	}
	if *baseline {
		raw, err := b.rawCopy(ctx)
		if err != nil {
			return err
		}
		res.Baseline = &raw
		res.Ratio = res.Ingest.EventsPerSec / res.Baseline.EventsPerSec
	}
	if err := b.measure(ctx, res); err != nil {
		return err
	}
	printTraceBench(os.Stdout, res)
	if *jsonPath != "" {
		out, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(*jsonPath, append(out, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", *jsonPath, err)
		}
	}
	return ctx.Err()
}

func openTraceBench(ctx context.Context, data, dbURL, chainURL string) (*traceBench, func(), error) {
	dir, err := filepath.Abs(data)
	if err != nil {
		return nil, nil, err
	}
	demo, err := datadir.ReadDemo(filepath.Join(dir, "demo.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("bench trace: no stack in %s: start one with `make run` first: %w", dir, err)
	}
	b := &traceBench{base: demo.BaseURL, runID: strconv.FormatInt(time.Now().Unix()%1_000_000, 10), epoch: time.Now().UTC().Truncate(time.Second)}
	key := ""
	for _, o := range demo.Organizations {
		if o.Key == "SUPPLIER1" {
			key = o.APIKey
		}
	}
	dep, err := datadir.LoadDeployment(dir)
	if err == nil {
		b.dep = *dep
	}
	if err != nil || key == "" {
		return nil, nil, fmt.Errorf("bench trace: read the deployment and SUPPLIER1's key in %s: %v", dir, err)
	}
	dbURL = cmp.Or(dbURL, os.Getenv("DATABASE_URL"))
	if dbURL == "" {
		if dbURL, err = pg.LocalURL(filepath.Join(dir, "postgres"), "duochain"); err != nil {
			return nil, nil, fmt.Errorf("bench trace: %w; pass -db URL", err)
		}
	}
	if b.pool, err = pgxpool.New(ctx, dbURL); err != nil {
		return nil, nil, fmt.Errorf("bench trace: open the database: %w", err)
	}
	b.rpc = cmp.Or(chainURL, demo.ChainURL, os.Getenv("CHAIN_RPC_URL"))
	if b.chain, err = ethclient.DialContext(ctx, b.rpc); err != nil {
		b.pool.Close()
		return nil, nil, fmt.Errorf("bench trace: dial %s: %w", b.rpc, err)
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	b.api = client.New(demo.BaseURL, key)
	b.api.HTTP = &http.Client{Transport: tr, Timeout: 5 * time.Minute}
	return b, func() { b.chain.Close(); b.pool.Close() }, nil
}

// epc is the identifier of event i of the run.
func (b *traceBench) epc(dst []byte, i int) []byte {
	dst = append(dst, "urn:epc:id:sgtin:9521234.054321."...)
	dst = append(dst, b.runID...)
	return strconv.AppendInt(append(dst, '0'), int64(i), 10)
}

// event appends synthetic ObjectEvent i (about 250 bytes) to dst.
func (b *traceBench) event(dst []byte, i int) []byte {
	dst = append(dst, `{"type":"ObjectEvent","eventTime":"`...)
	dst = b.epoch.Add(time.Duration(i)*time.Millisecond).AppendFormat(dst, "2006-01-02T15:04:05.000Z07:00")
	dst = append(dst, `","eventTimeZoneOffset":"+08:00","action":"OBSERVE","epcList":["`...)
	dst = b.epc(dst, i)
	dst = append(dst, `"],"bizStep":"shipping","disposition":"in_transit","readPoint":{"id":"urn:epc:id:sgln:9521234.00001.0"}}`...)
	return dst
}

// chunks hands out chunk numbers to clients until every event is sent.
func (b *traceBench) forChunks(ctx context.Context, f func(from, to int) error) error {
	var next atomic.Int64
	var first error
	var once sync.Once
	var wg sync.WaitGroup
	for range b.clients {
		wg.Go(func() {
			for ctx.Err() == nil {
				from := int(next.Add(1)-1) * b.chunk
				if from >= b.n {
					return
				}
				if err := f(from, min(from+b.chunk, b.n)); err != nil {
					once.Do(func() { first = err })
					return
				}
			}
		})
	}
	wg.Wait()
	return cmp.Or(first, ctx.Err())
}

// tracePhase is the throughput of one way in.
type tracePhase struct {
	Seconds      float64 `json:"seconds"`
	EventsPerSec float64 `json:"events_per_sec"`
}

// ingest sends every event through POST /v1/trace/events as NDJSON.
func (b *traceBench) ingest(ctx context.Context) (tracePhase, error) {
	start := time.Now()
	var done atomic.Int64
	stop := make(chan struct{})
	go func() { // progress, for long runs
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				fmt.Fprintf(os.Stderr, "  ingested %d of %d (%.0f events/s)\n", done.Load(), b.n, float64(done.Load())/time.Since(start).Seconds())
			}
		}
	}()
	defer close(stop)
	err := b.forChunks(ctx, func(from, to int) error {
		body := make([]byte, 0, (to-from)*260)
		for i := from; i < to; i++ {
			body = append(b.event(body, i), '\n')
		}
		if _, err := b.api.IngestTraceEvents(ctx, client.NDJSON, body); err != nil {
			return fmt.Errorf("ingest events %d-%d: %w", from, to, err)
		}
		done.Add(int64(to - from))
		return nil
	})
	secs := time.Since(start).Seconds()
	return tracePhase{Seconds: secs, EventsPerSec: float64(b.n) / secs}, err
}

// rawCopy COPYs rows of the same shape and size (a SHA-256 of the body as the
// hash, no EPCIS work) into scratch copies of the trace tables with their
// indexes, over as many connections as there are clients: what Postgres
// alone can take on this machine.
func (b *traceBench) rawCopy(ctx context.Context) (tracePhase, error) {
	suffix := "_bench_" + b.runID
	for _, t := range []string{"trace_events", "trace_event_epcs"} {
		if _, err := b.pool.Exec(ctx, fmt.Sprintf(`CREATE TABLE %s%s (LIKE %s INCLUDING ALL)`, t, suffix, t)); err != nil {
			return tracePhase{}, fmt.Errorf("create scratch table: %w", err)
		}
		defer b.pool.Exec(context.WithoutCancel(ctx), fmt.Sprintf(`DROP TABLE IF EXISTS %s%s`, t, suffix))
	}
	start := time.Now()
	err := b.forChunks(ctx, func(from, to int) error {
		events, epcs := make([][]any, 0, to-from), make([][]any, 0, to-from)
		for i := from; i < to; i++ {
			body := b.event(nil, i)
			h := sha256.Sum256(body)
			at := b.epoch.Add(time.Duration(i) * time.Millisecond)
			key := sha256.Sum256(b.epc(nil, i))
			events = append(events, []any{int64(i + 1), h[:], at, int16(1), int64(1), body})
			epcs = append(epcs, []any{key[:16], at, int64(i + 1)})
		}
		return pgx.BeginFunc(ctx, b.pool, func(tx pgx.Tx) error {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{"trace_events" + suffix}, []string{"id", "hash", "event_time", "event_type", "organization_id", "body"}, pgx.CopyFromRows(events)); err != nil {
				return err
			}
			_, err := tx.CopyFrom(ctx, pgx.Identifier{"trace_event_epcs" + suffix}, []string{"epc_key", "event_time", "event_id"}, pgx.CopyFromRows(epcs))
			return err
		})
	})
	secs := time.Since(start).Seconds()
	return tracePhase{Seconds: secs, EventsPerSec: float64(b.n) / secs}, err
}
