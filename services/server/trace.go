package server

import (
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/trace"
	"github.com/duochain/duochain/services/txmgr"
)

// newTrace wires the trace service and its batcher, which anchors batch roots
// with the operator's key; batch size and interval are c's (the batcher's
// defaults when zero).
func newTrace(c *Config, pool *pgxpool.Pool, ops *txmgr.Manager, operator common.Address, chainID *big.Int, log *slog.Logger) (*trace.Service, *trace.Batcher, error) {
	size, interval := c.TraceBatchSize, c.TraceBatchInterval
	trees := trace.NewTreeCache(64)
	b := &trace.Batcher{Pool: pool, Ops: ops, Anchor: c.Deployment.TraceAnchor, Signer: operator, Size: size, Interval: interval, Trees: trees, Logger: log,
		Chain: c.Chain}
	b.Start()
	s := &trace.Service{Pool: pool, Batcher: b, ChainID: chainID, Anchor: c.Deployment.TraceAnchor, Trees: trees, Chain: c.Chain}
	return s, b, nil
}
