package datadir

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRetireStaleData: a data directory made for other contracts is moved
// aside, a current or fresh one is kept.
func TestRetireStaleData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if old, err := RetireStaleData(dir); err != nil || old != "" {
		t.Fatalf("fresh directory: moved to %q, %v", old, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "deployment.json"), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if old, err := RetireStaleData(dir); err != nil || old != "" {
		t.Fatalf("current directory: moved to %q, %v", old, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "contracts.version"), []byte("0123456789abcdef\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := RetireStaleData(dir)
	if err != nil || old == "" {
		t.Fatalf("older contracts: moved to %q, %v", old, err)
	}
	if _, err := os.Stat(filepath.Join(old, "deployment.json")); err != nil {
		t.Fatalf("the old data is not kept aside: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "deployment.json")); !os.IsNotExist(err) {
		t.Fatalf("the new directory still holds the old deployment: %v", err)
	}
}
