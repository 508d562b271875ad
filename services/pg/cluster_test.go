package pg_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/services/pg"
)

// TestStartLocalPassword: a local cluster asks for its generated password
// (scram-sha-256), kept in a 0600 file; a connection without it is refused.
func TestStartLocalPassword(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "postgres")
	c, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: dir, Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Stop() })
	checkPassword(t, c, dir)
	checkNoTrust(t, dir)

	// Restarted, the cluster keeps the password.
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	c2, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: dir, Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c2.Stop() })
	checkPassword(t, c2, dir)
}

// TestStartLocalUpgradesTrust: a cluster an older duochain initialised with
// trust is given a password and scram-sha-256 on start, and keeps its data.
func TestStartLocalUpgradesTrust(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "postgres")
	old, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: dir, Fast: true, Trust: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := pg.CreateDatabase(ctx, old.URL("postgres"), "kept"); err != nil {
		t.Fatal(err)
	}
	if err := old.Stop(); err != nil {
		t.Fatal(err)
	}
	c, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: dir, Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Stop() })
	checkPassword(t, c, dir)
	checkNoTrust(t, dir)
	conn, err := pgx.Connect(ctx, c.URL("kept"))
	if err != nil {
		t.Fatalf("the database made under trust: %v", err)
	}
	_ = conn.Close(ctx)
}

// checkPassword checks the password file, that c's URL gets in and that the
// same URL without the password does not.
func checkPassword(t *testing.T, c *pg.Cluster, dir string) {
	t.Helper()
	ctx := context.Background()
	st, err := os.Stat(pg.PasswordFile(dir))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %04o, want 0600", st.Mode().Perm())
	}
	pw, _ := os.ReadFile(pg.PasswordFile(dir))
	u := c.URL("postgres")
	if !strings.Contains(u, ":"+strings.TrimSpace(string(pw))+"@") {
		t.Fatalf("URL %s does not carry the password", u)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatalf("with the password: %v", err)
	}
	_ = conn.Close(ctx)
	for name, bare := range map[string]string{
		"NoPassword":    strings.Replace(u, ":"+strings.TrimSpace(string(pw))+"@", "@", 1),
		"WrongPassword": strings.Replace(u, ":"+strings.TrimSpace(string(pw))+"@", ":guess@", 1),
	} {
		cfg, err := pgx.ParseConfig(bare)
		if err != nil {
			t.Fatal(err)
		}
		if name == "NoPassword" {
			cfg.Password = ""
		}
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err == nil {
			_ = conn.Close(ctx)
			t.Errorf("%s: connected", name)
		} else if !strings.Contains(err.Error(), "password") {
			t.Errorf("%s: refused, but not for the password: %v", name, err)
		}
	}
}

// checkNoTrust checks that no rule of dir's pg_hba.conf trusts anyone.
func checkNoTrust(t *testing.T, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "pg_hba.conf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) > 0 && !strings.HasPrefix(f[0], "#") && strings.Contains(l, "trust") {
			t.Errorf("pg_hba.conf still trusts: %s", l)
		}
	}
}
