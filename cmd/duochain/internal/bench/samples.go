package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// benchClient calls the API as the demo organizations.
type benchClient struct {
	base string
	keys map[string]string // demo handle (CORE, SUPPLIER1, ...) -> API key
	hc   *http.Client
}

func newBenchClient(base string, keys map[string]string, conns int) *benchClient {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = conns, conns
	// A write answers within the server's wait (5 s by default) with 201 or 202;
	// far longer means the server is stuck, and the run should say so soon.
	return &benchClient{base: base, keys: keys, hc: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

// written is a write that reached confirmed.
type written struct {
	body     []byte // the 201 answer; nil when the write was followed as a 202
	resource string // the operation's resource id, for a followed 202
	accepted bool   // answered 202
	latency  time.Duration
}

// id reads the id of what the write created: from the 201 body with fromBody,
// or the first resource id of the followed operation.
func (w written) id(fromBody func([]byte) string) string {
	if w.body != nil {
		return fromBody(w.body)
	}
	return strings.Split(w.resource, ",")[0]
}

func bodyID(b []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(b, &v)
	return v.ID
}

func firstPartID(b []byte) string {
	var v struct {
		Parts []struct {
			ID string `json:"id"`
		} `json:"parts"`
	}
	if json.Unmarshal(b, &v) != nil || len(v.Parts) == 0 {
		return ""
	}
	return v.Parts[0].ID
}

// call sends one request as the organization with handle as and returns the status and body.
func (c *benchClient) call(ctx context.Context, as, method, path string, body any) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if as != "" {
		req.Header.Set("Authorization", "Bearer "+c.keys[as])
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	rb, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, fmt.Errorf("%s %s: read answer: %w", method, path, err)
	}
	return resp.StatusCode, rb, nil
}

// write POSTs a write and waits until it is confirmed: a 201 answer, or a 202
// whose operation it follows. The latency runs from the request to confirmed.
func (c *benchClient) write(ctx context.Context, as, path string, body any) (written, error) {
	start := time.Now()
	status, rb, err := c.call(ctx, as, http.MethodPost, path, body)
	if err != nil {
		return written{}, err
	}
	switch status {
	case http.StatusCreated:
		return written{body: rb, latency: time.Since(start)}, nil
	case http.StatusAccepted:
		var op struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(rb, &op); err != nil || op.ID == "" {
			return written{}, fmt.Errorf("POST %s: 202 without an operation: %s", path, rb)
		}
		res, err := c.follow(ctx, as, op.ID)
		if err != nil {
			return written{}, fmt.Errorf("POST %s: %w", path, err)
		}
		return written{resource: res, accepted: true, latency: time.Since(start)}, nil
	default:
		return written{}, fmt.Errorf("POST %s as %s: %d %s", path, as, status, problemText(rb))
	}
}

// follow polls an operation until it is confirmed and returns its resource id.
func (c *benchClient) follow(ctx context.Context, as, id string) (string, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		status, rb, err := c.call(ctx, as, http.MethodGet, "/v1/operations/"+id, nil)
		if err != nil {
			return "", err
		}
		var op struct {
			State    string `json:"state"`
			Resource *struct {
				ID string `json:"id"`
			} `json:"resource"`
			Error *struct {
				Code   string `json:"code"`
				Detail string `json:"detail"`
			} `json:"error"`
		}
		if status != http.StatusOK || json.Unmarshal(rb, &op) != nil {
			return "", fmt.Errorf("operation %s: %d %s", id, status, problemText(rb))
		}
		switch op.State {
		case "confirmed":
			if op.Resource == nil {
				return "", nil
			}
			return op.Resource.ID, nil
		case "failed":
			if op.Error != nil {
				return "", fmt.Errorf("operation %s failed: %s: %s", id, op.Error.Code, op.Error.Detail)
			}
			return "", fmt.Errorf("operation %s failed", id)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
	}
}

// get reads a resource as the organization as into out.
func (c *benchClient) get(ctx context.Context, as, path string, out any) (int, error) {
	status, rb, err := c.call(ctx, as, http.MethodGet, path, nil)
	if err != nil || status != http.StatusOK {
		return status, err
	}
	return status, json.Unmarshal(rb, out)
}

// indexerLag reads lag_blocks from /readyz.
func (c *benchClient) indexerLag(ctx context.Context) (uint64, error) {
	_, rb, err := c.call(ctx, "", http.MethodGet, "/readyz", nil)
	if err != nil {
		return 0, err
	}
	var ready struct {
		Indexer json.RawMessage `json:"indexer"`
	}
	if err := json.Unmarshal(rb, &ready); err != nil {
		return 0, fmt.Errorf("read /readyz: %w: %s", err, rb)
	}
	var ix struct {
		LagBlocks *uint64 `json:"lag_blocks"`
	}
	if json.Unmarshal(ready.Indexer, &ix) != nil || ix.LagBlocks == nil {
		return 0, fmt.Errorf("/readyz reports no indexer lag: %s", rb)
	}
	return *ix.LagBlocks, nil
}

// problemText is the code and detail of a problem answer, or the raw body.
func problemText(b []byte) string {
	var p struct {
		Code   string `json:"code"`
		Detail string `json:"detail"`
	}
	if json.Unmarshal(b, &p) == nil && p.Code != "" {
		return p.Code + ": " + p.Detail
	}
	if len(b) > 300 {
		b = b[:300]
	}
	return strings.TrimSpace(string(b))
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
