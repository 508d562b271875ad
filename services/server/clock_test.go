package server

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/services/problem"
)

// headChain is a node whose head is head, or that answers err.
type headChain struct {
	ethereum.ChainReader
	head *types.Header
	err  error
}

func (c headChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n != nil {
		return nil, errors.New("the clock reads the head, not a numbered block")
	}
	return c.head, c.err
}

// TestChainClock: the clock is the head block's time, in UTC; a node that
// cannot tell it is the 503 an unreachable chain is everywhere, never a zero
// time by which nothing would have expired.
func TestChainClock(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		got, err := chainClock(headChain{head: &types.Header{Time: 1_800_000_000}})(context.Background())
		if want := time.Unix(1_800_000_000, 0).UTC(); err != nil || !got.Equal(want) || got.Location() != time.UTC {
			t.Fatalf("chainClock = %v, %v; want %v", got, err, want)
		}
	})
	t.Run("ErrUnreachable", func(t *testing.T) {
		down := errors.New("dial tcp 127.0.0.1:8545: connection refused")
		got, err := chainClock(headChain{err: down})(context.Background())
		p := problem.From(err)
		if err == nil || !got.IsZero() || p.Status != http.StatusServiceUnavailable || p.Code != problem.CodeUnavailable ||
			p.RetryAfter != 5*time.Second || !errors.Is(err, down) {
			t.Fatalf("chainClock on an unreachable node = %v, %v (%+v); want a 503 unavailable with Retry-After 5s caused by %v", got, err, p, down)
		}
	})
}
