package devchain_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/duochain/duochain/services/devchain"
)

// TestStartStopsStaleGeth: a geth still running on the data directory (left
// by a binary that crashed where no parent-death signal reached it) is found
// through geth.pid, or by its --datadir when an older binary wrote no
// geth.pid, and stopped; the new node starts instead of failing with
// "datadir already used by another process".
func TestStartStopsStaleGeth(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name      string
		noPidFile bool
	}{{"PidFile", false}, {"NoPidFile", true}} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			stale, err := devchain.Start(t.Context(), devchain.Config{Dir: dir})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = stale.Kill() })
			b, err := os.ReadFile(filepath.Join(dir, "geth.pid"))
			if err != nil {
				t.Fatal(err)
			}
			pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
			if err != nil {
				t.Fatal(err)
			}
			if c.noPidFile {
				if err := os.Remove(filepath.Join(dir, "geth.pid")); err != nil {
					t.Fatal(err)
				}
			}

			node, err := devchain.Start(t.Context(), devchain.Config{Dir: dir})
			if err != nil {
				t.Fatalf("start beside a stale geth: %v", err)
			}
			deadline := time.Now().Add(10 * time.Second)
			for !errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
				if time.Now().After(deadline) {
					t.Fatalf("the stale geth %d still runs", pid)
				}
				time.Sleep(50 * time.Millisecond)
			}
			if err := node.Stop(); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(dir, "geth.pid")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("geth.pid after a clean stop: %v", err)
			}
		})
	}
}
