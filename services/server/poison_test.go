package server_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/server/servertest"
	"github.com/duochain/duochain/services/txmgr"
)

// TestPoisonOverHTTP: the registration that once built a 320 KB transaction
// (10,000 roles) is refused at the API with too_many_items, and so is any list
// longer than the six roles; repeats count once. A transaction the node
// refuses for good, enqueued on the operator's key below the API, fails with
// its reason at GET /v1/operations/{id}, and ten registrations signed by the
// same key after it are all created.
func TestPoisonOverHTTP(t *testing.T) {
	s := servertest.New(t)
	tooMany := servertest.Refused(http.StatusUnprocessableEntity, "too_many_items", "roles")

	t.Run("TenThousandRoles", func(t *testing.T) {
		roles := make([]string, 10_000)
		for i := range roles {
			roles[i] = identity.Roles[i%len(identity.Roles)]
		}
		s.On(t).Refuse(t, tooMany, "operator", "POST", "/v1/organizations", map[string]any{"name": "Many Roles Ltd", "roles": roles, "tax_id": servertest.TaxID("Many Roles Ltd")})
	})
	t.Run("SevenRoles", func(t *testing.T) {
		roles := append(slices.Clone(identity.Roles), "SUPPLIER")
		s.On(t).Refuse(t, tooMany, "operator", "POST", "/v1/organizations", map[string]any{"name": "Seven Ltd", "roles": roles, "tax_id": servertest.TaxID("Seven Ltd")})
	})
	t.Run("RepeatsCountOnce", func(t *testing.T) {
		s := s.On(t)
		var created struct {
			ID    string   `json:"id"`
			Roles []string `json:"roles"`
		}
		s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", map[string]any{"name": "Twice Bank", "roles": []string{"FINANCIER", "CLEARING", "FINANCIER"}}, &created)
		if want := []string{"FINANCIER", "CLEARING"}; !slices.Equal(created.Roles, want) {
			t.Errorf("roles %v, want %v", created.Roles, want)
		}
	})

	t.Run("PoisonThenTen", func(t *testing.T) {
		s := s.On(t)
		ctx := context.Background()
		operator := crypto.PubkeyToAddress(s.Server.Config.OperatorKey.PublicKey)
		tx, err := s.Server.Pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		// Over geth's 128 KiB transaction size limit, yet it estimates fine
		// (an account without code takes any call data).
		poisonID, err := s.Server.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "test.poison", Signer: operator,
			To: common.HexToAddress("0x00000000000000000000000000000000000d0c0a"), Data: bytes.Repeat([]byte{0xff}, 132_000)})
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		s.Server.Ops.Notify()
		for i := range 10 {
			name := fmt.Sprintf("After Poison %d", i)
			s.Must(http.StatusCreated, "operator", "POST", "/v1/organizations", map[string]any{"name": name, "roles": []string{"SUPPLIER"}, "tax_id": servertest.TaxID(name)}, nil)
		}
		var op struct {
			State  string  `json:"state"`
			TxHash *string `json:"tx_hash"`
			Error  *struct {
				Code   string `json:"code"`
				Detail string `json:"detail"`
			} `json:"error"`
		}
		s.Must(http.StatusOK, "operator", "GET", fmt.Sprintf("/v1/operations/%d", poisonID), nil, &op)
		if op.State != "failed" || op.Error == nil || op.Error.Code != "TransactionOversized" || !strings.Contains(op.Error.Detail, "oversized data") || op.TxHash != nil {
			t.Errorf("poison operation: %+v, error %+v; want failed with TransactionOversized, the node's reason and no transaction", op, op.Error)
		}
	})
}
