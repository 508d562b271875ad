package identity_test

import (
	"context"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestKYBRevocationStopsTransfers: a supplier whose KYB its verifier revokes
// can neither transfer a receivable it holds nor ask for its financing, and
// the chain itself refuses it (ReceivableNotVerified, the same not_verified
// code the API answers); nothing moves; a re-issued KYB restores both.
func TestKYBRevocationStopsTransfers(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER", "bank", "FINANCIER")
	var held [3]servertest.Receivable
	for i := range held {
		s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-KYB-"+string(rune('A'+i)), "1000.00", s.DueIn(60)), &held[i])
		s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+held[i].ID+"/confirm", nil, &held[i])
	}
	var sup1, sup2 struct{ Address common.Address }
	s.Must(http.StatusOK, "sup1", "GET", "/v1/organizations/"+s.IDs["sup1"], nil, &sup1)
	s.Must(http.StatusOK, "sup1", "GET", "/v1/organizations/"+s.IDs["sup2"], nil, &sup2)

	// With KYB: a transfer goes through.
	var moved servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+held[0].ID+"/transfer", map[string]any{"to": s.IDs["sup2"]}, &moved)
	if moved.Holder.ID != s.IDs["sup2"] {
		t.Fatalf("transferred: %+v", moved)
	}

	s.Must(http.StatusOK, "verifier", "DELETE", "/v1/organizations/"+s.IDs["sup1"]+"/credentials/KYB", nil, nil)

	notVerified := servertest.Refused(http.StatusUnprocessableEntity, "not_verified", "")
	s.Refuse(t, notVerified, "sup1", "POST", "/v1/receivables/"+held[1].ID+"/transfer", map[string]any{"to": s.IDs["sup2"]})
	s.Refuse(t, notVerified, "sup1", "POST", "/v1/receivables/"+held[1].ID+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "1000.00", "max_annual_rate": "0.20"})
	s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "not_verified", "to"), "sup2", "POST", "/v1/receivables/"+held[0].ID+"/transfer", map[string]any{"to": s.IDs["sup1"]})

	// The gate is on chain: the same calls, sent by the supplier's account
	// straight to the contract, revert with ReceivableNotVerified(sup1, KYB).
	ctx := context.Background()
	client := s.Sim.Client()
	rcvAddr := s.Server.Config.Deployment.Receivable
	rcv := receivable.NewReceivable()
	id := func(r servertest.Receivable) *big.Int { n, _ := new(big.Int).SetString(r.ID, 10); return n }
	var bankOrg struct{ Address common.Address }
	s.Must(http.StatusOK, "bank", "GET", "/v1/organizations/"+s.IDs["bank"], nil, &bankOrg)
	for name, data := range map[string][]byte{
		"transferFrom":     rcv.PackTransferFrom0(sup1.Address, sup2.Address, id(held[1])),
		"requestFinancing": rcv.PackRequestFinancing(id(held[1]), bankOrg.Address, big.NewInt(100000), big.NewInt(90000), uint64(time.Now().Add(24*time.Hour).Unix()), [32]byte{1}),
	} {
		_, err := client.CallContract(ctx, ethereum.CallMsg{From: sup1.Address, To: &rcvAddr, Data: data}, nil)
		rev, ok := contracts.DecodeRevert(err)
		if !ok || rev.Name != "ReceivableNotVerified" || rev.Args[0] != sup1.Address || rev.Args[1] != identity.Topic("KYB") {
			t.Fatalf("%s by the revoked supplier on chain: %v (decoded %v)", name, err, rev)
		}
		if code := problem.FromChain(rev.Name, rev.Error()).Code; code != notVerified.Code {
			t.Fatalf("%s maps to %q, the API answers %q", rev.Name, code, notVerified.Code)
		}
	}
	rcvC := bind.NewBoundContract(rcvAddr, rcv.GetABI(), client, nil, nil)
	for i, want := range []common.Address{sup2.Address, sup1.Address, sup1.Address} {
		owner, err := bind.Call(rcvC, nil, rcv.PackOwnerOf(id(held[i])), rcv.UnpackOwnerOf)
		if err != nil || owner != want {
			t.Fatalf("receivable %s is held by %s (%v), want %s", held[i].ID, owner, err, want)
		}
	}
	if n := s.Count(t, `SELECT count(*) FROM financing_requests`); n != 0 {
		t.Fatalf("%d financing requests recorded", n)
	}

	// A new KYB credential restores both.
	s.Must(http.StatusCreated, "verifier", "POST", "/v1/organizations/"+s.IDs["sup1"]+"/credentials", map[string]any{
		"topic": "KYB", "document_sha256": "0x" + common.Bytes2Hex(make([]byte, 31)) + "07", "expires_at": time.Now().AddDate(1, 0, 0).UTC().Format(time.RFC3339)}, nil)
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+held[1].ID+"/transfer", map[string]any{"to": s.IDs["sup2"]}, &moved)
	var fr struct{ Status string }
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables/"+held[2].ID+"/financing-requests", map[string]any{"financier": s.IDs["bank"], "value": "1000.00", "max_annual_rate": "0.20"}, &fr)
	if moved.Holder.ID != s.IDs["sup2"] || fr.Status != "requested" {
		t.Fatalf("after re-issue: transfer %+v, financing %+v", moved, fr)
	}
}
