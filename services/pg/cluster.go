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
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Superuser is the role initdb creates in a local cluster.
const Superuser = "duochain"

// Cluster is a Postgres server started from the installed initdb and pg_ctl.
type Cluster struct {
	dir  string
	port int
	run  func(ctx context.Context, name string, args ...string) ([]byte, error)
}

// LocalConfig says where a local cluster lives.
type LocalConfig struct {
	// Dir holds the cluster; initdb runs when it holds none yet, so data is kept
	// across restarts.
	Dir string
	// Fast turns off fsync and friends: for throwaway test clusters only.
	Fast bool
}

// StartLocal starts (initialising first if needed) a cluster in cfg.Dir on a free
// loopback port. Postgres refuses to run as root, so as root the cluster belongs
// to the system's postgres user and its tools run through runuser.
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
	if _, err := os.Stat(filepath.Join(dir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if out, err := c.run(ctx, "initdb", "-D", dir, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"); err != nil {
			return nil, fmt.Errorf("initdb %s: %w\n%s", dir, err, out)
		}
	}
	// A cluster left running by a killed run would hold the directory: stop it.
	if out, err := c.run(ctx, "pg_ctl", "-D", dir, "status"); err == nil && bytes.Contains(out, []byte("server is running")) {
		_, _ = c.run(ctx, "pg_ctl", "-D", dir, "-m", "fast", "-w", "stop")
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c.port = port
	opts := []string{"-p", strconv.Itoa(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"}
	if cfg.Fast {
		opts = append(opts, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	if out, err := c.run(ctx, "pg_ctl", "-D", dir, "-l", filepath.Join(dir, "server.log"), "-o", strings.Join(opts, " "), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		return nil, fmt.Errorf("pg_ctl start %s: %w\n%s\n%s", dir, err, out, tailOf(log, 2000))
	}
	return c, nil
}

// URL is the connection string of database db on the cluster.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", Superuser, c.port, db)
}

// Stop shuts the cluster down (fast mode: open sessions are cut, data is kept).
func (c *Cluster) Stop() error {
	out, err := c.run(context.Background(), "pg_ctl", "-D", c.dir, "-m", "fast", "-w", "stop")
	if err != nil {
		return fmt.Errorf("pg_ctl stop %s: %w\n%s", c.dir, err, out)
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
