// Package pg is duochain's Postgres machinery: a local throwaway or persistent
// cluster for development and tests, connection pools, and schema migrations.
// It knows no capability.
package pg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/duochain/duochain/services/child"
)

// Superuser is the role initdb creates in a local cluster.
const Superuser = "duochain"

// Cluster is a Postgres server started from the installed initdb and postgres.
type Cluster struct {
	dir      string
	port     int
	password string // the superuser's; empty on a trust cluster
	run      func(ctx context.Context, name string, args ...string) ([]byte, error)
	cmd      *exec.Cmd     // the postmaster, our child
	done     chan struct{} // closed once it has exited and been reaped
	err      error         // its exit error, valid once done is closed
}

// LocalConfig says where a local cluster lives.
type LocalConfig struct {
	// Dir holds the cluster; initdb runs when it holds none yet, so data is kept
	// across restarts.
	Dir string
	// Fast turns off fsync and friends: for throwaway test clusters only.
	Fast bool
	// Trust lets every local connection in without a password: for throwaway
	// test clusters only. Otherwise the superuser has a generated password,
	// checked with scram-sha-256 and kept in PasswordFile(Dir).
	Trust bool
}

// PasswordFile is where StartLocal keeps the superuser's password of the
// cluster in dir: beside it, readable by its owner only (0600), never by the
// postgres account that runs the server when we are root.
func PasswordFile(dir string) string { return filepath.Clean(dir) + ".password" }

// StartLocal starts (initialising first if needed) a cluster in cfg.Dir on a free
// loopback port. Postgres refuses to run as root, so as root the cluster belongs
// to the system's postgres user and runs as that user.
//
// The postmaster is our child and dies with us (a parent-death signal), so a
// crash leaves no server holding the directory; one left by an older binary is
// stopped first. A cluster initialised with trust authentication by an older
// duochain is given a password and switched to scram-sha-256 on start.
func StartLocal(ctx context.Context, cfg LocalConfig) (*Cluster, error) {
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	c := &Cluster{dir: dir}
	owner, err := clusterOwner()
	if err != nil {
		return nil, err
	}
	c.run = runner(bin, owner)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create cluster dir: %w", err)
	}
	if owner != nil {
		if err := handOver(dir, owner); err != nil {
			return nil, err
		}
	}
	if !cfg.Trust {
		if c.password, err = loadOrCreatePassword(PasswordFile(dir)); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if err := c.initdb(ctx, owner); err != nil {
			return nil, err
		}
	}
	if err := c.stopStale(ctx); err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c.port = port
	opts := []string{"-D", dir, "-p", strconv.Itoa(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"}
	if cfg.Fast {
		opts = append(opts, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	if err := c.start(ctx, filepath.Join(bin, "postgres"), opts, owner); err != nil {
		return nil, err
	}
	if !cfg.Trust {
		if err := c.requirePassword(ctx); err != nil {
			_ = c.Stop()
			return nil, err
		}
	}
	return c, nil
}

// initdb creates the cluster: with trust, or with the superuser's password
// from a temporary pwfile that the cluster's owner can read.
func (c *Cluster) initdb(ctx context.Context, owner *user.User) error {
	args := []string{"-D", c.dir, "-U", Superuser, "--encoding=UTF8", "--locale=C.UTF-8"}
	if c.password == "" {
		args = append(args, "--auth=trust")
	} else {
		f, err := os.CreateTemp("", "duochain-pwfile-")
		if err != nil {
			return fmt.Errorf("initdb: %w", err)
		}
		defer os.Remove(f.Name())
		_, err = f.WriteString(c.password + "\n")
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil && owner != nil {
			err = chownTo(f.Name(), owner)
		}
		if err != nil {
			return fmt.Errorf("initdb: write pwfile: %w", err)
		}
		args = append(args, "--auth=scram-sha-256", "--pwfile="+f.Name())
	}
	if out, err := c.run(ctx, "initdb", args...); err != nil {
		return fmt.Errorf("initdb %s: %w\n%s", c.dir, err, out)
	}
	return nil
}

// start runs the postmaster and waits until postmaster.pid says it is ready.
// A postmaster killed a moment ago may leave backends attached to its shared
// memory for a little while, and the new one refuses to start until they are
// gone: it is tried again for a few seconds.
func (c *Cluster) start(ctx context.Context, postgres string, opts []string, owner *user.User) error {
	logPath := filepath.Join(c.dir, "server.log")
	var lastErr error
	for attempt := 0; attempt < 10; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Second)
		}
		logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return fmt.Errorf("open %s: %w", logPath, err)
		}
		if owner != nil {
			_ = chownTo(logPath, owner)
		}
		cmd := exec.Command(postgres, opts...)
		cmd.Dir = "/"
		cmd.Stdout, cmd.Stderr = logf, logf
		// Its own process group: a Ctrl-C at the terminal is ours to handle, and
		// we stop the server after the API that uses it.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if owner != nil {
			uid, _ := strconv.Atoi(owner.Uid)
			gid, _ := strconv.Atoi(owner.Gid)
			cmd.SysProcAttr.Credential = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		}
		err = child.Start(cmd)
		_ = logf.Close()
		if err != nil {
			return fmt.Errorf("start postgres in %s: %w", c.dir, err)
		}
		c.cmd, c.done = cmd, make(chan struct{})
		go func(done chan struct{}) {
			c.err = cmd.Wait()
			close(done)
		}(c.done)
		if lastErr = c.waitReady(ctx); lastErr == nil {
			return nil
		}
		select {
		case <-c.done: // exited early: try again
		default:
			_ = c.Stop()
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("start postgres in %s: %w\n%s", c.dir, lastErr, tailOf(log, 2000))
		}
	}
	log, _ := os.ReadFile(logPath)
	return fmt.Errorf("start postgres in %s: %w\n%s", c.dir, lastErr, tailOf(log, 2000))
}

// waitReady polls postmaster.pid until our postmaster marks itself ready, as
// pg_ctl -w does.
func (c *Cluster) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		b, _ := os.ReadFile(filepath.Join(c.dir, "postmaster.pid"))
		lines := strings.Split(string(b), "\n")
		if len(lines) > 7 && strings.TrimSpace(lines[0]) == strconv.Itoa(c.cmd.Process.Pid) && strings.TrimSpace(lines[7]) == "ready" {
			return nil
		}
		select {
		case <-c.done:
			return fmt.Errorf("postgres exited before it was ready: %v", c.err)
		case <-ctx.Done():
			return fmt.Errorf("wait for postgres to be ready: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// URL is the connection string of database db on the cluster, with the
// superuser's password unless the cluster trusts every local connection.
func (c *Cluster) URL(db string) string {
	u := url.URL{Scheme: "postgres", User: url.User(Superuser), Host: "127.0.0.1:" + strconv.Itoa(c.port), Path: "/" + db, RawQuery: "sslmode=disable"}
	if c.password != "" {
		u.User = url.UserPassword(Superuser, c.password)
	}
	return u.String()
}

// Stop shuts the cluster down (fast mode: open sessions are cut, data is kept).
func (c *Cluster) Stop() error {
	if err := c.cmd.Process.Signal(syscall.SIGINT); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("stop postgres %s: %w", c.dir, err)
	}
	select {
	case <-c.done:
	case <-time.After(60 * time.Second):
		_ = c.cmd.Process.Signal(syscall.SIGQUIT) // immediate shutdown: backends follow
		<-c.done
		return fmt.Errorf("stop postgres %s: no fast shutdown within 60 s, stopped immediately", c.dir)
	}
	return nil
}

// StopLocal stops the cluster in dir if one runs there, as StartLocal would
// have started it; a directory without a running cluster is not an error.
func StopLocal(ctx context.Context, dir string) error {
	bin, err := binDir()
	if err != nil {
		return err
	}
	owner, err := clusterOwner()
	if err != nil {
		return err
	}
	run := runner(bin, owner)
	if out, err := run(ctx, "pg_ctl", "-D", dir, "status"); err != nil || !bytes.Contains(out, []byte("server is running")) {
		return nil
	}
	if out, err := run(ctx, "pg_ctl", "-D", dir, "-m", "immediate", "-w", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop %s: %w\n%s", dir, err, out)
	}
	return nil
}

// runner runs Postgres tools from bin, as owner when that is set (we are root).
func runner(bin string, owner *user.User) func(ctx context.Context, name string, args ...string) ([]byte, error) {
	return func(ctx context.Context, name string, args ...string) ([]byte, error) {
		path := filepath.Join(bin, name)
		var cmd *exec.Cmd
		if owner != nil {
			cmd = exec.CommandContext(ctx, "runuser", append([]string{"-u", owner.Username, "--", path}, args...)...)
		} else {
			cmd = exec.CommandContext(ctx, path, args...)
		}
		cmd.Dir = "/"
		return cmd.CombinedOutput()
	}
}

// binDir finds the directory of initdb and pg_ctl: PATH first, then Debian's
// /usr/lib/postgresql/<version>/bin, newest version first.
func binDir() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		return filepath.Dir(p), nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "pg_ctl")); err == nil {
			return d, nil
		}
	}
	return "", errors.New("no Postgres found: install it (Debian: apt-get install postgresql) or set DATABASE_URL")
}

func versionOf(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

// clusterOwner is the account the cluster runs as: nil for the current user,
// the postgres system user when we are root.
func clusterOwner() (*user.User, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root needs a 'postgres' system user to own the cluster: %w", err)
	}
	return u, nil
}

// chownTo gives path to owner.
func chownTo(path string, owner *user.User) error {
	uid, _ := strconv.Atoi(owner.Uid)
	gid, _ := strconv.Atoi(owner.Gid)
	return os.Lchown(path, uid, gid)
}

// handOver gives dir to owner and makes sure owner can reach it.
func handOver(dir string, owner *user.User) error {
	uid, _ := strconv.Atoi(owner.Uid)
	gid, _ := strconv.Atoi(owner.Gid)
	if err := filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, gid)
	}); err != nil {
		return fmt.Errorf("hand %s to %s: %w", dir, owner.Username, err)
	}
	for p := filepath.Dir(dir); p != "/"; p = filepath.Dir(p) {
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if st.Mode().Perm()&0o001 == 0 {
			if err := os.Chmod(p, st.Mode().Perm()|0o001); err != nil {
				return fmt.Errorf("let %s traverse %s: %w", owner.Username, p, err)
			}
		}
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pick a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tailOf(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
