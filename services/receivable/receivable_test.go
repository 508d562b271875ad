package receivable

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/problem"
)

func TestParseAmount(t *testing.T) {
	for _, c := range []struct {
		name, in string
		minor    string // "" when refused
		code     string
	}{
		{"OK", "1250.00", "125000", ""},
		{"OKOnePlace", "0.5", "50", ""},
		{"OKWhole", "7", "700", ""},
		{"OKTrailingZeros", "1.500", "150", ""},
		{"OKLargest", "3402823669209384634633746074317682114.55", "340282366920938463463374607431768211455", ""},
		{"ErrZero", "0.00", "", "invalid_amount"},
		{"ErrNegative", "-1.00", "", "invalid_amount"},
		{"ErrThreePlaces", "1.005", "", "amount_precision"},
		{"ErrTooLarge", "3402823669209384634633746074317682114.56", "", "amount_too_large"},
		{"ErrExponent", "1e5", "", "invalid_amount"},
		{"ErrText", "abc", "", "invalid_amount"},
		{"ErrEmpty", "", "", "invalid_amount"},
		// Edge cases: what a form, a spreadsheet or another script's keyboard sends.
		{"OKPlus", "+1.00", "100", ""},
		{"OKLeadingZeros", "00012.50", "1250", ""},
		{"OKNoWhole", ".5", "50", ""},
		{"OKTrailingPoint", "5.", "500", ""},
		{"OKManyZeroPlaces", "1.50000000000000000000", "150", ""},
		{"OKSurroundingSpace", " 1250.00\t\n", "125000", ""},
		{"OKIdeographicSpace", "\u30001.00\u3000", "100", ""}, // strings.TrimSpace trims Unicode spaces
		{"ErrSpaceOnly", " \t ", "", "invalid_amount"},
		{"ErrInnerSpace", "1 250.00", "", "invalid_amount"},
		{"ErrGrouping", "1,250.00", "", "invalid_amount"},
		{"ErrUnderscore", "1_000", "", "invalid_amount"},
		{"ErrTwoPoints", "1.5.0", "", "invalid_amount"},
		{"ErrFullWidthDigits", "１２５０.００", "", "invalid_amount"},
		{"ErrFullWidthMinus", "－1.00", "", "invalid_amount"},
		{"ErrArabicIndicDigits", "١٢٣", "", "invalid_amount"},
		{"ErrExponentUpper", "1E5", "", "invalid_amount"},
		{"ErrExponentNegative", "125e-2", "", "invalid_amount"},
		{"ErrExponentZero", "1.00e0", "", "invalid_amount"},
		{"ErrHex", "0x10", "", "invalid_amount"},
		{"ErrNaN", "NaN", "", "invalid_amount"},
		{"ErrInfinity", "Infinity", "", "invalid_amount"},
		{"ErrNegativeZero", "-0.00", "", "invalid_amount"},
		{"ErrNegativeCent", "-0.01", "", "invalid_amount"},
		{"ErrDoubleMinus", "--1", "", "invalid_amount"},
		{"ErrZeroThreePlaces", "0.000", "", "invalid_amount"},
		{"ErrSubCent", "0.001", "", "amount_precision"},
		{"ErrFarPlace", "1.0000000000000000000001", "", "amount_precision"},
		{"ErrHuge", "1" + strings.Repeat("0", 80), "", "amount_too_large"},
		{"ErrHugeWithPlaces", strings.Repeat("9", 400) + ".99", "", "amount_too_large"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, minor, err := ParseAmount("amount", c.in)
			if c.minor != "" {
				if err != nil || minor.String() != c.minor {
					t.Fatalf("ParseAmount(%q) = %v, %v; want %s", c.in, minor, err, c.minor)
				}
				return
			}
			if p := problem.From(err); err == nil || p.Code != c.code || p.Field != "amount" {
				t.Fatalf("ParseAmount(%q) = %v, %v; want code %s on field amount", c.in, minor, err, c.code)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	for in, want := range map[int64]string{0: "0.00", 1: "0.01", 150: "1.50", 100000000_00: "100000000.00"} {
		if got := Format(big.NewInt(in)); got != want {
			t.Errorf("Format(%d) = %s, want %s", in, got, want)
		}
	}
}

// TestAmountJSON: an Amount encodes exactly as the formatted string the API
// showed before it was typed, and a nil *Amount as null.
func TestAmountJSON(t *testing.T) {
	max, _ := new(big.Int).SetString("340282366920938463463374607431768211455", 10)
	for _, minor := range []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(150), big.NewInt(100000000_00), max} {
		got, err := json.Marshal(struct {
			V Amount  `json:"value"`
			P *Amount `json:"price"`
		}{V: AmountOf(minor)})
		want, _ := json.Marshal(struct {
			V string  `json:"value"`
			P *string `json:"price"`
		}{V: Format(minor)})
		if err != nil || string(got) != string(want) {
			t.Errorf("Amount %s encodes as %s, %v; want %s", minor, got, err, want)
		}
	}
	if got, _ := json.Marshal(Amount{}); string(got) != `"0.00"` {
		t.Errorf("the zero Amount encodes as %s, want \"0.00\"", got)
	}
	a := AmountOf(big.NewInt(150))
	a.Minor().SetInt64(1)
	if a.String() != "1.50" {
		t.Errorf("changing Minor's result changed the amount to %s", a)
	}
}

// TestAmountScanNumeric reads numeric values as pgx hands them over, whatever
// exponent it chose, and refuses what is no amount.
func TestAmountScanNumeric(t *testing.T) {
	for _, c := range []struct {
		name string
		in   pgtype.Numeric
		want string // minor units; "" when refused
	}{
		{"OK", pgtype.Numeric{Int: big.NewInt(125000), Valid: true}, "125000"},
		{"OKPositiveExp", pgtype.Numeric{Int: big.NewInt(1), Exp: 8, Valid: true}, "100000000"},
		{"OKNegativeExpWhole", pgtype.Numeric{Int: big.NewInt(12300), Exp: -2, Valid: true}, "123"},
		{"ErrFraction", pgtype.Numeric{Int: big.NewInt(12345), Exp: -2, Valid: true}, ""},
		{"ErrNull", pgtype.Numeric{}, ""},
		{"ErrNaN", pgtype.Numeric{NaN: true, Valid: true}, ""},
		{"ErrInfinity", pgtype.Numeric{InfinityModifier: pgtype.Infinity, Valid: true}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var a Amount
			err := a.ScanNumeric(c.in)
			if c.want == "" {
				if err == nil {
					t.Fatalf("ScanNumeric(%+v) = %s, want an error", c.in, a.Minor())
				}
				return
			}
			if err != nil || a.Minor().String() != c.want {
				t.Fatalf("ScanNumeric(%+v) = %s, %v; want %s", c.in, a.Minor(), err, c.want)
			}
		})
	}
}

// TestAmountScan reads amounts from Postgres itself, in the minor_units domain
// the read model keeps them in: a scan never turns what is no amount into zero.
func TestAmountScan(t *testing.T) {
	pool := pgtest.New(t)
	for _, c := range []struct{ sql, want string }{
		{`SELECT 0::minor_units`, "0"},
		{`SELECT 125000::minor_units`, "125000"},
		{`SELECT 100000000::minor_units`, "100000000"},
		{`SELECT 340282366920938463463374607431768211455::minor_units`, "340282366920938463463374607431768211455"},
		{`SELECT 7.00::numeric`, "7"},
		{`SELECT sum(v) FROM (VALUES (1::minor_units), (99999999::minor_units)) AS t(v)`, "100000000"},
		{`SELECT NULL::minor_units`, ""},
		{`SELECT 'NaN'::numeric`, ""},
		{`SELECT 1.5::numeric`, ""},
	} {
		var a Amount
		err := pool.QueryRow(t.Context(), c.sql).Scan(&a)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%s scanned as %s, want an error", c.sql, a.Minor())
		case c.want != "" && (err != nil || a.Minor().String() != c.want):
			t.Errorf("%s scanned as %s, %v; want %s", c.sql, a.Minor(), err, c.want)
		}
	}
	var p *Amount
	if err := pool.QueryRow(t.Context(), `SELECT NULL::minor_units`).Scan(&p); err != nil || p != nil {
		t.Errorf("NULL into *Amount: %v, %v; want nil", p, err)
	}
}

// TestPrice checks the discount formula and that it rounds down to the fen.
func TestPrice(t *testing.T) {
	for _, c := range []struct {
		amount, rate string
		days         int64
		want         string
	}{
		{"400000.00", "0.045", 90, "395500.00"},
		{"1000.00", "0.045", 1, "999.87"}, // 999.875 rounds down
		{"0.01", "0.045", 360, "0.00"},    // 0.00955 rounds down to nothing
		{"1000000.00", "0", 365, "1000000.00"},
		{"333.33", "0.0365", 30, "332.31"}, // 332.316... rounds down
	} {
		got := Price(decimal.RequireFromString(c.amount), decimal.RequireFromString(c.rate), c.days)
		if got.StringFixed(2) != c.want {
			t.Errorf("Price(%s, %s, %d) = %s, want %s", c.amount, c.rate, c.days, got.StringFixed(2), c.want)
		}
	}
}
