// Package datadir reads and writes what `duochain run`, `deploy` and
// `serve` keep in the data directory (--data): the deployment record, the
// demo cast, the deployer and faucet keys and the keystore passphrase, so
// that the subcommands and the load generator read them alike.
package datadir

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// KeySecretEnv and KeySecretFileEnv name where `duochain serve` and `deploy`
// take the keystore passphrase from.
const (
	KeySecretEnv     = "DUOCHAIN_KEY_SECRET"
	KeySecretFileEnv = "DUOCHAIN_KEY_SECRET_FILE"
)

// ServeKeySecret is the keystore passphrase of `duochain serve` and `deploy`:
// DUOCHAIN_KEY_SECRET, or the contents of DUOCHAIN_KEY_SECRET_FILE, a file
// outside the data directory that only its owner may read. They never make
// one up, nor read one lying in the data directory beside the keys it
// protects: whoever copies that directory would have both.
func ServeKeySecret(dataDir string) (string, error) {
	if v := os.Getenv(KeySecretEnv); v != "" {
		return v, nil
	}
	path := os.Getenv(KeySecretFileEnv)
	if path == "" {
		return "", fmt.Errorf("set %s to the keystore passphrase, or %s to a file holding it, outside %s and readable by its owner only (chmod 600)",
			KeySecretEnv, KeySecretFileEnv, dataDir)
	}
	return readSecretFile(path, dataDir)
}

// readSecretFile reads a passphrase from path, refusing a file inside dataDir
// (symbolic links followed) or one that group or others may read.
func readSecretFile(path, dataDir string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s: %w", KeySecretFileEnv, err)
	}
	if real, err = filepath.Abs(real); err != nil {
		return "", err
	}
	data, err := filepath.Abs(dataDir)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(data); err == nil {
		data = r
	}
	if rel, err := filepath.Rel(data, real); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s %s is inside the data directory %s: keep the passphrase apart from the keys it protects", KeySecretFileEnv, path, dataDir)
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", fmt.Errorf("%s: %w", KeySecretFileEnv, err)
	}
	if !st.Mode().IsRegular() {
		return "", fmt.Errorf("%s %s is not a regular file", KeySecretFileEnv, path)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return "", fmt.Errorf("%s %s is readable by group or others (mode %04o): chmod 600 %s", KeySecretFileEnv, path, perm, path)
	}
	b, err := os.ReadFile(real)
	if err != nil {
		return "", fmt.Errorf("%s: %w", KeySecretFileEnv, err)
	}
	s := strings.TrimSpace(string(b))
	if s == "" {
		return "", fmt.Errorf("%s %s is empty", KeySecretFileEnv, path)
	}
	return s, nil
}

// WarnSecretInData tells a serve that finds the passphrase `duochain run`
// keeps in the data directory that it is ignored, and should go.
func WarnSecretInData(dataDir string) {
	path := filepath.Join(dataDir, "keystore.secret")
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(os.Stderr, "duochain: %s holds a keystore passphrase beside the keys; serve ignores it: move it out of %s and point %s at it\n",
			path, dataDir, KeySecretFileEnv)
	}
}

// LoadOrCreateSecret is the keystore passphrase of the demo (`duochain run`,
// `devchain`): DUOCHAIN_KEY_SECRET or DUOCHAIN_KEY_SECRET_FILE as for serve when
// set, else the file path in the data directory, made up on first use.
func LoadOrCreateSecret(path string) (string, error) {
	if v := os.Getenv(KeySecretEnv); v != "" {
		return v, nil
	}
	if f := os.Getenv(KeySecretFileEnv); f != "" {
		return readSecretFile(f, filepath.Dir(path))
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		key, _ := crypto.GenerateKey()
		s := hex.EncodeToString(crypto.FromECDSA(key))
		return s, os.WriteFile(path, []byte(s+"\n"), 0o600)
	}
	return strings.TrimSpace(string(b)), err
}

// ReadKeySecret is the keystore passphrase as `duochain run` reads it from
// the data directory dir, without creating one.
func ReadKeySecret(dir string) (string, error) {
	if v := os.Getenv(KeySecretEnv); v != "" {
		return v, nil
	}
	if f := os.Getenv(KeySecretFileEnv); f != "" {
		return readSecretFile(f, dir)
	}
	b, err := os.ReadFile(filepath.Join(dir, "keystore.secret"))
	if err != nil {
		return "", fmt.Errorf("read the keystore passphrase: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}
