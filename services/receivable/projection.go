package receivable

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/indexer"
)

// Projection keeps the receivable read model (receivables, financing requests,
// repayments, redemptions, cash balances, history) in step with the Receivable
// and CashToken events. The events carry everything; it never calls the chain.
type Projection struct {
	Receivable common.Address
	Cash       common.Address
	rcv        *receivable.Receivable
	cash       *cashtoken.CashToken
}

// NewProjection returns the projection for the given contract addresses.
func NewProjection(receivableAddr, cashAddr common.Address) *Projection {
	return &Projection{Receivable: receivableAddr, Cash: cashAddr, rcv: receivable.NewReceivable(), cash: cashtoken.NewCashToken()}
}

// Name implements indexer.Handler.
func (p *Projection) Name() string { return "receivable" }

// sqlReset empties the projection: DELETE, not TRUNCATE, so that readers keep
// the old rows until a rebuild commits (see indexer.Handler).
const sqlReset = `DELETE FROM receivables; DELETE FROM financing_requests; DELETE FROM repayments; DELETE FROM redemptions;
DELETE FROM cash_balances; DELETE FROM receivable_events; DELETE FROM receivable_organizations`

// Reset implements indexer.Handler.
func (p *Projection) Reset(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, sqlReset); err != nil {
		return fmt.Errorf("reset receivable projection: %w", err)
	}
	return nil
}

// Apply implements indexer.Handler.
func (p *Projection) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	switch ev.Log.Address {
	case p.Cash:
		return p.applyCash(ctx, tx, ev)
	case p.Receivable:
		if err := p.projectOrganizations(ctx, tx, ev); err != nil {
			return err
		}
		return p.applyReceivable(ctx, tx, ev)
	}
	return nil
}

func (p *Projection) applyCash(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	t, err := p.cash.UnpackTransferEvent(&ev.Log)
	if err != nil {
		return nil
	}
	if t.From != (common.Address{}) {
		if _, err := tx.Exec(ctx, `UPDATE cash_balances SET balance = balance - $2 WHERE address = $1`, t.From.Bytes(), t.Value.String()); err != nil {
			return fmt.Errorf("debit %s: %w", t.From, err)
		}
	}
	if t.To != (common.Address{}) {
		_, err := tx.Exec(ctx, `INSERT INTO cash_balances (address, balance) VALUES ($1, $2)
			ON CONFLICT (address) DO UPDATE SET balance = cash_balances.balance + $2`, t.To.Bytes(), t.Value.String())
		if err != nil {
			return fmt.Errorf("credit %s: %w", t.To, err)
		}
	}
	return nil
}

// history records an event in a receivable's history.
func history(ctx context.Context, tx pgx.Tx, ev indexer.Event, id, root *big.Int, kind string, detail map[string]any) error {
	b, _ := json.Marshal(detail)
	_, err := tx.Exec(ctx, `INSERT INTO receivable_events (receivable_id, root_id, kind, detail, tx_hash, block_number, log_index, occurred_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
		id.Int64(), root.Int64(), kind, b, ev.TxHash.Bytes(), ev.Block, ev.LogIndex, blockTime(ev))
	return err
}

func blockTime(ev indexer.Event) time.Time { return time.Unix(int64(ev.BlockTime), 0).UTC() }

func unix(s uint64) time.Time { return time.Unix(int64(s), 0).UTC() }

func (p *Projection) applyReceivable(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	l := &ev.Log
	exec := func(sql string, args ...any) error {
		_, err := tx.Exec(ctx, sql, args...)
		return err
	}
	if e, err := p.rcv.UnpackReceivableSubmittedEvent(l); err == nil {
		lapses := unix(e.LapsesAt)
		return p.root(ctx, tx, ev, e.Id, e.Obligor, e.Creditor, e.Value, e.DueDate, e.Fingerprint, e.DocumentHash, "pending", &lapses)
	}
	if e, err := p.rcv.UnpackReceivableIssuedEvent(l); err == nil {
		return p.root(ctx, tx, ev, e.Id, e.Obligor, e.Creditor, e.Value, e.DueDate, e.Fingerprint, e.DocumentHash, "active", nil)
	}
	if e, err := p.rcv.UnpackReceivableLapsedEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET status = 'lapsed', holder = NULL, updated_block = $2 WHERE id = $1`, e.Id.Int64(), ev.Block); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.Id, e.Id, "lapsed", map[string]any{"obligor": e.Obligor})
	}
	if e, err := p.rcv.UnpackReceivableConfirmedEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET status = 'active', updated_block = $2 WHERE id = $1`, e.Id.Int64(), ev.Block); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.Id, e.Id, "confirmed", map[string]any{"obligor": e.Obligor})
	}
	if e, err := p.rcv.UnpackReceivableRejectedEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET status = 'rejected', holder = NULL, updated_block = $2 WHERE id = $1`, e.Id.Int64(), ev.Block); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.Id, e.Id, "rejected", map[string]any{"obligor": e.Obligor})
	}
	if e, err := p.rcv.UnpackReceivableSplitEvent(l); err == nil {
		err := exec(`INSERT INTO receivables (id, root_id, parent_id, tier, obligor, original_creditor, holder, value, face_value, due_date,
				status, created_block, created_tx, updated_block)
			SELECT $1, root_id, id, tier + 1, obligor, original_creditor, $3, $4, face_value, due_date, status, $5, $6, $5
			FROM receivables WHERE id = $2`,
			e.Id.Int64(), e.ParentId.Int64(), e.To.Bytes(), e.Value.String(), ev.Block, ev.TxHash.Bytes())
		if err != nil {
			return fmt.Errorf("project split %s: %w", e.Id, err)
		}
		if err := exec(`UPDATE receivables SET value = $2, updated_block = $3 WHERE id = $1`, e.ParentId.Int64(), e.ParentValue.String(), ev.Block); err != nil {
			return err
		}
		d := map[string]any{"from": e.From, "to": e.To, "value": Format(e.Value), "parent_id": e.ParentId.String(), "child_id": e.Id.String()}
		if err := history(ctx, tx, ev, e.Id, e.RootId, "split_from", d); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.ParentId, e.RootId, "split", d)
	}
	if e, err := p.rcv.UnpackReceivableTransferredEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET holder = $2, updated_block = $3 WHERE id = $1`, e.Id.Int64(), e.To.Bytes(), ev.Block); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.Id, e.RootId, "transferred", map[string]any{"from": e.From, "to": e.To, "value": Format(e.Value)})
	}
	if e, err := p.rcv.UnpackFinancingRequestedEvent(l); err == nil {
		err := exec(`INSERT INTO financing_requests (id, receivable_id, root_id, holder, financier, value, min_price, expires_at, due_date, status,
				created_block, updated_block)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'requested', $10, $10)`,
			e.RequestId.Int64(), e.Id.Int64(), e.RootId.Int64(), e.Holder.Bytes(), e.Financier.Bytes(), e.Value.String(), e.MinPrice.String(),
			unix(e.ExpiresAt), unix(e.DueDate), ev.Block)
		if err != nil {
			return fmt.Errorf("project financing request %s: %w", e.RequestId, err)
		}
		if err := exec(`UPDATE receivables SET locked_by = $2 WHERE id = $1`, e.Id.Int64(), e.RequestId.Int64()); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.Id, e.RootId, "financing_requested", map[string]any{"request_id": e.RequestId.String(), "financier": e.Financier,
			"value": Format(e.Value), "min_price": Format(e.MinPrice), "expires_at": unix(e.ExpiresAt)})
	}
	if e, err := p.rcv.UnpackFinancingFundedEvent(l); err == nil {
		if err := exec(`UPDATE financing_requests SET status = 'funded', price = $2, financed_id = $3, updated_block = $4 WHERE id = $1`,
			e.RequestId.Int64(), e.Price.String(), e.FinancedId.Int64(), ev.Block); err != nil {
			return err
		}
		if err := exec(`UPDATE receivables SET locked_by = NULL WHERE id = $1`, e.Id.Int64()); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.FinancedId, e.RootId, "financed", map[string]any{"request_id": e.RequestId.String(), "financier": e.Financier,
			"holder": e.Holder, "value": Format(e.Value), "price": Format(e.Price)})
	}
	if e, err := p.rcv.UnpackFinancingCancelledEvent(l); err == nil {
		return p.closeRequest(ctx, tx, ev, e.RequestId, e.Id, "cancelled")
	}
	if e, err := p.rcv.UnpackFinancingDeclinedEvent(l); err == nil {
		return p.closeRequest(ctx, tx, ev, e.RequestId, e.Id, "declined")
	}
	if e, err := p.rcv.UnpackReceivableRepaidEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET status = 'repaid', updated_block = $2 WHERE root_id = $1 AND status IN ('active', 'overdue')`, e.RootId.Int64(), ev.Block); err != nil {
			return err
		}
		if err := exec(`INSERT INTO repayments (root_id, obligor, amount, tx_hash, block_number, repaid_at) VALUES ($1, $2, $3, $4, $5, $6)`,
			e.RootId.Int64(), e.Obligor.Bytes(), e.Amount.String(), ev.TxHash.Bytes(), ev.Block, blockTime(ev)); err != nil {
			return fmt.Errorf("project repayment of %s: %w", e.RootId, err)
		}
		return history(ctx, tx, ev, e.RootId, e.RootId, "repaid", map[string]any{"obligor": e.Obligor, "amount": Format(e.Amount)})
	}
	if e, err := p.rcv.UnpackReceivableRedeemedEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET status = 'redeemed', updated_block = $2 WHERE id = $1`, e.Id.Int64(), ev.Block); err != nil {
			return err
		}
		if err := exec(`INSERT INTO redemptions (receivable_id, root_id, holder, value, redeemed_by, tx_hash, block_number, redeemed_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, e.Id.Int64(), e.RootId.Int64(), e.Holder.Bytes(), e.Value.String(), e.By.Bytes(),
			ev.TxHash.Bytes(), ev.Block, blockTime(ev)); err != nil {
			return fmt.Errorf("project redemption of %s: %w", e.Id, err)
		}
		return history(ctx, tx, ev, e.Id, e.RootId, "redeemed", map[string]any{"holder": e.Holder, "value": Format(e.Value), "by": e.By})
	}
	if e, err := p.rcv.UnpackReceivableOverdueEvent(l); err == nil {
		if err := exec(`UPDATE receivables SET status = 'overdue', updated_block = $2 WHERE root_id = $1 AND status = 'active'`, e.RootId.Int64(), ev.Block); err != nil {
			return err
		}
		return history(ctx, tx, ev, e.RootId, e.RootId, "overdue", map[string]any{"by": e.By})
	}
	if e, err := p.rcv.UnpackReceivableFrozenEvent(l); err == nil {
		return exec(`UPDATE receivables SET frozen = $2, updated_block = $3 WHERE id = $1`, e.Id.Int64(), e.Frozen, ev.Block)
	}
	if e, err := p.rcv.UnpackRootFrozenEvent(l); err == nil {
		return exec(`UPDATE receivables SET root_frozen = $2, updated_block = $3 WHERE root_id = $1`, e.RootId.Int64(), e.Frozen, ev.Block)
	}
	return nil
}

func (p *Projection) root(ctx context.Context, tx pgx.Tx, ev indexer.Event, id *big.Int, obligor, creditor common.Address, value *big.Int,
	due uint64, fp, doc [32]byte, status string, lapses *time.Time) error {
	_, err := tx.Exec(ctx, `INSERT INTO receivables (id, root_id, parent_id, tier, obligor, original_creditor, holder, value, face_value,
			due_date, status, fingerprint, document_hash, created_block, created_tx, updated_block, lapses_at)
		VALUES ($1, $1, NULL, 1, $2, $3, $3, $4, $4, $5, $6, $7, $8, $9, $10, $9, $11)`,
		id.Int64(), obligor.Bytes(), creditor.Bytes(), value.String(), unix(due), status, fp[:], doc[:], ev.Block, ev.TxHash.Bytes(), lapses)
	if err != nil {
		return fmt.Errorf("project receivable %s: %w", id, err)
	}
	return history(ctx, tx, ev, id, id, map[string]string{"pending": "submitted", "active": "issued"}[status],
		map[string]any{"obligor": obligor, "creditor": creditor, "value": Format(value)})
}

func (p *Projection) closeRequest(ctx context.Context, tx pgx.Tx, ev indexer.Event, req, id *big.Int, status string) error {
	if _, err := tx.Exec(ctx, `UPDATE financing_requests SET status = $2, updated_block = $3 WHERE id = $1`, req.Int64(), status, ev.Block); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE receivables SET locked_by = NULL WHERE id = $1`, id.Int64()); err != nil {
		return err
	}
	var root int64
	if err := tx.QueryRow(ctx, `SELECT root_id FROM receivables WHERE id = $1`, id.Int64()).Scan(&root); err != nil {
		return fmt.Errorf("root of %s: %w", id, err)
	}
	return history(ctx, tx, ev, id, big.NewInt(root), "financing_"+status, map[string]any{"request_id": req.String()})
}
