package pgtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/duochain/duochain/services/pg"
)

// TestSweepStopsOrphans: the cluster of a dead test binary is stopped and
// removed; the cluster of a live one is left running.
func TestSweepStopsOrphans(t *testing.T) {
	ctx := context.Background()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	start := func(owner int) (string, *pg.Cluster) {
		dir, err := os.MkdirTemp("", "duochain-pg-")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(owner)), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: filepath.Join(dir, "data"), Fast: true})
		if err != nil {
			t.Fatal(err)
		}
		return dir, c
	}
	orphanDir, orphan := start(dead.Process.Pid)
	liveDir, live := start(os.Getpid())
	defer live.Stop()

	sweep()

	if _, err := os.Stat(orphanDir); !os.IsNotExist(err) {
		orphan.Stop()
		t.Fatalf("the orphan's directory %s is still there (stat: %v)", orphanDir, err)
	}
	if db, err := pg.Open(ctx, orphan.URL("postgres")); err == nil {
		err = db.Ping(ctx)
		db.Close()
		if err == nil {
			t.Fatal("the orphan's cluster still answers")
		}
	}
	if _, err := os.Stat(liveDir); err != nil {
		t.Fatalf("the live cluster's directory went: %v", err)
	}
	db, err := pg.Open(ctx, live.URL("postgres"))
	if err != nil {
		t.Fatalf("the live cluster stopped answering: %v", err)
	}
	defer db.Close()
	if err := db.Ping(ctx); err != nil {
		t.Fatalf("the live cluster stopped answering: %v", err)
	}
}
