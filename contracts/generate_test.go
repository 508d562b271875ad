package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate rebuilds the artifacts and bindings from the sources with
// the pinned compiler and fails when they differ from what is committed: run
// `make generate` and commit the result. It covers the test-only contracts'
// artifacts and bindings under internal/ alike.
func TestGeneratedUpToDate(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatalf("node is required to compile the contracts (.ci/run installs it): %v", err)
	}
	out := t.TempDir()
	cmd := exec.Command("./generate.sh", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generate.sh: %v\n%s", err, b)
	}
	for _, dir := range []string{"artifacts", "bindings", "internal/artifacts", "internal/bindings"} {
		fresh := map[string][]byte{}
		err := filepath.WalkDir(filepath.Join(out, dir), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(out, p)
			fresh[rel], err = os.ReadFile(p)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if _, ok := fresh[p]; !ok {
				t.Errorf("%s is committed but no longer generated", p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for rel, want := range fresh {
			got, err := os.ReadFile(rel)
			if err != nil {
				t.Errorf("%s is generated but not committed", rel)
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is stale: run `make generate` and commit the result", rel)
			}
		}
	}
}
