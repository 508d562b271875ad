package epcis

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// canonicalValue runs a pre-hash value through the value normalisations of
// the Event Hash ID algorithm, in the reference implementation's order: CBV
// URNs to web URIs, numbers without trailing zeros, then GS1 identifiers to
// constrained canonical GS1 Digital Link URIs.
func canonicalValue(s string) string {
	// The replacer is slow and always copies, and almost no value holds a
	// CBV 1.x URN it rewrites (bizTransaction ids often hold other ones).
	if hasCBVURN(s) {
		s = cbvURNs.Replace(s)
	}
	if n, ok := canonicalNumber(s); ok {
		s = n
	}
	if dl, ok := normaliseGS1URI(s); ok {
		return dl
	}
	return s
}

// trimSpace trims what Python's str.strip() trims: Unicode white space plus
// the ASCII information separators U+001C..U+001F.
func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
	})
}

// canonicalNumber reports whether s is a number in the syntax Python's float()
// accepts and, if so, returns it the way the reference implementation prints
// it: an integral value as the exact integer of its float64 (no ".0"), any
// other value as the shortest representation that round-trips (Python repr).
// NaN and infinities are left alone.
func canonicalNumber(s string) (string, bool) {
	// Most values are URIs or words: a number starts with a sign, a point or
	// a digit (ASCII, or else a Unicode one asciiDigits converts).
	if s == "" || (s[0] < utf8.RuneSelf && s[0] != '+' && s[0] != '-' && s[0] != '.' && (s[0] < '0' || s[0] > '9')) {
		return "", false
	}
	s, ok := asciiDigits(s)
	if !ok || !isDecimalLiteral(s) {
		return "", false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return "", false
	}
	if f == math.Trunc(f) {
		i, _ := new(big.Float).SetFloat64(f).Int(nil)
		return i.String(), true
	}
	// Non-integral values are below 2^53, so Python only switches to
	// exponent notation for small magnitudes (decimal exponent below -4).
	if a := math.Abs(f); a < 1e-4 {
		return strconv.FormatFloat(f, 'e', -1, 64), true
	}
	return strconv.FormatFloat(f, 'f', -1, 64), true
}

// asciiDigits replaces Unicode decimal digits (as Python's float() accepts
// them) by ASCII ones; any other non-ASCII character makes s no number.
func asciiDigits(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.IsDigit(r):
			b.WriteByte('0' + digitValue(r))
		default:
			return "", false
		}
	}
	return b.String(), true
}

// digitValue returns the value of a Unicode decimal digit. Unicode encodes
// each script's digits 0 to 9 contiguously, and Go's unicode.Nd table starts
// every range with a zero.
func digitValue(r rune) byte {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return byte((r - rune(rg.Lo)) % 10)
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return byte((r - rune(rg.Lo)) % 10)
		}
	}
	return 0
}

// isDecimalLiteral matches Python's float() syntax for finite decimal numbers:
// an optional sign, digits with an optional fraction (or a bare fraction), an
// optional exponent, underscores allowed between digits.
func isDecimalLiteral(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	intDigits := scanDigits(s, &i)
	fracDigits := 0
	if i < len(s) && s[i] == '.' {
		i++
		fracDigits = scanDigits(s, &i)
	}
	if intDigits+fracDigits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if scanDigits(s, &i) <= 0 {
			return false
		}
	}
	return i == len(s)
}

// scanDigits advances *i over ASCII digits with single underscores between
// them and returns how many digits it read. A misplaced underscore stops the
// scan, so the caller sees unread input.
func scanDigits(s string, i *int) int {
	n := 0
	for *i < len(s) {
		c := s[*i]
		switch {
		case c >= '0' && c <= '9':
			n++
		case c == '_' && n > 0 && *i+1 < len(s) && s[*i+1] >= '0' && s[*i+1] <= '9':
		default:
			return n
		}
		*i++
	}
	return n
}

// canonicalTime returns the timestamp s in UTC with exactly three fractional
// digits and a "Z". The third digit is rounded up when the fourth is 5..9, as
// the Event Hash ID algorithm states. A value that is not a timestamp is
// returned unchanged, like the reference implementation does.
func canonicalTime(s string) string {
	return string(appendCanonicalTime(nil, s))
}

// appendCanonicalTime appends canonicalTime(s) to buf. It parses without
// building a time.Location for the offset: only the instant matters here.
func appendCanonicalTime(buf []byte, s string) []byte {
	t, ok := parseTimestampIn(s, false, false)
	if !ok {
		return append(buf, s...)
	}
	return t.UTC().AppendFormat(buf, "2006-01-02T15:04:05.000Z")
}

// parseTimestamp parses an ISO 8601 date-time: YYYY-MM-DD, "T" or a space,
// hh:mm[:ss[.fraction]] and an optional zone (Z, ±hh:mm, ±hhmm or ±hh). A
// missing zone means UTC unless needZone is set. The fraction is rounded to
// milliseconds, half up on the fourth digit.
func parseTimestamp(s string, needZone bool) (time.Time, bool) {
	return parseTimestampIn(s, needZone, true)
}

// parseTimestampIn is parseTimestamp; with keepZone unset the result is the
// same instant in UTC, which spares allocating a time.Location per call.
func parseTimestampIn(s string, needZone, keepZone bool) (time.Time, bool) {
	if len(s) < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s[13] != ':' {
		return time.Time{}, false
	}
	num := func(a, b int) (int, bool) {
		n := 0
		for _, c := range []byte(s[a:b]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	year, ok1 := num(0, 4)
	month, ok2 := num(5, 7)
	day, ok3 := num(8, 10)
	hour, ok4 := num(11, 13)
	minute, ok5 := num(14, 16)
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return time.Time{}, false
	}
	rest := s[16:]
	sec, ms, carry := 0, 0, false
	if strings.HasPrefix(rest, ":") {
		if len(rest) < 3 {
			return time.Time{}, false
		}
		var ok bool
		if sec, ok = num(17, 19); !ok {
			return time.Time{}, false
		}
		rest = rest[3:]
		if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ",") {
			j := 1
			for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				j++
			}
			frac := rest[1:j]
			if frac == "" {
				return time.Time{}, false
			}
			for i := range 3 {
				ms *= 10
				if i < len(frac) {
					ms += int(frac[i] - '0')
				}
			}
			carry = len(frac) > 3 && frac[3] >= '5'
			rest = rest[j:]
		}
	}
	loc, off, ok := parseZone(rest, needZone, keepZone)
	if !ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	// Without a location, the wall clock is read as UTC and shifted by the
	// offset afterwards: the same instant.
	shift := loc == nil
	if shift {
		loc = time.UTC
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, ms*int(time.Millisecond), loc)
	if t.Day() != day {
		return time.Time{}, false // 31 April and the like
	}
	if carry {
		t = t.Add(time.Millisecond)
	}
	if shift {
		t = t.Add(-time.Duration(off) * time.Second)
	}
	return t, true
}

// parseZone parses a UTC offset: "", Z, ±hh:mm, ±hhmm or ±hh, and returns
// its location and offset in seconds. For a numeric offset with keep unset,
// the location is nil: the caller builds the time in UTC and subtracts off.
func parseZone(z string, need, keep bool) (*time.Location, int, bool) {
	switch {
	case z == "":
		return time.UTC, 0, !need
	case z == "Z" || z == "z":
		return time.UTC, 0, true
	case z[0] != '+' && z[0] != '-':
		return nil, 0, false
	}
	// Two or four digits, with at most one colon among them.
	var d [4]int
	n, colon := 0, false
	for i := 1; i < len(z); i++ {
		switch c := z[i]; {
		case c == ':' && !colon:
			colon = true
		case c < '0' || c > '9' || n == len(d):
			return nil, 0, false
		default:
			d[n] = int(c - '0')
			n++
		}
	}
	if n != 2 && n != 4 {
		return nil, 0, false
	}
	h, m := d[0]*10+d[1], d[2]*10+d[3]
	if h > 23 || m > 59 || (len(z[1:]) == 5 && z[3] != ':') {
		return nil, 0, false
	}
	off := (h*60 + m) * 60
	if z[0] == '-' {
		off = -off
	}
	if !keep {
		return nil, off, true
	}
	return time.FixedZone(z, off), off, true
}
