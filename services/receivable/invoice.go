package receivable

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtibben/confusables"

	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/taxid"
)

// maxInvoiceText caps the invoice's number and code, in characters, before
// any normalisation.
const maxInvoiceText = 64

// Invoice is an invoice as a submission names it. Its identity is who issued
// it (the seller's tax id) and its number; the date is an attribute, as is the
// value the submission carries (the invoice's total, invoices.amount).
type Invoice struct {
	// Code is the 发票代码 (10 or 12 digits) of a Chinese VAT invoice, whose
	// Number is then its 8-digit 发票号码; empty for other invoices and for
	// the 20-digit numbers of fully digital e-invoices (全电发票).
	Code        string `json:"code,omitempty"`
	Number      string `json:"number"`
	IssueDate   string `json:"issue_date"` // YYYY-MM-DD
	SellerTaxID string `json:"seller_tax_id"`
	BuyerTaxID  string `json:"buyer_tax_id"`
}

// Identity is what makes an invoice one invoice: its seller's canonical tax
// id and the skeleton of its number (NumberKey). Two submissions with the same
// identity are the same invoice, whatever their values and dates.
type Identity struct {
	SellerTaxID string
	BuyerTaxID  string // checked against the obligor, not part of the identity
	NumberKey   string
}

// String is the fingerprint's preimage: "<seller tax id>|<number key>".
func (id Identity) String() string { return id.SellerTaxID + "|" + id.NumberKey }

// Identify validates the invoice's identifying fields and reads its identity.
func (inv Invoice) Identify() (Identity, error) {
	var id Identity
	for _, f := range []struct{ field, v string }{
		{"invoice.number", inv.Number}, {"invoice.code", inv.Code},
		{"invoice.seller_tax_id", inv.SellerTaxID}, {"invoice.buyer_tax_id", inv.BuyerTaxID},
	} {
		if err := checkText(f.field, f.v); err != nil {
			return id, err
		}
	}
	var err error
	if id.SellerTaxID, err = parseTaxID("invoice.seller_tax_id", inv.SellerTaxID); err != nil {
		return id, err
	}
	if id.BuyerTaxID, err = parseTaxID("invoice.buyer_tax_id", inv.BuyerTaxID); err != nil {
		return id, err
	}
	number := inv.Number
	if utf8.RuneCountInString(number) > maxInvoiceText {
		return id, problem.Invalid("invalid_invoice_number", "invoice.number", "invoice.number has more than %d characters", maxInvoiceText)
	}
	if inv.Code != "" {
		if number, err = vatNumber(inv.Code, inv.Number); err != nil {
			return id, err
		}
	}
	if id.NumberKey = NumberKey(number); id.NumberKey == "" {
		return id, problem.Invalid("invalid_invoice_number", "invoice.number", "invoice.number must hold letters or digits")
	}
	return id, nil
}

// vatNumber is a Chinese VAT invoice's code and number as one run of digits,
// the number zero-padded to its 8 digits: the same digits a client sends
// when it puts both into number, so either spelling is one invoice.
func vatNumber(code, number string) (string, error) {
	if utf8.RuneCountInString(code) > maxInvoiceText {
		return "", problem.Invalid("invalid_invoice_code", "invoice.code", "invoice.code has more than %d characters", maxInvoiceText)
	}
	c, n := taxid.Fold(code), taxid.Fold(number)
	if (len(c) != 10 && len(c) != 12) || !asciiDigits(c) {
		return "", problem.Invalid("invalid_invoice_code", "invoice.code", "invoice.code is the 10 or 12 digits of a VAT invoice's 发票代码")
	}
	if len(n) == 0 || len(n) > 8 || !asciiDigits(n) {
		return "", problem.Invalid("invalid_invoice_number", "invoice.number", "with invoice.code, invoice.number is the 8-digit 发票号码")
	}
	return c + strings.Repeat("0", 8-len(n)) + n, nil
}

// NumberKey is the comparison form of an invoice number, so that the same
// number typed differently is one number:
//
//  1. taxid.Fold: NFKC (full-width forms, Ⅰ, ① become I, 1), full case
//     folding then upper case, digits of every script as ASCII digits, and
//     only letters and digits kept (no spaces, dashes, slashes, dots,
//     underscores, zero-width or other format characters, combining marks);
//  2. leading zeros dropped from every run of digits, a run of zeros keeping
//     one: INV-000123 is INV-123 and INV-0 is INV-000. Runs are what step 1
//     leaves, between letters: INV-2026-000123 is INV2026000123, whose zeros
//     are inside its run, and so another number than INV-2026-123. (Zeros
//     leading at every former separator cannot be dropped as well: INV-1-01
//     would then be INV-1-1, that is INV-11, but INV-101 is also INV-1-01.)
//  3. the Unicode TR39 skeleton (confusables.txt), so that letters that look
//     alike read alike: Cyrillic А and Greek Ο are Latin A and O; digit 0 and
//     letter O read as O; digit 1 and letters I and l read as l;
//  4. and, as 0 and O are one character by then, the O's that start a run of
//     digits are dropped as step 2 drops zeros: an O typed for a leading zero
//     (INV-O0123 is INV-123), and a letter O just before digits (PO123 is P123,
//     as PO123 looks like P0123, which is P123).
//
// The key is for comparison only: l stands for I and 1, O for 0.
func NumberKey(s string) string {
	sk := confusables.Skeleton(dropLeadingZeros(taxid.Fold(s), '0', isDigit))
	var b strings.Builder
	for _, r := range sk { // the skeleton decomposes (NFD): drop its marks
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return dropLeadingZeros(b.String(), 'O', digitLike)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// digitLike are the skeletons of the digits 0-9 (0 reads as O, 1 as l).
func digitLike(r rune) bool { return r == 'O' || r == 'l' || (r >= '2' && r <= '9') }

// dropLeadingZeros drops the zeros that start a run of digits: each run of
// zero not preceded by a digit and followed by one. A run of zeros that no
// digit follows stays, as one zero.
func dropLeadingZeros(s string, zero rune, digit func(rune) bool) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != zero || (i > 0 && digit(rs[i-1])) {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && rs[j] == zero {
			j++
		}
		if j == len(rs) || !digit(rs[j]) {
			b.WriteRune(zero)
		}
		i = j - 1
	}
	return b.String()
}

func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseTaxID reads a tax id of the invoice into its canonical form.
func parseTaxID(field, s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", problem.Invalid(problem.CodeInvalid, field, "%s is required", field)
	}
	id, err := taxid.Parse(s)
	if err != nil {
		return "", problem.Invalid("invalid_tax_id", field, "%s: %v", field, err)
	}
	return id, nil
}

// checkText refuses a field holding a NUL or another control character that is
// not white space, or what
// encoding/json made of invalid UTF-8 (U+FFFD): neither is an invoice's text,
// and Postgres would not store a NUL. A 400 invalid_text problem.
func checkText(field, s string) error {
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return (unicode.IsControl(r) && !unicode.IsSpace(r)) || r == utf8.RuneError }) {
		p := problem.BadRequest("invalid_text", "%s must be UTF-8 text without NUL or control characters", field)
		p.Field = field
		return p
	}
	return nil
}
