package pg

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/duochain/duochain/services/child"
)

// stopStale stops a postmaster an earlier process left running on the
// cluster (one older than the parent-death signal), found through its
// postmaster.pid: it would hold the directory. A pid in postmaster.pid that
// now belongs to another process (reused after a crash) is no postmaster of
// ours: the stale file goes, since Postgres would refuse to start beside it;
// its shared-memory check still guards against backends left attached.
func (c *Cluster) stopStale(ctx context.Context) error {
	pidPath := filepath.Join(c.dir, "postmaster.pid")
	b, err := os.ReadFile(pidPath)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", pidPath, err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil || pid <= 0 || errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
		return nil // a crashed server's file: Postgres itself ignores it
	}
	if !isPostmasterOf(pid, c.dir) {
		if err := os.Remove(pidPath); err != nil {
			return fmt.Errorf("remove the stale %s (pid %d is no postmaster of this cluster): %w", pidPath, pid, err)
		}
		return nil
	}
	if out, err := c.run(ctx, "pg_ctl", "-D", c.dir, "-m", "fast", "-w", "-t", "60", "stop"); err != nil {
		return fmt.Errorf("stop the postmaster (pid %d) an earlier run left on %s: %w\n%s", pid, c.dir, err, out)
	}
	return nil
}

// isPostmasterOf reports whether pid runs postgres with -D dir.
func isPostmasterOf(pid int, dir string) bool {
	args := child.Args(pid)
	if len(args) == 0 || filepath.Base(args[0]) != "postgres" {
		return false
	}
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "-D" && filepath.Clean(args[i+1]) == dir {
			return true
		}
	}
	return false
}
