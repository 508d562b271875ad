package receivable

import (
	"net/http"
	"strings"
	"testing"

	"github.com/duochain/duochain/services/problem"
)

const (
	testSeller = "91310000MA1K000019"
	testBuyer  = "91110000MA01C0RE1G"
)

// TestNumberKey: every way of typing INV-000123 differently is one number,
// and every real difference is another.
func TestNumberKey(t *testing.T) {
	const base = "INV-000123"
	want := NumberKey(base)
	for _, c := range []struct{ name, number string }{
		{"Same", "INV-000123"},
		{"FullWidthDigits", "INV-０００１２３"},
		{"FullWidth", "ＩＮＶ－０００１２３"},
		{"CyrillicI", "\u0406NV-000123"}, // Cyrillic І
		{"GreekNu", "I\u039dV-000123"},   // Greek Ν
		{"ArabicIndicDigits", "INV-٠٠٠١٢٣"},
		{"PersianDigits", "INV-۰۰۰۱۲۳"},
		{"DevanagariDigits", "INV-०००१२३"},
		{"BengaliDigits", "INV-০০০১২৩"},
		{"MathematicalDigits", "INV-𝟎𝟎𝟎𝟏𝟐𝟑"},
		{"DroppedLeadingZeros", "INV-123"},
		{"MoreLeadingZeros", "INV-0000000123"},
		{"NoSeparator", "INV000123"},
		{"LowerCase", "inv-000123"},
		{"MixedCase", "iNv-000123"},
		{"Spaces", " INV 000 123 "},
		{"TrailingWhitespace", "INV-000123 \t\u3000"},
		{"MixedSeparators", "INV/000.123_"},
		{"Dashes", "INV\u2013000\u2014123\u2212"}, // en dash, em dash, minus sign
		{"ZeroWidthSpace", "INV-\u200b000123"},
		{"ZeroWidthJoiner", "IN\u200dV-000123"},
		{"WordJoiner", "INV\u2060-000123"},
		{"ByteOrderMark", "\ufeffINV-000123"},
		{"SoftHyphen", "INV\u00ad000123"},
		{"CombiningMark", "INV\u0301-000123"},
		{"RomanNumeralOne", "\u2160NV-000123"}, // Ⅰ, NFKC I
		{"DigitOneForI", "1NV-000123"},         // 1 and I read alike
		{"LetterOForZero", "INV-O00123"},
		{"LetterOForLeadingZeros", "INV-OOO123"},
		{"CyrillicOForZero", "INV-\u041e00123"},
		{"GreekOmicronForZero", "INV-\u039f00123"},
		{"LowerGreekOmicron", "inv-\u03bf00123"},
		{"CyrillicAndArabicIndic", "\u0406NV-٠٠٠١٢٣"},
		{"CircledDigits", "INV-⓪⓪⓪①②③"},
		{"SuperscriptDigits", "INV-⁰⁰⁰¹²³"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := NumberKey(c.number); got != want {
				t.Errorf("NumberKey(%q) = %q, want %q as for %q", c.number, got, want, base)
			}
		})
	}
	for _, c := range []struct{ name, number string }{
		{"OtherNumber", "INV-000124"},
		{"InnerZeroKept", "INV-1023"},
		{"TrailingZeroKept", "INV-1230"},
		{"OtherPrefix", "INX-000123"},
		{"NoPrefix", "000123"},
		{"ZerosInsideARun", "INV-2026000123"},
		{"Empty", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := NumberKey(c.number); got == want {
				t.Errorf("NumberKey(%q) = %q, the key of %q", c.number, got, base)
			}
		})
	}
	for _, c := range []struct{ a, b string }{
		{"INV-0", "INV-000"},
		{"INV-0", "INV-O"},
		{"PO-123", "P0123"},
		{"A-1023", "a1O23"},
		{"发票-001", "发票1"},
		{"ABC-7", "\u0410\u0412\u0421-7"},        // Cyrillic А, В, С
		{"TEXT-1", "\u0422\u0415\u0425\u0422-1"}, // Cyrillic Т, Е, Х, Т
		{"KOP-1", "\u039a\u039f\u03a1-1"},        // Greek Κ, Ο, Ρ
	} {
		if NumberKey(c.a) != NumberKey(c.b) {
			t.Errorf("NumberKey(%q) = %q, NumberKey(%q) = %q; want one key", c.a, NumberKey(c.a), c.b, NumberKey(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"INV-101", "INV-11"},
		{"INV-10", "INV-1"},
		{"INV-2026-000123", "INV-2026-123"}, // the zeros are inside the run 2026000123
		{"发票1", "发票2"},
	} {
		if NumberKey(c.a) == NumberKey(c.b) {
			t.Errorf("NumberKey(%q) = NumberKey(%q) = %q; want two keys", c.a, c.b, NumberKey(c.a))
		}
	}
}

// TestIdentify: the identity is the seller's tax id and the number (with a VAT
// invoice's code); the buyer, the date and the value are not part of it.
func TestIdentify(t *testing.T) {
	base := Invoice{Number: "INV-000123", IssueDate: "2026-11-01", SellerTaxID: testSeller, BuyerTaxID: testBuyer}
	want := mustIdentify(t, base)
	if want.SellerTaxID != testSeller || want.BuyerTaxID != testBuyer {
		t.Fatalf("identity %+v", want)
	}
	with := func(f func(*Invoice)) Invoice { inv := base; f(&inv); return inv }
	for name, inv := range map[string]Invoice{
		"OtherDate":         with(func(i *Invoice) { i.IssueDate = "2026-11-02" }),
		"SellerLowerCase":   with(func(i *Invoice) { i.SellerTaxID = strings.ToLower(testSeller) }),
		"SellerSpaced":      with(func(i *Invoice) { i.SellerTaxID = "9131 0000 MA1K 0000 19" }),
		"SellerFullWidth":   with(func(i *Invoice) { i.SellerTaxID = "９１３１００００ＭＡ１Ｋ００００１９" }),
		"SellerCountryCN":   with(func(i *Invoice) { i.SellerTaxID = "CN:" + testSeller }),
		"NumberFullWidth":   with(func(i *Invoice) { i.Number = "ＩＮＶ－１２３" }),
		"OtherBuyerSpelled": with(func(i *Invoice) { i.BuyerTaxID = "cn: " + strings.ToLower(testBuyer) }),
	} {
		if got := mustIdentify(t, inv); got.String() != want.String() || Fingerprint(got) != Fingerprint(want) {
			t.Errorf("%s: identity %q, want %q", name, got, want)
		}
	}
	other := "91310000MA1K00002C"
	for name, inv := range map[string]Invoice{
		"OtherNumber": with(func(i *Invoice) { i.Number = "INV-000124" }),
		"OtherSeller": with(func(i *Invoice) { i.SellerTaxID = other }),
		"Swapped":     with(func(i *Invoice) { i.SellerTaxID, i.BuyerTaxID = i.BuyerTaxID, i.SellerTaxID }),
	} {
		if got := mustIdentify(t, inv); Fingerprint(got) == Fingerprint(want) {
			t.Errorf("%s: identity %q is the base's", name, got)
		}
	}
	// A VAT invoice's code and number, given apart or run together, and with
	// its number's leading zeros dropped, are one invoice; not another number.
	vat := with(func(i *Invoice) { i.Code, i.Number = "1100204130", "00012345" })
	vatID := mustIdentify(t, vat)
	for name, inv := range map[string]Invoice{
		"RunTogether":         with(func(i *Invoice) { i.Number = "110020413000012345" }),
		"DroppedLeadingZeros": with(func(i *Invoice) { i.Code, i.Number = "1100204130", "12345" }),
		"FullWidth":           with(func(i *Invoice) { i.Code, i.Number = "１１００２０４１３０", "０００１２３４５" }),
		"Separators":          with(func(i *Invoice) { i.Code, i.Number = "1100-2041-30", "0001 2345" }),
	} {
		if got := mustIdentify(t, inv); got.String() != vatID.String() {
			t.Errorf("VAT %s: identity %q, want %q", name, got, vatID)
		}
	}
	if got := mustIdentify(t, with(func(i *Invoice) { i.Code, i.Number = "1100204130", "00012346" })); got.String() == vatID.String() {
		t.Errorf("another VAT number has the identity %q", got)
	}
	digital := mustIdentify(t, with(func(i *Invoice) { i.Number = "26312000000012345678" })) // 全电发票
	if digital.NumberKey == "" {
		t.Error("a fully digital e-invoice number has no key")
	}
}

func mustIdentify(t *testing.T, inv Invoice) Identity {
	t.Helper()
	id, err := inv.Identify()
	if err != nil {
		t.Fatalf("Identify(%+v): %v", inv, err)
	}
	return id
}

// TestIdentifyRefuses: what no invoice holds is a 400 or 422 with a code and
// the field, never something Postgres would refuse later.
func TestIdentifyRefuses(t *testing.T) {
	base := Invoice{Number: "INV-1", IssueDate: "2026-11-01", SellerTaxID: testSeller, BuyerTaxID: testBuyer}
	with := func(f func(*Invoice)) Invoice { inv := base; f(&inv); return inv }
	for _, c := range []struct {
		name   string
		inv    Invoice
		status int
		code   string
		field  string
	}{
		{"EmptyNumber", with(func(i *Invoice) { i.Number = "" }), 422, "invalid_invoice_number", "invoice.number"},
		{"OnlySeparators", with(func(i *Invoice) { i.Number = " -/._\u200b " }), 422, "invalid_invoice_number", "invoice.number"},
		{"HugeNumber", with(func(i *Invoice) { i.Number = strings.Repeat("9", 65) }), 422, "invalid_invoice_number", "invoice.number"},
		{"HugeNumberOfMarks", with(func(i *Invoice) { i.Number = "A" + strings.Repeat("\u0301", 100000) }), 422, "invalid_invoice_number", "invoice.number"},
		{"NULInNumber", with(func(i *Invoice) { i.Number = "INV\x00-1" }), 400, "invalid_text", "invoice.number"},
		{"InvalidUTF8InNumber", with(func(i *Invoice) { i.Number = "INV\xff-1" }), 400, "invalid_text", "invoice.number"},
		{"ReplacementCharInNumber", with(func(i *Invoice) { i.Number = "INV\uFFFD-1" }), 400, "invalid_text", "invoice.number"},
		{"BellInNumber", with(func(i *Invoice) { i.Number = "INV\a1" }), 400, "invalid_text", "invoice.number"},
		{"NULInCode", with(func(i *Invoice) { i.Code = "1100204130\x00" }), 400, "invalid_text", "invoice.code"},
		{"ShortCode", with(func(i *Invoice) { i.Code = "110020413" }), 422, "invalid_invoice_code", "invoice.code"},
		{"LetterCode", with(func(i *Invoice) { i.Code = "110020413A" }), 422, "invalid_invoice_code", "invoice.code"},
		{"HugeCode", with(func(i *Invoice) { i.Code = strings.Repeat("1", 65) }), 422, "invalid_invoice_code", "invoice.code"},
		{"CodeWithLongNumber", with(func(i *Invoice) { i.Code, i.Number = "1100204130", "123456789" }), 422, "invalid_invoice_number", "invoice.number"},
		{"CodeWithLetters", with(func(i *Invoice) { i.Code, i.Number = "1100204130", "INV-1" }), 422, "invalid_invoice_number", "invoice.number"},
		{"NoSeller", with(func(i *Invoice) { i.SellerTaxID = " " }), 422, "invalid", "invoice.seller_tax_id"},
		{"NoBuyer", with(func(i *Invoice) { i.BuyerTaxID = "" }), 422, "invalid", "invoice.buyer_tax_id"},
		{"SellerWrongCheck", with(func(i *Invoice) { i.SellerTaxID = "91310000MA1K000018" }), 422, "invalid_tax_id", "invoice.seller_tax_id"},
		{"BuyerWrongCheck", with(func(i *Invoice) { i.BuyerTaxID = "91110000MA01C0RE1H" }), 422, "invalid_tax_id", "invoice.buyer_tax_id"},
		{"SellerCyrillic", with(func(i *Invoice) { i.SellerTaxID = "91310000М" + testSeller[9:] }), 422, "invalid_tax_id", "invoice.seller_tax_id"},
		{"NULInSeller", with(func(i *Invoice) { i.SellerTaxID = testSeller + "\x00" }), 400, "invalid_text", "invoice.seller_tax_id"},
		{"HugeSeller", with(func(i *Invoice) { i.SellerTaxID = strings.Repeat(" ", 1000) + testSeller }), 422, "invalid_tax_id", "invoice.seller_tax_id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.inv.Identify()
			p := problem.From(err)
			if err == nil || p.Status != c.status || p.Code != c.code || p.Field != c.field {
				t.Fatalf("Identify: %v (status %d field %q), want %d %s on %s", err, p.Status, p.Field, c.status, c.code, c.field)
			}
			if p.Status == http.StatusInternalServerError {
				t.Fatal("a 500")
			}
		})
	}
}

func BenchmarkNumberKey(b *testing.B) {
	for _, c := range []struct{ name, number string }{
		{"ASCII", "INV-2026-000123"},
		{"FullWidthCyrillic", "\u0406ＮＶ－２０２６－０００１２３"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				NumberKey(c.number)
			}
		})
	}
}
