package server

import (
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/trace"
	"github.com/duochain/duochain/services/txmgr"
)

// newTrace wires the trace service and its batcher, which anchors batch roots
// with the operator's key. Batch size and interval come from c, or
// DUOCHAIN_TRACE_BATCH_SIZE and DUOCHAIN_TRACE_BATCH_INTERVAL (a Go duration).
func newTrace(c *Config, pool *pgxpool.Pool, ops *txmgr.Manager, operator common.Address, chainID *big.Int, log *slog.Logger) (*trace.Service, *trace.Batcher, error) {
	size, interval := c.TraceBatchSize, c.TraceBatchInterval
	if v := os.Getenv("DUOCHAIN_TRACE_BATCH_SIZE"); v != "" && size == 0 {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			return nil, nil, fmt.Errorf("DUOCHAIN_TRACE_BATCH_SIZE %q is not a positive integer", v)
		}
		size = n
	}
	if v := os.Getenv("DUOCHAIN_TRACE_BATCH_INTERVAL"); v != "" && interval == 0 {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return nil, nil, fmt.Errorf("DUOCHAIN_TRACE_BATCH_INTERVAL %q is not a positive duration", v)
		}
		interval = d
	}
	trees := trace.NewTreeCache(64)
	b := &trace.Batcher{Pool: pool, Ops: ops, Anchor: c.Deployment.TraceAnchor, Signer: operator, Size: size, Interval: interval, Trees: trees, Logger: log,
		Chain: c.Chain}
	b.Start()
	s := &trace.Service{Pool: pool, Batcher: b, ChainID: chainID, Anchor: c.Deployment.TraceAnchor, Trees: trees, Chain: c.Chain}
	return s, b, nil
}
