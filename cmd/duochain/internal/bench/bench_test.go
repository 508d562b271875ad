package bench

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestBenchInProcess runs a tiny bench against the whole server on the
// simulated chain: every phase, the raw baseline with keys taken from the
// custodial keystore, and the half-load run. It checks that everything ran
// without a problem, never how fast.
func TestBenchInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the whole server")
	}
	s := servertest.New(t)
	s.Demo()
	handles := map[string]string{"OPERATOR": "operator", "VERIFIER": "verifier", "CORE": "core", "SUPPLIER1": "sup1", "SUPPLIER2": "sup2", "BANK": "bank"}
	orgs := map[string]datadir.Org{}
	for h, name := range handles {
		orgs[h] = datadir.Org{Key: h, ID: s.IDs[name], APIKey: s.Keys[name], TaxID: servertest.TaxID(name)}
	}
	api := newAPI(s.URL, orgs, 16)
	for _, c := range api {
		c.Check = servertest.CheckResponse // every answer the bench reads, as web/openapi.json describes it
	}
	b := &bench{api: api, base: s.URL, chain: s.Sim.Client(), rpc: "simulated", dep: s.Server.Config.Deployment, orgs: orgs,
		keysDir: s.Server.Config.KeysDir, secret: s.Server.Config.KeySecret, clients: 2}
	ctx := context.Background()
	if err := b.start(ctx); err != nil {
		t.Fatal(err)
	}
	res := b.run(ctx, 1, 1)

	if diff := cmp.Diff([]string{}, res.Errors); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	want := []phaseResult{{Name: "submit+confirm", Ops: 2}, {Name: "split", Ops: 1}, {Name: "finance", Ops: 2}, {Name: "repay", Ops: 1}, {Name: "redeem", Ops: 2}}
	if diff := cmp.Diff(want, res.Phases, cmpopts.IgnoreFields(phaseResult{}, "Seconds", "OpsPerSec")); diff != "" {
		t.Errorf("phases (-want +got):\n%s", diff)
	}
	if res.Raw == nil {
		t.Fatalf("no raw baseline: %s", res.RawError)
	}
	if got := [3]int{res.Raw.Txs, res.Raw.ProjectionSubmit.N, res.Raw.ProjectionConfirm.N}; got != [3]int{2, 1, 1} {
		t.Errorf("raw: %d transactions, %d and %d projection samples; want 2, 1 and 1", got[0], got[1], got[2])
	}
	if res.HalfLoad == nil || res.HalfLoad.ToConfirmed.N != 2 || res.HalfLoad.Errors != 0 {
		t.Errorf("half load: %+v", res.HalfLoad)
	}
	if res.IndexerLagBlocks == nil {
		t.Error("no indexer lag")
	}
}

func TestBenchPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(i+1) * time.Millisecond
	}
	for _, tc := range []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"Empty", nil, 50, 0},
		{"One", ms(7), 99, 7 * time.Millisecond},
		{"MedianOdd", ms(1, 2, 3), 50, 2 * time.Millisecond},
		{"MedianEven", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"P99OfTwentyIsMax", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 99, 20 * time.Millisecond},
		{"P95OfTwenty", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 95, 19 * time.Millisecond},
		{"P50OfHundred", hundred, 50, 50 * time.Millisecond},
		{"P99OfHundred", hundred, 99, 99 * time.Millisecond},
		{"P100IsMax", hundred, 100, 100 * time.Millisecond},
		{"TinyPIsMin", hundred, 0.001, 1 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := percentile(tc.sorted, tc.p); got != tc.want {
				t.Errorf("percentile(%v, %v) = %v, want %v", tc.sorted, tc.p, got, tc.want)
			}
		})
	}
}

func TestBenchSummarize(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []time.Duration
		want latency
	}{
		{"Empty", nil, latency{}},
		{"Unsorted", []time.Duration{30 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond},
			latency{N: 3, P50: 20, P95: 30, P99: 30, Max: 30}},
		{"Microseconds", []time.Duration{1500 * time.Microsecond}, latency{N: 1, P50: 1.5, P95: 1.5, P99: 1.5, Max: 1.5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := append([]time.Duration(nil), tc.in...)
			if diff := cmp.Diff(tc.want, summarize(in)); diff != "" {
				t.Errorf("summarize (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.in, in); diff != "" {
				t.Errorf("summarize changed its input (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBenchRateAndRatio(t *testing.T) {
	for _, tc := range []struct {
		name  string
		count int
		d     time.Duration
		want  float64
	}{
		{"OK", 50, 2 * time.Second, 25},
		{"Fraction", 1, 4 * time.Second, 0.25},
		{"ZeroDuration", 10, 0, 0},
		{"NegativeDuration", 10, -time.Second, 0},
	} {
		t.Run("rate/"+tc.name, func(t *testing.T) {
			if got := rate(tc.count, tc.d); got != tc.want {
				t.Errorf("rate(%d, %v) = %v, want %v", tc.count, tc.d, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name    string
		a, b    float64
		want    float64
		wantMet bool // against the target of 0.7
	}{
		{"Met", 14, 20, 0.7, true},
		{"NotMet", 5, 20, 0.25, false},
		{"FasterThanRaw", 30, 20, 1.5, true},
		{"NoBaseline", 10, 0, 0, false},
	} {
		t.Run("ratio/"+tc.name, func(t *testing.T) {
			got := ratio(tc.a, tc.b)
			if got != tc.want {
				t.Errorf("ratio(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if met := got >= targetRatio; met != tc.wantMet {
				t.Errorf("ratio %v meets the target: %v, want %v", got, met, tc.wantMet)
			}
		})
	}
}

func TestBenchTargets(t *testing.T) {
	lag := func(n uint64) *uint64 { return &n }
	for _, tc := range []struct {
		name string
		in   benchResult
		want []bool // ratio, latency, lag
	}{
		{"NothingMeasured", benchResult{}, []bool{false, false, false}},
		{"AllMet", benchResult{
			Raw: &rawResult{TxPerSec: 10}, RatioSubmitConfirm: 0.8,
			HalfLoad:         &halfResult{BlockIntervalMS: 100, ToConfirmed: latency{N: 10, P99: 200}},
			IndexerLagBlocks: lag(2),
		}, []bool{true, true, true}},
		{"AllMissed", benchResult{
			Raw: &rawResult{TxPerSec: 10}, RatioSubmitConfirm: 0.69,
			HalfLoad:         &halfResult{BlockIntervalMS: 100, ToConfirmed: latency{N: 10, P99: 200.1}},
			IndexerLagBlocks: lag(3),
		}, []bool{false, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []bool
			for _, tg := range targets(&tc.in) {
				got = append(got, tg.Met)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("targets met (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBenchProgressLine(t *testing.T) {
	for _, tc := range []struct {
		name        string
		done, total int
		want        string
	}{
		{"Start", 0, 10, "api split        [..........] 0/10   1.5s"},
		{"Half", 5, 10, "api split        [#####.....] 5/10   1.5s"},
		{"Done", 10, 10, "api split        [##########] 10/10   1.5s"},
		{"Overrun", 12, 10, "api split        [##########] 12/10   1.5s"},
		{"NoWork", 0, 0, "api split        [..........] 0/0   1.5s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, progressLine("api split", tc.done, tc.total, 1500*time.Millisecond, 10)); diff != "" {
				t.Errorf("progressLine (-want +got):\n%s", diff)
			}
		})
	}
}
