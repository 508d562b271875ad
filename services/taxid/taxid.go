// Package taxid reads the tax identifiers that organizations carry and
// invoices name: a Chinese unified social credit code (统一社会信用代码, GB
// 32100-2015) with its check character, or a country and an identifier for
// organizations elsewhere. Every spelling of one identifier reads as one
// canonical form, so identifiers are compared by it and stored in it.
package taxid

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// MaxLen caps what Parse reads, in characters, before any normalisation.
const MaxLen = 64

// uscc is the GB 32100-2015 alphabet: digits and upper-case letters without
// I, O, S, V and Z. A character's value is its index.
const uscc = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccWeights weigh the first 17 characters; the 18th is the check character.
var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// USCCCheck returns the check character of the first 17 characters of a
// unified social credit code (31 - weighted sum mod 31, 31 being '0'), and
// false when body is not 17 characters of the code's alphabet.
func USCCCheck(body string) (byte, bool) {
	if len(body) != 17 {
		return 0, false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(uscc, body[i])
		if v < 0 {
			return 0, false
		}
		sum += v * usccWeights[i]
	}
	return uscc[(31-sum%31)%31], true
}

// ValidUSCC reports whether s is an 18-character unified social credit code
// (upper case, no separators) whose check character is right.
func ValidUSCC(s string) bool {
	if len(s) != 18 {
		return false
	}
	c, ok := USCCCheck(s[:17])
	return ok && s[17] == c
}

// Synthetic is a valid unified social credit code derived from seed, for
// demos, tests and benchmarks that need many distinct organizations: "91"
// (an enterprise registered with market regulation), the region 310000
// (Shanghai), nine characters from seed, and the check character.
func Synthetic(seed string) string {
	var b strings.Builder
	b.WriteString("91310000")
	h := uint64(14695981039346656037) // FNV-1a, spread over nine characters
	for i := 0; i < len(seed); i++ {
		h = (h ^ uint64(seed[i])) * 1099511628211
	}
	for range 9 {
		b.WriteByte(uscc[h%uint64(len(uscc))])
		h /= uint64(len(uscc))
	}
	c, _ := USCCCheck(b.String())
	return b.String() + string(c)
}

// Errors Parse returns, for callers that tell them apart.
var (
	ErrText    = errors.New("not UTF-8 text, or holds control characters other than white space")
	ErrTooLong = fmt.Errorf("longer than %d characters", MaxLen)
)

// Parse reads a tax identifier and returns its canonical form:
//
//   - a unified social credit code, bare or as "CN:<code>", reads as the bare
//     18 characters ("91310000MA1K4E2X7P"), and its check character must be right;
//   - any other country's identifier is "<ISO 3166 alpha-2 country>:<identifier>"
//     ("DE:DE123456789"), the identifier being 2 to 32 letters A-Z and digits.
//
// Before it reads them, Parse folds full-width and other compatibility
// forms (NFKC), digits of any script to ASCII digits and letters to upper
// case, and drops spaces, dashes, dots, slashes and other separators and
// invisible characters: "9131 0000-ma1k 4e2x 7p" reads as the code above.
func Parse(s string) (string, error) {
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return (unicode.IsControl(r) && !unicode.IsSpace(r)) || r == utf8.RuneError }) {
		return "", ErrText
	}
	if utf8.RuneCountInString(s) > MaxLen {
		return "", ErrTooLong
	}
	country, ident := "", norm.NFKC.String(s)
	if i := strings.IndexByte(ident, ':'); i >= 0 {
		country, ident = Fold(ident[:i]), Fold(ident[i+1:])
	} else {
		ident = Fold(ident)
	}
	for _, r := range ident {
		if r >= utf8.RuneSelf {
			return "", fmt.Errorf("%q is not letters A-Z and digits", ident)
		}
	}
	switch {
	case country == "" && len(ident) != 18:
		return "", errors.New("give an 18-character unified social credit code, or COUNTRY:IDENTIFIER such as DE:DE123456789")
	case country == "" || country == "CN":
		if len(ident) != 18 {
			return "", fmt.Errorf("a unified social credit code has 18 characters, not %d", len(ident))
		}
		c, ok := USCCCheck(ident[:17])
		if !ok {
			return "", errors.New("a unified social credit code holds digits and letters other than I, O, S, V and Z")
		}
		if ident[17] != c {
			return "", fmt.Errorf("the check character of unified social credit code %s is %c, not %c", ident, c, ident[17])
		}
		return ident, nil
	}
	if r, err := language.ParseRegion(country); len(country) != 2 || err != nil || !r.IsCountry() || r.String() != country {
		return "", fmt.Errorf("%q is not an ISO 3166 alpha-2 country code", country)
	}
	if len(ident) < 2 || len(ident) > 32 {
		return "", errors.New("the identifier after the country has 2 to 32 letters and digits")
	}
	return country + ":" + ident, nil
}

// Fold is the comparison form of a typed identifier: NFKC (full-width and
// other compatibility forms to their plain letters and digits), full case
// folding then upper case, digits of every script as ASCII digits, and only
// letters and digits kept: spaces, dashes, dots, slashes, underscores,
// zero-width and other format characters and combining marks are dropped.
func Fold(s string) string {
	s = strings.ToUpper(cases.Fold().String(norm.NFKC.String(s)))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('0' + byte(DigitValue(r)))
		case unicode.IsLetter(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// DigitValue is the value of a decimal digit of any script (Unicode category
// Nd), or -1. Unicode encodes every script's decimal digits as a run of ten
// code points from zero to nine, so a digit's value is its distance from the
// start of its range in the Nd table, modulo 10.
func DigitValue(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) / int(rg.Stride) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) / int(rg.Stride) % 10
		}
	}
	return -1
}
