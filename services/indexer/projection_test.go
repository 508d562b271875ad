package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/pg/pgtest"
)

// projectionSchema is the test projections' read model.
const projectionSchema = `
CREATE TABLE ixtest_transfers (
    block_number bigint  NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea   NOT NULL,
    from_addr    bytea   NOT NULL,
    to_addr      bytea   NOT NULL,
    value        numeric NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE TABLE ixtest_balances (
    account bytea   PRIMARY KEY,
    balance numeric NOT NULL CHECK (balance >= 0)
);
CREATE TABLE ixtest_organizations (
    account       bytea       PRIMARY KEY,
    did           text        NOT NULL,
    block_number  bigint      NOT NULL,
    registered_at timestamptz NOT NULL
);`

// newDB is a fresh migrated database with the test projections' tables.
func newDB(t *testing.T) *pgxpool.Pool {
	t.Helper()
	pool := pgtest.New(t)
	if _, err := pool.Exec(context.Background(), projectionSchema); err != nil {
		t.Fatal(err)
	}
	return pool
}

// cashProjection projects CashToken Transfer events into transfers and
// per-account balances. A debit of an account it has not credited fails, so
// events out of chain order would show.
type cashProjection struct {
	token common.Address
	abi   *cashtoken.CashToken
}

func (p *cashProjection) Name() string { return "cash" }

func (p *cashProjection) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	if ev.Log.Address != p.token {
		return nil
	}
	tr, err := p.abi.UnpackTransferEvent(&ev.Log)
	if errors.Is(err, bind.ErrEventSignatureMismatch) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO ixtest_transfers VALUES ($1, $2, $3, $4, $5, $6::numeric)`,
		int64(ev.Block), int64(ev.LogIndex), ev.TxHash.Bytes(), tr.From.Bytes(), tr.To.Bytes(), tr.Value.String()); err != nil {
		return err
	}
	if tr.From != (common.Address{}) {
		tag, err := tx.Exec(ctx, `UPDATE ixtest_balances SET balance = balance - $2::numeric WHERE account = $1`, tr.From.Bytes(), tr.Value.String())
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("debit of %s, which holds nothing", tr.From)
		}
	}
	if tr.To != (common.Address{}) {
		_, err := tx.Exec(ctx, `INSERT INTO ixtest_balances VALUES ($1, $2::numeric)
ON CONFLICT (account) DO UPDATE SET balance = ixtest_balances.balance + excluded.balance`, tr.To.Bytes(), tr.Value.String())
		return err
	}
	return nil
}

func (p *cashProjection) Reset(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `DELETE FROM ixtest_transfers; DELETE FROM ixtest_balances`)
	return err
}

// orgProjection projects IdentityRegistry OrganizationRegistered events.
type orgProjection struct {
	registry common.Address
	abi      *identityregistry.IdentityRegistry
}

func (p *orgProjection) Name() string { return "organizations" }

func (p *orgProjection) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	if ev.Log.Address != p.registry {
		return nil
	}
	o, err := p.abi.UnpackOrganizationRegisteredEvent(&ev.Log)
	if errors.Is(err, bind.ErrEventSignatureMismatch) {
		return nil
	}
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO ixtest_organizations VALUES ($1, $2, $3, $4)`,
		o.Account.Bytes(), o.Did, int64(ev.Block), time.Unix(int64(ev.BlockTime), 0))
	return err
}

func (p *orgProjection) Reset(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `DELETE FROM ixtest_organizations`)
	return err
}

// failing is a projection that fails on the event numbered failAt (from 1,
// counting every event it is handed) while failAt > 0.
type failing struct {
	indexer.Handler
	seen, failAt int
}

func (f *failing) Name() string { return "failing " + f.Handler.Name() }

func (f *failing) Apply(ctx context.Context, tx pgx.Tx, ev indexer.Event) error {
	f.seen++
	if f.failAt > 0 && f.seen == f.failAt {
		return errors.New("injected failure")
	}
	return f.Handler.Apply(ctx, tx, ev)
}

// projections are the test handlers for c's contracts.
func (c *chain) projections() []indexer.Handler {
	return []indexer.Handler{
		&cashProjection{token: c.dep.CashToken, abi: c.cash},
		&orgProjection{registry: c.dep.IdentityRegistry, abi: c.reg},
	}
}

// config follows c's registry and cash token from their deployment.
func (c *chain) config(chunk uint64, log *slog.Logger) indexer.Config {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return indexer.Config{
		Name:      "duochain",
		Addresses: []common.Address{c.dep.IdentityRegistry, c.dep.CashToken},
		From:      c.dep.Block,
		Chunk:     chunk,
		Poll:      5 * time.Millisecond,
		Logger:    log,
	}
}

// newIndexer is an indexer of c into pool with the test projections.
func (c *chain) newIndexer(pool *pgxpool.Pool, chunk uint64, handlers ...indexer.Handler) *indexer.Indexer {
	if handlers == nil {
		handlers = c.projections()
	}
	return indexer.New(pool, c.client, c.config(chunk, nil), handlers...)
}

// catchUp steps ix until it reports nothing left and returns how many steps moved it.
func catchUp(t *testing.T, ix *indexer.Indexer) int {
	t.Helper()
	for n := 0; ; n++ {
		advanced, err := ix.Step(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !advanced {
			return n
		}
	}
}

// fresh indexes c's current chain from scratch into a new database and returns its tables.
func (c *chain) fresh(t *testing.T) tables {
	t.Helper()
	pool := newDB(t)
	catchUp(t, c.newIndexer(pool, 0))
	return dump(t, pool)
}

type transferRow struct {
	Block, LogIndex     int64
	Tx, From, To, Value string
}

type balanceRow struct{ Account, Balance string }

type orgRow struct {
	Account, DID string
	Block        int64
	At           time.Time
}

type eventRow struct {
	Block                    int64
	BlockHash, BlockTime, Tx string
	TxIndex, LogIndex        int32
	Address, Topics, Data    string
}

// tables is everything the indexer and the test projections wrote.
type tables struct {
	Transfers []transferRow
	Balances  []balanceRow
	Orgs      []orgRow
	Events    []eventRow
}

func dump(t *testing.T, pool *pgxpool.Pool) tables {
	t.Helper()
	return tables{
		Transfers: query[transferRow](t, pool, `SELECT block_number, log_index, encode(tx_hash, 'hex'),
encode(from_addr, 'hex'), encode(to_addr, 'hex'), value::text FROM ixtest_transfers ORDER BY block_number, log_index`),
		Balances: query[balanceRow](t, pool, `SELECT encode(account, 'hex'), balance::text FROM ixtest_balances ORDER BY account`),
		Orgs:     query[orgRow](t, pool, `SELECT encode(account, 'hex'), did, block_number, registered_at FROM ixtest_organizations ORDER BY account`),
		Events: query[eventRow](t, pool, `SELECT block_number, encode(block_hash, 'hex'), block_time::text,
encode(tx_hash, 'hex'), tx_index, log_index, encode(address, 'hex'), topics::text, encode(data, 'hex')
FROM chain_events WHERE name = 'duochain' ORDER BY block_number, log_index`),
	}
}

func query[T any](t *testing.T, pool *pgxpool.Pool, sql string, args ...any) []T {
	t.Helper()
	rows, err := pool.Query(context.Background(), sql, args...)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[T])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sortBalances(b []balanceRow) {
	sort.Slice(b, func(i, j int) bool { return b[i].Account < b[j].Account })
}

// logRecorder keeps the messages logged to it.
type logRecorder struct {
	mu   sync.Mutex
	msgs []string
}

func (r *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *logRecorder) WithGroup(string) slog.Handler            { return r }

func (r *logRecorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, rec.Level.String()+" "+rec.Message)
	return nil
}

// count is how many messages contained s.
func (r *logRecorder) count(s string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, m := range r.msgs {
		if strings.Contains(m, s) {
			n++
		}
	}
	return n
}
