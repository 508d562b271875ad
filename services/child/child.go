// Package child starts the processes the platform runs for itself (geth,
// Postgres) so that they die with it, and reads what other processes run.
package child

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// spawner starts child processes from one goroutine locked to its OS thread,
// which never returns. Linux sends a child's parent-death signal when the
// thread that forked it exits, not the process: a child started from an
// ordinary goroutine would be killed whenever the runtime retired that thread.
var spawner struct {
	once sync.Once
	ch   chan func()
}

// Start starts cmd so that it dies with this process (SIGKILL), even when this
// process is killed itself: a child left running after a crash holds its data
// directory (geth's lock, a postmaster's cluster and shared memory).
func Start(cmd *exec.Cmd) error {
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

// Args is the command line of process pid, nil when there is none to read (no
// such process, a zombie, or no /proc).
func Args(pid int) []string {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil || len(b) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\x00"), "\x00")
}
