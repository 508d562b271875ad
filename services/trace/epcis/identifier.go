package epcis

import "strings"

// CanonicalID returns the form of an object identifier (EPC URI, EPC class
// or pattern URI, GS1 Digital Link URI) that the Event Hash ID uses: the
// constrained canonical GS1 Digital Link for GS1 keys, the identifier
// unchanged otherwise. An EPC URI and the Digital Link of the same object
// have the same CanonicalID, so either finds the object's history.
func CanonicalID(s string) string {
	if dl, ok := normaliseGS1URI(s); ok {
		return dl
	}
	return s
}

// gs1Schemes are the EPC schemes of GS1 keys: a URI in one of them that does
// not convert to a Digital Link is malformed.
var gs1Schemes = []string{"urn:epc:id:sgtin:", "urn:epc:id:sscc:", "urn:epc:id:sgln:", "urn:epc:id:grai:",
	"urn:epc:id:giai:", "urn:epc:class:lgtin:", "urn:epc:idpat:sgtin:"}

// ValidID reports whether s can name an object: an absolute URI (a scheme,
// a colon, no spaces or control characters), and when it claims a GS1 key
// scheme, a well-formed one.
func ValidID(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || scheme == "" || rest == "" || !isAlpha(scheme[0]) {
		return false
	}
	for i := 0; i < len(scheme); i++ {
		c := scheme[i]
		if !isAlnum(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	for _, p := range gs1Schemes {
		if strings.HasPrefix(s, p) {
			_, ok := normaliseGS1URI(s)
			return ok
		}
	}
	return true
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
