package bench

import (
	"fmt"
	"io"
	"time"
)

// benchResult is everything a bench run measured; -json writes it as is.
type benchResult struct {
	RunID      string    `json:"run_id"`
	StartedAt  time.Time `json:"started_at"`
	BaseURL    string    `json:"base_url"`
	ChainURL   string    `json:"chain_url"`
	Clients    int       `json:"clients"`
	Lifecycles int       `json:"lifecycles"`

	Phases []phaseResult `json:"phases"` // API at peak: each step for every lifecycle, closed loop
	Kinds  []kindResult  `json:"kinds"`

	Raw                *rawResult `json:"raw"`
	RawError           string     `json:"raw_error,omitempty"`
	RatioSubmitConfirm float64    `json:"ratio_api_raw_submit_confirm"` // API submit+confirm writes/s over raw tx/s

	HalfLoad         *halfResult `json:"half_load"`
	IndexerLagBlocks *uint64     `json:"indexer_lag_blocks"` // at the end of the run

	Targets []target `json:"targets"`
	Errors  []string `json:"errors"`
}

// kindResult is one kind of write at peak load.
type kindResult struct {
	Kind        string  `json:"kind"`
	Phase       string  `json:"phase"`
	Count       int     `json:"count"`
	Accepted    int     `json:"answered_202"` // followed through /v1/operations
	Errors      int     `json:"errors"`
	OpsPerSec   float64 `json:"ops_per_sec"` // over its phase's time
	ToConfirmed latency `json:"to_confirmed"`
}

// target is one goal of the issue and whether the run met it.
type target struct {
	Name string `json:"name"`
	Want string `json:"want"`
	Got  string `json:"got"`
	Met  bool   `json:"met"`
}

func kindResults(rec *samples, phases []phaseResult) []kindResult {
	secs := map[string]float64{}
	for _, p := range phases {
		secs[p.Name] = p.Seconds
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	var out []kindResult
	for _, name := range rec.order {
		k := rec.kinds[name]
		out = append(out, kindResult{Kind: name, Phase: k.phase, Count: len(k.latency), Accepted: k.accepted, Errors: k.errors,
			OpsPerSec: rate(len(k.latency), time.Duration(secs[k.phase]*float64(time.Second))), ToConfirmed: summarize(k.latency)})
	}
	return out
}

// Targets of the issue.
const (
	targetRatio       = 0.7 // API/raw throughput of submit+confirm
	targetP99Blocks   = 2   // p99 to confirmed at half the peak load, in block intervals
	targetLagBlocks   = 2   // indexer lag at the end
	targetRatioName   = "ratio API/raw, submit+confirm"
	targetLatencyName = "p99 to confirmed at half peak load"
	targetLagName     = "indexer lag at the end"
)

func targets(r *benchResult) []target {
	ts := []target{{Name: targetRatioName, Want: fmt.Sprintf(">= %.2f", targetRatio), Got: "no baseline"}}
	if r.Raw != nil {
		ts[0].Got, ts[0].Met = fmt.Sprintf("%.2f", r.RatioSubmitConfirm), r.RatioSubmitConfirm >= targetRatio
	}
	lat := target{Name: targetLatencyName, Want: fmt.Sprintf("<= %d block intervals", targetP99Blocks), Got: "not run"}
	if h := r.HalfLoad; h != nil && h.ToConfirmed.N > 0 && h.BlockIntervalMS > 0 {
		limit := targetP99Blocks * h.BlockIntervalMS
		lat.Want = fmt.Sprintf("<= %d x %.0f ms = %.0f ms (%s interval)", targetP99Blocks, h.BlockIntervalMS, limit, h.IntervalSource)
		lat.Got, lat.Met = fmt.Sprintf("%.0f ms", h.ToConfirmed.P99), h.ToConfirmed.P99 <= limit
	}
	lag := target{Name: targetLagName, Want: fmt.Sprintf("<= %d blocks", targetLagBlocks), Got: "unknown"}
	if r.IndexerLagBlocks != nil {
		lag.Got, lag.Met = fmt.Sprintf("%d blocks", *r.IndexerLagBlocks), *r.IndexerLagBlocks <= targetLagBlocks
	}
	return append(ts, lat, lag)
}

// printResult writes the human report.
func printResult(w io.Writer, r *benchResult) {
	fmt.Fprintf(w, "API at peak: %d clients, closed loop, %d lifecycles (each phase runs for every lifecycle before the next)\n", r.Clients, r.Lifecycles)
	fmt.Fprintf(w, "  %-16s %6s %6s %9s %9s\n", "phase", "ops", "errors", "seconds", "ops/s")
	for _, p := range r.Phases {
		fmt.Fprintf(w, "  %-16s %6d %6d %9.2f %9.2f\n", p.Name, p.Ops, p.Errors, p.Seconds, p.OpsPerSec)
	}
	fmt.Fprintf(w, "\n  latency to confirmed (request start to 201, or to the 202's operation confirmed)\n")
	fmt.Fprintf(w, "  %-18s %6s %5s %6s %9s %9s %9s %9s %9s\n", "kind", "ok", "202s", "errors", "ops/s", "p50 ms", "p95 ms", "p99 ms", "max ms")
	for _, k := range r.Kinds {
		l := k.ToConfirmed
		fmt.Fprintf(w, "  %-18s %6d %5d %6d %9.2f %9.1f %9.1f %9.1f %9.1f\n", k.Kind, k.Count, k.Accepted, k.Errors, k.OpsPerSec, l.P50, l.P95, l.P99, l.Max)
	}

	fmt.Fprintf(w, "\nRaw bindings, same contracts and chain (one goroutine per key, local nonces, all in flight)\n")
	if r.Raw == nil {
		fmt.Fprintf(w, "  not measured: %s\n", r.RawError)
	} else {
		x := r.Raw
		fmt.Fprintf(w, "  submit+confirm     %d tx in %.2f s = %.2f tx/s   (submit %.2f tx/s, confirm %.2f tx/s)\n",
			x.Txs, x.Seconds, x.TxPerSec, x.SubmitTxPerSec, x.ConfirmTxPerSec)
		fmt.Fprintf(w, "  send to receipt    p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms\n", x.SendToReceipt.P50, x.SendToReceipt.P95, x.SendToReceipt.P99, x.SendToReceipt.Max)
		fmt.Fprintf(w, "\nTime to projection (receipt seen, 50 ms polling, to GET /v1/receivables/{id} showing it)\n")
		for _, p := range []struct {
			name string
			l    latency
		}{{"submitted", x.ProjectionSubmit}, {"confirmed", x.ProjectionConfirm}} {
			fmt.Fprintf(w, "  %-18s p50 %.1f  p95 %.1f  max %.1f ms  (%d samples)\n", p.name, p.l.P50, p.l.P95, p.l.Max, p.l.N)
		}
		fmt.Fprintf(w, "  (API writes answer 201 only once projected: their latency above includes it)\n")
		api := 0.0
		if len(r.Phases) > 0 {
			api = r.Phases[0].OpsPerSec
		}
		fmt.Fprintf(w, "\nRatio API/raw, submit+confirm: %.2f writes/s / %.2f tx/s = %.2f\n", api, x.TxPerSec, r.RatioSubmitConfirm)
	}

	if h := r.HalfLoad; h != nil {
		l := h.ToConfirmed
		fmt.Fprintf(w, "\nHalf peak load: %d submit+confirm pairs started at %.2f pairs/s (open loop), %d errors\n", h.Pairs, h.PairsPerSec, h.Errors)
		fmt.Fprintf(w, "  to confirmed       p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms  (%d writes)\n", l.P50, l.P95, l.P99, l.Max, l.N)
		fmt.Fprintf(w, "  blocks             %d in %.2f s, interval %.1f ms (%s)\n", h.Blocks, h.Seconds, h.BlockIntervalMS, h.IntervalSource)
	}
	if r.IndexerLagBlocks != nil {
		fmt.Fprintf(w, "\nIndexer lag at the end: %d blocks\n", *r.IndexerLagBlocks)
	}

	fmt.Fprintf(w, "\nTargets\n")
	for _, t := range r.Targets {
		met := "NOT MET"
		if t.Met {
			met = "met"
		}
		fmt.Fprintf(w, "  %-36s %-48s %-12s %s\n", t.Name, t.Want, t.Got, met)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(w, "\nProblems (first ones)\n")
		for _, e := range r.Errors {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
}
