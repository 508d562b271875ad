package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts"
)

// TestTraceVerifyNeedsRPC: the offline check refuses to run without a chain to check against.
func TestTraceVerifyNeedsRPC(t *testing.T) {
	t.Setenv("CHAIN_RPC_URL", "")
	if err := run(context.Background(), []string{"trace", "verify", "-"}); err == nil {
		t.Fatal("trace verify without --rpc ran")
	}
}

// TestTraceVerifierTrustsTheDeployment: without --anchor the command trusts
// the contracts of the deployment in --data, never the one an entry names.
func TestTraceVerifierTrustsTheDeployment(t *testing.T) {
	dir := t.TempDir()
	d := contracts.Deployment{TraceAnchor: common.HexToAddress("0xa1"), IdentityRegistry: common.HexToAddress("0xb2")}
	b, _ := json.Marshal(d)
	if err := os.WriteFile(filepath.Join(dir, "deployment.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	v, err := traceVerifier("", "", dir)
	if err != nil || v.Anchor != d.TraceAnchor || v.Registry != d.IdentityRegistry {
		t.Fatalf("verifier from the deployment: %+v %v", v, err)
	}
	if v, err := traceVerifier("0x00000000000000000000000000000000000000c3", "", dir); err != nil || v.Anchor != common.HexToAddress("0xc3") {
		t.Fatalf("--anchor: %+v %v", v, err)
	}
	if _, err := traceVerifier("", "", t.TempDir()); err == nil || !strings.Contains(err.Error(), "never trusted") {
		t.Fatalf("no deployment, no --anchor: %v", err)
	}
	if _, err := traceVerifier("not-an-address", "", dir); err == nil {
		t.Fatal("a bad --anchor was accepted")
	}
}

// TestTraceVerifyRefusesToGuess: without --anchor and without a deployment
// the command names what to give; --anchor alone trusts no registry.
func TestTraceVerifyRefusesToGuess(t *testing.T) {
	ctx := context.Background()
	anchor := common.HexToAddress("0xa1")
	if _, err := traceVerifier("", "", t.TempDir()); err == nil || !strings.Contains(err.Error(), "--anchor") {
		t.Fatalf("no anchor to trust: %v", err)
	}
	if err := run(ctx, []string{"trace", "verify", "-", "--rpc", "http://127.0.0.1:1", "--data", t.TempDir()}); err == nil || !strings.Contains(err.Error(), "--anchor") {
		t.Fatalf("trace verify without an anchor to trust: %v", err)
	}
	if v, err := traceVerifier(anchor.Hex(), "", t.TempDir()); err != nil || v.Anchor != anchor || v.Registry != (common.Address{}) {
		t.Fatalf("--anchor: %+v %v", v, err)
	}
}
