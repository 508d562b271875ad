// Package pgtest gives tests a real Postgres: each test gets a freshly created and
// migrated database, dropped when the test ends. The server is DATABASE_URL when
// set, else a throwaway cluster that Main starts for the test binary.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/services/pg"
)

var adminURL string

// Main runs a package's tests with a Postgres server: call it from TestMain.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		adminURL = u
		return m.Run()
	}
	sweep()
	dir, err := os.MkdirTemp("", "duochain-pg-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	c, err := pg.StartLocal(context.Background(), pg.LocalConfig{Dir: dir + "/data", Fast: true, Trust: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	defer c.Stop()
	adminURL = c.URL("postgres")
	return m.Run()
}

// ownerFile names the pid of the test binary that owns a throwaway cluster.
const ownerFile = "owner.pid"

// sweep stops and removes the throwaway clusters of test binaries that died
// without cleaning up (killed by a timeout or a signal): each keeps running
// Postgres and its port otherwise. A cluster whose owner still runs is left
// alone; so is one without an owner file (an older pgtest wrote none) unless
// nothing has touched it for a day.
func sweep() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "duochain-pg-*"))
	for _, dir := range dirs {
		if !abandoned(dir) {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := pg.StopLocal(ctx, filepath.Join(dir, "data"))
		cancel()
		if err == nil {
			_ = os.RemoveAll(dir)
		}
	}
}

func abandoned(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, ownerFile))
	if err != nil {
		fi, serr := os.Stat(dir)
		return errors.Is(err, fs.ErrNotExist) && serr == nil && time.Since(fi.ModTime()) > 24*time.Hour
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return false
	}
	// Signal 0 checks that the process exists without touching it.
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}

// URL creates a migrated database for t and returns its connection string.
func URL(t testing.TB) string {
	t.Helper()
	if adminURL == "" {
		t.Fatal("pgtest: call pgtest.Main from the package's TestMain")
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if err := pg.CreateDatabase(ctx, adminURL, name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := pg.DropDatabase(context.Background(), adminURL, name); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	u, err := pg.WithDatabase(adminURL, name)
	if err != nil {
		t.Fatal(err)
	}
	if err := pg.MigrateUp(u); err != nil {
		t.Fatal(err)
	}
	return u
}

// New creates a migrated database for t and returns a pool on it, closed when t ends.
func New(t testing.TB) *pgxpool.Pool {
	t.Helper()
	u := URL(t)
	pool, err := pg.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}
