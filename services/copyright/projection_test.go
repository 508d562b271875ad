package copyright

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/problem"
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
		// The catalog's claim stands (its catalog confirms it); the row's own
		// confirmation columns record the direct registration of its hash.
		inCatalog: "In catalog|catalog|" + o + "|" + x + "|7|" + when,
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

// at is event e moved to block n, with the block's time.
func at(e indexer.Event, n uint64) indexer.Event {
	e.Block, e.BlockHash, e.BlockTime = n, common.Hash{byte(n)}, 1_700_000_000+n
	return e
}

// TestProjectionForeignRegistration: when the chain registers a hash or a
// root that the API submitted for another owner (ours failed, theirs came
// first), the read model tells the chain's truth: their name, title and
// metadata hash, no metadata of ours, no link to our operation.
func TestProjectionForeignRegistration(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	b, c := common.HexToAddress("0x0b"), common.HexToAddress("0x0c")
	mine, theirs, sameOwnerOtherMeta := Hash{1}, Hash{2}, Hash{3}
	root, catWork := common.Hash{9}, Hash{4}
	meta := `{"a":1}`
	metaHash := common.Hash(sha256.Sum256([]byte(meta)))
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := pool.Exec(ctx, sql, args...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	for i, h := range []Hash{mine, theirs, sameOwnerOtherMeta} {
		exec(`INSERT INTO works (sha256, title, metadata, metadata_hash, registrant, kind, operation_id) VALUES ($1, 'B''s title', $2, $3, $4, 'direct', $5)`,
			h[:], meta, metaHash.Bytes(), b.Bytes(), i+1)
	}
	exec(`INSERT INTO copyright_catalogs (root, catalog_id, registrant, work_count, operation_id) VALUES ($1, 'b-cat', $2, 1, 10)`, root.Bytes(), b.Bytes())
	exec(`INSERT INTO works (sha256, title, metadata, metadata_hash, registrant, kind, catalog_root, leaf_index, operation_id)
		VALUES ($1, 'B''s catalog work', $2, $3, $4, 'catalog', $5, 0, 10)`, catWork[:], meta, metaHash.Bytes(), b.Bytes(), root.Bytes())

	p := NewProjection(registry)
	tx, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range []indexer.Event{
		event(t, "WorkRegistered", []common.Hash{common.Hash(mine), addrTopic(b)}, "B's title", [32]byte(metaHash), uint64(1_700_000_000)),
		event(t, "WorkRegistered", []common.Hash{common.Hash(theirs), addrTopic(c)}, "C's title", [32]byte{7}, uint64(1_700_000_000)),
		event(t, "WorkRegistered", []common.Hash{common.Hash(sameOwnerOtherMeta), addrTopic(b)}, "B again", [32]byte{8}, uint64(1_700_000_000)),
		event(t, "CatalogRegistered", []common.Hash{root, addrTopic(c)}, uint64(1), "c-cat", uint64(1_700_000_000)),
	} {
		if err := p.Apply(ctx, tx, ev); err != nil {
			t.Fatalf("apply: %v", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for h, want := range map[Hash]struct {
		title      string
		registrant common.Address
		meta       bool
		metaHash   common.Hash
		op         bool
	}{
		mine:               {"B's title", b, true, metaHash, true},
		theirs:             {"C's title", c, false, common.Hash{7}, false},
		sameOwnerOtherMeta: {"B again", b, false, common.Hash{8}, false},
		catWork:            {"(untitled)", c, false, common.Hash{}, false},
	} {
		w, found, err := getWork(ctx, pool, h)
		if err != nil || !found {
			t.Fatalf("work %x: %v %v", h[:1], found, err)
		}
		if w.Title != want.title || w.Registrant.Address != want.registrant || w.Owner.Address != want.registrant || (w.Metadata != nil) != want.meta ||
			w.MetadataHash != want.metaHash || (w.OperationID != nil) != want.op || w.Status != "registered" {
			t.Errorf("work %x: title %q registrant %s owner %s metadata %s hash %s operation %v status %s; want %+v", h[:1], w.Title, w.Registrant.Address.Hex(),
				w.Owner.Address.Hex(), w.Metadata, w.MetadataHash.Hex(), w.OperationID, w.Status, want)
		}
	}
	cat, found, err := getCatalog(ctx, pool, root)
	if err != nil || !found || cat.CatalogID != "c-cat" || cat.Owner.Address != c || cat.OperationID != nil || cat.Status != "registered" {
		t.Errorf("catalog registered by another owner: %+v %v %v", cat, found, err)
	}
}

// TestSupersededCatalogWork: a hash registered directly on chain before the
// catalog holding it confirms is the first claim; the work and its
// certificate say so, and the certificate's precedence step asks the chain.
func TestSupersededCatalogWork(t *testing.T) {
	ctx := context.Background()
	pool := pgtest.New(t)
	b, c := common.HexToAddress("0x0b"), common.HexToAddress("0x0c")
	early, late := Hash{1}, Hash{2}
	leaves := [][32]byte{merkle.Leaf(early), merkle.Leaf(late)}
	root := common.Hash(merkle.Build(leaves).Root())
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := pool.Exec(ctx, sql, args...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	exec(`INSERT INTO copyright_catalogs (root, catalog_id, registrant, work_count, operation_id) VALUES ($1, 'b-cat', $2, 2, 10)`, root.Bytes(), b.Bytes())
	for i, h := range []Hash{early, late} {
		exec(`INSERT INTO works (sha256, title, metadata_hash, registrant, kind, catalog_root, leaf_index, operation_id)
			VALUES ($1, 'w', $2, $3, 'catalog', $4, $5, 10)`, h[:], make([]byte, 32), b.Bytes(), root.Bytes(), i)
	}
	p := NewProjection(registry)
	apply := func(evs ...indexer.Event) {
		t.Helper()
		tx, err := pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		for _, ev := range evs {
			if err := p.Apply(ctx, tx, ev); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	s := NewService(pool, nil, nil, registry, big.NewInt(1337))

	// C registers early directly while the catalog is pending.
	apply(at(event(t, "WorkRegistered", []common.Hash{common.Hash(early), addrTopic(c)}, "C's", [32]byte{}, uint64(1_700_000_007)), 7))
	w, err := s.Get(ctx, early)
	if err != nil || w.Status != "pending" || w.SupersededBy == nil || w.SupersededBy.Owner.Address != c || w.SupersededBy.BlockNumber != 7 {
		t.Fatalf("pending catalog work registered directly meanwhile: %+v %v", w, err)
	}
	if err := s.refuseTaken(ctx, pool, [][]byte{early[:]}); problem.From(err).Code != CodeAlreadyRegistered {
		t.Errorf("a hash registered directly on chain is free to register: %v", err)
	}
	// The catalog confirms in block 9; C's transfer follows; late is registered directly after, in block 11.
	apply(at(event(t, "CatalogRegistered", []common.Hash{root, addrTopic(b)}, uint64(2), "b-cat", uint64(1_700_000_009)), 9),
		at(event(t, "WorkRegistered", []common.Hash{common.Hash(late), addrTopic(c)}, "C's", [32]byte{}, uint64(1_700_000_011)), 11))

	cert, err := s.Certificate(ctx, early)
	if err != nil {
		t.Fatal(err)
	}
	if cert.Owner.Address != b || cert.BlockNumber != 9 || cert.SupersededBy == nil || cert.SupersededBy.Owner.Address != c ||
		cert.SupersededBy.BlockNumber != 7 || cert.SupersededBy.RegisteredAt.Unix() != 1_700_000_007 {
		t.Fatalf("certificate of a superseded catalog work: %+v", cert)
	}
	step := func(c Certificate) Step {
		t.Helper()
		for _, st := range c.VerificationSteps {
			if strings.Contains(st.Title, "no direct registration came first") {
				return st
			}
		}
		t.Fatalf("no precedence step in %+v", c.VerificationSteps)
		return Step{}
	}
	st := step(cert)
	if st.Call == nil || st.Call.Method != "eth_call" || !strings.Contains(st.Expect, "came first") || !strings.Contains(st.Expect, c.Hex()) {
		t.Errorf("precedence step of a superseded work: %+v", st)
	}
	if data := st.Call.Params[0].(map[string]string)["data"]; data != hexutil.Encode(s.cr.PackWork(early)) {
		t.Errorf("precedence step calls %s, want work(%s)", data, early)
	}
	page, err := cert.HTML()
	if err != nil || !strings.Contains(string(page), "Not the first registration") {
		t.Errorf("the HTML certificate does not say the work was registered directly first (%v)", err)
	}
	if b, _ := json.Marshal(cert); !strings.Contains(string(b), `"superseded_by":{`) {
		t.Errorf("JSON certificate without superseded_by: %s", b)
	}

	cert, err = s.Certificate(ctx, late)
	if err != nil {
		t.Fatal(err)
	}
	if cert.SupersededBy != nil {
		t.Errorf("a direct registration after the catalog supersedes it: %+v", cert.SupersededBy)
	}
	if st := step(cert); !strings.Contains(st.Expect, "0x0000000000000000000000000000000000000000, or registeredAt >= 1700000009") {
		t.Errorf("precedence step: %+v", st)
	}
}
