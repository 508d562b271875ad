package devchain

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/duochain/duochain/services/child"
)

// pidFile is where a node records geth's process id in its data directory.
func pidFile(dir string) string { return filepath.Join(dir, "geth.pid") }

// removePidFile removes dir's geth.pid if it still names pid: a node started
// on dir after this one stopped it has written its own.
func removePidFile(dir string, pid int) {
	if b, err := os.ReadFile(pidFile(dir)); err == nil && strings.TrimSpace(string(b)) == strconv.Itoa(pid) {
		_ = os.Remove(pidFile(dir))
	}
}

// stopStale ends a geth left running on dir by an earlier process (one that
// predates the parent-death signal, or ran where the OS has none): it would
// hold the data directory's lock. The pid comes from geth.pid; a binary older
// than geth.pid left none, so on Linux the process table is searched too.
// Only a process whose command line names dir as its --datadir is touched,
// since a recorded pid may have been reused.
func stopStale(dir string) error {
	pids := stalePids(dir)
	for _, pid := range pids {
		// An interrupt lets geth flush its database; a kill after 20 s does not wait longer.
		_ = syscall.Kill(pid, syscall.SIGINT)
	}
	for _, pid := range pids {
		if !waitExit(pid, dir, stopTimeout) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			if !waitExit(pid, dir, 5*time.Second) {
				return fmt.Errorf("geth %d still holds %s after SIGKILL", pid, dir)
			}
		}
	}
	return removeIfThere(pidFile(dir))
}

// stalePids lists the processes running geth with --datadir dir.
func stalePids(dir string) []int {
	var pids []int
	if b, err := os.ReadFile(pidFile(dir)); err == nil {
		if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && pid > 0 && isGethOf(pid, dir) {
			pids = append(pids, pid)
		}
	}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() || (len(pids) > 0 && pid == pids[0]) {
			continue
		}
		if isGethOf(pid, dir) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// waitExit waits up to d for pid to stop being dir's geth.
func waitExit(pid int, dir string, d time.Duration) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if !isGethOf(pid, dir) {
			return true
		}
	}
	return !isGethOf(pid, dir)
}

// isGethOf reports whether pid runs with --datadir dir (a zombie has no command line).
func isGethOf(pid int, dir string) bool {
	args := child.Args(pid)
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "--datadir" && args[i+1] == dir {
			return true
		}
	}
	return false
}

func removeIfThere(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}
