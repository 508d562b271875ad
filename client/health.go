package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Readiness is /readyz: whether the server takes writes, and why not.
type Readiness struct {
	Ready    bool   `json:"ready"`
	Database string `json:"database"` // ok, down
	Chain    string `json:"chain"`    // ok, down
	Indexer  struct {
		Status    string  `json:"status"`     // ok, behind, down
		LagBlocks *uint64 `json:"lag_blocks"` // blocks the read model is behind the chain; nil when down
	} `json:"indexer"`
}

// Ready reads /readyz once. A server that is not ready answers 503 with the
// same body, which Ready returns without an error (and without retrying):
// only a server that does not answer is one.
func (c *Client) Ready(ctx context.Context) (Readiness, error) {
	var r Readiness
	resp, err := c.exchange(ctx, http.MethodGet, "/readyz", nil, nil)
	if err != nil {
		return r, err
	}
	if resp.Status != http.StatusOK && resp.Status != http.StatusServiceUnavailable {
		return r, fmt.Errorf("GET /readyz: %w", decodeProblem(resp))
	}
	if err := json.Unmarshal(resp.Body, &r); err != nil {
		return r, fmt.Errorf("GET /readyz: %d %s: %w", resp.Status, resp.Body, err)
	}
	return r, nil
}
