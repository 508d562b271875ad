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
	h.stopTx()
	h.tx = txmgr.New(h.pool, h.sim.Client(), h.chainID, func(a common.Address) (txmgr.Signer, error) { return keys[a], nil },
		txmgr.Options{PollInterval: 10 * time.Millisecond})
	txCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = h.tx.Run(txCtx) }()
	h.stopTx = func() { stop(); <-done }
	h.batcher.Tx, h.batcher.Signer, h.batcher.RetryAfter = h.tx, brandAddr, time.Hour

	h.ingest(ndjson(objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2))), FormatNDJSON)
	b, err := h.batcher.Cut(ctx, true)
	if err != nil || b == nil {
		t.Fatalf("cut: %v %v", b, err)
	}
	op, err := h.tx.Wait(ctx, b.OperationID)
	if err != nil || op.State != txmgr.StateFailed || op.ErrorCode != "TraceUnauthorized" {
		t.Fatalf("anchoring by a key without a role: %+v %v", op, err)
	}
	if ids, err := h.batcher.Reanchor(ctx); err != nil || len(ids) != 0 {
		t.Fatalf("re-anchored before the retry time: %v %v", ids, err)
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
