package epcis

import "strings"

// This file constrains GS1 Digital Link URIs to the form the Event Hash ID
// algorithm requires: domain id.gs1.org, no query string, AIs rather than
// short names, GTINs padded to 14 digits, and only the most fine-grained
// identification (no CPV, no lot when a serial is present).

// dlShortNames rewrites legacy short names to AIs.
var dlShortNames = []struct{ from, to string }{
	{"/gtin/", "/01/"}, {"/itip/", "/8006/"}, {"/cpid/", "/8010/"},
	{"/gln/", "/414/"}, {"/party/", "/417/"}, {"/gsrnp/", "/8017/"},
	{"/gsrn/", "/8018/"}, {"/gcn/", "/255/"}, {"/sscc/", "/00/"},
	{"/gdti/", "/253/"}, {"/ginc/", "/401/"}, {"/gsin/", "/402/"},
	{"/grai/", "/8003/"}, {"/giai/", "/8004/"}, {"/cpv/", "/22/"},
	{"/lot/", "/10/"}, {"/ser/", "/21/"},
}

// dlRebase lists, in order of preference, the AIs whose position decides
// where the identifier starts when the URI is moved to id.gs1.org.
var dlRebase = []string{"/00/", "/01/", "/253/", "/255/", "/401/", "/402/",
	"/414/", "/417/", "/8003/", "/8004/", "/8006/", "/8010/", "/8017/", "/8018/"}

// canonicalDigitalLink returns the constrained canonical form of a GS1
// Digital Link URI, or false when s is not one.
func canonicalDigitalLink(s string) (string, bool) {
	if !looksLikeDigitalLink(s) {
		return "", false
	}
	uri, _, _ := strings.Cut(s, "?")
	for _, r := range dlShortNames {
		uri = strings.ReplaceAll(uri, r.from, r.to)
	}
	if _, ok := onCanonicalDomain(uri); !ok || !startsWithKey(uri) {
		for _, ai := range dlRebase {
			if i := strings.Index(uri, ai); i >= 0 {
				uri = "https://id.gs1.org" + uri[i:]
				break
			}
		}
	}
	uri = padGTIN(uri)
	uri = dropCPV(uri)
	uri = dropLotWhenSerial(uri)
	if !validConstrainedDL(uri) {
		return "", false
	}
	return uri, true
}

// looksLikeDigitalLink reports whether s is an http(s) URI whose path, before
// any query or fragment, holds "/<key>/" followed by at least four digits and
// one more character that is not a slash.
func looksLikeDigitalLink(s string) bool {
	rest, ok := strings.CutPrefix(s, "https:")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "http:"); !ok {
			return false
		}
	}
	if auth, ok := strings.CutPrefix(rest, "//"); ok {
		i := strings.IndexAny(auth, "/?#")
		if i < 0 {
			return false
		}
		rest = auth[i:]
	}
	path := rest
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	// One pass over the path's segments: "/<key>/" occurs at a slash exactly
	// when the segment after it is a key and another slash follows.
	for i := strings.IndexByte(path, '/'); i >= 0; {
		j := strings.IndexByte(path[i+1:], '/')
		if j < 0 {
			break
		}
		next := i + 1 + j
		if isDLKey(path[i+1 : next]) {
			after := rest[next+1:]
			if len(after) >= 5 && digits(4, 4)(after[:4]) && after[4] != '/' {
				return true
			}
		}
		i = next
	}
	return false
}

// isDLKey reports whether seg is a primary-key path segment a GS1 Digital
// Link URI may start its identifier with: a numeric AI or a legacy short name.
func isDLKey(seg string) bool {
	switch seg {
	case "01", "gtin", "8006", "itip", "8010", "cpid", "414", "gln",
		"417", "party", "8017", "gsrnp", "8018", "gsrn", "255", "gcn", "00", "sscc",
		"253", "gdti", "401", "ginc", "402", "gsin", "8003", "grai", "8004", "giai":
		return true
	}
	return false
}

// onCanonicalDomain returns what follows "https://id.gs1.org/" in uri. Like
// the reference implementation's regular expressions, the dots of the domain
// match any character.
func onCanonicalDomain(uri string) (string, bool) {
	const p = "https://id.gs1.org/"
	if len(uri) < len(p) {
		return "", false
	}
	for i := 0; i < len(p); i++ {
		if p[i] != '.' && uri[i] != p[i] {
			return "", false
		}
	}
	return uri[len(p):], true
}

// startsWithKey reports whether the path on id.gs1.org starts with a primary
// key AI followed by at least four digits and more non-slash characters.
func startsWithKey(uri string) bool {
	path, _ := onCanonicalDomain(uri)
	ai, v, ok := strings.Cut(path, "/")
	if !ok {
		return false
	}
	switch ai {
	case "01", "8006", "8010", "414", "417", "8017", "8018", "255", "00", "253", "401", "402", "8003", "8004":
	default:
		return false
	}
	return len(v) >= 5 && digits(4, 4)(v[:4]) && v[4] != '/'
}

// padGTIN pads a GTIN-13, GTIN-12 or GTIN-8 after /01/ to 14 digits.
func padGTIN(uri string) string {
	path, ok := onCanonicalDomain(uri)
	if !ok || !strings.HasPrefix(path, "01/") {
		return uri
	}
	n := 0
	for n < len(path)-3 && path[3+n] >= '0' && path[3+n] <= '9' {
		n++
	}
	switch {
	case n >= 14:
		return uri
	case n == 13:
		return strings.ReplaceAll(uri, "/01/", "/01/0")
	case n == 12:
		return strings.ReplaceAll(uri, "/01/", "/01/00")
	case n >= 8:
		return strings.ReplaceAll(uri, "/01/", "/01/000000")
	}
	return uri
}

// gtinOrITIP returns the length of the GTIN (01) or ITIP (8006) key the path
// starts with, or 0.
func gtinOrITIP(path string) int {
	switch {
	case strings.HasPrefix(path, "01/") && digits(14, 14)(prefixOf(path[3:], 14)):
		return 3 + 14
	case strings.HasPrefix(path, "8006/") && digits(18, 18)(prefixOf(path[5:], 18)):
		return 5 + 18
	}
	return 0
}

func prefixOf(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// dropCPV removes a consumer product variant (AI 22) that directly follows
// a GTIN or ITIP, when it and what follows are short and plain.
func dropCPV(uri string) string {
	path, ok := onCanonicalDomain(uri)
	if !ok {
		return uri
	}
	k := gtinOrITIP(path)
	if k == 0 || !strings.HasPrefix(path[k:], "/22/") {
		return uri
	}
	tail := path[k+4:]
	if len(tail) > 20 || !plainChars(tail, true) {
		return uri
	}
	head := uri[:len(uri)-len(path)+k]
	if i := strings.IndexByte(tail, '/'); i >= 0 {
		return head + tail[i:]
	}
	return head
}

// dropLotWhenSerial removes the lot (AI 10) from a GTIN or ITIP that also
// carries a serial (AI 21).
func dropLotWhenSerial(uri string) string {
	path, ok := onCanonicalDomain(uri)
	if !ok {
		return uri
	}
	k := gtinOrITIP(path)
	if k == 0 || !strings.HasPrefix(path[k:], "/10/") {
		return uri
	}
	lot, serial, ok := strings.Cut(path[k+4:], "/21/")
	if !ok || len(lot) > 20 || len(serial) > 20 || !plainChars(lot, false) || !plainChars(serial, false) {
		return uri
	}
	return uri[:len(uri)-len(path)+k] + "/21/" + serial
}

// plainChars reports whether s holds only the characters the reference
// implementation accepts in Digital Link values: " ' - . 0-9 ; < = > ?
// A-Z _ a-z, and '/' when slash is set.
func plainChars(s string, slash bool) bool {
	for _, c := range []byte(s) {
		switch {
		case isAlnum(c), c == '"', c == '\'', c == '-', c == '.', c == '_':
		case c >= ';' && c <= '?':
		case slash && c == '/':
		default:
			return false
		}
	}
	return true
}

// validConstrainedDL reports whether uri is one of the constrained canonical
// Digital Link forms the Event Hash ID algorithm allows.
func validConstrainedDL(uri string) bool {
	path, ok := onCanonicalDomain(uri)
	if !ok {
		return false
	}
	ai, v, ok := strings.Cut(path, "/")
	if !ok {
		return false
	}
	plain := func(s string, max int) bool { return len(s) <= max && plainChars(s, false) }
	// keyThen checks a fixed-length numeric key optionally followed by
	// "/<qualifier>/<value>" for one of the allowed qualifiers.
	keyThen := func(n int, quals map[string]int) bool {
		if len(v) < n || !digits(n, n)(v[:n]) {
			return false
		}
		if len(v) == n {
			return true
		}
		q, val, ok := strings.Cut(strings.TrimPrefix(v[n:], "/"), "/")
		max, allowed := quals[q]
		return ok && v[n] == '/' && allowed && plain(val, max)
	}
	switch ai {
	case "00":
		return keyThen(18, nil)
	case "01":
		return keyThen(14, map[string]int{"21": 20, "10": 20, "235": 28})
	case "253":
		return len(v) >= 13 && digits(13, 13)(v[:13]) && plain(v[13:], 17)
	case "255":
		return digits(13, 25)(v)
	case "401", "8004":
		return plain(v, 30)
	case "402":
		return keyThen(17, nil)
	case "414":
		return keyThen(13, map[string]int{"254": 20})
	case "417":
		return keyThen(13, nil)
	case "8003":
		return len(v) >= 14 && digits(14, 14)(v[:14]) && plain(v[14:], 16)
	case "8006":
		return keyThen(18, map[string]int{"21": 20, "10": 20})
	case "8010":
		cpidOK := func(s string) bool {
			return len(s) <= 30 && strings.Trim(s, "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
		}
		cpid, serial, hasSerial := strings.Cut(v, "/8011/")
		return cpidOK(v) || (hasSerial && cpidOK(cpid) && digits(0, 12)(serial))
	case "8017", "8018":
		return keyThen(18, nil)
	}
	return false
}
