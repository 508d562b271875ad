package pg

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// loadOrCreatePassword reads the superuser's password from path, creating a
// random one (0600) on first use. A file others can read is refused: it holds
// the key to every byte of the database.
func loadOrCreatePassword(path string) (string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		buf := make([]byte, 24)
		if _, err := rand.Read(buf); err != nil {
			return "", err
		}
		pw := hex.EncodeToString(buf)
		if err := os.WriteFile(path, []byte(pw+"\n"), 0o600); err != nil {
			return "", fmt.Errorf("write the database password: %w", err)
		}
		return pw, nil
	}
	if err != nil {
		return "", fmt.Errorf("read the database password: %w", err)
	}
	if st, err := os.Stat(path); err != nil {
		return "", err
	} else if st.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("%s is readable by group or others (mode %04o): chmod 600 it", path, st.Mode().Perm())
	}
	pw := strings.TrimSpace(string(b))
	if pw == "" {
		return "", fmt.Errorf("%s is empty: remove it only together with the cluster beside it", path)
	}
	return pw, nil
}

// trustLine matches a pg_hba.conf rule whose method is trust.
var trustLine = regexp.MustCompile(`^(\s*(?:local|host\w*)\s.*?\s)trust(\s.*)?$`)

// requirePassword makes sure the running cluster asks for the password: a
// cluster initialised with trust by an older duochain gets the superuser's
// password set and every trust rule of pg_hba.conf turned into scram-sha-256,
// then reloads. It then checks that a connection without the password is
// refused.
func (c *Cluster) requirePassword(ctx context.Context) error {
	hba := filepath.Join(c.dir, "pg_hba.conf")
	b, err := os.ReadFile(hba)
	if err != nil {
		return fmt.Errorf("read %s: %w", hba, err)
	}
	lines := strings.Split(string(b), "\n")
	trust := false
	for i, l := range lines {
		if m := trustLine.FindStringSubmatch(l); m != nil {
			lines[i] = m[1] + "scram-sha-256" + m[2]
			trust = true
		}
	}
	if trust {
		conn, err := pgx.Connect(ctx, c.bareURL())
		if err != nil {
			return fmt.Errorf("set the database password: %w", err)
		}
		// The password is hex: nothing to escape. ALTER ROLE takes no parameters.
		_, err = conn.Exec(ctx, "SET password_encryption = 'scram-sha-256'; ALTER ROLE "+pgx.Identifier{Superuser}.Sanitize()+" PASSWORD '"+c.password+"'")
		_ = conn.Close(ctx)
		if err != nil {
			return fmt.Errorf("set the database password: %w", err)
		}
		// Written in place, so it keeps its owner (postgres, when we are root).
		if err := os.WriteFile(hba, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
			return fmt.Errorf("rewrite %s: %w", hba, err)
		}
		if err := c.cmd.Process.Signal(syscall.SIGHUP); err != nil {
			return fmt.Errorf("reload postgres: %w", err)
		}
	}
	// A reload takes effect a moment later; a missed one would leave the door open.
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := c.ping(ctx, c.bareURL())
		if err != nil && strings.Contains(err.Error(), "password") {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the cluster in %s still lets a connection without password in (%v): check %s", c.dir, err, hba)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// bareURL is the cluster's postgres database without a password.
func (c *Cluster) bareURL() string {
	return "postgres://" + Superuser + "@127.0.0.1:" + strconv.Itoa(c.port) + "/postgres?sslmode=disable"
}

func (c *Cluster) ping(ctx context.Context, u string) error {
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		return err
	}
	cfg.Password = "" // not from PGPASSWORD or ~/.pgpass either
	cfg.ConnectTimeout = 5 * time.Second
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return err
	}
	return conn.Close(ctx)
}

// LocalURL is the connection string of database db on the cluster StartLocal
// runs in dir, for another process: the port from postmaster.pid, the password
// from PasswordFile(dir) when there is one.
func LocalURL(dir, db string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "postmaster.pid"))
	lines := strings.Split(string(b), "\n")
	if err != nil || len(lines) < 4 {
		return "", fmt.Errorf("no running cluster in %s", dir)
	}
	c := &Cluster{dir: dir}
	if c.port, err = strconv.Atoi(strings.TrimSpace(lines[3])); err != nil {
		return "", fmt.Errorf("read the port of the cluster in %s: %w", dir, err)
	}
	if pw, err := os.ReadFile(PasswordFile(dir)); err == nil {
		c.password = strings.TrimSpace(string(pw))
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return c.URL(db), nil
}
