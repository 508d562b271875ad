package bench

import (
	"context"
	"fmt"
	"sync"
	"time"
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

// The amounts of every lifecycle (CNY): small against the demo balances of
// 100,000,000.00, so thousands of lifecycles fit.
const (
	benchAmount  = "1000.00"
	benchPart    = "400.00"
	benchRate    = "0.045"
	benchMaxRate = "0.06" // the tier-2 supplier's floor: it takes no worse than 6 % a year
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
			w, err := b.step(ctx, rec, "split", "split", "SUPPLIER1", "/v1/receivables/"+lc.root+"/split",
				map[string]any{"parts": []map[string]any{{"to": b.orgs["SUPPLIER2"].ID, "amount": benchPart}}})
			if err == nil {
				lc.part = w.id(firstPartID)
			}
			return err
		}},
		{"finance", 2, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			w, err := b.step(ctx, rec, "finance", "request_financing", "SUPPLIER2", "/v1/receivables/"+lc.part+"/financing-requests",
				map[string]any{"financier": b.orgs["BANK"].ID, "amount": benchPart, "max_annual_rate": benchMaxRate})
			if err != nil {
				return err
			}
			lc.request = w.id(bodyID)
			_, err = b.step(ctx, rec, "finance", "fund", "BANK", "/v1/financing-requests/"+lc.request+"/fund", map[string]any{"annual_rate": benchRate})
			return err
		}},
		{"repay", 1, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			_, err := b.step(ctx, rec, "repay", "repay", "CORE", "/v1/receivables/"+lc.root+"/repay", nil)
			return err
		}},
		{"redeem", 2, func(ctx context.Context, rec *samples, lc *lifecycle) error {
			if _, err := b.step(ctx, rec, "redeem", "redeem", "SUPPLIER1", "/v1/receivables/"+lc.root+"/redeem", nil); err != nil {
				return err
			}
			_, err := b.step(ctx, rec, "redeem", "redeem", "BANK", "/v1/receivables/"+lc.part+"/redeem", nil)
			return err
		}},
	}
}

// submitConfirm tokenizes lc's invoice as SUPPLIER1 and confirms it as CORE.
func (b *bench) submitConfirm(ctx context.Context, rec *samples, lc *lifecycle) error {
	w, err := b.step(ctx, rec, "submit+confirm", "submit", "SUPPLIER1", "/v1/receivables", map[string]any{
		"obligor": b.orgs["CORE"].ID, "amount": benchAmount, "currency": "CNY", "due_date": b.due,
		"invoice": map[string]any{"number": lc.invoice, "issue_date": b.today, "seller_tax_id": b.orgs["SUPPLIER1"].TaxID, "buyer_tax_id": b.orgs["CORE"].TaxID},
	})
	if err != nil {
		return err
	}
	if lc.root = w.id(bodyID); lc.root == "" {
		return fmt.Errorf("submit %s: no receivable id in the answer", lc.invoice)
	}
	_, err = b.step(ctx, rec, "submit+confirm", "confirm", "CORE", "/v1/receivables/"+lc.root+"/confirm", nil)
	return err
}

// step runs one write and records it under kind.
func (b *bench) step(ctx context.Context, rec *samples, phase, kind, as, path string, body any) (written, error) {
	w, err := b.api.write(ctx, as, path, body)
	rec.record(phase, kind, w, err)
	return w, err
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
