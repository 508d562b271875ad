package txmgr_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

// TestRevertAtEstimation: a call that reverts at estimation fails with the
// decoded custom error and consumes no nonce; the signer's next operation
// gets the nonce the failed one would have had.
func TestRevertAtEstimation(t *testing.T) {
	c, addrs := newChain(t, 3)
	operator, nobody, account := addrs[0], addrs[1], addrs[2]
	c.mine()
	d := c.deploy(operator)
	pool := pgtest.New(t)
	m := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	start(t, m)

	ids := enqueue(t, pool, m, registerOrg(d, nobody, account, 0), call(nobody, 1))
	ops := waitAll(t, m, ids)

	failed := ops[0]
	wantDetail := fmt.Sprintf("IdentityUnauthorized(%s, 0x%x)", nobody, roleOperator)
	if failed.State != txmgr.StateFailed || failed.ErrorCode != "IdentityUnauthorized" || failed.ErrorDetail != wantDetail {
		t.Fatalf("got %+v, want failed with IdentityUnauthorized, %s", failed, wantDetail)
	}
	if failed.TxHash != (common.Hash{}) || failed.BlockNumber != 0 {
		t.Errorf("a failed estimate has a transaction: %+v", failed)
	}
	if txs := stored(t, pool, failed.ID); len(txs) != 0 {
		t.Errorf("a failed estimate stored %d transactions", len(txs))
	}
	if ops[1].State != txmgr.StateConfirmed {
		t.Fatalf("next operation: %+v, want confirmed", ops[1])
	}
	if got := nonces(t, pool, nobody); len(got) != 1 || got[0] != 0 {
		t.Errorf("nonces %v, want [0]: the failed estimate took none", got)
	}
	if n := c.nonce(nobody); n != 1 {
		t.Errorf("chain nonce %d, want 1", n)
	}
	if s := m.Stats(); s.Failed != 1 || s.Confirmed != 1 || s.Sent != 1 {
		t.Errorf("stats %+v", s)
	}
}

// TestRevertOnChain: with the gas given, estimation is skipped; the mined
// transaction reverts and the operation fails with the reason found by
// replaying the call.
func TestRevertOnChain(t *testing.T) {
	c, addrs := newChain(t, 3)
	operator, nobody, account := addrs[0], addrs[1], addrs[2]
	c.mine()
	d := c.deploy(operator)
	pool := pgtest.New(t)
	m := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	start(t, m)

	op := waitAll(t, m, enqueue(t, pool, m, registerOrg(d, nobody, account, 300_000)))[0]
	wantDetail := fmt.Sprintf("IdentityUnauthorized(%s, 0x%x)", nobody, roleOperator)
	if op.State != txmgr.StateFailed || op.ErrorCode != "IdentityUnauthorized" || op.ErrorDetail != wantDetail {
		t.Fatalf("got %+v, want failed with IdentityUnauthorized, %s", op, wantDetail)
	}
	r := c.receiptOf(op.TxHash)
	if r == nil || r.Status != types.ReceiptStatusFailed || r.BlockNumber.Uint64() != op.BlockNumber || r.BlockHash != op.BlockHash {
		t.Fatalf("receipt %+v, want the failed transaction of %+v", r, op)
	}
	if n := c.nonce(nobody); n != 1 {
		t.Errorf("chain nonce %d, want 1", n)
	}
}

// TestCustomDecoder: Options.Decoder names the errors it knows.
func TestCustomDecoder(t *testing.T) {
	c, addrs := newChain(t, 3)
	operator, nobody, account := addrs[0], addrs[1], addrs[2]
	c.mine()
	d := c.deploy(operator)
	pool := pgtest.New(t)
	opts := options(t)
	opts.Decoder = func(data []byte) (string, string, bool) { return "forbidden", fmt.Sprintf("%d bytes", len(data)), true }
	m := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	start(t, m)
	op := waitAll(t, m, enqueue(t, pool, m, registerOrg(d, nobody, account, 0)))[0]
	if op.ErrorCode != "forbidden" || op.ErrorDetail != "68 bytes" {
		t.Fatalf("got %q %q, want forbidden, 68 bytes", op.ErrorCode, op.ErrorDetail)
	}
}

// TestNoDecoder: without a Decoder the manager names no custom error: the
// revert is CodeReverted with its raw data, since txmgr knows no contract.
func TestNoDecoder(t *testing.T) {
	c, addrs := newChain(t, 3)
	operator, nobody, account := addrs[0], addrs[1], addrs[2]
	c.mine()
	d := c.deploy(operator)
	pool := pgtest.New(t)
	opts := options(t)
	opts.Decoder = nil
	m := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	start(t, m)
	op := waitAll(t, m, enqueue(t, pool, m, registerOrg(d, nobody, account, 0)))[0]
	if op.State != txmgr.StateFailed || op.ErrorCode != txmgr.CodeReverted || !strings.HasPrefix(op.ErrorDetail, "execution reverted: 0x") {
		t.Fatalf("got %+v, want failed with %s and the raw revert data", op, txmgr.CodeReverted)
	}
}
