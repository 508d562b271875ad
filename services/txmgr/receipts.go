package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// track follows the signer's submitted operations (in nonce order): those
// whose nonce the chain has used get their receipt recorded; the others are
// re-broadcast when stuck. The lowest of them, the one holding the others
// back, is replaced with a fee bump when still stuck, provided the node took
// it: fees never climb while the node refuses the transaction for another
// reason (no funds, unreachable). It reports whether any stays in flight.
func (s *sender) track(ctx context.Context, submitted []*pendingOp) (bool, error) {
	live := make(map[int64]*flight, len(submitted))
	for _, op := range submitted {
		if f := s.flights[op.id]; f != nil {
			live[op.id] = f
		}
	}
	s.flights = live
	if len(submitted) == 0 {
		return false, nil
	}
	// Only nonces below the account's mined nonce can have a receipt: one call
	// spares a receipt lookup per transaction still waiting.
	mined, err := s.m.client.NonceAt(ctx, s.addr, nil)
	if err != nil {
		return true, fmt.Errorf("read nonce of %s: %w", s.addr, err)
	}
	var waiting []*pendingOp
	for _, op := range submitted {
		if op.nonce >= mined {
			if f := s.flights[op.id]; f != nil {
				f.missingSince = time.Time{} // a reorg gave the nonce back: start over
			}
			waiting = append(waiting, op)
			continue
		}
		settled, missing, err := s.settle(ctx, op)
		if err != nil {
			return true, err
		}
		if settled {
			continue
		}
		if lost, err := s.lost(ctx, op, missing); err != nil || lost {
			if err != nil {
				return true, err
			}
			continue
		}
		waiting = append(waiting, op)
	}
	if s.resend.Swap(false) {
		for _, op := range waiting {
			if op.nonce < mined {
				continue
			}
			if err := s.rebroadcast(ctx, op.latest()); err != nil {
				failed, err := s.refuseStored(ctx, op, err)
				if failed {
					op.failed = true
					continue
				}
				if err != nil {
					s.resend.Store(true)
					return true, err
				}
			}
			s.flights[op.id] = &flight{since: time.Now(), taken: true}
		}
	}
	lowest := true
	inFlight := false
	for _, op := range waiting {
		if op.nonce < mined || op.failed {
			continue
		}
		f := s.flights[op.id]
		if f == nil {
			f = &flight{since: time.Now()}
			s.flights[op.id] = f
		}
		switch age := time.Since(f.since); {
		case lowest && f.taken && !op.bumpRefused && age >= 2*s.m.opts.StuckAfter:
			if err := s.bump(ctx, op); err != nil {
				return true, err
			}
		case age >= s.m.opts.StuckAfter && !f.resent:
			f.resent = true
			if err := s.rebroadcast(ctx, op.latest()); err != nil {
				failed, err := s.refuseStored(ctx, op, err)
				if failed {
					continue
				}
				if err != nil {
					return true, err
				}
			}
			f.taken = true
		}
		lowest = false
		inFlight = true
	}
	for _, op := range waiting {
		if op.nonce < mined {
			inFlight = true
		}
	}
	return inFlight, nil
}

// settle records the receipt of whichever of op's transactions was mined, and
// reports whether it found one.
// It also reports whether the node said plainly that none of op's
// transactions is known (rather than that it is still indexing).
func (s *sender) settle(ctx context.Context, op *pendingOp) (settled, missing bool, err error) {
	missing = true
	for i := len(op.txs) - 1; i >= 0; i-- {
		r, err := s.m.client.TransactionReceipt(ctx, op.txs[i].hash)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil && strings.Contains(err.Error(), "indexing is in progress") {
			missing = false
			continue
		}
		if err != nil {
			return false, false, fmt.Errorf("read receipt of %s: %w", op.txs[i].hash, err)
		}
		if err := s.m.failpoint(FailpointBeforeReceipt); err != nil {
			return false, false, err
		}
		return true, false, s.record(ctx, op, r)
	}
	// The nonce is used but no receipt of ours shows yet: the node is still
	// indexing, or a reorg is under way. Ask again next round.
	s.m.log.Debug("nonce used, receipt not found yet", "op", op.id, "nonce", op.nonce)
	return false, missing, nil
}

// lost fails op once its nonce has been used on chain by a transaction that
// is none of its own, the key having signed elsewhere (two processes on one
// key), so op can never be mined. Failing it tells its caller, where waiting
// would hang it for ever; re-signing it could send it twice if a receipt were
// only slow to show. Because a failure is final, it needs all of: the node
// saying plainly that it knows none of op's transactions (a node still
// indexing never counts) for LostAfter and across LostBlocks new blocks, and,
// at that moment, the account's nonce still past op's and none of op's
// transactions known to the node even as pending.
func (s *sender) lost(ctx context.Context, op *pendingOp, missing bool) (bool, error) {
	f := s.flights[op.id]
	if f == nil {
		f = &flight{since: time.Now()}
		s.flights[op.id] = f
	}
	if !missing {
		f.missingSince = time.Time{}
		return false, nil
	}
	head, err := s.m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("read head: %w", err)
	}
	if f.missingSince.IsZero() {
		f.missingSince, f.missingAt = time.Now(), head.Number.Uint64()
		return false, nil
	}
	if time.Since(f.missingSince) < s.m.opts.LostAfter || head.Number.Uint64() < f.missingAt+s.m.opts.LostBlocks {
		return false, nil
	}
	if mined, err := s.m.client.NonceAt(ctx, s.addr, head.Number); err != nil || mined <= op.nonce {
		return false, err
	}
	for _, t := range op.txs {
		_, _, err := s.m.client.TransactionByHash(ctx, t.hash)
		if !errors.Is(err, ethereum.NotFound) {
			f.missingSince = time.Time{}
			return false, nil // known after all, or the node cannot tell: keep waiting
		}
	}
	detail := fmt.Sprintf("nonce %d of %s was used by a transaction that is none of this operation's %d; the key signed elsewhere", op.nonce, s.addr, len(op.txs))
	moved, err := markFailed(ctx, s.m.pool, op.id, StateSubmitted, CodeNonceUsedElsewhere, detail, nil)
	if err != nil {
		return false, err
	}
	if moved {
		s.m.failed.Add(1)
		s.m.log.Warn("operation failed: its nonce was used elsewhere", "op", op.id, "nonce", op.nonce, "signer", s.addr)
	}
	delete(s.flights, op.id)
	return true, nil
}

// record marks op confirmed or failed by its receipt.
func (s *sender) record(ctx context.Context, op *pendingOp, r *types.Receipt) error {
	if r.Status == types.ReceiptStatusSuccessful {
		moved, err := confirm(ctx, s.m.pool, op.id, r, s.m.opts.OnConfirmed)
		if err != nil {
			return err
		}
		if moved {
			s.m.confirmed.Add(1)
		}
		return nil
	}
	code, detail := s.minedRevert(ctx, op, r)
	moved, err := markFailed(ctx, s.m.pool, op.id, StateSubmitted, code, detail, r)
	if err != nil {
		return err
	}
	if moved {
		s.m.failed.Add(1)
		s.m.log.Info("operation reverted on chain", "op", op.id, "tx", r.TxHash, "code", code, "detail", detail)
	}
	return nil
}

// minedRevert finds why a mined transaction reverted: receipts carry no revert
// data, so the call is replayed with eth_call on the state of its block, then
// of the block before.
func (s *sender) minedRevert(ctx context.Context, op *pendingOp, r *types.Receipt) (code, detail string) {
	gas := op.latest().gas
	for _, t := range op.txs {
		if t.hash == r.TxHash {
			gas = t.gas
		}
	}
	msg := ethereum.CallMsg{From: s.addr, To: &op.to, Gas: gas, Data: op.data}
	for _, block := range []*big.Int{r.BlockNumber, new(big.Int).Sub(r.BlockNumber, big.NewInt(1))} {
		if block.Sign() < 0 {
			continue
		}
		if _, err := s.m.client.CallContract(ctx, msg, block); err != nil && isRevert(err) {
			return s.m.describeRevert(err)
		}
	}
	if r.GasUsed >= gas {
		return CodeReverted, fmt.Sprintf("transaction %s ran out of gas (limit %d)", r.TxHash, gas)
	}
	return CodeReverted, fmt.Sprintf("transaction %s reverted in block %d; replaying the call does not revert", r.TxHash, r.BlockNumber)
}

// bump replaces op's latest transaction with one of the same nonce whose tip
// and fee cap are at least 12.5% higher (nodes require 10%), stored before it
// is sent. Whichever of the two is mined confirms the operation.
func (s *sender) bump(ctx context.Context, op *pendingOp) error {
	old := op.latest()
	f, err := s.m.suggestFees(ctx)
	if err != nil {
		return err
	}
	tip := bumpFee(old.tipCap, f.tip)
	feeCap := bumpFee(old.feeCap, f.cap)
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	if limit := s.m.opts.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
		s.m.log.Warn("stuck transaction not replaced: fee cap limit reached", "op", op.id, "nonce", op.nonce,
			"fee_cap", old.feeCap, "limit", limit)
		s.flights[op.id] = &flight{since: time.Now(), taken: true}
		return nil
	}
	stx, raw, err := s.sign(&types.DynamicFeeTx{
		ChainID: s.m.chainID, Nonce: op.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: old.gas, To: &op.to, Data: op.data,
	})
	if err != nil {
		return fmt.Errorf("sign replacement for operation %d: %w", op.id, err)
	}
	stored, err := storeReplacement(ctx, s.m.pool, op.id, stx, raw)
	if err != nil || !stored {
		return err
	}
	s.m.bumped.Add(1)
	fl := &flight{since: time.Now()}
	s.flights[op.id] = fl
	s.m.log.Info("replaced stuck transaction", "op", op.id, "nonce", op.nonce, "old", old.hash, "new", stx.Hash(),
		"tip", tip, "fee_cap", feeCap)
	if err := s.broadcast(ctx, stx); err != nil {
		if r, ok := s.m.refused(err, stx); ok {
			return s.refuseReplacement(ctx, op, old, stx, r)
		}
		s.resend.Store(true)
		return err
	}
	fl.taken = true
	return nil
}

// refuseReplacement handles a fee bump the node refused for good (its fees
// over the node's cap, say): the transaction it replaces was taken and may
// still be mined, so the operation stays submitted. The replacement is marked
// refused, never sent again, the operation points at the one before once
// more, and no further bump is signed for it (fees would only climb).
func (s *sender) refuseReplacement(ctx context.Context, op *pendingOp, prev storedTx, stx *types.Transaction, r refusal) error {
	if err := revertReplacement(ctx, s.m.pool, op.id, prev.hash, stx.Hash()); err != nil {
		return err
	}
	s.flights[op.id] = &flight{since: time.Now(), taken: true}
	op.bumpRefused = true
	s.m.log.Warn("fee bump refused for good; waiting on the transaction it replaced", "op", op.id, "nonce", op.nonce,
		"refused", stx.Hash(), "kept", prev.hash, "code", r.code, "err", r.detail)
	return nil
}

// bumpFee raises old by at least 12.5% (and at least 1 wei), or to floor when
// that is higher.
func bumpFee(old, floor *big.Int) *big.Int {
	inc := new(big.Int).Add(old, big.NewInt(7))
	inc.Rsh(inc, 3) // ceil(old / 8)
	if inc.Sign() == 0 {
		inc.SetInt64(1)
	}
	n := new(big.Int).Add(old, inc)
	if floor != nil && floor.Cmp(n) > 0 {
		n.Set(floor)
	}
	return n
}
