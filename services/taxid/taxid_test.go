package taxid

import (
	"errors"
	"strings"
	"testing"
	"unicode"
)

// TestUSCCCheck checks the GB 32100-2015 check character on codes published
// by their companies, on the demo's codes, and on a wrong check character.
func TestUSCCCheck(t *testing.T) {
	for _, c := range []struct {
		code string
		ok   bool
	}{
		{"9144030071526726XG", true}, // Tencent Technology (Shenzhen)
		{"914403001922038216", true}, // Huawei Technologies
		{"91330100716105852F", true}, // Alibaba (China)
		{"9144030071526726XH", false},
		{"914403001922038217", false},
		{"9144030071526726X", false},  // 17 characters
		{"9144030071526726IG", false}, // I is not in the alphabet
		{"91310000MA1K000001", false}, // the old README's made-up seller
		{"91110000100000000X", false}, // and buyer
		{"9144030071526726xg", false}, // ValidUSCC takes the canonical form only; Parse folds case
		{"914403007152672６XG", false}, // nor full-width digits
	} {
		if got := ValidUSCC(c.code); got != c.ok {
			t.Errorf("ValidUSCC(%q) = %v, want %v", c.code, got, c.ok)
		}
	}
	for _, seed := range []string{"", "a", "sup1", "core", "Bench raw supplier 1733333333"} {
		if s := Synthetic(seed); !ValidUSCC(s) {
			t.Errorf("Synthetic(%q) = %s is not a valid code", seed, s)
		}
	}
	if Synthetic("sup1") == Synthetic("sup2") {
		t.Error("Synthetic gives two seeds one code")
	}
}

func TestParse(t *testing.T) {
	const tencent = "9144030071526726XG"
	for _, c := range []struct {
		name, in, want string // want "" when refused
	}{
		{"OK", tencent, tencent},
		{"OKLowerCase", "9144030071526726xg", tencent},
		{"OKSeparators", " 9144-0300 7152.6726/X_G ", tencent},
		{"OKCountryCN", "cn:" + tencent, tencent},
		{"OKFullWidth", "９１４４０３００７１５２６７２６ＸＧ", tencent},
		{"OKFullWidthColon", "ＣＮ：" + tencent, tencent},
		{"OKArabicIndicDigits", "٩١٤٤٠٣٠٠٧١٥٢٦٧٢٦XG", tencent},
		{"OKZeroWidthSpace", "914403\u200b0071526726XG", tencent},
		{"OKSoftHyphen", "914403\u00ad0071526726XG", tencent},
		{"OKREADMEExample", "9131 0000-ma1k 0000 19", "91310000MA1K000019"},
		{"OKWhiteSpace", "\t9144030071526726XG\r\n", tencent},
		{"OKOtherCountry", "DE:DE123456789", "DE:DE123456789"},
		{"OKOtherCountrySpelling", "de: de 123 456 789", "DE:DE123456789"},
		{"ErrWrongCheck", "9144030071526726XH", ""},
		{"ErrCNWrongCheck", "CN:9144030071526726XH", ""},
		{"ErrLetterO", "9144O30071526726XG", ""},
		{"ErrCyrillic", "9144030071526726ХG", ""}, // Cyrillic Ха
		{"ErrShort", "914403007152672", ""},
		{"ErrNoCountry", "DE123456789", ""},
		{"ErrUnknownCountry", "XX:123456789", ""},
		{"ErrAlpha3", "DEU:DE123456789", ""},
		{"ErrNotCountry", "EU:EU123456789", ""},
		{"ErrIdentifierTooShort", "DE:1", ""},
		{"ErrIdentifierTooLong", "DE:" + strings.Repeat("1", 33), ""},
		{"ErrEmpty", "", ""},
		{"ErrNUL", "9144030071526726X\x00G", ""},
		{"ErrBell", "9144030071526726X\aG", ""},
		{"ErrInvalidUTF8", "9144030071526726X\xffG", ""},
		{"ErrReplacementCharacter", "9144030071526726X\uFFFDG", ""},
		{"ErrHuge", strings.Repeat(" ", 65) + tencent, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse(c.in)
			if c.want == "" {
				if err == nil {
					t.Fatalf("Parse(%q) = %q, want an error", c.in, got)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("Parse(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
	if _, err := Parse("9144030071526726X\x00G"); !errors.Is(err, ErrText) {
		t.Errorf("a NUL byte: %v, want ErrText", err)
	}
}

// TestDigitValue maps the digits of several scripts, and relies on Unicode's
// promise that each script's digits are runs of ten from zero.
func TestDigitValue(t *testing.T) {
	for _, zero := range []rune{'0', '٠', '۰', '०', '০', '๐', '០', '０', '𝟎', '𞥐'} {
		for v := range 10 {
			if got := DigitValue(zero + rune(v)); got != v {
				t.Errorf("DigitValue(%U) = %d, want %d", zero+rune(v), got, v)
			}
		}
	}
	for _, tab := range [][]unicode.Range16{unicode.Nd.R16} {
		for _, rg := range tab {
			if rg.Stride != 1 || (rg.Hi-rg.Lo+1)%10 != 0 {
				t.Errorf("Nd range %U-%U is not runs of ten", rg.Lo, rg.Hi)
			}
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rg.Stride != 1 || (rg.Hi-rg.Lo+1)%10 != 0 {
			t.Errorf("Nd range %U-%U is not runs of ten", rg.Lo, rg.Hi)
		}
	}
	for _, r := range []rune{'a', '²', '½', 'Ⅻ', '一'} {
		if DigitValue(r) != -1 {
			t.Errorf("DigitValue(%q) = %d, want -1", r, DigitValue(r))
		}
	}
}
