package bench

import (
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// latency summarises durations in milliseconds, as the report and the JSON show them.
type latency struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50_ms"`
	P95 float64 `json:"p95_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

// summarize returns the percentiles of ds; ds is not modified.
func summarize(ds []time.Duration) latency {
	if len(ds) == 0 {
		return latency{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return latency{N: len(s), P50: ms(percentile(s, 50)), P95: ms(percentile(s, 95)), P99: ms(percentile(s, 99)), Max: ms(s[len(s)-1])}
}

// percentile is the nearest-rank percentile p (0 < p ≤ 100) of sorted: the
// smallest value with at least p % of the values at or below it. With few
// samples a high percentile is the maximum, which is what a reader of a p99
// over 20 writes should see.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// rate is count per second over d, 0 when d is not positive.
func rate(count int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(count) / d.Seconds()
}

// ratio is a/b, 0 when b is 0: no baseline means no ratio, and JSON has no NaN.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func ms(d time.Duration) float64 { return math.Round(float64(d)/float64(time.Microsecond)) / 1000 }

// progress draws a one-line text bar on stderr while a phase runs. On a
// terminal it redraws in place; elsewhere (a log file) it writes the final
// line only.
type progress struct {
	w     io.Writer
	tty   bool
	label string
	total int
	start time.Time
	done  atomic.Int64
	stop  chan struct{}
	wg    sync.WaitGroup
}

func startProgress(label string, total int) *progress {
	p := &progress{w: os.Stderr, tty: isTerminal(os.Stderr), label: label, total: total, start: time.Now(), stop: make(chan struct{})}
	if p.tty {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-p.stop:
					return
				case <-t.C:
					fmt.Fprint(p.w, "\r"+p.line())
				}
			}
		}()
	}
	return p
}

// add records n finished operations.
func (p *progress) add(n int) { p.done.Add(int64(n)) }

// finish draws the final state and ends the line.
func (p *progress) finish() {
	close(p.stop)
	p.wg.Wait()
	prefix := ""
	if p.tty {
		prefix = "\r"
	}
	fmt.Fprintln(p.w, prefix+p.line())
}

func (p *progress) line() string {
	return progressLine(p.label, int(p.done.Load()), p.total, time.Since(p.start), 30)
}

// progressLine renders "label [#####.....] done/total elapsed".
func progressLine(label string, done, total int, elapsed time.Duration, width int) string {
	filled := 0
	if total > 0 {
		filled = min(done*width/total, width)
	}
	return fmt.Sprintf("%-16s [%s%s] %d/%d %5.1fs", label, strings.Repeat("#", filled), strings.Repeat(".", width-filled),
		done, total, elapsed.Seconds())
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
