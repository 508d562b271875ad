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
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"

	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/trace/epcis"
)

// The reasons Verify gives; stable codes, the list only grows.
const (
	ReasonMalformed      = "malformed_entry"  // a hash, root or proof element is not 32 bytes of hex, or the event does not parse
	ReasonHashMismatch   = "hash_mismatch"    // the event does not hash to event_hash
	ReasonHashIDMismatch = "hash_id_mismatch" // event_hash_id is not the Event Hash ID of event_hash (or is missing)
	ReasonProofInvalid   = "proof_invalid"    // the proof does not lead from the event to the root (offline or on chain)
	ReasonNotYetAnchored = "not_yet_anchored" // the entry names no anchored batch yet
	ReasonNotAnchored    = "not_anchored"     // the chain has no anchor of the root
	ReasonAnchorMismatch = "anchor_mismatch"  // the chain's anchor differs from the entry's (transaction, block, count)
	ReasonChainMismatch  = "chain_mismatch"   // the entry names another chain or anchor contract
	// ReasonAnchorerNotTrusted: the root was anchored by an account that is
	// not an active OPERATOR of the trusted identity registry now (a supplier
	// anchoring a tree of its own making, or a suspended operator key).
	ReasonAnchorerNotTrusted = "anchorer_not_trusted"
)

// ErrNoAnchor is Verify's error when the Verifier names no TraceAnchor: the
// contract to trust never comes from the entry being checked.
var ErrNoAnchor = errors.New("no TraceAnchor to verify against: the anchor contract must be one you trust, not the entry's")

// operatorRole is IdentityRegistry.OPERATOR_ROLE: the platform operator, who anchors batches.
var operatorRole = crypto.Keccak256Hash([]byte("OPERATOR_ROLE"))

// ChainReader is what Verify needs of a node: standard JSON-RPC only.
type ChainReader interface {
	ethereum.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// The entry fields Verify can check, as Verification.Checked names them. An
// entry's batch.id, batch.leaf_index, batch.status, batch.anchored_at and
// recorded_by are never checked: the leaf and the anchor commit to none of
// them (a sorted-pair Merkle proof does not fix a position, and the contract
// keeps no batch id or time), so an answer never vouches for them.
var checkable = []string{"event", "event_hash", "event_hash_id", "proof", "batch.root",
	"batch.item_count", "batch.block_number", "batch.tx_hash", "chain.chain_id", "chain.trace_anchor", "anchorer"}

// Verification is Verify's answer.
type Verification struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
	// Checked lists the entry fields this verification checked (in the
	// order of checkable); valid vouches for these and nothing else. A check
	// cut short (a malformed proof, a batch not yet anchored) leaves the
	// fields after it out.
	Checked []string `json:"checked"`
	// Anchor is the TraceAnchor checked and Anchorer who anchored the root
	// there (zero when the chain was not reached or holds no such root).
	Anchor   common.Address `json:"-"`
	Anchorer common.Address `json:"-"`
}

// Verifier checks entries against a chain.
type Verifier struct {
	Chain ChainReader
	// Anchor is the TraceAnchor to check against, one the caller trusts (its
	// own deployment): required, never taken from the entry. An entry naming
	// another is a chain_mismatch.
	Anchor common.Address
	// Registry is the identity registry whose active OPERATORs are trusted
	// to anchor batches. When zero, the registry Anchor consults is used
	// (TraceAnchor.registry(): as trusted as Anchor itself).
	Registry common.Address
}

// Verify recomputes the event's GS1 hash and checks it is event_hash, that
// the proof leads from its leaf to the batch root, and on chain that the root
// is anchored by the transaction and block the entry states and that
// verifyItem agrees, and that whoever anchored the root is an active
// OPERATOR of the trusted registry at the latest block: the platform anchors
// batches, so a root anchored by anyone else (a supplier that built its own
// tree around a made-up event) proves nothing. Only a failure to reach the
// chain, or a Verifier without Anchor, is an error.
func (v Verifier) Verify(ctx context.Context, e Entry) (Verification, error) {
	if v.Anchor == (common.Address{}) {
		return Verification{}, ErrNoAnchor
	}
	var reasons []string
	add := func(r string) {
		if !slices.Contains(reasons, r) {
			reasons = append(reasons, r)
		}
	}
	var anchorer common.Address
	checked := map[string]bool{}
	check := func(fields ...string) {
		for _, f := range fields {
			checked[f] = true
		}
	}
	done := func() (Verification, error) {
		res := Verification{Reasons: reasons, Checked: []string{}, Anchor: v.Anchor, Anchorer: anchorer}
		for _, f := range checkable {
			if checked[f] {
				res.Checked = append(res.Checked, f)
			}
		}
		if reasons == nil {
			res.Valid, res.Reasons = true, []string{}
		}
		return res, nil
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
	check("event", "event_hash", "event_hash_id")
	if item != stated {
		add(ReasonHashMismatch)
	}
	// The id is what clients file and compare; it must name event_hash (an
	// all-zero or foreign id used to verify beside a good event_hash).
	if e.EventHashID != hashID(stated[:]) {
		add(ReasonHashIDMismatch)
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
	check("proof", "batch.root")
	if !merkle.Verify(root, merkle.Leaf(item), proof) {
		add(ReasonProofInvalid)
	}
	if e.Batch.TxHash == nil || e.Batch.BlockNumber == nil {
		add(ReasonNotYetAnchored)
		return done()
	}
	anchor := v.Anchor // never the entry's: it names what it likes
	check("chain.trace_anchor")
	if !common.IsHexAddress(e.Chain.TraceAnchor) || common.HexToAddress(e.Chain.TraceAnchor) != anchor {
		add(ReasonChainMismatch)
		return done()
	}
	id, err := v.Chain.ChainID(ctx)
	if err != nil {
		return Verification{}, fmt.Errorf("read chain id: %w", err)
	}
	check("chain.chain_id")
	if id.String() != e.Chain.ChainID {
		add(ReasonChainMismatch)
		return done()
	}
	if anchorer, err = v.onChain(ctx, anchor, root, item, proof, e.Batch, add, check); err != nil {
		return Verification{}, err
	}
	return done()
}

// onChain checks the anchor of root, who anchored it, and the proof with the
// contract. It returns the anchorer.
func (v Verifier) onChain(ctx context.Context, anchor common.Address, root, item [32]byte, proof [][32]byte, b BatchRef, add func(string), check func(...string)) (common.Address, error) {
	anchorer, err := v.anchorOf(ctx, anchor, root, b, add)
	if err != nil || anchorer == (common.Address{}) {
		return anchorer, err
	}
	check("batch.block_number", "batch.tx_hash", "anchorer")
	if b.ItemCount != nil {
		check("batch.item_count")
	}
	trusted, err := v.trusted(ctx, anchor, anchorer)
	if err != nil {
		return anchorer, err
	}
	if !trusted {
		add(ReasonAnchorerNotTrusted)
	}
	return anchorer, v.itemAndReceipt(ctx, anchor, root, item, proof, b, add)
}

// trusted reports whether anchorer is an active OPERATOR of the trusted
// registry at the latest block (hasRole is false for a suspended account).
func (v Verifier) trusted(ctx context.Context, anchor, anchorer common.Address) (bool, error) {
	reg := v.Registry
	if reg == (common.Address{}) {
		ta := traceanchor.NewTraceAnchor()
		out, err := v.Chain.CallContract(ctx, ethereum.CallMsg{To: &anchor, Data: ta.PackRegistry()}, nil)
		if err != nil {
			return false, fmt.Errorf("call registry: %w", err)
		}
		if reg, err = ta.UnpackRegistry(out); err != nil {
			return false, nil
		}
	}
	ir := identityregistry.NewIdentityRegistry()
	out, err := v.Chain.CallContract(ctx, ethereum.CallMsg{To: &reg, Data: ir.PackHasRole(anchorer, operatorRole)}, nil)
	if err != nil {
		return false, fmt.Errorf("call hasRole: %w", err)
	}
	ok, err := ir.UnpackHasRole(out)
	return err == nil && ok, nil
}

// anchorOf reads anchored(root): the anchorer, zero when root is not anchored.
func (v Verifier) anchorOf(ctx context.Context, anchor common.Address, root [32]byte, b BatchRef, add func(string)) (common.Address, error) {
	ta := traceanchor.NewTraceAnchor()
	out, err := v.Chain.CallContract(ctx, ethereum.CallMsg{To: &anchor, Data: ta.PackAnchored(root)}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("call anchored: %w", err)
	}
	got, err := ta.UnpackAnchored(out)
	if err != nil {
		add(ReasonChainMismatch) // no TraceAnchor at that address
		return common.Address{}, nil
	}
	if got.Anchorer == (common.Address{}) {
		add(ReasonNotAnchored)
		return common.Address{}, nil
	}
	if got.BlockNumber != *b.BlockNumber || (b.ItemCount != nil && got.ItemCount != uint64(*b.ItemCount)) {
		add(ReasonAnchorMismatch)
	}
	return got.Anchorer, nil
}

// itemAndReceipt checks the proof with verifyItem and that the entry's
// transaction anchored root in the entry's block.
func (v Verifier) itemAndReceipt(ctx context.Context, anchor common.Address, root, item [32]byte, proof [][32]byte, b BatchRef, add func(string)) error {
	ta := traceanchor.NewTraceAnchor()
	out, err := v.Chain.CallContract(ctx, ethereum.CallMsg{To: &anchor, Data: ta.PackVerifyItem(root, item, proof)}, nil)
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
