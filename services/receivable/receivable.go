// Package receivable is the receivable capability: invoices tokenized into
// receivables, split, transferred, financed, repaid and redeemed, over the
// Receivable and CashToken contracts; its projection into the read model; its
// routes. Amounts are decimal strings with at most two places in JSON,
// decimal.Decimal in Go, integer minor units (fen) on chain.
package receivable

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/services/problem"
)

// Currency is the settlement currency: CashToken units are its fen.
const Currency = "CNY"

// maxMinor is the largest value the contracts hold (uint128).
var maxMinor = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// ParseAmount reads a positive decimal amount with at most two places and
// returns it in minor units. field names the request field for the problem.
// It is the one parser of money: what the API reads from clients. Amounts the
// read model holds are Amounts, never formatted text parsed back.
func ParseAmount(field, s string) (decimal.Decimal, *big.Int, error) {
	d, err := decimal.NewFromString(strings.TrimSpace(s))
	if err != nil || strings.ContainsAny(s, "eE") {
		return d, nil, problem.Invalid("invalid_amount", field, "%s must be a decimal string such as \"1250.00\"", field)
	}
	if d.Sign() <= 0 {
		return d, nil, problem.Invalid("invalid_amount", field, "%s must be positive", field)
	}
	if d.Exponent() < -2 && !d.Equal(d.Truncate(2)) {
		return d, nil, problem.Invalid("amount_precision", field, "%s has more than two decimal places", field)
	}
	minor := d.Shift(2).BigInt()
	if minor.Cmp(maxMinor) > 0 {
		return d, nil, problem.Invalid("amount_too_large", field, "%s is too large", field)
	}
	return d, minor, nil
}

// Format renders minor units as a decimal string with two places.
func Format(minor *big.Int) string {
	return decimal.NewFromBigInt(minor, -2).StringFixed(2)
}

// Amount is a sum of the settlement currency in integer minor units (fen), as
// the contracts and the read model hold it. It encodes to JSON as the decimal
// string with two places the API shows (Format: "1250.00") and scans straight
// from a numeric column, so nothing formats a value to parse it back.
type Amount struct{ minor *big.Int } // nil is zero

// AmountOf is minor units as an Amount; the Amount keeps minor, which must not
// change after.
func AmountOf(minor *big.Int) Amount { return Amount{minor: minor} }

// Minor is the amount in minor units, a copy the caller may change.
func (a Amount) Minor() *big.Int {
	if a.minor == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.minor)
}

// String is the amount as the API shows it: Format of its minor units.
func (a Amount) String() string { return Format(a.Minor()) }

// MarshalJSON encodes the amount as its String, a JSON string.
func (a Amount) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// ScanNumeric reads a numeric column of minor units (the minor_units domain),
// as pgx scans one: NULL, NaN, an infinity or a fraction is an error, never zero.
func (a *Amount) ScanNumeric(n pgtype.Numeric) error {
	switch {
	case !n.Valid:
		return errors.New("scan amount: NULL is no amount")
	case n.NaN || n.InfinityModifier != pgtype.Finite || n.Int == nil:
		return errors.New("scan amount: not a finite number")
	}
	v := new(big.Int).Set(n.Int)
	if n.Exp != 0 {
		exp := int64(n.Exp)
		if exp < 0 {
			exp = -exp
		}
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(exp), nil)
		if n.Exp > 0 {
			v.Mul(v, scale)
		} else if _, rem := v.QuoRem(v, scale, new(big.Int)); rem.Sign() != 0 {
			return fmt.Errorf("scan amount: %se%d is not a whole number of minor units", n.Int, n.Exp)
		}
	}
	a.minor = v
	return nil
}

// Fingerprint is keccak256 of the invoice's identity, its seller's canonical
// tax id and its number's key joined by "|" (Identity.String): the same invoice
// typed differently, or sent again with another value or date, has the same
// fingerprint, so it can be tokenized, and financed, only once.
func Fingerprint(id Identity) [32]byte {
	return crypto.Keccak256Hash([]byte(id.String()))
}
