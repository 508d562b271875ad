package devchain

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// spawner starts child processes from one goroutine locked to its OS thread,
// which never returns. Linux sends a child's parent-death signal when the
// thread that forked it exits, not the process: a child started from an
// ordinary goroutine would be killed whenever the runtime retired that thread.
var spawner struct {
	once sync.Once
	ch   chan func()
}

// startChild starts cmd so that it dies with this process (SIGKILL), even when
// this process is killed itself: geth must not live on holding its data
// directory after a crash.
func startChild(cmd *exec.Cmd) error {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	spawner.once.Do(func() {
		spawner.ch = make(chan func())
		go func() {
			runtime.LockOSThread() // never unlocked: the thread lives as long as the process
			for f := range spawner.ch {
				f()
			}
		}()
	})
	errc := make(chan error, 1)
	spawner.ch <- func() { errc <- cmd.Start() }
	return <-errc
}

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
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil {
		return false
	}
	args := strings.Split(string(b), "\x00")
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
