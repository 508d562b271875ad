package trace

import (
	"strings"
	"testing"
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
