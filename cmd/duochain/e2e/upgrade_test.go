package e2e

import (
	"context"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/pg"
)

// TestRunUpgradesOldSecrets starts `duochain run` on a data directory as older
// duochains left it: plaintext deployer and faucet keys and a Postgres cluster
// initialised with trust. It must serve with the same keys, having encrypted
// both files in place, and the cluster must now refuse a connection without
// the password.
func TestRunUpgradesOldSecrets(t *testing.T) {
	if testing.Short() {
		t.Skip("boots the real binary with geth and Postgres")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "data")
	t.Cleanup(func() { killProcessesUnder(t, dir) })
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	plain := map[string]string{}
	deployer := writeKey(t, filepath.Join(dir, "deployer.key"))
	plain["deployer.key"] = hex.EncodeToString(crypto.FromECDSA(deployer))
	plain["faucet.key"] = hex.EncodeToString(crypto.FromECDSA(writeKey(t, filepath.Join(dir, "faucet.key"))))
	ctx := context.Background()
	old, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: filepath.Join(dir, "postgres"), Trust: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := old.Stop(); err != nil {
		t.Fatal(err)
	}

	d := startDaemon(t, "duochain run", bin, dir, daemonEnv())
	base := d.waitServing(bootTimeout)
	orgs := readDemoFile(t, dir, base)
	if got, want := common.HexToAddress(orgs["OPERATOR"].Address), crypto.PubkeyToAddress(deployer.PublicKey); got != want {
		t.Errorf("operator %s, the old deployer key is %s", got, want)
	}
	for name, p := range plain {
		if err := datadir.CheckEncrypted(filepath.Join(dir, name), p); err != nil {
			t.Error(err)
		}
	}

	withPassword, err := pg.LocalURL(filepath.Join(dir, "postgres"), "duochain")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, withPassword)
	if err != nil {
		t.Fatalf("with the password: %v", err)
	}
	_ = conn.Close(ctx)
	u, _ := url.Parse(withPassword)
	u.User = url.User(pg.Superuser)
	cfg, err := pgx.ParseConfig(u.String())
	if err != nil {
		t.Fatal(err)
	}
	cfg.Password = ""
	if conn, err := pgx.ConnectConfig(ctx, cfg); err == nil {
		_ = conn.Close(ctx)
		t.Fatal("the upgraded cluster lets a connection without password in")
	} else if !strings.Contains(err.Error(), "password") {
		t.Fatalf("refused, but not for the password: %v", err)
	}
}
