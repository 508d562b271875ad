package trace

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/trace/epcis"
	"github.com/duochain/duochain/services/trace/merkle"
)

// The reasons Verify gives; stable codes, the list only grows.
const (
	ReasonMalformed      = "malformed_entry"  // a hash, root or proof element is not 32 bytes of hex, or the event does not parse
	ReasonHashMismatch   = "hash_mismatch"    // the event does not hash to event_hash
	ReasonProofInvalid   = "proof_invalid"    // the proof does not lead from the event to the root (offline or on chain)
	ReasonNotYetAnchored = "not_yet_anchored" // the entry names no anchored batch yet
	ReasonNotAnchored    = "not_anchored"     // the chain has no anchor of the root
	ReasonAnchorMismatch = "anchor_mismatch"  // the chain's anchor differs from the entry's (transaction, block, count)
	ReasonChainMismatch  = "chain_mismatch"   // the entry names another chain or anchor contract
)

// ChainReader is what Verify needs of a node: standard JSON-RPC only.
type ChainReader interface {
	ethereum.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// Verification is Verify's answer.
type Verification struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
}

// Verifier checks entries against a chain.
type Verifier struct {
	Chain ChainReader
	// Anchor, when set, is the TraceAnchor to check against: an entry naming
	// another is a chain_mismatch. When zero, the entry's own is used.
	Anchor common.Address
}

// Verify recomputes the event's GS1 hash and checks it is event_hash, that
// the proof leads from its leaf to the batch root, and on chain that the root
// is anchored by the transaction and block the entry states and that
// verifyItem agrees. Only a failure to reach the chain is an error.
func (v Verifier) Verify(ctx context.Context, e Entry) (Verification, error) {
	var reasons []string
	add := func(r string) {
		if !slices.Contains(reasons, r) {
			reasons = append(reasons, r)
		}
	}
	done := func() (Verification, error) {
		if reasons == nil {
			return Verification{Valid: true, Reasons: []string{}}, nil
		}
		return Verification{Reasons: reasons}, nil
	}
	stated, ok := parseHash(e.EventHash)
	if !ok {
		add(ReasonMalformed)
	}
	evs, err := epcis.Parse(bytes.NewReader(e.Event))
	if err != nil || len(evs) != 1 {
		add(ReasonMalformed)
		return done()
	}
	item, err := evs[0].Hash()
	if err != nil {
		add(ReasonMalformed)
		return done()
	}
	if item != stated {
		add(ReasonHashMismatch)
	}
	if e.Batch.Root == nil {
		add(ReasonNotYetAnchored)
		return done()
	}
	root, ok := parseHash(*e.Batch.Root)
	proof := make([][32]byte, len(e.Proof))
	for i, p := range e.Proof {
		if proof[i], ok = parseHash(p); !ok {
			break
		}
	}
	if !ok {
		add(ReasonMalformed)
		return done()
	}
	if !merkle.Verify(root, merkle.Leaf(item), proof) {
		add(ReasonProofInvalid)
	}
	if e.Batch.TxHash == nil || e.Batch.BlockNumber == nil {
		add(ReasonNotYetAnchored)
		return done()
	}
	anchor := v.Anchor
	if !common.IsHexAddress(e.Chain.TraceAnchor) || (anchor != (common.Address{}) && common.HexToAddress(e.Chain.TraceAnchor) != anchor) {
		add(ReasonChainMismatch)
		return done()
	}
	anchor = common.HexToAddress(e.Chain.TraceAnchor)
	id, err := v.Chain.ChainID(ctx)
	if err != nil {
		return Verification{}, fmt.Errorf("read chain id: %w", err)
	}
	if id.String() != e.Chain.ChainID {
		add(ReasonChainMismatch)
		return done()
	}
	if err := v.onChain(ctx, anchor, root, item, proof, e.Batch, add); err != nil {
		return Verification{}, err
	}
	return done()
}

// onChain checks the anchor of root and the proof with the contract.
func (v Verifier) onChain(ctx context.Context, anchor common.Address, root, item [32]byte, proof [][32]byte, b BatchRef, add func(string)) error {
	ta := traceanchor.NewTraceAnchor()
	out, err := v.Chain.CallContract(ctx, ethereum.CallMsg{To: &anchor, Data: ta.PackAnchored(root)}, nil)
	if err != nil {
		return fmt.Errorf("call anchored: %w", err)
	}
	got, err := ta.UnpackAnchored(out)
	if err != nil {
		add(ReasonChainMismatch) // no TraceAnchor at that address
		return nil
	}
	if got.Anchorer == (common.Address{}) {
		add(ReasonNotAnchored)
		return nil
	}
	if got.BlockNumber != *b.BlockNumber || (b.ItemCount != nil && got.ItemCount != uint64(*b.ItemCount)) {
		add(ReasonAnchorMismatch)
	}
	out, err = v.Chain.CallContract(ctx, ethereum.CallMsg{To: &anchor, Data: ta.PackVerifyItem(root, item, proof)}, nil)
	if err != nil {
		return fmt.Errorf("call verifyItem: %w", err)
	}
	if ok, err := ta.UnpackVerifyItem(out); err != nil || !ok {
		add(ReasonProofInvalid)
	}
	txh, ok := parseHash(*b.TxHash)
	if !ok {
		add(ReasonAnchorMismatch)
		return nil
	}
	r, err := v.Chain.TransactionReceipt(ctx, common.Hash(txh))
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			add(ReasonAnchorMismatch)
			return nil
		}
		return fmt.Errorf("read receipt of %x: %w", txh, err)
	}
	event := ta.GetABI().Events["BatchAnchored"].ID
	for _, l := range r.Logs {
		if l.Address == anchor && len(l.Topics) > 1 && l.Topics[0] == event && l.Topics[1] == common.Hash(root) &&
			r.BlockNumber.Uint64() == *b.BlockNumber && r.Status == types.ReceiptStatusSuccessful {
			return nil
		}
	}
	add(ReasonAnchorMismatch)
	return nil
}

// parseHash reads 32 bytes of 0x-hex.
func parseHash(s string) ([32]byte, bool) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return [32]byte{}, false
	}
	return [32]byte(b), true
}
