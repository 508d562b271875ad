package trace

import (
	"context"
	"strings"
	"testing"

	"github.com/duochain/duochain/services/pg/pgtest"
)

// BenchmarkDecodeNDJSON measures the CPU side of ingestion: parse, validate,
// hash and index one synthetic ObjectEvent.
func BenchmarkDecodeNDJSON(b *testing.B) {
	var sb strings.Builder
	for i := range 1000 {
		sb.WriteString(objectEvent(i, sgtin(i)) + "\n")
	}
	body := []byte(sb.String())
	b.SetBytes(int64(len(body)) / 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i += 1000 {
		if _, err := Decode(body, FormatNDJSON); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIngest measures decoding and storing 5,000-event NDJSON requests
// in a real Postgres, the path POST /v1/trace/events takes.
func BenchmarkIngest(b *testing.B) {
	pool := pgtest.New(b)
	s := &Service{Pool: pool}
	const chunk = 5000
	n := 0
	for b.Loop() {
		var sb strings.Builder
		for range chunk {
			n++
			sb.WriteString(objectEvent(n, sgtin(n)) + "\n")
		}
		evs, err := Decode([]byte(sb.String()), FormatNDJSON)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Ingest(context.Background(), 1, evs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
}
