package copyright

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/pg/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var registry = common.HexToAddress("0xc0ffee")

// event builds the log of CopyrightRegistry event name in block 7.
func event(t *testing.T, name string, indexed []common.Hash, data ...any) indexer.Event {
	t.Helper()
	a, err := copyrightregistry.CopyrightRegistryMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := a.Events[name]
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return indexer.Event{Block: 7, BlockHash: common.Hash{7}, BlockTime: 1_700_000_000, TxHash: common.Hash{0xaa},
		Log: types.Log{Address: registry, Topics: append([]common.Hash{ev.ID}, indexed...), Data: packed}}
}

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// TestProjection applies registry events, odd ones included, and resets: what
// the API stored stays, what the events set goes.
func TestProjection(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	owner, other := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	submitted, external, odd, invalid, inCatalog := Hash{1}, Hash{2}, Hash{3}, Hash{5}, Hash{4}
	root := common.Hash{9}
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := tx.Exec(ctx, sql, args...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	// What the API stored: a direct work and a pending catalog with one work.
	exec(`INSERT INTO works (sha256, title, metadata_hash, registrant, kind, operation_id) VALUES ($1, 'Mine', $2, $3, 'direct', 1)`,
		submitted[:], make([]byte, 32), owner.Bytes())
	exec(`INSERT INTO copyright_catalogs (root, catalog_id, registrant, work_count, operation_id) VALUES ($1, 'cat', $2, 1, 2)`, root.Bytes(), owner.Bytes())
	exec(`INSERT INTO works (sha256, title, metadata_hash, registrant, kind, catalog_root, leaf_index, operation_id)
		VALUES ($1, 'In catalog', $2, $3, 'catalog', $4, 0, 2)`, inCatalog[:], make([]byte, 32), owner.Bytes(), root.Bytes())

	p := NewProjection(registry)
	at := uint64(1_700_000_000)
	for _, ev := range []indexer.Event{
		event(t, "WorkRegistered", []common.Hash{common.Hash(submitted), addrTopic(owner)}, "Mine", [32]byte{}, at),
		event(t, "WorkRegistered", []common.Hash{common.Hash(external), addrTopic(other)}, "Outside", [32]byte{5}, at),
		event(t, "WorkRegistered", []common.Hash{common.Hash(odd), addrTopic(other)}, "\x00", [32]byte{}, at),
		event(t, "WorkRegistered", []common.Hash{common.Hash(invalid), addrTopic(other)}, "A\xffB", [32]byte{}, at),
		event(t, "WorkRegistered", []common.Hash{common.Hash(inCatalog), addrTopic(other)}, "Taken", [32]byte{}, at),
		event(t, "CatalogRegistered", []common.Hash{root, addrTopic(owner)}, uint64(1), "renamed on chain", at),
		event(t, "CatalogRegistered", []common.Hash{{8}, addrTopic(other)}, uint64(3), strings.Repeat("x", 300), at),
		event(t, "WorkTransferred", []common.Hash{common.Hash(submitted), addrTopic(owner), addrTopic(other)}),
		event(t, "LicenseGranted", []common.Hash{common.Hash(submitted), addrTopic(owner), addrTopic(other)}, [32]byte{6}, uint64(math.MaxUint64)),
		{Log: types.Log{Address: common.HexToAddress("0xdead"), Topics: []common.Hash{{1}}}}, // another contract's log
	} {
		if err := p.Apply(ctx, tx, ev); err != nil {
			t.Fatalf("apply: %v", err)
		}
	}
	str := func(sql string, args ...any) string {
		t.Helper()
		var s string
		if err := tx.QueryRow(ctx, sql, args...).Scan(&s); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return s
	}
	row := func(h Hash) string {
		return str(`SELECT concat_ws('|', title, kind, encode(registrant, 'hex'), encode(owner, 'hex'), block_number, registered_at AT TIME ZONE 'UTC') FROM works WHERE sha256 = $1`, h[:])
	}
	o, x := "0000000000000000000000000000000000000001", "0000000000000000000000000000000000000002"
	when := time.Unix(int64(at), 0).UTC().Format("2006-01-02 15:04:05")
	for h, want := range map[Hash]string{
		submitted: "Mine|direct|" + o + "|" + x + "|7|" + when, // registered, then transferred
		external:  "Outside|direct|" + x + "|" + x + "|7|" + when,
		odd:       "(untitled)|direct|" + x + "|" + x + "|7|" + when, // Postgres text holds no NUL: nothing is left to show
		invalid:   "A\uFFFDB|direct|" + x + "|" + x + "|7|" + when,   // nor invalid UTF-8
		inCatalog: "In catalog|catalog|" + o,                         // the catalog's claim stands; its catalog confirms it
	} {
		if got := row(h); got != want {
			t.Errorf("work %x: %q, want %q", h[:1], got, want)
		}
	}
	if got := str(`SELECT concat_ws('|', catalog_id, encode(owner, 'hex'), block_number) FROM copyright_catalogs WHERE root = $1`, root.Bytes()); got != "cat|"+o+"|7" {
		t.Errorf("catalog: %q", got)
	}
	if got := str(`SELECT catalog_id FROM copyright_catalogs WHERE root = $1`, common.Hash{8}.Bytes()); got != strings.Repeat("x", MaxTitle) {
		t.Errorf("an external catalog's long id is stored as %d characters", len(got))
	}
	if got := str(`SELECT (expires_at AT TIME ZONE 'UTC')::text FROM work_licenses`); got != "9999-12-31 23:59:59" {
		t.Errorf("a licence to the end of uint64 expires %s", got)
	}

	if err := p.Reset(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if got := row(submitted); got != "Mine|direct|"+o {
		t.Errorf("after reset, the submitted work is %q", got)
	}
	if got := str(`SELECT concat_ws('|', count(*), count(owner), count(tx_hash)) FROM works`); got != "2|0|0" {
		t.Errorf("after reset, works (all, owned, confirmed) = %s; want the two the API stored, unconfirmed", got)
	}
	if got := str(`SELECT concat_ws('|', count(*), count(block_number)) FROM copyright_catalogs`); got != "1|0" {
		t.Errorf("after reset, catalogs (all, confirmed) = %s", got)
	}
	if got := str(`SELECT count(*)::text FROM work_licenses`); got != "0" {
		t.Errorf("after reset, %s licences", got)
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM works WHERE sha256 = $1`, external[:]).Scan(&n); err != nil || n != 0 {
		t.Errorf("after reset, the external work is still there (%d, %v)", n, err)
	}
}
