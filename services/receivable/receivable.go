// Package receivable is the receivable capability: invoices tokenized into
// certificates, split, transferred, financed, repaid and redeemed, over the
// Receivable and CashToken contracts; its projection into the read model; its
// routes. Amounts are decimal strings with at most two places in JSON,
// decimal.Decimal in Go, integer minor units (fen) on chain.
package receivable

import (
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/services/problem"
)

// Currency is the settlement currency: CashToken units are its fen.
const Currency = "CNY"

// maxMinor is the largest value the contracts hold (uint128).
var maxMinor = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// ParseAmount reads a positive decimal amount with at most two places and
// returns it in minor units. field names the request field for the problem.
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

// Fingerprint is keccak256 of the invoice's identity, its seller's canonical
// tax id and its number's key joined by "|" (Identity.String): the same invoice
// typed differently, or sent again with another amount or date, has the same
// fingerprint, so it can be tokenized, and financed, only once.
func Fingerprint(id Identity) [32]byte {
	return crypto.Keccak256Hash([]byte(id.String()))
}
