package receivable_test

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/server/servertest"
)

// chainRefuses calls the contract at to as from and fails t unless it reverts
// with the custom error name.
func chainRefuses(s *servertest.Stack, t *testing.T, from, to common.Address, data []byte, name string) *contracts.Revert {
	t.Helper()
	_, err := s.Sim.Client().CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	rev, ok := contracts.DecodeRevert(err)
	if !ok || rev.Name != name {
		t.Fatalf("on chain: %v (decoded %v), want %s", err, rev, name)
	}
	return rev
}

type financingView struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Value     string    `json:"value"`
	MinPrice  string    `json:"min_price"`
	ExpiresAt time.Time `json:"expires_at"`
	Price     *string   `json:"price"`
}

// TestFinancingFloor is the attack of issue 8 §2: a bank funded a 900.00
// request at 0.01 and later redeemed 900.00. The holder's floor and expiry are
// on chain now; the API and the contract both refuse a price under the floor
// and a funding after expiry, and the quote shows the floor and the all-in cost.
func TestFinancingFloor(t *testing.T) {
	s := servertest.New(t)
	s.Demo()
	var root servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-FLOOR-1", "900.00", s.DueIn(90)), &root)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	path := "/v1/receivables/" + root.ID + "/financing-requests"

	t.Run("FloorRequired", func(t *testing.T) {
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "floor_required", "min_price"), "sup1", "POST", path,
			map[string]any{"financier": s.IDs["bank"], "value": "900.00"})
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "floor_required", "min_price"), "sup1", "POST", path,
			map[string]any{"financier": s.IDs["bank"], "value": "900.00", "min_price": "880.00", "max_annual_rate": "0.05"})
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_floor", "min_price"), "sup1", "POST", path,
			map[string]any{"financier": s.IDs["bank"], "value": "900.00", "min_price": "900.01"})
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_rate", "max_annual_rate"), "sup1", "POST", path,
			map[string]any{"financier": s.IDs["bank"], "value": "900.00", "max_annual_rate": "1e-1"})
		for _, exp := range []string{"tomorrow", "2020-01-01T00:00:00Z", time.Now().AddDate(2, 0, 0).UTC().Format(time.RFC3339)} {
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "invalid_expiry", "expires_at"), "sup1", "POST", path,
				map[string]any{"financier": s.IDs["bank"], "value": "900.00", "min_price": "880.00", "expires_at": exp})
		}
	})

	var fr financingView
	expires := s.ChainTime().Add(48 * time.Hour).Truncate(time.Second)
	s.Must(http.StatusCreated, "sup1", "POST", path, map[string]any{"financier": s.IDs["bank"], "value": "900.00", "min_price": "880.00",
		"expires_at": expires.Format(time.RFC3339)}, &fr)
	if fr.MinPrice != "880.00" || !fr.ExpiresAt.Equal(expires) || fr.Status != "requested" {
		t.Fatalf("request: %+v", fr)
	}
	frPath := "/v1/financing-requests/" + fr.ID

	t.Run("Quote", func(t *testing.T) {
		var q struct {
			MinPrice, Price, Discount, EffectiveAnnualRate, NetProceeds string
			MeetsFloor                                                  bool `json:"meets_floor"`
			Days                                                        int64
		}
		s.Must(http.StatusOK, "bank", "GET", frPath+"/quote?annual_rate=0.045", nil, &q)
		raw := s.Get("bank", frPath+"/quote?annual_rate=0.045")
		for _, field := range []string{`"min_price":"880.00"`, `"effective_annual_rate":`, `"net_proceeds":`, `"meets_floor":true`, `"discount":`} {
			if !strings.Contains(string(raw.Body), field) {
				t.Errorf("quote lacks %s: %s", field, raw.Body)
			}
		}
		// 20 % a year for ~90 days takes about 5 % off: below the floor.
		low := s.Get("bank", frPath+"/quote?annual_rate=0.20")
		if !strings.Contains(string(low.Body), `"meets_floor":false`) {
			t.Errorf("a quote under the floor says it meets it: %s", low.Body)
		}
	})

	t.Run("ErrPriceBelowFloor", func(t *testing.T) {
		for _, body := range []map[string]any{{"price": "0.01"}, {"price": "879.99"}, {"annual_rate": "0.20"}} {
			s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "price_below_floor", "price"), "bank", "POST", frPath+"/fund", body)
		}
		// Straight to the contract, as a hostile client would: the floor holds there too.
		id, _ := new(big.Int).SetString(fr.ID, 10)
		rcv := receivable.NewReceivable()
		rev := chainRefuses(s, t, s.Address("bank"), s.Server.Config.Deployment.Receivable, rcv.PackFund(id, big.NewInt(90000), big.NewInt(1)), "ReceivablePriceBelowFloor")
		if rev.Args[1].(*big.Int).Int64() != 88000 || rev.Args[2].(*big.Int).Int64() != 1 {
			t.Errorf("revert arguments %v", rev.Args)
		}
		chainRefuses(s, t, s.Address("bank"), s.Server.Config.Deployment.Receivable, rcv.PackFund(id, big.NewInt(1000), big.NewInt(1000)), "ReceivableTermsMismatch")
	})

	t.Run("ErrExpired", func(t *testing.T) {
		if err := s.Miner.Advance(49 * time.Hour); err != nil {
			t.Fatal(err)
		}
		s.Refuse(t, servertest.Refused(http.StatusConflict, "financing_expired", ""), "bank", "POST", frPath+"/fund", map[string]any{"price": "890.00"})
		id, _ := new(big.Int).SetString(fr.ID, 10)
		chainRefuses(s, t, s.Address("bank"), s.Server.Config.Deployment.Receivable, receivable.NewReceivable().PackFund(id, big.NewInt(90000), big.NewInt(89000)), "ReceivableFinancingExpired")
		var got financingView
		s.Must(http.StatusOK, "bank", "GET", frPath, nil, &got)
		if got.Status != "expired" {
			t.Errorf("status %q after expiry, want expired", got.Status)
		}
		// An expired request holds nothing: the holder asks again, by rate this time.
		var again financingView
		s.Must(http.StatusCreated, "sup1", "POST", path, map[string]any{"financier": s.IDs["bank"], "value": "900.00", "max_annual_rate": "0.06"}, &again)
		// 6 % a year for the days left, rounded down to the fen: the floor the chain holds.
		if floor := decimal.RequireFromString(again.MinPrice); !floor.LessThan(decimal.NewFromInt(900)) || floor.LessThan(decimal.NewFromInt(880)) {
			t.Errorf("floor from 6 %% a year: %s", again.MinPrice)
		}
		s.Must(http.StatusCreated, "bank", "POST", "/v1/financing-requests/"+again.ID+"/fund", map[string]any{"annual_rate": "0.045"}, &again)
		if again.Status != "funded" {
			t.Fatalf("funded at 4.5 %%: %+v", again)
		}
	})
}

// TestSubmissionLapses is issue 8 §4: any supplier can submit against any core
// enterprise, and a pending submission held its invoice for ever and counted in
// the obligor's exposure. It now lapses after 30 days by chain time, frees its
// invoice, and exposure counts only what the obligor confirmed.
func TestSubmissionLapses(t *testing.T) {
	s := servertest.New(t)
	s.Demo()
	var confirmed, pending servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-LAPSE-1", "120.01", s.DueIn(90)), &confirmed)
	s.Must(http.StatusCreated, "core", "POST", "/v1/receivables/"+confirmed.ID+"/confirm", nil, &confirmed)
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-LAPSE-2", "6000.01", s.DueIn(90)), &pending)

	var exp struct {
		Items []struct {
			Value string `json:"value"`
		} `json:"items"`
		ConfirmedValue string `json:"confirmed_value"`
		PendingValue   string `json:"pending_value"`
	}
	s.Must(http.StatusOK, "core", "GET", "/v1/exposure?obligor="+s.IDs["core"], nil, &exp)
	if exp.ConfirmedValue != "120.01" || exp.PendingValue != "6000.01" || len(exp.Items) != 1 || exp.Items[0].Value != "120.01" {
		t.Fatalf("exposure counts unconfirmed value: %+v", exp)
	}

	if err := s.Miner.Advance(31 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	var r struct {
		servertest.Receivable
		LapsesAt *time.Time `json:"lapses_at"`
	}
	s.Must(http.StatusOK, "sup1", "GET", "/v1/receivables/"+pending.ID, nil, &r)
	if r.Status != "lapsed" || r.LapsesAt == nil {
		t.Fatalf("30 days on, unconfirmed: %+v", r)
	}
	var list struct {
		Items []servertest.Receivable `json:"items"`
	}
	s.Must(http.StatusOK, "sup1", "GET", "/v1/receivables?status=lapsed", nil, &list)
	if len(list.Items) != 1 || list.Items[0].ID != pending.ID {
		t.Fatalf("lapsed list: %+v", list.Items)
	}
	s.Must(http.StatusOK, "sup1", "GET", "/v1/receivables?status=pending", nil, &list)
	if len(list.Items) != 0 {
		t.Fatalf("pending list still shows the lapsed one: %+v", list.Items)
	}
	s.Refuse(t, servertest.Refused(http.StatusConflict, "lapsed", ""), "core", "POST", "/v1/receivables/"+pending.ID+"/confirm", nil)
	id, _ := new(big.Int).SetString(pending.ID, 10)
	var fp struct {
		Fingerprint common.Hash `json:"invoice_fingerprint"`
	}
	s.Must(http.StatusOK, "core", "GET", "/v1/receivables/"+pending.ID, nil, &fp)
	chainRefuses(s, t, s.Address("core"), s.Server.Config.Deployment.Receivable, receivable.NewReceivable().PackConfirm(id, fp.Fingerprint), "ReceivableSubmissionLapsed")
	s.Must(http.StatusOK, "core", "GET", "/v1/exposure?obligor="+s.IDs["core"], nil, &exp)
	if exp.PendingValue != "0.00" {
		t.Fatalf("a lapsed submission still counts as pending: %+v", exp)
	}

	// The invoice is free again: the supplier submits it anew, and the chain
	// lapses the old submission in the same transaction.
	var again servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-LAPSE-2", "6000.01", s.DueIn(90)), &again)
	if again.ID == pending.ID || again.Status != "pending" {
		t.Fatalf("resubmitted: %+v", again)
	}
	var old servertest.Receivable
	s.Must(http.StatusOK, "sup1", "GET", "/v1/receivables/"+pending.ID, nil, &old)
	if old.Status != "lapsed" || old.Holder.ID != "" {
		t.Fatalf("the old submission after the new one: %+v", old)
	}
}

// TestNoSelfDealing is issue 8 §5: three self-splits made tiers 2, 3 and 4, all
// held by one supplier; a financier could fund what it owes or holds; a
// verifier could vouch for itself. Each is refused by the API and the chain.
func TestNoSelfDealing(t *testing.T) {
	s := servertest.New(t)
	s.Demo()
	s.Onboard("corebank", "CORE_ENTERPRISE", "FINANCIER")
	var root servertest.Receivable
	body := s.Submission("INV-SELF-1", "5000.00", s.DueIn(90))
	body["obligor"] = s.IDs["corebank"]
	body["invoice"] = servertest.InvoiceOf("INV-SELF-1", "sup1", "corebank")
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", body, &root)
	s.Must(http.StatusCreated, "corebank", "POST", "/v1/receivables/"+root.ID+"/confirm", nil, &root)
	rootPath := "/v1/receivables/" + root.ID
	rcv := receivable.NewReceivable()
	rcvAddr := s.Server.Config.Deployment.Receivable
	id, _ := new(big.Int).SetString(root.ID, 10)
	sup1 := s.Address("sup1")

	t.Run("ErrSelfSplit", func(t *testing.T) {
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "self_transfer", "parts[0].to"), "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["sup1"], "1000.00"))
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "self_transfer", "parts[1].to"), "sup1", "POST", rootPath+"/split",
			map[string]any{"parts": []map[string]any{{"to": s.IDs["sup2"], "value": "100.00"}, {"to": s.IDs["sup1"], "value": "100.00"}}})
		chainRefuses(s, t, sup1, rcvAddr, rcv.PackSplit(id, []receivable.IReceivablePart{{To: sup1, Value: big.NewInt(100000)}}, [32]byte{7}), "ReceivableSelfTransfer")
		chainRefuses(s, t, sup1, rcvAddr, rcv.PackTransferFrom(id, sup1, big.NewInt(100000)), "ReceivableSelfTransfer")
	})
	t.Run("ErrSelfTransfer", func(t *testing.T) {
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "self_transfer", "to"), "sup1", "POST", rootPath+"/transfer", map[string]any{"to": s.IDs["sup1"]})
		chainRefuses(s, t, sup1, rcvAddr, rcv.PackTransferFrom0(sup1, sup1, id), "ReceivableSelfTransfer")
	})
	t.Run("ErrFinancierIsObligor", func(t *testing.T) {
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "self_financing", "financier"), "sup1", "POST", rootPath+"/financing-requests",
			map[string]any{"financier": s.IDs["corebank"], "value": "1000.00", "min_price": "990.00"})
		chainRefuses(s, t, sup1, rcvAddr, rcv.PackRequestFinancing(id, s.Address("corebank"), big.NewInt(100000), big.NewInt(99000),
			uint64(s.ChainTime().Add(time.Hour).Unix()), [32]byte{8}), "ReceivableSelfFinancing")
	})
	t.Run("ErrFinancierIsHolder", func(t *testing.T) {
		// The bank comes to hold a part, then asks itself to finance it.
		var split struct {
			Parts []servertest.Receivable `json:"parts"`
		}
		s.Must(http.StatusCreated, "sup1", "POST", rootPath+"/split", servertest.Parts(s.IDs["bank"], "1000.00"), &split)
		part := split.Parts[0]
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "self_financing", "financier"), "bank", "POST", "/v1/receivables/"+part.ID+"/financing-requests",
			map[string]any{"financier": s.IDs["bank"], "value": "1000.00", "min_price": "990.00"})
		pid, _ := new(big.Int).SetString(part.ID, 10)
		chainRefuses(s, t, s.Address("bank"), rcvAddr, rcv.PackRequestFinancing(pid, s.Address("bank"), big.NewInt(100000), big.NewInt(99000),
			uint64(s.ChainTime().Add(time.Hour).Unix()), [32]byte{9}), "ReceivableSelfFinancing")
	})
	t.Run("ErrVerifierSelfIssue", func(t *testing.T) {
		s.Refuse(t, servertest.Refused(http.StatusUnprocessableEntity, "self_issue", ""), "verifier", "POST", "/v1/organizations/"+s.IDs["verifier"]+"/credentials",
			map[string]any{"topic": "KYB", "document_sha256": strings.Repeat("ab", 32),
				"expires_at": time.Now().AddDate(1, 0, 0).UTC().Format(time.RFC3339)})
		reg := identityregistry.NewIdentityRegistry()
		v := s.Address("verifier")
		chainRefuses(s, t, v, s.Server.Config.Deployment.IdentityRegistry, reg.PackIssueCredential(v, identity.Topic("KYB"), [32]byte{1},
			uint64(s.ChainTime().Add(24*time.Hour).Unix())), "IdentitySelfIssue")
	})
}
