package trace

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/indexer"
)

// Projection records TraceAnchor.BatchAnchored in trace_anchors: which root
// was anchored, by whom, in which transaction and block. It owns only that
// table; ingested events and batches are operational state that Reset never
// touches, and replaying the events restores every anchor.
type Projection struct {
	Anchor common.Address
	binder *traceanchor.TraceAnchor
}

// NewProjection returns the projection of the TraceAnchor contract at anchor.
func NewProjection(anchor common.Address) *Projection {
	return &Projection{Anchor: anchor, binder: traceanchor.NewTraceAnchor()}
}

// Name implements indexer.Handler.
func (p *Projection) Name() string { return "trace" }

// Reset implements indexer.Handler: it clears anchors only (DELETE, not
// TRUNCATE: see indexer.Handler).
func (p *Projection) Reset(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `DELETE FROM trace_anchors`); err != nil {
		return fmt.Errorf("reset trace projection: %w", err)
	}
	return nil
}

// Apply implements indexer.Handler.
func (p *Projection) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	if ev.Log.Address != p.Anchor || len(ev.Log.Topics) == 0 || ev.Log.Topics[0] != p.binder.GetABI().Events["BatchAnchored"].ID {
		return nil
	}
	a, err := p.binder.UnpackBatchAnchoredEvent(&ev.Log)
	if err != nil {
		return fmt.Errorf("unpack BatchAnchored: %w", err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO trace_anchors (root, anchorer, item_count, batch_ref, tx_hash, block_number, anchored_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (root) DO NOTHING`,
		a.Root[:], a.Anchorer.Bytes(), int64(a.ItemCount), a.BatchId, ev.TxHash.Bytes(), int64(ev.Block), time.Unix(int64(a.AnchoredAt), 0).UTC())
	if err != nil {
		return fmt.Errorf("record anchor of %x: %w", a.Root, err)
	}
	return nil
}
