// Package blockref reads blocks as the node reports them. A block is known by
// the hash the node gives it, the one its logs and receipts carry, never by
// one recomputed from its header: keccak(RLP(header)) is not the block hash on
// every EVM chain (CometBFT-based ones hash a header of their own).
package blockref

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Ref is a block as the node reports it.
type Ref struct {
	Number uint64
	Hash   common.Hash
	Time   uint64
}

// HeaderReader is what Read needs of a client: *ethclient.Client and the
// simulated backend's client both are one.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Read reads block n (nil: the head): with eth_getBlockByNumber, taking its
// "hash" as reported, when the client has its JSON-RPC connection (a method
// Client() *rpc.Client, as *ethclient.Client has); else with HeaderByNumber and
// the header's own hash, for go-ethereum's simulated backend, which hides its
// connection and, being geth, hashes headers as geth does. A block the node
// does not have is ethereum.NotFound.
func Read(ctx context.Context, c HeaderReader, n *big.Int) (Ref, error) {
	rc, ok := c.(interface{ Client() *rpc.Client })
	if !ok {
		h, err := c.HeaderByNumber(ctx, n)
		if err != nil {
			return Ref{}, err
		}
		if h == nil {
			return Ref{}, ethereum.NotFound
		}
		return Ref{Number: h.Number.Uint64(), Hash: h.Hash(), Time: h.Time}, nil
	}
	tag := "latest"
	if n != nil {
		tag = hexutil.EncodeBig(n)
	}
	var b *struct {
		Number    *hexutil.Big   `json:"number"`
		Hash      *common.Hash   `json:"hash"`
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	if err := rc.Client().CallContext(ctx, &b, "eth_getBlockByNumber", tag, false); err != nil {
		return Ref{}, err
	}
	if b == nil {
		return Ref{}, ethereum.NotFound
	}
	if b.Hash == nil || b.Number == nil || n != nil && b.Number.ToInt().Cmp(n) != 0 {
		return Ref{}, fmt.Errorf("read block %s: the node answered block %v with hash %v", tag, b.Number, b.Hash)
	}
	return Ref{Number: b.Number.ToInt().Uint64(), Hash: *b.Hash, Time: uint64(b.Timestamp)}, nil
}
