package server_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/server/servertest"
)

// deployed are the bindings of the contracts the server runs against, by the
// name of their artifact.
var deployed = map[string]*bind.MetaData{
	"CashToken":         &cashtoken.CashTokenMetaData,
	"CopyrightRegistry": &copyrightregistry.CopyrightRegistryMetaData,
	"IdentityRegistry":  &identityregistry.IdentityRegistryMetaData,
	"Receivable":        &receivable.ReceivableMetaData,
	"TraceAnchor":       &traceanchor.TraceAnchorMetaData,
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// TestEveryContractErrorHasACode: once the server has wired its
// capabilities, every custom error in the ABI of every deployed contract maps
// to a stable snake_case code of its own (not the generic chain_refused) and
// a 4xx status, so a client always learns what the chain refused.
func TestEveryContractErrorHasACode(t *testing.T) {
	servertest.New(t) // Open registers the capabilities' tables

	// A new contract must join deployed: its errors need codes too. Test
	// contracts (contracts/src/test) are never deployed.
	artifacts, err := filepath.Glob(filepath.Join(servertest.RepoRoot(), "contracts", "artifacts", "*.abi"))
	if err != nil || len(artifacts) == 0 {
		t.Fatalf("no artifacts: %v", err)
	}
	for _, a := range artifacts {
		name := strings.TrimSuffix(filepath.Base(a), ".abi")
		if _, err := os.Stat(filepath.Join(servertest.RepoRoot(), "contracts", "src", "test", name+".sol")); err == nil {
			continue
		}
		if deployed[name] == nil {
			t.Errorf("contract %s has no binding in this test: its errors are unchecked", name)
		}
	}

	n := 0
	for contract, meta := range deployed {
		parsed, err := meta.ParseABI()
		if err != nil {
			t.Fatalf("%s: %v", contract, err)
		}
		if len(parsed.Errors) == 0 {
			t.Errorf("%s declares no custom errors: wrong binding?", contract)
		}
		for name, e := range parsed.Errors {
			n++
			p := problem.FromChain(name, e.Sig)
			switch {
			case p.Code == problem.CodeChainRefused:
				t.Errorf("%s.%s falls back to %s: give it a code in its capability's chain_errors.go", contract, name, p.Code)
			case !snakeCase.MatchString(p.Code):
				t.Errorf("%s.%s maps to %q, not snake_case", contract, name, p.Code)
			case p.Status < 400 || p.Status > 499:
				t.Errorf("%s.%s maps to status %d, want 4xx", contract, name, p.Status)
			}
		}
	}
	t.Logf("%d custom errors in %d contracts", n, len(deployed))
}
