package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// contractsVersion names the bytecode of the contracts that hold value and
// identity. They are not upgradable: a data directory whose chain holds other
// bytecode cannot be served by this binary.
func contractsVersion() string {
	h := sha256.New()
	for _, bin := range []string{identityregistry.IdentityRegistryMetaData.Bin, cashtoken.CashTokenMetaData.Bin, receivable.ReceivableMetaData.Bin} {
		h.Write([]byte(bin))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// retireStaleData moves a demo data directory made for other contracts aside
// (to dir.old-<time>) and reports whether it did: the demo starts afresh, since
// its chain, keys and read model belong to contracts this binary cannot drive.
func retireStaleData(dir string) (string, error) {
	marker := filepath.Join(dir, "contracts.version")
	want := contractsVersion()
	got, err := os.ReadFile(marker)
	switch {
	case err == nil && strings.TrimSpace(string(got)) == want:
		return "", nil
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, "deployment.json")); errors.Is(err, fs.ErrNotExist) {
		return "", os.WriteFile(marker, []byte(want+"\n"), 0o644) // a fresh directory
	}
	old := fmt.Sprintf("%s.old-%s", dir, time.Now().UTC().Format("20060102T150405"))
	if err := os.Rename(dir, old); err != nil {
		return "", fmt.Errorf("move the data of older contracts aside: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return old, os.WriteFile(marker, []byte(want+"\n"), 0o644)
}

// loadDeployment reads dir/deployment.json, where deploy and run record the
// contracts' addresses.
func loadDeployment(dir string) (*contracts.Deployment, error) {
	path := filepath.Join(dir, "deployment.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d contracts.Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return &d, nil
}

// parseWithFile parses args, which hold one FILE argument before or after the
// flags, and returns that file ("" when there is none, or more than one).
func parseWithFile(fl *flag.FlagSet, args []string) (string, error) {
	if err := fl.Parse(args); err != nil {
		return "", err
	}
	if fl.NArg() == 0 {
		return "", nil
	}
	file := fl.Arg(0)
	if err := fl.Parse(fl.Args()[1:]); err != nil {
		return "", err
	}
	if fl.NArg() > 0 {
		return "", nil
	}
	return file, nil
}

// readInput reads file, or standard input when file is "-".
func readInput(file string) ([]byte, error) {
	if file == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(file)
}
