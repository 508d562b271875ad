package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/services/identity"
)

// rawKey signs digests with a private key, as an issuer's custodial key does.
type rawKey struct{ key *ecdsa.PrivateKey }

func (k rawKey) SignHash(d []byte) ([]byte, error) {
	sig, err := crypto.Sign(d, k.key)
	if err == nil {
		sig[64] += 27
	}
	return sig, err
}

// TestVCCommandArgs checks how `duochain vc verify` reads its arguments: flags
// before or after the file, the trusted registry from --registry or the
// deployment, and usage errors. The chain here is unreachable, so a command
// that got as far as the chain fails there.
func TestVCCommandArgs(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "vc.json")
	key, _ := crypto.GenerateKey()
	org := identity.Organization{Address: crypto.PubkeyToAddress(key.PublicKey), DID: "did:web:a.example"}
	v := identity.NewVC(1337, common.HexToAddress("0xaa"), org, org, identity.Credential{Topic: "KYB"}, time.Now())
	if err := v.Sign(rawKey{key}); err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(v)
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "deployment.json"), []byte(`{"identity_registry":"0x00000000000000000000000000000000000000aa"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	const reg, rpc = "0x00000000000000000000000000000000000000aa", "http://127.0.0.1:1"
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"FlagsAfterFile", []string{"vc", "verify", file, "--rpc", rpc, "--registry", reg}, "read the chain id"},
		{"FlagsBeforeFile", []string{"vc", "verify", "--rpc", rpc, "--registry", reg, file}, "read the chain id"},
		{"RegistryFromDeployment", []string{"vc", "verify", file, "--rpc", rpc, "--data", dir}, "read the chain id"},
		{"NoRegistry", []string{"vc", "verify", file, "--rpc", rpc, "--data", filepath.Join(dir, "none")}, "give --registry"},
		{"BadRegistry", []string{"vc", "verify", file, "--rpc", rpc, "--registry", "0x12"}, "not an address"},
		{"NoFile", []string{"vc", "verify", "--rpc", rpc}, "usage"},
		{"TwoFiles", []string{"vc", "verify", file, file, "--rpc", rpc}, "usage"},
		{"NoVerb", []string{"vc"}, "usage"},
		{"MissingFile", []string{"vc", "verify", filepath.Join(dir, "nope.json"), "--rpc", rpc, "--registry", reg}, "read the credential"},
	}
	t.Setenv("CHAIN_RPC_URL", "")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := run(context.Background(), c.args)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("duochain %s: %v, want an error about %q", strings.Join(c.args, " "), err, c.want)
			}
		})
	}
}
