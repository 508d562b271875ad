package contracts_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts"
)

// TestDeployMissing: a deployment recorded before TraceAnchor and
// CopyrightRegistry existed gets both, wired to its registry, and a complete
// one is left alone.
func TestDeployMissing(t *testing.T) {
	e := newEnv(t)
	for _, a := range []common.Address{e.dep.TraceAnchor, e.dep.CopyrightRegistry} {
		if code, err := e.client.CodeAt(e.ctx, a, nil); err != nil || len(code) == 0 {
			t.Fatalf("Deploy left %s without code (err %v)", a, err)
		}
	}
	old := *e.dep
	old.TraceAnchor, old.CopyrightRegistry = common.Address{}, common.Address{}
	e.ch.StartMiner(5 * time.Millisecond) // DeployMissing waits for receipts
	defer e.ch.StopMiner()
	added, err := contracts.DeployMissing(e.ctx, e.client, e.op.opts, &old)
	if err != nil || !added {
		t.Fatalf("DeployMissing = %v, %v; want true, nil", added, err)
	}
	if old.TraceAnchor == e.dep.TraceAnchor || old.CopyrightRegistry == e.dep.CopyrightRegistry || old.TraceAnchor == old.CopyrightRegistry {
		t.Fatalf("DeployMissing reused addresses: %+v", old)
	}
	for _, a := range []common.Address{old.TraceAnchor, old.CopyrightRegistry} {
		if code, err := e.client.CodeAt(e.ctx, a, nil); err != nil || len(code) == 0 {
			t.Fatalf("DeployMissing left %s without code (err %v)", a, err)
		}
	}
	again := old
	if added, err := contracts.DeployMissing(e.ctx, e.client, e.op.opts, &again); err != nil || added || again != old {
		t.Fatalf("DeployMissing on a complete deployment = %v, %v, %+v", added, err, again)
	}
}
