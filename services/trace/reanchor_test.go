package trace

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/txmgr"
)

// TestBatcherReanchorsAfterFailure: a batch whose anchoring failed (the key
// held no role yet) is anchored again once its retry time has come, exactly
// once, and nothing is re-anchored before that.
func TestBatcherReanchorsAfterFailure(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	brand, _ := crypto.GenerateKey()
	brandAddr := crypto.PubkeyToAddress(brand.PublicKey)
	keys := map[common.Address]txmgr.Signer{crypto.PubkeyToAddress(h.key.PublicKey): txmgr.KeySigner(h.key), brandAddr: txmgr.KeySigner(brand)}
	h.stopOps()
	h.ops = txmgr.New(h.pool, h.sim.Client(), h.chainID, func(a common.Address) (txmgr.Signer, error) { return keys[a], nil },
		txmgr.Options{PollInterval: 10 * time.Millisecond, Decoder: contracts.DecodeError})
	txCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = h.ops.Run(txCtx) }()
	h.stopOps = func() { stop(); <-done }
	h.batcher.Ops, h.batcher.Signer, h.batcher.RetryAfter = h.ops, brandAddr, time.Hour

	h.ingest(ndjson(objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2))), FormatNDJSON)
	b, err := h.batcher.Cut(ctx, true)
	if err != nil || b == nil {
		t.Fatalf("cut: %v %v", b, err)
	}
	op, err := h.ops.Wait(ctx, b.OperationID)
	if err != nil || op.State != txmgr.StateFailed || op.ErrorCode != "TraceUnauthorized" {
		t.Fatalf("anchoring by a key without a role: %+v %v", op, err)
	}
	if ids, err := h.batcher.Reanchor(ctx); err != nil || len(ids) != 0 {
		t.Fatalf("re-anchored before the retry time: %v %v", ids, err)
	}
	if n := h.count(`SELECT anchor_attempts FROM trace_batches WHERE id = $1`, b.ID); n != 1 {
		t.Fatalf("%d anchoring attempts counted, want 1", n)
	}

	// The brand becomes a supplier with gas money.
	client := h.sim.Client()
	reg := identityregistry.NewIdentityRegistry()
	opts := bind.NewKeyedTransactor(h.key, h.chainID)
	reg1, err := bind.Transact(reg.Instance(client, h.dep.IdentityRegistry), opts,
		reg.PackRegisterOrganization(brandAddr, "did:web:brand.test", [][32]byte{crypto.Keccak256Hash([]byte("SUPPLIER_ROLE"))}))
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := client.PendingNonceAt(ctx, opts.From)
	if err != nil {
		t.Fatal(err)
	}
	fund := types.MustSignNewTx(h.key, types.LatestSignerForChainID(h.chainID), &types.DynamicFeeTx{ChainID: h.chainID, Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &brandAddr, Value: big.NewInt(1e18)})
	if err := client.SendTransaction(ctx, fund); err != nil {
		t.Fatal(err)
	}
	for _, tx := range []*types.Transaction{reg1, fund} {
		if r, err := contracts.WaitReceipt(ctx, client, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("setup transaction %s: %+v %v", tx.Hash(), r, err)
		}
	}

	h.batcher.RetryAfter = time.Millisecond
	time.Sleep(5 * time.Millisecond)
	ids, err := h.batcher.Reanchor(ctx)
	if err != nil || len(ids) != 1 || ids[0] != b.ID {
		t.Fatalf("re-anchored %v %v, want batch %d", ids, err, b.ID)
	}
	if n := h.count(`SELECT anchor_attempts FROM trace_batches WHERE id = $1`, b.ID); n != 2 {
		t.Fatalf("%d anchoring attempts counted, want 2", n)
	}
	h.waitAnchored()
	h.checkBatches()
	got, err := callAnchored(h, b.Root)
	if err != nil || got.ItemCount != 2 || got.Anchorer != brandAddr {
		t.Fatalf("on chain: %+v %v", got, err)
	}
	if ids, err := h.batcher.Reanchor(ctx); err != nil || len(ids) != 0 {
		t.Fatalf("re-anchored an anchored batch: %v %v", ids, err)
	}
	if n := h.count(`SELECT count(*) FROM operations WHERE kind = 'trace.anchor'`); n != 2 {
		t.Fatalf("%d anchoring operations, want the failed one and its retry", n)
	}
}

// TestBatcherReanchorBacksOff: a batch whose anchoring keeps failing (its key
// never gets a role) is retried after RetryAfter, then twice as long, ... and
// at most an hour apart, not every RetryAfter for ever.
func TestBatcherReanchorBacksOff(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	stranger, _ := crypto.GenerateKey()
	strangerAddr := crypto.PubkeyToAddress(stranger.PublicKey)
	keys := map[common.Address]txmgr.Signer{crypto.PubkeyToAddress(h.key.PublicKey): txmgr.KeySigner(h.key), strangerAddr: txmgr.KeySigner(stranger)}
	h.stopOps()
	h.ops = txmgr.New(h.pool, h.sim.Client(), h.chainID, func(a common.Address) (txmgr.Signer, error) { return keys[a], nil },
		txmgr.Options{PollInterval: 10 * time.Millisecond, Decoder: contracts.DecodeError})
	txCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = h.ops.Run(txCtx) }()
	h.stopOps = func() { stop(); <-done }
	h.batcher.Ops, h.batcher.Signer, h.batcher.RetryAfter = h.ops, strangerAddr, time.Minute

	h.ingest(ndjson(objectEvent(1, sgtin(1))), FormatNDJSON)
	b, err := h.batcher.Cut(ctx, true)
	if err != nil || b == nil {
		t.Fatalf("cut: %v %v", b, err)
	}
	// failedAgo waits for the batch's operation to fail and dates the failure ago.
	failedAgo := func(ago time.Duration) {
		t.Helper()
		var op int64
		if err := h.pool.QueryRow(ctx, `SELECT operation_id FROM trace_batches WHERE id = $1`, b.ID).Scan(&op); err != nil {
			t.Fatal(err)
		}
		if got, err := h.ops.Wait(ctx, op); err != nil || got.State != txmgr.StateFailed {
			t.Fatalf("operation %d: %+v %v", op, got, err)
		}
		if _, err := h.pool.Exec(ctx, `UPDATE operations SET updated_at = now() - make_interval(secs => $2) WHERE id = $1`, op, ago.Seconds()); err != nil {
			t.Fatal(err)
		}
	}
	reanchor := func(want bool, what string) {
		t.Helper()
		ids, err := h.batcher.Reanchor(ctx)
		if err != nil || (len(ids) == 1) != want || len(ids) > 1 {
			t.Fatalf("%s: re-anchored %v %v, want %v", what, ids, err, want)
		}
	}
	failedAgo(59 * time.Second)
	reanchor(false, "first failure, 59 s ago")
	failedAgo(61 * time.Second)
	reanchor(true, "first failure, 61 s ago")
	failedAgo(61 * time.Second)
	reanchor(false, "second failure, 61 s ago (waits 2 min)")
	failedAgo(119 * time.Second)
	reanchor(false, "second failure, 119 s ago")
	failedAgo(121 * time.Second)
	reanchor(true, "second failure, 121 s ago")
	failedAgo(239 * time.Second)
	reanchor(false, "third failure, 239 s ago (waits 4 min)")
	if n := h.count(`SELECT anchor_attempts FROM trace_batches WHERE id = $1`, b.ID); n != 3 {
		t.Fatalf("%d attempts counted, want 3", n)
	}
	// However many failures, an hour at most.
	if _, err := h.pool.Exec(ctx, `UPDATE trace_batches SET anchor_attempts = 1000 WHERE id = $1`, b.ID); err != nil {
		t.Fatal(err)
	}
	failedAgo(59 * time.Minute)
	reanchor(false, "1000th failure, 59 min ago")
	failedAgo(61 * time.Minute)
	reanchor(true, "1000th failure, 61 min ago")
	if got := h.batcher.backoff(1000); got != MaxRetryAfter {
		t.Errorf("backoff after 1000 failures: %v", got)
	}
	if got := h.batcher.backoff(3); got != 4*time.Minute {
		t.Errorf("backoff after 3 failures: %v", got)
	}
}

// TestBatcherReanchorAsksTheChain: a failed batch whose root the chain holds
// already (the projection lags, or someone anchored it first) is not anchored
// again.
func TestBatcherReanchorAsksTheChain(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.batcher.Chain = h.sim.Client()
	h.batcher.RetryAfter = time.Minute
	h.ingest(ndjson(objectEvent(1, sgtin(1))), FormatNDJSON)
	b, err := h.batcher.Cut(ctx, true)
	if err != nil || b == nil {
		t.Fatalf("cut: %v %v", b, err)
	}
	h.waitAnchored()
	// As if the operation had failed and the projection had not seen the anchor.
	if _, err := h.pool.Exec(ctx, `UPDATE operations SET state = 'failed', updated_at = now() - interval '1 hour' WHERE id = $1`, b.OperationID); err != nil {
		t.Fatal(err)
	}
	if _, err := h.pool.Exec(ctx, `DELETE FROM trace_anchors`); err != nil {
		t.Fatal(err)
	}
	if ids, err := h.batcher.Reanchor(ctx); err != nil || len(ids) != 0 {
		t.Fatalf("re-anchored a root the chain holds: %v %v", ids, err)
	}
	if n := h.count(`SELECT count(*) FROM operations WHERE kind = 'trace.anchor'`); n != 1 {
		t.Fatalf("%d anchoring operations, want 1", n)
	}
}
