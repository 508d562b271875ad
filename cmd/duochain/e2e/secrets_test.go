package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeRefusesSecretInData runs the binary: `duochain serve` without a
// passphrase, or with one in the data directory or readable by others, stops
// with a message saying so, before it dials anything.
func TestServeRefusesSecretInData(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	outside := t.TempDir()
	inside := filepath.Join(data, "keystore.secret")
	loose := filepath.Join(outside, "loose.secret")
	for _, p := range []string{inside, loose} {
		if err := os.WriteFile(p, []byte("s3cret\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(loose, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, env, want string }{
		{"ErrNone", "", "set DUOCHAIN_KEY_SECRET to the keystore passphrase, or DUOCHAIN_KEY_SECRET_FILE"},
		{"ErrInsideData", "DUOCHAIN_KEY_SECRET_FILE=" + inside, "is inside the data directory"},
		{"ErrReadable", "DUOCHAIN_KEY_SECRET_FILE=" + loose, "readable by group or others (mode 0644): chmod 600"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin, "serve", "--data", data)
			cmd.Env = daemonEnv("DATABASE_URL=postgres://nobody@127.0.0.1:1/none", "CHAIN_RPC_URL=http://127.0.0.1:1", c.env)
			out, err := cmd.CombinedOutput()
			if err == nil || !strings.Contains(string(out), c.want) {
				t.Fatalf("exit %v, output:\n%s\nwant %q", err, out, c.want)
			}
		})
	}
}
