package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/trace"
)

// traceChunk is one NDJSON request of the stream and what became of it.
type traceChunk struct {
	body   string
	hashes [][32]byte
	acked  atomic.Bool // a 202 reached the client
}

// TestTraceKillMidStream streams NDJSON chunks of trace events into the real
// binary and SIGKILLs it twice: mid-stream, and again while batches are being
// anchored. After each restart the clients resend what was not acknowledged.
// In the end every acknowledged event is stored once and lies in exactly one
// batch, and every batch root was anchored on chain exactly once.
func TestTraceKillMidStream(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	const chunks, perChunk = 40, 100
	bin := buildBinary(t)
	ext := startOutside(t)
	env := append(ext.env, "DUOCHAIN_TRACE_BATCH_SIZE=150", "DUOCHAIN_TRACE_BATCH_INTERVAL=100ms")
	all := make([]*traceChunk, chunks)
	for i := range all {
		var b strings.Builder
		for j := range perChunk {
			fmt.Fprintf(&b, `{"type":"ObjectEvent","eventTime":"2026-11-20T10:%02d:%02d.000Z","eventTimeZoneOffset":"+08:00","action":"OBSERVE","epcList":["urn:epc:id:sgtin:9521234.054321.%d"],"bizStep":"shipping"}`+"\n",
				i%60, j%60, i*perChunk+j)
		}
		evs, err := trace.Decode([]byte(b.String()), trace.FormatNDJSON)
		if err != nil {
			t.Fatal(err)
		}
		c := &traceChunk{body: b.String()}
		for _, e := range evs {
			c.hashes = append(c.hashes, e.Hash)
		}
		all[i] = c
	}

	d := startDaemon(t, "duochain run", bin, ext.dir, env)
	base := d.waitServing(bootTimeout)
	streamUntilKill(t, newCast(t, base, readDemoFile(t, ext.dir, base)).once("SUPPLIER1"), all[:20], 8, d) // mid-stream

	d2 := startDaemon(t, "duochain run (after the first SIGKILL)", bin, ext.dir, env)
	base = d2.waitServing(bootTimeout)
	streamUntilKill(t, newCast(t, base, readDemoFile(t, ext.dir, base)).once("SUPPLIER1"), all, 12, d2) // the rest goes in while batches anchor
	t.Logf("after two kills: %s", traceState(t, ext.db))

	d3 := startDaemon(t, "duochain run (after the second SIGKILL)", bin, ext.dir, env)
	base = d3.waitServing(bootTimeout)
	sup1 := newCast(t, base, readDemoFile(t, ext.dir, base)).as("SUPPLIER1")
	ctx := timeout(t, 2*time.Minute)
	for _, c := range all { // every chunk once more: the unacknowledged ones land, the rest are duplicates
		if _, err := sup1.IngestTraceEvents(ctx, client.NDJSON, []byte(c.body)); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(2 * time.Minute)
	for traceCount(t, ext.db, `SELECT count(*) FROM trace_events WHERE id > COALESCE((SELECT max(last_id) FROM trace_batches), 0)`)+
		traceCount(t, ext.db, `SELECT count(*) FROM trace_batches b LEFT JOIN trace_anchors a ON a.root = b.root WHERE a.root IS NULL`) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("not everything batched and anchored: %s", traceState(t, ext.db))
		}
		time.Sleep(100 * time.Millisecond)
	}
	checkTraceStored(t, ext.db, all, chunks*perChunk)
	checkTraceAnchored(t, ext.chain, ext.db, readDeployment(t, ext.dir).TraceAnchor)
}

// streamUntilKill sends chunks (those not acknowledged yet) through sup1 from
// 4 goroutines, each chunk once, and SIGKILLs d once killAfter of them were
// acknowledged in this run.
func streamUntilKill(t *testing.T, sup1 *client.Client, chunks []*traceChunk, killAfter int32, d *daemon) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var acked atomic.Int32
	killed := make(chan struct{})
	var once sync.Once
	work := make(chan *traceChunk)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for c := range work {
				if _, err := sup1.IngestTraceEvents(ctx, client.NDJSON, []byte(c.body)); err == nil { // a 202, as the Check holds it
					c.acked.Store(true)
					if acked.Add(1) == killAfter {
						once.Do(func() { d.kill(); close(killed) })
					}
				}
			}
		})
	}
feed:
	for _, c := range chunks {
		if c.acked.Load() {
			continue
		}
		select {
		case work <- c:
		case <-killed:
			break feed
		}
	}
	close(work)
	wg.Wait()
	select {
	case <-killed:
	default:
		t.Fatalf("the stream ended with %d of %d acknowledged before the kill", acked.Load(), killAfter)
	}
}

func traceCount(t *testing.T, db *pgx.Conn, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func traceState(t *testing.T, db *pgx.Conn) string {
	return fmt.Sprintf("%d events, %d batches, %d anchored", traceCount(t, db, `SELECT count(*) FROM trace_events`),
		traceCount(t, db, `SELECT count(*) FROM trace_batches`), traceCount(t, db, `SELECT count(*) FROM trace_anchors`))
}

// checkTraceStored checks that every event is stored once and lies in
// exactly one batch whose range and count agree.
func checkTraceStored(t *testing.T, db *pgx.Conn, chunks []*traceChunk, want int) {
	t.Helper()
	ctx := context.Background()
	for i, c := range chunks {
		hashes := make([][]byte, len(c.hashes))
		for j := range c.hashes {
			hashes[j] = c.hashes[j][:]
		}
		if n := traceCount(t, db, `SELECT count(*) FROM trace_events WHERE hash = ANY($1)`, hashes); n != len(hashes) {
			t.Errorf("chunk %d (acknowledged %v): %d of %d events stored", i, c.acked.Load(), n, len(hashes))
		}
	}
	if n := traceCount(t, db, `SELECT count(*) FROM trace_events`); n != want {
		t.Errorf("%d events stored, want %d", n, want)
	}
	rows, err := db.Query(ctx, `SELECT id, item_count, first_id, last_id, lag(last_id, 1, 0) OVER (ORDER BY last_id) FROM trace_batches ORDER BY last_id`)
	if err != nil {
		t.Fatal(err)
	}
	type batch struct{ id, count, first, last, prev int64 }
	var bs []batch
	for rows.Next() {
		var b batch
		if err := rows.Scan(&b.id, &b.count, &b.first, &b.last, &b.prev); err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	sum := 0
	for _, b := range bs {
		n := traceCount(t, db, `SELECT count(*) FROM trace_events WHERE id > $1 AND id <= $2`, b.prev, b.last)
		if int64(n) != b.count || b.first <= b.prev {
			t.Errorf("batch %d (%d, %d]: %d events, count %d", b.id, b.prev, b.last, n, b.count)
		}
		sum += n
	}
	if sum != want {
		t.Errorf("%d events in batches, want %d", sum, want)
	}
	t.Logf("%d events in %d batches", sum, len(bs))
}

// checkTraceAnchored checks that each batch root has exactly one
// BatchAnchored log on chain, and that there is no other.
func checkTraceAnchored(t *testing.T, chain *ethclient.Client, db *pgx.Conn, anchor common.Address) {
	t.Helper()
	ta := traceanchor.NewTraceAnchor()
	logs, err := chain.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{anchor},
		Topics: [][]common.Hash{{ta.GetABI().Events["BatchAnchored"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Hash]int{}
	for _, l := range logs {
		seen[l.Topics[1]]++
	}
	rows, err := db.Query(context.Background(), `SELECT root FROM trace_batches`)
	if err != nil {
		t.Fatal(err)
	}
	batches := 0
	for rows.Next() {
		var root []byte
		if err := rows.Scan(&root); err != nil {
			t.Fatal(err)
		}
		batches++
		if n := seen[common.BytesToHash(root)]; n != 1 {
			t.Errorf("root %x anchored %d times", root, n)
		}
	}
	if len(logs) != batches {
		t.Errorf("%d BatchAnchored logs for %d batches", len(logs), batches)
	}
}
