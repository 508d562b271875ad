package epcis

import "strings"

// This file builds the GS1 keys of Digital Link URIs from EPC components:
// check digits and the escaping Digital Link needs.

// gtin builds a GTIN-14 with check digit from a company prefix and an item
// reference whose first digit is the indicator. The caller has checked that
// they hold 13 digits together.
func gtin(companyPrefix, itemRef string) string {
	var b [14]byte
	n := copy(b[:], itemRef[:1])
	n += copy(b[n:], companyPrefix)
	n += copy(b[n:], itemRef[1:])
	b[n] = checkDigit(b[:n])
	return string(b[:n+1])
}

// withCheckDigit appends the GS1 mod-10 check digit to a key.
func withCheckDigit(key string) string {
	return key + string(rune(checkDigit([]byte(key))))
}

// checkDigit returns the GS1 mod-10 check digit of a key, as an ASCII digit:
// the rightmost digit weighs 3, the next 1, alternating.
func checkDigit(key []byte) byte {
	sum := 0
	for i := 0; i < len(key); i++ {
		d := int(key[len(key)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

// dlEscape percent-encodes the characters GS1 Digital Link requires escaped
// that EPC URIs may carry unescaped. Existing %-escapes are kept as they are.
var dlEscape = strings.NewReplacer(
	"!", "%21", "(", "%28", ")", "%29", "*", "%2A",
	"+", "%2B", ",", "%2C", ":", "%3A",
).Replace
