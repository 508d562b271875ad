package copyright_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/server/servertest"
)

// refuseUpload is refuse for a multipart upload.
func refuseUpload(s *servertest.Stack, t *testing.T, want servertest.Refusal, org, path string, fields map[string]string, file []byte) servertest.Problem {
	t.Helper()
	ops := s.RequestOps(t)
	p := servertest.CheckProblem(t, s.On(t).Upload(org, path, fields, file), want)
	if n := s.RequestOps(t); n != ops {
		t.Errorf("refused upload to %s recorded %d operations", path, n-ops)
	}
	return p
}

// ethCall runs a JSON-RPC eth_call request body from a certificate step on the stack's chain.
func ethCall(s *servertest.Stack, t *testing.T, step json.RawMessage) []byte {
	t.Helper()
	var rpc struct {
		Method string `json:"method"`
		Params []json.RawMessage
	}
	if err := json.Unmarshal(step, &rpc); err != nil || rpc.Method != "eth_call" {
		t.Fatalf("not an eth_call: %s (%v)", step, err)
	}
	var msg struct {
		To   common.Address `json:"to"`
		Data string         `json:"data"`
	}
	if err := json.Unmarshal(rpc.Params[0], &msg); err != nil {
		t.Fatal(err)
	}
	out, err := s.Sim.Client().CallContract(context.Background(), ethereum.CallMsg{To: &msg.To, Data: common.FromHex(msg.Data)}, nil)
	if err != nil {
		t.Fatalf("eth_call %s: %v", step, err)
	}
	return out
}

// blockOf reads block n's hash and time from the stack's chain.
func blockOf(s *servertest.Stack, t *testing.T, n uint64) (common.Hash, time.Time) {
	t.Helper()
	h, err := s.Sim.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h.Hash(), time.Unix(int64(h.Time), 0).UTC()
}
