package receivable

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/services/problem"
)

// checkParties refuses an invoice that does not name its parties: its seller
// tax id must be the seller's (the submitting supplier, or the supplier a core
// enterprise issues to) and its buyer tax id the buyer's (the obligor).
func (s *Service) checkParties(ctx context.Context, inv Identity, seller, buyer common.Address) error {
	for _, party := range []struct {
		addr              common.Address
		field, code, role string
		named             string
	}{
		{seller, "invoice.seller_tax_id", "seller_tax_id_mismatch", "seller", inv.SellerTaxID},
		{buyer, "invoice.buyer_tax_id", "buyer_tax_id_mismatch", "buyer (the obligor)", inv.BuyerTaxID},
	} {
		registered, err := s.Orgs.TaxID(ctx, party.addr)
		if err != nil {
			return err
		}
		if registered == "" {
			return problem.Invalid("tax_id_missing", party.field, "the invoice's %s %s has no tax id registered; an operator registers it", party.role, party.addr)
		}
		if registered != party.named {
			return problem.Invalid(party.code, party.field, "%s %s is not the tax id of the invoice's %s %s", party.field, party.named, party.role, party.addr)
		}
	}
	return nil
}

// checkNotTokenized refuses an invoice whose fingerprint a live receivable
// carries, naming that receivable: the read model's early answer, before the
// contract's own uniqueness check.
func checkNotTokenized(ctx context.Context, tx pgx.Tx, inv Invoice, fp [32]byte, now time.Time) error {
	var existing int64
	// A rejected or lapsed submission (by the chain's time) no longer holds the invoice.
	err := tx.QueryRow(ctx, `SELECT id FROM receivables WHERE fingerprint = $1 AND status NOT IN ('rejected', 'lapsed')
		AND NOT (status = 'pending' AND lapses_at <= $2)`, fp[:], now).Scan(&existing)
	if err == nil {
		return problem.Conflict("invoice_already_tokenized", "invoice %s of seller %s was tokenized already as receivable %d", inv.Number, inv.SellerTaxID, existing)
	} else if !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("check invoice: %w", err)
	}
	return nil
}

// recordInvoice keeps the invoice as submitted, with its identity, under its
// fingerprint; a resubmission (after a rejection) replaces it. The submission's
// value is the invoice's total, its amount.
func recordInvoice(ctx context.Context, tx pgx.Tx, inv Invoice, id Identity, fp [32]byte, issued time.Time, minor *big.Int, opID int64) error {
	amount := decimal.NewFromBigInt(minor, -2)
	var code *string
	if inv.Code != "" {
		code = &inv.Code
	}
	_, err := tx.Exec(ctx, `INSERT INTO invoices (fingerprint, number, issue_date, seller_tax_id, buyer_tax_id, amount, currency, operation_id, code, identity)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (fingerprint) DO UPDATE SET number = $2, issue_date = $3, seller_tax_id = $4, buyer_tax_id = $5, amount = $6,
			currency = $7, operation_id = $8, code = $9, identity = $10, created_at = now()`,
		fp[:], inv.Number, issued, inv.SellerTaxID, inv.BuyerTaxID, amount.String(), Currency, opID, code, id.String())
	if err != nil {
		return fmt.Errorf("record invoice: %w", err)
	}
	return nil
}
