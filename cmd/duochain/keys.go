package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// The deployer and faucet keys (deployer.key, faucet.key in --data) are
// go-ethereum keystore files under the same passphrase as the custodial
// keystore. Older duochains wrote them as plaintext hex: loadOrCreateKey
// encrypts such a file in place the first time it reads it.

// keySecretEnv and keySecretFileEnv name where `duochain serve` and `deploy`
// take the keystore passphrase from.
const (
	keySecretEnv     = "DUOCHAIN_KEY_SECRET"
	keySecretFileEnv = "DUOCHAIN_KEY_SECRET_FILE"
)

// serveKeySecret is the keystore passphrase of `duochain serve` and `deploy`:
// DUOCHAIN_KEY_SECRET, or the contents of DUOCHAIN_KEY_SECRET_FILE, a file
// outside the data directory that only its owner may read. They never make
// one up, nor read one lying in the data directory beside the keys it
// protects: whoever copies that directory would have both.
func serveKeySecret(dataDir string) (string, error) {
	if v := os.Getenv(keySecretEnv); v != "" {
		return v, nil
	}
	path := os.Getenv(keySecretFileEnv)
	if path == "" {
		return "", fmt.Errorf("set %s to the keystore passphrase, or %s to a file holding it, outside %s and readable by its owner only (chmod 600)",
			keySecretEnv, keySecretFileEnv, dataDir)
	}
	return readSecretFile(path, dataDir)
}

// readSecretFile reads a passphrase from path, refusing a file inside dataDir
// (symbolic links followed) or one that group or others may read.
func readSecretFile(path, dataDir string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s: %w", keySecretFileEnv, err)
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
		return "", fmt.Errorf("%s %s is inside the data directory %s: keep the passphrase apart from the keys it protects", keySecretFileEnv, path, dataDir)
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", fmt.Errorf("%s: %w", keySecretFileEnv, err)
	}
	if !st.Mode().IsRegular() {
		return "", fmt.Errorf("%s %s is not a regular file", keySecretFileEnv, path)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return "", fmt.Errorf("%s %s is readable by group or others (mode %04o): chmod 600 %s", keySecretFileEnv, path, perm, path)
	}
	b, err := os.ReadFile(real)
	if err != nil {
		return "", fmt.Errorf("%s: %w", keySecretFileEnv, err)
	}
	s := strings.TrimSpace(string(b))
	if s == "" {
		return "", fmt.Errorf("%s %s is empty", keySecretFileEnv, path)
	}
	return s, nil
}

// warnSecretInData tells a serve that finds the passphrase `duochain run`
// keeps in the data directory that it is ignored, and should go.
func warnSecretInData(dataDir string) {
	path := filepath.Join(dataDir, "keystore.secret")
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(os.Stderr, "duochain: %s holds a keystore passphrase beside the keys; serve ignores it: move it out of %s and point %s at it\n",
			path, dataDir, keySecretFileEnv)
	}
}

// loadOrCreateKey reads the private key in path, a keystore file encrypted
// with secret, creating one on first use. A plaintext hex key, as older
// duochains wrote, is encrypted in place (the plaintext file is replaced).
// light selects cheap scrypt parameters for new files, for development only.
func loadOrCreateKey(path, secret string, light bool) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		return key, writeKeyFile(path, key, secret, light)
	}
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
		k, err := keystore.DecryptKey(b, secret)
		if err != nil {
			return nil, fmt.Errorf("decrypt %s (is the keystore passphrase the one it was made with?): %w", path, err)
		}
		return k.PrivateKey, nil
	}
	key, err := crypto.HexToECDSA(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("read key %s: %w", path, err)
	}
	if err := writeKeyFile(path, key, secret, light); err != nil {
		return nil, fmt.Errorf("encrypt the plaintext key %s: %w", path, err)
	}
	return key, nil
}

// writeKeyFile writes key to path as a keystore file, atomically: a crash
// leaves the old file or the new one, never half of either.
func writeKeyFile(path string, key *ecdsa.PrivateKey, secret string, light bool) error {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	k := &keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	if _, err := rand.Read(k.Id[:]); err != nil {
		return err
	}
	k.Id[6] = k.Id[6]&0x0f | 0x40 // a version 4 (random) UUID
	k.Id[8] = k.Id[8]&0x3f | 0x80
	b, err := keystore.EncryptKey(k, secret, n, p)
	if err != nil {
		return fmt.Errorf("encrypt %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
