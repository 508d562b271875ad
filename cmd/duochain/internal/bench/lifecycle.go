package bench

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/client"
)

// lifecycle is one receivable walked through the README flow: SUPPLIER1
// submits, CORE confirms, SUPPLIER1 splits a part to SUPPLIER2, who has BANK
// finance it, CORE repays, and both holders redeem.
type lifecycle struct {
	invoice string
	root    string
	part    string
	request string
	err     error // the first failed step; later phases skip the lifecycle
}

// The values of every lifecycle (CNY): small against the demo balances of
// 100,000,000.00, so thousands of lifecycles fit.
var (
	benchValue   = decimal.RequireFromString("1000.00")
	benchPart    = decimal.RequireFromString("400.00")
	benchRate    = decimal.RequireFromString("0.045")
	benchMaxRate = decimal.RequireFromString("0.06") // the tier-2 supplier's floor: it takes no worse than 6 % a year
)

// phase is one step of the flow, run for every live lifecycle before the next.
type phase struct {
	name   string
	writes int // per lifecycle
	run    func(ctx context.Context, rec *samples, lc *lifecycle) error
}

// phaseResult is a phase's throughput.
type phaseResult struct {
	Name      string  `json:"name"`
	Ops       int     `json:"ops"`
	Errors    int     `json:"errors"`
	Seconds   float64 `json:"seconds"`
	OpsPerSec float64 `json:"ops_per_sec"`
}

func (b *bench) phases() []phase {
	return []phase{
		{"submit+confirm", 2, b.submitConfirm},
		{"split", 1, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			return step(rec, "split", "split", func(o client.CallOption) error {
				s, err := b.api["SUPPLIER1"].SplitReceivable(ctx, lc.root, client.SplitRequest{Parts: []client.Part{{To: b.orgs["SUPPLIER2"].ID, Value: benchPart}}}, o)
				if len(s.Parts) > 0 {
					lc.part = s.Parts[0].ID
				}
				return err
			})
		}},
		{"finance", 2, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			err := step(rec, "finance", "request_financing", func(o client.CallOption) error {
				f, err := b.api["SUPPLIER2"].RequestFinancing(ctx, lc.part, client.FinancingTerms{Financier: b.orgs["BANK"].ID, Value: benchPart, MaxAnnualRate: &benchMaxRate}, o)
				lc.request = f.ID
				return err
			})
			if err != nil {
				return err
			}
			return step(rec, "finance", "fund", func(o client.CallOption) error {
				_, err := b.api["BANK"].FundFinancingRequest(ctx, lc.request, client.FundRequest{AnnualRate: &benchRate}, o)
				return err
			})
		}},
		{"repay", 1, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			return step(rec, "repay", "repay", func(o client.CallOption) error {
				_, err := b.api["CORE"].RepayReceivable(ctx, lc.root, o)
				return err
			})
		}},
		{"redeem", 2, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			err := step(rec, "redeem", "redeem", func(o client.CallOption) error {
				_, err := b.api["SUPPLIER1"].RedeemReceivable(ctx, lc.root, o)
				return err
			})
			if err != nil {
				return err
			}
			return step(rec, "redeem", "redeem", func(o client.CallOption) error {
				_, err := b.api["BANK"].RedeemReceivable(ctx, lc.part, o)
				return err
			})
		}},
	}
}

// submitConfirm tokenizes lc's invoice as SUPPLIER1 and confirms it as CORE.
func (b *bench) submitConfirm(ctx context.Context, rec *samples, lc *lifecycle) error {
	err := step(rec, "submit+confirm", "submit", func(o client.CallOption) error {
		r, err := b.api["SUPPLIER1"].SubmitReceivable(ctx, client.SubmitRequest{
			Obligor: b.orgs["CORE"].ID, Value: benchValue, Currency: "CNY", DueDate: b.due,
			Invoice: client.Invoice{Number: lc.invoice, IssueDate: b.today, SellerTaxID: b.orgs["SUPPLIER1"].TaxID, BuyerTaxID: b.orgs["CORE"].TaxID},
		}, o)
		lc.root = r.ID
		return err
	})
	if err != nil {
		return err
	}
	if lc.root == "" {
		return fmt.Errorf("submit %s: no receivable id in the answer", lc.invoice)
	}
	return step(rec, "submit+confirm", "confirm", func(o client.CallOption) error {
		_, err := b.api["CORE"].ConfirmReceivable(ctx, lc.root, o)
		return err
	})
}

// runPhase drives ph for every live lifecycle with b.clients concurrent
// clients, then waits for the indexer to settle (outside the phase's time).
func (b *bench) runPhase(ctx context.Context, rec *samples, ph phase, lcs []*lifecycle) phaseResult {
	var live []*lifecycle
	for _, lc := range lcs {
		if lc.err == nil {
			live = append(live, lc)
		}
	}
	okBefore, failedBefore := rec.totals()
	rec.bar = startProgress("api "+ph.name, len(live)*ph.writes)
	work := make(chan *lifecycle)
	var wg sync.WaitGroup
	start := time.Now()
	for range b.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for lc := range work {
				if err := ph.run(ctx, rec, lc); err != nil {
					lc.err = err
				}
			}
		}()
	}
	for _, lc := range live {
		select {
		case work <- lc:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	rec.bar.finish()
	rec.bar = nil
	ok, failed := rec.totals()
	if err := b.settle(ctx, time.Minute); err != nil {
		b.warn("after %s: %v", ph.name, err)
	}
	return phaseResult{Name: ph.name, Ops: ok - okBefore, Errors: failed - failedBefore, Seconds: elapsed.Seconds(), OpsPerSec: rate(ok-okBefore, elapsed)}
}

// halfResult is latency to confirmed with submit+confirm pairs started at half
// the peak rate (open loop: a new pair starts on schedule whether or not the
// earlier ones are done).
type halfResult struct {
	PairsPerSec     float64 `json:"pairs_per_sec"`
	Pairs           int     `json:"pairs"`
	Errors          int     `json:"errors"`
	Seconds         float64 `json:"seconds"`
	Blocks          uint64  `json:"blocks"`
	BlockIntervalMS float64 `json:"block_interval_ms"`
	IntervalSource  string  `json:"block_interval_source"` // "measured" (mean over this run) or "flag"
	ToConfirmed     latency `json:"to_confirmed"`
}

func (b *bench) runHalfLoad(ctx context.Context, pairsPerSec float64, pairs int) (halfResult, error) {
	res := halfResult{PairsPerSec: pairsPerSec, Pairs: pairs}
	if pairsPerSec <= 0 {
		return res, fmt.Errorf("no peak rate to halve")
	}
	rec := newSamples()
	headBefore, err := b.chain.BlockNumber(ctx)
	if err != nil {
		return res, fmt.Errorf("read chain head: %w", err)
	}
	rec.bar = startProgress("api half load", 2*pairs)
	every := time.Duration(float64(time.Second) / pairsPerSec)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range pairs {
		if i > 0 {
			select {
			case <-ctx.Done():
			case <-time.After(time.Until(start.Add(time.Duration(i) * every))):
			}
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = b.submitConfirm(ctx, rec, &lifecycle{invoice: b.invoice("H", i)})
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	rec.bar.finish()
	headAfter, err := b.chain.BlockNumber(ctx)
	if err != nil {
		return res, fmt.Errorf("read chain head: %w", err)
	}
	_, res.Errors = rec.totals()
	res.Seconds, res.Blocks = elapsed.Seconds(), headAfter-headBefore
	res.ToConfirmed = summarize(rec.all())
	res.IntervalSource = "measured"
	if res.Blocks > 0 {
		res.BlockIntervalMS = ms(elapsed / time.Duration(res.Blocks))
	}
	if b.blockInterval > 0 {
		res.BlockIntervalMS, res.IntervalSource = ms(b.blockInterval), "flag"
	}
	b.note(rec.errs...)
	return res, b.settle(ctx, time.Minute)
}
