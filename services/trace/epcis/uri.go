package epcis

import (
	"strings"
)

// This file converts EPC URIs (urn:epc:id:…), EPC class URIs
// (urn:epc:class:…) and EPC pattern URIs (urn:epc:idpat:…) into canonical GS1
// Digital Link URIs, following the GS1 EPC Tag Data Standard's mapping of
// each scheme to its GS1 key. Only well-formed URIs convert; anything else is
// left for the caller to keep as it is.

const dlBase = "https://id.gs1.org/"

// normaliseGS1URI returns the constrained canonical GS1 Digital Link URI for
// an EPC URI, EPC class URI, EPC pattern URI or GS1 Digital Link URI.
func normaliseGS1URI(s string) (string, bool) {
	// The reference implementation gives up on anything without a dot.
	if !strings.Contains(s, ".") {
		return "", false
	}
	for _, p := range []struct {
		prefix string
		conv   func(epc) (string, bool)
	}{
		{"urn:epc:id:", epcID},
		{"urn:epc:class:", epcClass},
		{"urn:epc:idpat:", epcPattern},
	} {
		if rest, ok := strings.CutPrefix(s, p.prefix); ok {
			scheme, body, ok := strings.Cut(rest, ":")
			if !ok {
				return "", false
			}
			return p.conv(epc{scheme, body})
		}
	}
	return canonicalDigitalLink(s)
}

// epc is an EPC URI split after its namespace: the scheme ("sgtin") and the
// dot-separated body ("4012345.011111.987").
type epc struct{ scheme, body string }

// key checks e against a scheme whose body is a GS1 company prefix (6 to 12
// digits), a numeric reference completing the prefix to keyLen digits, and
// one further component per check in rest; the last component keeps any dots
// it holds, as serials may. It returns the components.
func (e epc) key(scheme string, keyLen int, rest ...func(string) bool) (parts, bool) {
	if e.scheme != scheme {
		return parts{}, false
	}
	f, n := splitDots(e.body, 2+len(rest))
	if n != 2+len(rest) || !isCompanyPrefix(f[0]) {
		return parts{}, false
	}
	if keyLen > 0 && (len(f[0])+len(f[1]) != keyLen || !digits(0, keyLen)(f[1])) {
		return parts{}, false
	}
	for i, ok := range rest {
		if !ok(f[2+i]) {
			return parts{}, false
		}
	}
	return f, true
}

// ref checks e against a scheme whose body is a company prefix and one
// reference of up to 30 characters in all (GIAI, GINC).
func (e epc) ref(scheme string) (parts, bool) {
	if e.scheme != scheme {
		return parts{}, false
	}
	f, n := splitDots(e.body, 2)
	if n != 2 || !isCompanyPrefix(f[0]) || !epcChars(30-len(f[0]))(f[1]) {
		return parts{}, false
	}
	return f, true
}

// cpi checks e against the CPI scheme: company prefix, component/part
// reference (up to 30 characters with the prefix), then last.
func (e epc) cpi(last func(string) bool) (parts, bool) {
	if e.scheme != "cpi" {
		return parts{}, false
	}
	f, n := splitDots(e.body, 3)
	if n != 3 || !isCompanyPrefix(f[0]) || !cpiChars(30-len(f[0]))(f[1]) || !last(f[2]) {
		return parts{}, false
	}
	return f, true
}

// parts are the dot-separated components of an EPC body; no scheme has more
// than five. An array rather than strings.SplitN's slice: no allocation.
type parts [5]string

// splitDots splits s around dots into at most n (≤ 5) components, the last
// one keeping any further dots, like strings.SplitN(s, ".", n), and returns
// them with their count.
func splitDots(s string, n int) (parts, int) {
	var f parts
	i := 0
	for ; i < n-1; i++ {
		j := strings.IndexByte(s, '.')
		if j < 0 {
			break
		}
		f[i], s = s[:j], s[j+1:]
	}
	f[i] = s
	return f, i + 1
}

// epcID converts a pure-identity EPC URI (urn:epc:id:…).
func epcID(e epc) (string, bool) {
	if f, ok := e.key("sgtin", 13, epcChars(20)); ok {
		return dlBase + "01/" + gtin(f[0], f[1]) + "/21/" + dlEscape(f[2]), true
	}
	if f, ok := e.key("sscc", 17); ok {
		return dlBase + "00/" + withCheckDigit(f[1][:1]+f[0]+f[1][1:]), true
	}
	if f, ok := e.key("sgln", 12, epcChars(20)); ok {
		uri := dlBase + "414/" + withCheckDigit(f[0]+f[1])
		if f[2] != "0" {
			uri += "/254/" + dlEscape(f[2])
		}
		return uri, true
	}
	if f, ok := e.key("grai", 12, epcChars(16)); ok {
		return dlBase + "8003/" + withCheckDigit("0"+f[0]+f[1]) + dlEscape(f[2]), true
	}
	if f, ok := e.ref("giai"); ok {
		return dlBase + "8004/" + f[0] + dlEscape(f[1]), true
	}
	if f, ok := e.key("gsrn", 17); ok {
		return dlBase + "8018/" + withCheckDigit(f[0]+f[1]), true
	}
	if f, ok := e.key("gsrnp", 17); ok {
		return dlBase + "8017/" + withCheckDigit(f[0]+f[1]), true
	}
	if f, ok := e.key("gdti", 12, orEmpty(epcChars(17))); ok {
		return dlBase + "253/" + withCheckDigit(f[0]+f[1]) + dlEscape(f[2]), true
	}
	if f, ok := e.cpi(digits(1, 12)); ok {
		return dlBase + "8010/" + dlEscape(f[0]+f[1]) + "/8011/" + f[2], true
	}
	if f, ok := e.key("sgcn", 12, digits(1, 12)); ok {
		return dlBase + "255/" + withCheckDigit(f[0]+f[1]) + f[2], true
	}
	if f, ok := e.ref("ginc"); ok {
		return dlBase + "401/" + f[0] + dlEscape(f[1]), true
	}
	if f, ok := e.key("gsin", 16); ok {
		return dlBase + "402/" + withCheckDigit(f[0]+f[1]), true
	}
	if f, ok := e.key("itip", 13, digits(2, 2), digits(2, 2), epcChars(20)); ok {
		return dlBase + "8006/" + gtin(f[0], f[1]) + f[2] + f[3] + "/21/" + dlEscape(f[4]), true
	}
	if f, ok := e.key("upui", 13, epcChars(28)); ok {
		return dlBase + "01/" + gtin(f[0], f[1]) + "/235/" + dlEscape(f[2]), true
	}
	if f, ok := e.key("pgln", 12); ok {
		return dlBase + "417/" + withCheckDigit(f[0]+f[1]), true
	}
	return "", false
}

// epcClass converts an EPC class URI; only LGTIN (GTIN plus lot) has a GS1 key.
func epcClass(e epc) (string, bool) {
	if f, ok := e.key("lgtin", 13, epcChars(20)); ok {
		return dlBase + "01/" + gtin(f[0], f[1]) + "/10/" + dlEscape(f[2]), true
	}
	return "", false
}

// epcPattern converts an EPC pattern URI whose wildcard covers only the
// serial: the result names the class (GTIN, GRAI, GDTI, …) without serial.
func epcPattern(e epc) (string, bool) {
	star := func(s string) bool { return s == "*" }
	if f, ok := e.key("sgtin", 13, star); ok {
		return dlBase + "01/" + gtin(f[0], f[1]), true
	}
	if f, ok := e.key("grai", 12, star); ok {
		return dlBase + "8003/" + withCheckDigit("0"+f[0]+f[1]), true
	}
	if f, ok := e.key("gdti", 12, star); ok {
		return dlBase + "253/" + withCheckDigit(f[0]+f[1]), true
	}
	if f, ok := e.key("sgcn", 12, star); ok {
		return dlBase + "255/" + withCheckDigit(f[0]+f[1]), true
	}
	if f, ok := e.cpi(star); ok {
		return dlBase + "8010/" + dlEscape(f[0]+f[1]), true
	}
	if f, ok := e.key("itip", 13, digits(2, 2), digits(2, 2), star); ok {
		return dlBase + "8006/" + gtin(f[0], f[1]) + f[2] + f[3], true
	}
	if f, ok := e.key("upui", 13, star); ok {
		return dlBase + "01/" + gtin(f[0], f[1]), true
	}
	return "", false
}

func isCompanyPrefix(s string) bool { return digits(6, 12)(s) }

// digits returns a check for min..max ASCII digits.
func digits(min, max int) func(string) bool {
	return func(s string) bool {
		if len(s) < min || len(s) > max {
			return false
		}
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
}

func orEmpty(check func(string) bool) func(string) bool {
	return func(s string) bool { return s == "" || check(s) }
}

// epcChars returns a check for 1..max characters of the GS1 AI encodable
// character set 82 as written in EPC URIs: a character is either a plain URI
// character or a %-escape of a character the URI form must escape.
func epcChars(max int) func(string) bool {
	return func(s string) bool {
		return countEscaped(s, func(c byte) bool {
			return isAlnum(c) || strings.IndexByte("!'()*+,-.:;=_", c) >= 0
		}, func(c byte) bool {
			return c >= 0x21 && c <= 0x7a && c != 0x23 && c != 0x24 && c != 0x40 && c != 0x60 && !(c >= 0x5b && c <= 0x5e)
		}, max)
	}
}

// cpiChars returns a check for 1..max characters of a CPI component
// reference: digits, upper-case letters, '-', and '#', '-', '/', digits or
// upper-case letters written as %-escapes.
func cpiChars(max int) func(string) bool {
	return func(s string) bool {
		return countEscaped(s, func(c byte) bool {
			return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-'
		}, func(c byte) bool {
			return c == '#' || c == '-' || c == '/' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
		}, max)
	}
}

// countEscaped reports whether s holds 1..max characters, each either a
// plain byte accepted by plain or a %XX escape of a byte accepted by escaped.
func countEscaped(s string, plain, escaped func(byte) bool, max int) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			if i+2 >= len(s) {
				return false
			}
			b, ok := unhex(s[i+1 : i+3])
			if !ok || !escaped(b) {
				return false
			}
			i += 2
		} else if !plain(s[i]) {
			return false
		}
		n++
	}
	return n >= 1 && n <= max
}

func unhex(h string) (byte, bool) {
	var b byte
	for _, c := range []byte(h) {
		switch {
		case c >= '0' && c <= '9':
			b = b<<4 | (c - '0')
		case c >= 'a' && c <= 'f':
			b = b<<4 | (c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			b = b<<4 | (c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return b, true
}

func isAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
}
