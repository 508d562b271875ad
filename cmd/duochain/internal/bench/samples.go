package bench

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
)

// newAPI is a client of the API at base for each demo organization (by its
// handle: CORE, SUPPLIER1, ...) and, under "", one without a key (for
// /readyz), all sharing one pool of conns connections.
func newAPI(base string, orgs map[string]datadir.Org, conns int) map[string]*client.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = conns, conns
	// A write answers within the server's wait (5 s by default) with 201 or 202;
	// far longer means the server is stuck, and the run should say so soon.
	c := client.New(base, "")
	c.HTTP = &http.Client{Transport: tr, Timeout: 30 * time.Second}
	c.PollInterval = 20 * time.Millisecond // a followed write's latency is measured to the poll that sees it confirmed
	api := map[string]*client.Client{"": c}
	for k, o := range orgs {
		api[k] = c.As(o.APIKey)
	}
	return api
}

// written is how a write went: answered 202 and followed, and its latency
// from the request to the outcome known (the 201, or the 202's operation
// seen confirmed).
type written struct {
	accepted bool
	latency  time.Duration
}

// step runs one write (write passes its option to the client call) and
// records it under kind.
func step(rec *samples, phase, kind string, write func(client.CallOption) error) error {
	var o client.Outcome
	start := time.Now()
	err := write(client.Record(&o))
	rec.record(phase, kind, written{accepted: o.Accepted(), latency: o.Settled.Sub(start)}, err)
	return err
}

// indexerLag reads lag_blocks from /readyz.
func indexerLag(ctx context.Context, api map[string]*client.Client) (uint64, error) {
	r, err := api[""].Ready(ctx)
	if err != nil {
		return 0, err
	}
	if r.Indexer.LagBlocks == nil {
		return 0, fmt.Errorf("/readyz reports no indexer lag (indexer %q)", r.Indexer.Status)
	}
	return *r.Indexer.LagBlocks, nil
}

// samples collects the writes of one part of the run by kind.
type samples struct {
	mu    sync.Mutex
	kinds map[string]*kindSamples
	order []string
	errs  []string
	bar   *progress // the running phase's bar, advanced per write
}

type kindSamples struct {
	phase    string
	latency  []time.Duration
	accepted int
	errors   int
}

func newSamples() *samples { return &samples{kinds: map[string]*kindSamples{}} }

func (s *samples) kind(phase, kind string) *kindSamples {
	k := s.kinds[kind]
	if k == nil {
		k = &kindSamples{phase: phase}
		s.kinds[kind] = k
		s.order = append(s.order, kind)
	}
	return k
}

func (s *samples) record(phase, kind string, w written, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := s.kind(phase, kind)
	if err != nil {
		k.errors++
		if len(s.errs) < 10 {
			s.errs = append(s.errs, kind+": "+err.Error())
		}
	} else {
		k.latency = append(k.latency, w.latency)
		if w.accepted {
			k.accepted++
		}
	}
	if s.bar != nil {
		s.bar.add(1)
	}
}

// totals is how many writes succeeded and failed so far.
func (s *samples) totals() (ok, failed int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range s.kinds {
		ok += len(k.latency)
		failed += k.errors
	}
	return ok, failed
}

// all is every successful write's latency.
func (s *samples) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []time.Duration
	for _, k := range s.kinds {
		out = append(out, k.latency...)
	}
	return out
}
