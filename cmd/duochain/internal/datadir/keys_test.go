package datadir

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestServeKeySecret: serve takes the passphrase from DUOCHAIN_KEY_SECRET or a
// file outside the data directory that only its owner reads, and never makes
// one up.
func TestServeKeySecret(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if err := os.MkdirAll(filepath.Join(data, "keystore"), 0o700); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	write := func(path string, mode os.FileMode) string {
		if err := os.WriteFile(path, []byte("s3cret\n"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write(filepath.Join(outside, "key.secret"), 0o600)
	link := filepath.Join(outside, "link.secret")
	if err := os.Symlink(write(filepath.Join(data, "keystore", "hidden.secret"), 0o600), link); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, env, file string
		want, err       string
	}{
		{name: "Env", env: "from-env", want: "from-env"},
		{name: "EnvBeforeFile", env: "from-env", file: good, want: "from-env"},
		{name: "File", file: good, want: "s3cret"},
		{name: "ErrNeither", err: "set DUOCHAIN_KEY_SECRET"},
		{name: "ErrInsideData", file: write(filepath.Join(data, "key.secret"), 0o600), err: "inside the data directory"},
		{name: "ErrInsideKeystore", file: write(filepath.Join(data, "keystore", "key.secret"), 0o600), err: "inside the data directory"},
		{name: "ErrSymlinkIntoData", file: link, err: "inside the data directory"},
		{name: "ErrGroupReadable", file: write(filepath.Join(outside, "group.secret"), 0o640), err: "readable by group or others (mode 0640)"},
		{name: "ErrWorldReadable", file: write(filepath.Join(outside, "world.secret"), 0o604), err: "chmod 600"},
		{name: "ErrMissing", file: filepath.Join(outside, "nope"), err: "no such file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv(KeySecretEnv, c.env)
			t.Setenv(KeySecretFileEnv, c.file)
			got, err := ServeKeySecret(data)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("got %q, %v; want an error with %q", got, err, c.err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("got %q, %v; want %q", got, err, c.want)
			}
		})
	}
}

// TestLoadOrCreateKey: a new key is written encrypted; a plaintext key from an
// older duochain is encrypted in place and keeps its address; the wrong
// passphrase is refused.
func TestLoadOrCreateKey(t *testing.T) {
	dir := t.TempDir()
	t.Run("New", func(t *testing.T) {
		path := filepath.Join(dir, "new.key")
		key, err := LoadOrCreateKey(path, "pass", true)
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckEncrypted(path, hex.EncodeToString(crypto.FromECDSA(key))); err != nil {
			t.Error(err)
		}
		again, err := LoadOrCreateKey(path, "pass", true)
		if err != nil || !again.Equal(key) {
			t.Fatalf("read back %v, %v", again, err)
		}
		if _, err := LoadOrCreateKey(path, "wrong", true); err == nil || !strings.Contains(err.Error(), "passphrase") {
			t.Fatalf("the wrong passphrase: %v", err)
		}
	})
	t.Run("UpgradesPlaintext", func(t *testing.T) {
		path := filepath.Join(dir, "deployer.key")
		key, _ := crypto.GenerateKey()
		plain := hex.EncodeToString(crypto.FromECDSA(key))
		if err := os.WriteFile(path, []byte(plain+"\n"), 0o600); err != nil { // as older duochains stored it
			t.Fatal(err)
		}
		got, err := LoadOrCreateKey(path, "pass", true)
		if err != nil || !got.Equal(key) {
			t.Fatalf("got %v, %v", got, err)
		}
		if err := CheckEncrypted(path, plain); err != nil {
			t.Error(err)
		}
		if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
			t.Errorf("left %s.tmp: %v", path, err)
		}
		again, err := LoadOrCreateKey(path, "pass", true)
		if err != nil || !again.Equal(key) {
			t.Fatalf("after the upgrade: %v, %v", again, err)
		}
	})
}

// TestCheckEncryptedBites: a plaintext key, a readable file and a file that
// is no keystore are each refused.
func TestCheckEncryptedBites(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.key")
	if err := os.WriteFile(plain, []byte("ABCDEF0123"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := CheckEncrypted(plain, "abcdef0123")
	for _, want := range []string{"not a keystore file", "plaintext", "0600"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q in %v", want, err)
		}
	}
}
