package migrations

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLandedMigrationsUnchanged: a landed migration is history. landed.sha256
// holds the hash of every migration file that has landed; editing one fails
// here (write a new migration instead), and a new file must be added to the
// list (`sha256sum NNNNNN_*.sql >> landed.sha256`) when it lands.
func TestLandedMigrationsUnchanged(t *testing.T) {
	f, err := os.Open("landed.sha256")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	landed := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("landed.sha256: %q is not `sha256  file`", sc.Text())
		}
		landed[name] = sum
	}
	files, err := fs.Glob(FS, "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		b, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		want, ok := landed[name]
		switch {
		case !ok:
			t.Errorf("%s is not in landed.sha256: once it lands, add `sha256sum %s >> landed.sha256`", name, name)
		case want != hex.EncodeToString(sum[:]):
			t.Errorf("%s changed after it landed: revert it and write the change as a new migration", name)
		}
		delete(landed, name)
	}
	for name := range landed {
		t.Errorf("landed migration %s is gone", name)
	}
}

// owners names the package that owns each table: the one whose code reads
// and writes it, and whose new migrations change it. One migration may
// create tables of several owners (000005 created idempotency_keys, which
// services/api owns); since a landed migration is never edited, ownership is
// kept here rather than by moving CREATE statements between files.
var owners = map[string]string{
	"operations": "services/txmgr", "transactions": "services/txmgr", "signers": "services/txmgr", "freed_nonces": "services/txmgr",
	"chain_events": "services/indexer", "indexed_blocks": "services/indexer", "indexer_checkpoints": "services/indexer",
	"idempotency_keys": "services/api",
	"organizations":    "services/identity", "credentials": "services/identity", "api_keys": "services/identity",
	"receivables": "services/receivable", "receivable_events": "services/receivable", "receivable_organizations": "services/receivable",
	"invoices": "services/receivable", "financing_requests": "services/receivable", "repayments": "services/receivable",
	"redemptions": "services/receivable", "cash_balances": "services/receivable",
	"trace_events": "services/trace", "trace_event_epcs": "services/trace", "trace_event_biz": "services/trace",
	"trace_batches": "services/trace", "trace_anchors": "services/trace",
	"works": "services/copyright", "copyright_catalogs": "services/copyright", "work_licenses": "services/copyright",
}

var (
	createTable = regexp.MustCompile(`(?i)CREATE TABLE (?:IF NOT EXISTS )?(\w+)`)
	renameTable = regexp.MustCompile(`(?i)ALTER TABLE (\w+) RENAME TO (\w+)`)
)

// TestEveryTableHasAnOwner: each table a migration creates is in owners, and
// its owner's code uses it.
func TestEveryTableHasAnOwner(t *testing.T) {
	files, _ := fs.Glob(FS, "*.up.sql") // in migration order
	created := map[string]string{}      // table as named now -> the migration that created it
	for _, name := range files {
		b, _ := fs.ReadFile(FS, name)
		for _, m := range createTable.FindAllStringSubmatch(string(b), -1) {
			created[m[1]] = name
		}
		for _, m := range renameTable.FindAllStringSubmatch(string(b), -1) {
			created[m[2]] = created[m[1]]
			delete(created, m[1])
		}
	}
	for table, name := range created {
		owner, ok := owners[table]
		if !ok {
			t.Errorf("%s creates table %s, which owners (migrations_test.go) does not list", name, table)
			continue
		}
		if !mentions(t, filepath.Join("..", owner), table) {
			t.Errorf("owners says %s owns %s, but its code never names the table", owner, table)
		}
	}
}

func mentions(t *testing.T, dir, table string) bool {
	t.Helper()
	word := regexp.MustCompile(`\b` + table + `\b`)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasSuffix(n, "_test.go") || !(strings.HasSuffix(n, ".go") || strings.HasSuffix(n, ".sql")) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		if word.Match(b) {
			return true
		}
	}
	return false
}
