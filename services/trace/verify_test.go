package trace

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/problem"
)

// anchoredHistory ingests two events of one item, batches and anchors them,
// and returns the item's history.
func anchoredHistory(t *testing.T, h *harness) History {
	t.Helper()
	h.ingest(ndjson(objectEvent(1, sgtin(7)), objectEvent(2, sgtin(8)), objectEvent(3, sgtin(7))), FormatNDJSON)
	if _, err := h.batcher.Cut(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	h.waitAnchored()
	hist, err := h.svc.ItemHistory(context.Background(), sgtin(7), "", 10)
	if err != nil || len(hist.Items) != 2 {
		t.Fatalf("history: %+v %v", hist, err)
	}
	return hist
}

// TestVerify checks a served entry, and each way of tampering with it.
func TestVerify(t *testing.T) {
	h := newHarness(t)
	hist := anchoredHistory(t, h)
	entry, other := hist.Items[1], hist.Items[0]
	v := Verifier{Chain: h.sim.Client(), Anchor: h.dep.TraceAnchor}
	str := func(s string) *string { return &s }
	for _, tt := range []struct {
		name    string
		tamper  func(e *Entry)
		reasons []string
	}{
		{"AsServed", func(*Entry) {}, nil},
		{"TamperedEvent", func(e *Entry) {
			e.Event = json.RawMessage(strings.Replace(string(e.Event), "shipping", "receiving", 1))
		}, []string{ReasonHashMismatch, ReasonProofInvalid}},
		{"WrongHash", func(e *Entry) { e.EventHash = "0x" + strings.Repeat("00", 32) }, []string{ReasonHashMismatch, ReasonHashIDMismatch}},
		{"ZeroHashID", func(e *Entry) { e.EventHashID = "ni:///sha-256;" + strings.Repeat("00", 32) + "?ver=CBV2.0" }, []string{ReasonHashIDMismatch}},
		{"OtherEventsHashID", func(e *Entry) { e.EventHashID = other.EventHashID }, []string{ReasonHashIDMismatch}},
		{"HashIDOfOtherVersion", func(e *Entry) { e.EventHashID = strings.Replace(e.EventHashID, "CBV2.0", "CBV2.1", 1) }, []string{ReasonHashIDMismatch}},
		{"NoHashID", func(e *Entry) { e.EventHashID = "" }, []string{ReasonHashIDMismatch}},
		{"TamperedProof", func(e *Entry) {
			e.Proof = append(slices.Clone(e.Proof[:len(e.Proof)-1]), "0x"+strings.Repeat("ab", 32))
		},
			[]string{ReasonProofInvalid}},
		{"WrongRoot", func(e *Entry) { e.Batch.Root = str("0x" + strings.Repeat("11", 32)) }, []string{ReasonProofInvalid, ReasonNotAnchored}},
		{"WrongTransaction", func(e *Entry) { e.Batch.TxHash = str("0x" + strings.Repeat("22", 32)) }, []string{ReasonAnchorMismatch}},
		{"WrongCount", func(e *Entry) { n := 99; e.Batch.ItemCount = &n }, []string{ReasonAnchorMismatch}},
		{"OtherChain", func(e *Entry) { e.Chain.ChainID = "1" }, []string{ReasonChainMismatch}},
		{"NotYetAnchored", func(e *Entry) { e.Batch.TxHash, e.Batch.BlockNumber = nil, nil }, []string{ReasonNotYetAnchored}},
		{"Unbatched", func(e *Entry) { e.Batch = BatchRef{Status: StatusPending}; e.Proof = []string{} }, []string{ReasonNotYetAnchored}},
		{"Malformed", func(e *Entry) { e.Proof = []string{"0x12"} }, []string{ReasonMalformed}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := entry
			tt.tamper(&e)
			got, err := v.Verify(context.Background(), e)
			if err != nil {
				t.Fatal(err)
			}
			if got.Valid != (tt.reasons == nil) || !slices.Equal(got.Reasons, append([]string{}, tt.reasons...)) {
				t.Errorf("got %+v, want reasons %v", got, tt.reasons)
			}
		})
	}
	otherAnchor := v
	otherAnchor.Anchor = h.dep.IdentityRegistry
	if got, err := otherAnchor.Verify(context.Background(), entry); err != nil || got.Valid || !slices.Equal(got.Reasons, []string{ReasonChainMismatch}) {
		t.Errorf("against another anchor: %+v %v", got, err)
	}
	if got, err := (Verifier{Chain: h.sim.Client()}).Verify(context.Background(), entry); !errors.Is(err, ErrNoAnchor) {
		t.Errorf("without an anchor to trust: %+v %v, want ErrNoAnchor", got, err)
	}
	// An entry naming a contract of its own making is refused, whatever it holds.
	named := entry
	named.Chain.TraceAnchor = h.dep.IdentityRegistry.Hex()
	if got, err := v.Verify(context.Background(), named); err != nil || got.Valid || !slices.Equal(got.Reasons, []string{ReasonChainMismatch}) {
		t.Errorf("an entry naming another contract: %+v %v", got, err)
	}
	if got, err := v.Verify(context.Background(), entry); err != nil || got.Anchor != h.dep.TraceAnchor || got.Anchorer != h.batcher.Signer {
		t.Errorf("anchor and anchorer: %+v %v", got, err)
	}
}

// TestVerifySupplierAnchoredRoot: a supplier may call TraceAnchor.anchor, so
// it can anchor a tree of its own making around a made-up event with a proof
// that checks out everywhere. Only the platform operator anchors batches: the
// entry is not valid, and says why.
func TestVerifySupplierAnchoredRoot(t *testing.T) {
	h := newHarness(t)
	entry := h.forgedEntry()
	got, err := Verifier{Chain: h.sim.Client(), Anchor: h.dep.TraceAnchor}.Verify(context.Background(), entry)
	if err != nil || got.Valid || !slices.Equal(got.Reasons, []string{ReasonAnchorerNotTrusted}) {
		t.Fatalf("a supplier-anchored root: %+v %v, want %s alone", got, err, ReasonAnchorerNotTrusted)
	}
	// A service without its own anchor refuses rather than trust the entry's.
	svc := *h.svc
	svc.Anchor = common.Address{}
	if _, err := (&handlers{s: &svc}).verifyEntry(context.Background(), entry); !errors.Is(err, ErrNoAnchor) {
		t.Fatalf("a service without an anchor: %v", err)
	}
}

// forgedEntry has a new key registered as a SUPPLIER anchor a tree of two
// made-up events, and returns the entry of the first, proof and all.
func (h *harness) forgedEntry() Entry {
	h.t.Helper()
	ctx := context.Background()
	client := h.sim.Client()
	sup := h.newSupplier()
	evs, err := Decode([]byte(ndjson(objectEvent(1, sgtin(666)), objectEvent(2, sgtin(667)))), FormatNDJSON)
	if err != nil {
		h.t.Fatal(err)
	}
	tree := merkle.Build([][32]byte{merkle.Leaf(evs[0].Hash), merkle.Leaf(evs[1].Hash)})
	root := tree.Root()
	ta := traceanchor.NewTraceAnchor()
	tx, err := bind.Transact(ta.Instance(client, h.dep.TraceAnchor), bind.NewKeyedTransactor(sup, h.chainID), ta.PackAnchor(root, 2, "forged"))
	if err != nil {
		h.t.Fatal(err)
	}
	r, err := contracts.WaitReceipt(ctx, client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		h.t.Fatalf("the supplier's anchor: %+v %v", r, err)
	}
	var proof []string
	for _, p := range tree.Proof(0) {
		proof = append(proof, hexHash(p[:]))
	}
	rootHex, txHex, blk, count := hexHash(root[:]), tx.Hash().Hex(), r.BlockNumber.Uint64(), 2
	return Entry{Event: evs[0].Body, EventHash: hexHash(evs[0].Hash[:]), EventHashID: hashID(evs[0].Hash[:]), Proof: proof,
		Batch: BatchRef{Root: &rootHex, TxHash: &txHex, BlockNumber: &blk, ItemCount: &count, Status: StatusAnchored},
		Chain: ChainRef{ChainID: h.chainID.String(), TraceAnchor: h.dep.TraceAnchor.Hex()}}
}

// newSupplier registers a new key as an active SUPPLIER and gives it gas money.
func (h *harness) newSupplier() *ecdsa.PrivateKey {
	h.t.Helper()
	ctx := context.Background()
	client := h.sim.Client()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	reg := identityregistry.NewIdentityRegistry()
	opts := bind.NewKeyedTransactor(h.key, h.chainID)
	regTx, err := bind.Transact(reg.Instance(client, h.dep.IdentityRegistry), opts,
		reg.PackRegisterOrganization(addr, "did:web:"+addr.Hex()+".test", [][32]byte{crypto.Keccak256Hash([]byte("SUPPLIER_ROLE"))}))
	if err != nil {
		h.t.Fatal(err)
	}
	if r, err := contracts.WaitReceipt(ctx, client, regTx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		h.t.Fatalf("register the supplier: %+v %v", r, err)
	}
	nonce, err := client.PendingNonceAt(ctx, opts.From)
	if err != nil {
		h.t.Fatal(err)
	}
	fund := types.MustSignNewTx(h.key, types.LatestSignerForChainID(h.chainID), &types.DynamicFeeTx{ChainID: h.chainID, Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &addr, Value: big.NewInt(1e18)})
	if err := client.SendTransaction(ctx, fund); err != nil {
		h.t.Fatal(err)
	}
	if r, err := contracts.WaitReceipt(ctx, client, fund.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		h.t.Fatalf("fund the supplier: %+v %v", r, err)
	}
	return key
}

// TestItemHistoryPages pages through an item's history in event time order.
func TestItemHistoryPages(t *testing.T) {
	h := newHarness(t)
	var evs []string
	for i := range 5 {
		evs = append(evs, objectEvent(50-i, sgtin(1))) // ingested newest first
	}
	h.ingest(ndjson(evs...), FormatNDJSON)
	var seen []string
	cursor := ""
	for range 3 {
		page, err := h.svc.ItemHistory(context.Background(), sgtin(1), cursor, 2)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			if e.Batch.Status != StatusPending || e.Batch.Root != nil || len(e.Proof) != 0 {
				t.Errorf("unbatched entry: %+v", e.Batch)
			}
			var ev struct {
				EventTime string `json:"eventTime"`
			}
			_ = json.Unmarshal(e.Event, &ev)
			seen = append(seen, ev.EventTime)
		}
		if page.NextCursor == nil {
			break
		}
		cursor = *page.NextCursor
	}
	if !slices.IsSorted(seen) || len(seen) != 5 {
		t.Fatalf("history times %v", seen)
	}
	if _, err := h.svc.ItemHistory(context.Background(), sgtin(2), "", 2); err == nil {
		t.Fatal("an unknown item has a history")
	}
	for _, c := range []string{"yesterday", "-9223372036854775808_0", "9223372036854775807_0", "0_-1", "253402300800000000_1", "-62135596800000001_1"} {
		_, err := h.svc.ItemHistory(context.Background(), sgtin(1), c, 2)
		var p *problem.Error
		// 422, as every other list of this API answers a cursor it did not give.
		if !errors.As(err, &p) || p.Status != 422 || p.Code != "invalid_cursor" {
			t.Errorf("cursor %q: %v, want a 422 invalid_cursor", c, err)
		}
	}
}

// TestVerifyChecked: the answer names exactly the fields it checked. The
// batch fields the leaf and the anchor do not commit to (id, leaf_index,
// status, anchored_at) are never among them, and whatever is written there
// the answer stays the same.
func TestVerifyChecked(t *testing.T) {
	h := newHarness(t)
	entry := anchoredHistory(t, h).Items[1]
	v := Verifier{Chain: h.sim.Client(), Anchor: h.dep.TraceAnchor}
	all := []string{"event", "event_hash", "event_hash_id", "proof", "batch.root", "batch.item_count",
		"batch.block_number", "batch.tx_hash", "chain.chain_id", "chain.trace_anchor", "anchorer"}
	got, err := v.Verify(context.Background(), entry)
	if err != nil || !got.Valid {
		t.Fatalf("as served: %+v %v", got, err)
	}
	if diff := cmp.Diff(all, got.Checked); diff != "" {
		t.Errorf("checked (-want +got):\n%s", diff)
	}
	junk := entry
	id, leaf, at := "no such batch", 12345, time.Unix(0, 0)
	junk.Batch.ID, junk.Batch.LeafIndex, junk.Batch.AnchoredAt, junk.Batch.Status = &id, &leaf, &at, "bogus"
	if again, err := v.Verify(context.Background(), junk); err != nil || !again.Valid || !slices.Equal(again.Checked, got.Checked) {
		t.Errorf("unchecked fields changed the answer: %+v %v", again, err)
	}
	pending := entry
	pending.Batch = BatchRef{Status: StatusPending}
	pending.Proof = []string{}
	if got, err := v.Verify(context.Background(), pending); err != nil || !slices.Equal(got.Checked, all[:3]) {
		t.Errorf("pending entry: checked %v (%v), want %v", got.Checked, err, all[:3])
	}
}
