package epcis

import (
	"bytes"
	"slices"
)

// segments records consecutive byte ranges of a pre-hash buffer, the
// serialisations of sibling elements, so that they can be sorted in place.
// This replaces building one string per sibling and joining them: siblings
// are written straight into the shared buffer, and only a level with more
// than one sibling pays for sorting.
type segments struct {
	start int
	ends  []int
	small [8]int
}

// reset starts a new list of segments at offset start.
func (s *segments) reset(start int) {
	s.start = start
	s.ends = s.small[:0]
}

// end closes the current segment at offset end.
func (s *segments) end(end int) { s.ends = append(s.ends, end) }

// sort orders the recorded segments of buf bytewise, as sorting the
// siblings' strings would, and returns buf.
func (s *segments) sort(buf []byte) []byte {
	if len(s.ends) < 2 {
		return buf
	}
	type span struct{ from, to int }
	var spansBuf [8]span
	spans := spansBuf[:0]
	from := s.start
	sorted := true
	for _, to := range s.ends {
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
	tmp := make([]byte, 0, from-s.start)
	for _, sp := range spans {
		tmp = append(tmp, buf[sp.from:sp.to]...)
	}
	copy(buf[s.start:], tmp)
	return buf
}
