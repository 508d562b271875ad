package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

const (
	maxPendingLoad = 256 // operations a round loads
	maxSendsRound  = 64  // accepted operations a round signs, so receipts are not starved
)

// sender serialises everything one signing key does: nonces, signing, storing,
// broadcasting, receipts and fee bumps. Run starts one per signer with work;
// it returns when the signer has none left.
type sender struct {
	m    *Manager
	addr common.Address
	wake chan struct{}
	// resend asks the next round to re-broadcast everything in flight: at start
	// (after a restart the node may have lost its pool), after a failed
	// broadcast and after a reorg.
	resend atomic.Bool

	key       Signer
	nonce     uint64   // next new nonce to hand out, valid when haveNonce
	freed     []uint64 // nonces refused operations gave back, in order, handed out first; valid when haveNonce
	haveNonce bool
	flights   map[int64]*flight // in-flight operations by id
}

// flight is when an in-flight operation's latest transaction was sent.
type flight struct {
	since  time.Time
	resent bool // re-broadcast once since
	taken  bool // the node accepted it (or already had it)
	// missingSince is when the account's nonce was first seen past the
	// operation's with none of its transactions known to the node.
	missingSince time.Time
	missingAt    uint64 // the head then
}

// fees is the fee pair for new transactions.
type fees struct{ tip, cap *big.Int }

func newSender(m *Manager, addr common.Address) *sender {
	s := &sender{m: m, addr: addr, wake: make(chan struct{}, 1), flights: map[int64]*flight{}}
	s.resend.Store(true)
	return s
}

// poke wakes the sender for a round now.
func (s *sender) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// run does rounds until the signer has no work, ctx ends or a failpoint fires.
// Errors of a round (node or database unreachable) are logged and retried with
// backoff.
func (s *sender) run(ctx context.Context) error {
	var backoff time.Duration
	for {
		more, err := s.round(ctx)
		if fp := (*failpointError)(nil); errors.As(err, &fp) {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
		wake := s.wake
		wait := s.m.opts.PollInterval
		if err != nil {
			s.m.log.Warn("sender round failed, retrying", "signer", s.addr, "err", err)
			backoff = min(max(2*backoff, s.m.opts.PollInterval), s.m.opts.MaxBackoff)
			wait, wake = backoff, nil
		} else {
			backoff = 0
			if !more {
				return nil
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// round tracks what is in flight, then signs and sends what is accepted. It
// reports whether the signer had any work.
func (s *sender) round(ctx context.Context) (bool, error) {
	ops, err := pendingOps(ctx, s.m.pool, s.addr, maxPendingLoad)
	if err != nil || len(ops) == 0 {
		return false, err
	}
	var submitted, accepted []*pendingOp
	for _, op := range ops {
		if op.state == StateSubmitted {
			submitted = append(submitted, op)
		} else {
			accepted = append(accepted, op)
		}
	}
	inFlight, err := s.track(ctx, submitted)
	if err != nil {
		return true, err
	}
	if len(accepted) == 0 {
		return true, s.fillGap(ctx, submitted)
	}
	if len(accepted) > maxSendsRound {
		s.poke() // more to send: the next round starts at once
	}
	return true, s.submit(ctx, accepted, inFlight)
}

// submit estimates, signs, stores and broadcasts accepted operations in order.
// inFlight says the signer has unmined transactions: a revert at estimation
// may then be caused by their pending effects, so it is only final once they
// are mined.
func (s *sender) submit(ctx context.Context, accepted []*pendingOp, inFlight bool) error {
	var f *fees
	for i, op := range accepted {
		if i == maxSendsRound {
			break
		}
		gas := op.gas
		if gas == 0 {
			est, err := s.m.client.EstimateGas(ctx, ethereum.CallMsg{From: s.addr, To: &op.to, Data: op.data})
			if err != nil && !isRevert(err) {
				return fmt.Errorf("estimate gas of operation %d: %w", op.id, err)
			}
			if err != nil {
				if inFlight {
					return nil // decide once our earlier transactions are mined
				}
				if err := s.fail(ctx, op, err); err != nil {
					return err
				}
				continue
			}
			gas = est + est/5 // state may move between estimate and inclusion
		}
		if f == nil {
			var err error
			if f, err = s.m.suggestFees(ctx); err != nil {
				return err
			}
		}
		switch err := s.send(ctx, op, gas, f); {
		case errors.Is(err, errRefused):
			continue // failed, its nonce freed: the next operation takes it
		case err != nil:
			return err
		}
		inFlight = true
	}
	return nil
}

// fail marks an accepted operation failed with the revert of its estimate.
func (s *sender) fail(ctx context.Context, op *pendingOp, revert error) error {
	code, detail := s.m.describeRevert(revert)
	moved, err := markFailed(ctx, s.m.pool, op.id, StateAccepted, code, detail, nil)
	if err != nil {
		return err
	}
	if moved {
		s.m.failed.Add(1)
		s.m.log.Info("operation failed at estimation", "op", op.id, "code", code, "detail", detail)
	}
	return nil
}

// send signs op's first transaction with the lowest freed nonce, else the
// next one, stores it with the operation submitted, then broadcasts it. A
// refusal for good fails op, frees its nonce and returns errRefused.
func (s *sender) send(ctx context.Context, op *pendingOp, gas uint64, f *fees) error {
	if !s.haveNonce {
		n, err := nextNonce(ctx, s.m.pool, s.addr, func() (uint64, error) {
			return s.m.client.PendingNonceAt(ctx, s.addr)
		})
		if err != nil {
			return err
		}
		// The key may have sent transactions outside this manager since it last
		// ran (an upgrade deploying contracts, an operator's wallet): their
		// nonces are gone, and ours would never be mined.
		caught, err := catchUpNonce(ctx, s.m.pool, s.addr, n, s.m.client.PendingNonceAt)
		if err != nil {
			return err
		}
		if caught != n {
			s.m.log.Warn("nonces were used outside the transaction manager", "signer", s.addr, "stored", n, "chain", caught)
		}
		pending, err := s.m.client.PendingNonceAt(ctx, s.addr)
		if err != nil {
			return fmt.Errorf("read chain nonce of %s: %w", s.addr, err)
		}
		freed, err := freedNonces(ctx, s.m.pool, s.addr, pending)
		if err != nil {
			return err
		}
		s.nonce, s.freed, s.haveNonce = caught, freed, true
	}
	nonce, fromFreed := s.nonce, len(s.freed) > 0
	if fromFreed {
		nonce = s.freed[0]
	}
	stx, raw, err := s.sign(&types.DynamicFeeTx{
		ChainID: s.m.chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.cap, Gas: gas, To: &op.to, Data: op.data,
	})
	if err != nil {
		return fmt.Errorf("sign operation %d: %w", op.id, err)
	}
	if err := s.m.failpoint(FailpointAfterSign); err != nil {
		return err
	}
	switch err := storeSigned(ctx, s.m.pool, s.addr, op.id, stx, raw, fromFreed); {
	case errors.Is(err, errNotAccepted):
		return nil
	case errors.Is(err, errNonceTaken):
		s.haveNonce = false
		return fmt.Errorf("store operation %d with nonce %d: %w", op.id, nonce, err)
	case err != nil:
		return fmt.Errorf("store operation %d with nonce %d: %w", op.id, nonce, err)
	}
	if fromFreed {
		s.freed = s.freed[1:]
	} else {
		s.nonce++
	}
	fl := &flight{since: time.Now()}
	s.flights[op.id] = fl
	if err := s.m.failpoint(FailpointAfterStore); err != nil {
		return err
	}
	if err := s.broadcast(ctx, stx); err != nil {
		if r, ok := s.m.refused(err, stx); ok {
			return s.refuse(ctx, op.id, stx, r)
		}
		s.resend.Store(true)
		return err
	}
	fl.taken = true
	s.m.sent.Add(1)
	return s.m.failpoint(FailpointAfterBroadcast)
}

// sign signs tx with the signer's key and checks who signed it.
func (s *sender) sign(tx *types.DynamicFeeTx) (*types.Transaction, []byte, error) {
	if s.key == nil {
		k, err := s.m.keys(s.addr)
		if err != nil {
			return nil, nil, fmt.Errorf("get key of %s: %w", s.addr, err)
		}
		if k.Address() != s.addr {
			return nil, nil, fmt.Errorf("key for %s signs for %s", s.addr, k.Address())
		}
		s.key = k
	}
	stx, err := s.key.SignTx(types.NewTx(tx), s.m.chainID)
	if err != nil {
		return nil, nil, err
	}
	if from, err := types.Sender(types.LatestSignerForChainID(s.m.chainID), stx); err != nil || from != s.addr {
		return nil, nil, fmt.Errorf("signature does not recover to %s: %v", s.addr, err)
	}
	raw, err := stx.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	return stx, raw, nil
}

// broadcast sends a signed transaction; a node that already has it, or has
// mined its nonce, is not an error.
func (s *sender) broadcast(ctx context.Context, tx *types.Transaction) error {
	if err := s.m.client.SendTransaction(ctx, tx); err != nil && !alreadySent(err) {
		return fmt.Errorf("broadcast %s (nonce %d): %w", tx.Hash(), tx.Nonce(), err)
	}
	return nil
}

// rebroadcast sends a stored transaction again.
func (s *sender) rebroadcast(ctx context.Context, t storedTx) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(t.raw); err != nil {
		return fmt.Errorf("decode stored transaction %s: %w", t.hash, err)
	}
	return s.broadcast(ctx, tx)
}

// suggestFees prices a new transaction: the node's tip, and a fee cap that
// survives the base fee doubling.
func (m *Manager) suggestFees(ctx context.Context) (*fees, error) {
	tip, err := m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read chain head: %w", err)
	}
	feeCap := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	if limit := m.opts.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
		feeCap.Set(limit)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
	}
	return &fees{tip: tip, cap: feeCap}, nil
}

// failpointError is a failpoint firing: the sender stops as if it died.
type failpointError struct {
	point string
	err   error
}

func (e *failpointError) Error() string { return "failpoint " + e.point + ": " + e.err.Error() }
func (e *failpointError) Unwrap() error { return e.err }

func (m *Manager) failpoint(point string) error {
	if m.opts.Failpoint == nil {
		return nil
	}
	if err := m.opts.Failpoint(point); err != nil {
		return &failpointError{point: point, err: err}
	}
	return nil
}
