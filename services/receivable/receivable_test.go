package receivable

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"

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
