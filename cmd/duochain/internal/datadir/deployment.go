package datadir

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
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

// RetireStaleData moves a demo data directory made for other contracts aside
// (to dir.old-<time>) and reports whether it did: the demo starts afresh, since
// its chain, keys and read model belong to contracts this binary cannot drive.
func RetireStaleData(dir string) (string, error) {
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

// LoadDeployment reads dir/deployment.json, where deploy and run record the
// contracts' addresses.
func LoadDeployment(dir string) (*contracts.Deployment, error) {
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

// RecordDeployment writes the deployment to path (dir/deployment.json).
func RecordDeployment(path string, dep *contracts.Deployment) error {
	b, _ := json.MarshalIndent(dep, "", "  ")
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("record deployment: %w", err)
	}
	return nil
}
