package server_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestMachineryKnowsNoCapability: shared machinery imports no capability, no
// contract binding and not the server; capabilities hand it what it needs
// (error tables, projections, decoders) at start. The machinery is listed
// here; a new package of it belongs on the list.
func TestMachineryKnowsNoCapability(t *testing.T) {
	const mod = "github.com/duochain/duochain/"
	machinery := []string{"api", "problem", "txmgr", "indexer", "pg", "merkle", "blockref", "child", "visibility", "taxid"}
	forbidden := []string{"services/receivable", "services/identity", "services/copyright", "services/trace", "services/server", "contracts"}
	for _, m := range machinery {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", mod+"services/"+m).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", m, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range forbidden {
				if dep == mod+f || strings.HasPrefix(dep, mod+f+"/") {
					t.Errorf("services/%s depends on %s", m, strings.TrimPrefix(dep, mod))
				}
			}
		}
	}
}
