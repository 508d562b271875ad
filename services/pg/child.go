package pg

import (
	"os/exec"
	"runtime"
	"sync"
	"syscall"
)

// spawner starts child processes from one goroutine locked to its OS thread,
// which never returns. Linux sends a child's parent-death signal when the
// thread that forked it exits, not the process: a child started from an
// ordinary goroutine would be killed whenever the runtime retired that thread.
// (services/devchain keeps the same few lines for geth: the two packages share
// nothing else.)
var spawner struct {
	once sync.Once
	ch   chan func()
}

// startChild starts cmd so that it dies with this process (SIGKILL), even when
// this process is killed itself: a postmaster left running after a crash holds
// the cluster and its shared memory.
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
