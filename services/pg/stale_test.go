package pg

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// TestStartLocalStopsStalePostmaster: a postmaster an older binary left
// running on the cluster (started through pg_ctl, so no parent-death signal
// reached it) is stopped, and a postmaster.pid naming a pid that another
// process now has is cleared, instead of either blocking the start.
func TestStartLocalStopsStalePostmaster(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "postgres")
	c, err := StartLocal(ctx, LocalConfig{Dir: dir, Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}

	t.Run("Orphan", func(t *testing.T) {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		opts := "-p " + strconv.Itoa(port) + " -k " + dir + " -c listen_addresses=127.0.0.1"
		if out, err := c.run(ctx, "pg_ctl", "-D", dir, "-l", filepath.Join(dir, "server.log"), "-o", opts, "-w", "start"); err != nil {
			t.Fatalf("pg_ctl start: %v\n%s", err, out)
		}
		t.Cleanup(func() { _ = StopLocal(context.Background(), dir) })
		c2, err := StartLocal(ctx, LocalConfig{Dir: dir, Fast: true})
		if err != nil {
			t.Fatalf("start beside the orphan: %v", err)
		}
		if err := adminExec(ctx, c2.URL("postgres"), "SELECT 1"); err != nil {
			t.Fatal(err)
		}
		if err := c2.Stop(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ReusedPid", func(t *testing.T) {
		// Alive, the cluster owner's (Postgres ignores others' pids), and no
		// postmaster (nor the new one's parent, which Postgres would ignore too).
		other := exec.Command("sleep", "300")
		if owner, err := clusterOwner(); err != nil {
			t.Fatal(err)
		} else if owner != nil {
			uid, _ := strconv.Atoi(owner.Uid)
			gid, _ := strconv.Atoi(owner.Gid)
			other.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
		}
		if err := other.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = other.Process.Kill(); _ = other.Wait() })
		if err := os.WriteFile(filepath.Join(dir, "postmaster.pid"), []byte(strconv.Itoa(other.Process.Pid)+"\n"+dir+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		c3, err := StartLocal(ctx, LocalConfig{Dir: dir, Fast: true})
		if err != nil {
			t.Fatalf("start beside a reused pid: %v", err)
		}
		if err := adminExec(ctx, c3.URL("postgres"), "SELECT 1"); err != nil {
			t.Fatal(err)
		}
		if err := c3.Stop(); err != nil {
			t.Fatal(err)
		}
	})
}
