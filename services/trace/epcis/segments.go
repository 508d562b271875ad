package epcis

import (
	"bytes"
	"slices"
)

// sortSegments sorts the consecutive byte ranges buf[start:ends[0]],
// buf[ends[0]:ends[1]], … bytewise, as sorting the siblings' strings would,
// and returns buf. The pre-hash writes sibling elements straight into one
// shared buffer, remembering where each ends (in a small array on the
// caller's stack); only a level with more than one sibling out of order pays
// for sorting, instead of every level building and joining strings.
func sortSegments(buf []byte, start int, ends []int) []byte {
	if len(ends) < 2 {
		return buf
	}
	type span struct{ from, to int }
	var spansBuf [8]span
	spans := spansBuf[:0]
	from := start
	sorted := true
	for _, to := range ends {
		spans = append(spans, span{from, to})
		if n := len(spans); n > 1 && bytes.Compare(buf[spans[n-2].from:spans[n-2].to], buf[from:to]) > 0 {
			sorted = false
		}
		from = to
	}
	if sorted {
		return buf
	}
	slices.SortStableFunc(spans, func(a, b span) int {
		return bytes.Compare(buf[a.from:a.to], buf[b.from:b.to])
	})
	tmp := make([]byte, 0, from-start)
	for _, sp := range spans {
		tmp = append(tmp, buf[sp.from:sp.to]...)
	}
	copy(buf[start:], tmp)
	return buf
}
