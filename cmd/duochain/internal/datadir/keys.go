package datadir

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// The deployer and faucet keys (deployer.key, faucet.key in --data) are
// go-ethereum keystore files under the same passphrase as the custodial
// keystore. Older duochains wrote them as plaintext hex: LoadOrCreateKey
// encrypts such a file in place the first time it reads it.

// LoadOrCreateKey reads the private key in path, a keystore file encrypted
// with secret, creating one on first use. A plaintext hex key, as older
// duochains wrote, is encrypted in place (the plaintext file is replaced).
// light selects cheap scrypt parameters for new files, for development only.
func LoadOrCreateKey(path, secret string, light bool) (*ecdsa.PrivateKey, error) {
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

// CheckEncrypted reports how the key file at path falls short of what a key
// at rest must be: a keystore file (JSON with a "crypto" section), mode 0600,
// not holding plain (the key's hex) anywhere. Tests of the data directory and
// of the binary both hold key files to it.
func CheckEncrypted(path, plain string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var errs []error
	if !bytes.HasPrefix(b, []byte("{")) || !bytes.Contains(b, []byte(`"crypto"`)) {
		errs = append(errs, fmt.Errorf("%s is not a keystore file", path))
	}
	if bytes.Contains(bytes.ToLower(b), []byte(strings.ToLower(plain))) {
		errs = append(errs, fmt.Errorf("%s holds the key in plaintext", path))
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		errs = append(errs, fmt.Errorf("%s is not mode 0600", path))
	}
	return errors.Join(errs...)
}
