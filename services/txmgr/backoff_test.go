package txmgr_test

import (
	"context"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

// countingHandler counts log records by message.
type countingHandler struct {
	mu sync.Mutex
	n  map[string]int
}

func (h *countingHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *countingHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.n[r.Message]++
	return nil
}
func (h *countingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *countingHandler) WithGroup(string) slog.Handler      { return h }

func (h *countingHandler) count(prefix string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for msg, c := range h.n {
		if strings.HasPrefix(msg, prefix) {
			n += c
		}
	}
	return n
}

// TestReorgWatchBacksOff: while the node is down, the reorg watch retries
// with a growing wait up to MaxBackoff, not at every poll (434 retries in 11 s
// before). Polling every 10 ms for 1.5 s is 150 attempts without backoff;
// doubling from 10 ms up to 200 ms is about 10.
func TestReorgWatchBacksOff(t *testing.T) {
	c, _ := newChain(t, 1)
	pool := pgtest.New(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadURL := "http://" + l.Addr().String()
	l.Close()
	dead, err := ethclient.Dial(deadURL)
	if err != nil {
		t.Fatal(err)
	}
	defer dead.Close()

	h := &countingHandler{n: map[string]int{}}
	opts := txmgr.Options{PollInterval: 10 * time.Millisecond, MaxBackoff: 200 * time.Millisecond, Logger: slog.New(h)}
	m := txmgr.New(pool, dead, c.chainID, c.signers, opts)
	r := start(t, m)
	time.Sleep(1500 * time.Millisecond)
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := h.count("reorg watch failed"); n < 3 || n > 20 {
		t.Fatalf("%d reorg watch attempts in 1.5 s with the node down, want about 10 (3 to 20)", n)
	}
}
