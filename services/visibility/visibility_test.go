package visibility_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/visibility"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestSQLMatchesPredicates checks, for every viewer and receivable of a
// small read model, that the condition the lists use (ReceivableSQL) selects
// exactly the receivables the predicate the single reads use
// (SeesReceivable) lets through: the two halves of the rule cannot drift.
func TestSQLMatchesPredicates(t *testing.T) {
	pool := pgtest.New(t)
	ctx := context.Background()
	addr := func(n int) common.Address { return common.HexToAddress(fmt.Sprintf("0x%040x", n)) }
	core, sup1, sup2, bank, stranger, op := addr(1), addr(2), addr(3), addr(4), addr(5), addr(6)
	type receivable struct {
		id      int64
		obligor common.Address
		parties map[common.Address]string
	}
	receivables := []receivable{
		{1, core, map[common.Address]string{sup1: "creditor"}},
		{2, core, map[common.Address]string{sup2: "holder", bank: "funder"}},
		{3, core, map[common.Address]string{sup1: "creditor", sup2: "holder"}},
		{4, sup2, map[common.Address]string{bank: "financier"}}, // an obligor is an address like any other
		{5, core, nil},
	}
	for _, c := range receivables {
		if _, err := pool.Exec(ctx, `INSERT INTO receivables (id, root_id, tier, obligor, original_creditor, holder, value, face_value,
				due_date, status, created_block, created_tx, updated_block)
			VALUES ($1, $1, 1, $2, $2, $2, 100, 100, now(), 'active', 1, $3, 1)`, c.id, c.obligor.Bytes(), common.Hash{}.Bytes()); err != nil {
			t.Fatal(err)
		}
		for p, role := range c.parties {
			if _, err := pool.Exec(ctx, `INSERT INTO receivable_organizations VALUES ($1, $2, $3)`, c.id, p.Bytes(), role); err != nil {
				t.Fatal(err)
			}
		}
	}
	viewers := []visibility.Viewer{
		visibility.Of(api.Organization{ID: 1, Address: core, Roles: []string{"CORE_ENTERPRISE"}}),
		visibility.Of(api.Organization{ID: 2, Address: sup1, Roles: []string{"SUPPLIER"}}),
		visibility.Of(api.Organization{ID: 3, Address: sup2, Roles: []string{"SUPPLIER"}}),
		visibility.Of(api.Organization{ID: 4, Address: bank, Roles: []string{"FINANCIER", "CLEARING"}}),
		visibility.Of(api.Organization{ID: 5, Address: stranger}),
		visibility.Of(api.Organization{ID: 6, Address: op, Roles: []string{"OPERATOR"}}),
		{}, // the zero Viewer sees nothing
	}
	for i, v := range viewers {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			args := visibility.Args{}
			rows, err := pool.Query(ctx, `SELECT id FROM receivables WHERE `+v.ReceivableSQL("receivables", &args), args...)
			if err != nil {
				t.Fatal(err)
			}
			bySQL := map[int64]bool{}
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					t.Fatal(err)
				}
				bySQL[id] = true
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			for _, c := range receivables {
				var parties []common.Address
				for p := range c.parties {
					parties = append(parties, p)
				}
				if got := v.SeesReceivable(c.obligor, parties); got != bySQL[c.id] {
					t.Errorf("viewer %+v, receivable %d: predicate %v, SQL %v", v, c.id, got, bySQL[c.id])
				}
			}
		})
	}
	// What the table says, for a few cells.
	for _, tt := range []struct {
		v    visibility.Viewer
		want bool
		what string
		got  bool
	}{
		{viewers[3], true, "CLEARING reads any balance", viewers[3].SeesBalance(stranger)},
		{viewers[1], false, "a supplier reads another's balance", viewers[1].SeesBalance(sup2)},
		{viewers[5], false, "an operator reads a financing request between others", viewers[5].SeesFinancingRequest(sup1, bank)},
		{viewers[5], true, "an operator reads any exposure", viewers[5].SeesExposure(core)},
		{viewers[1], false, "a supplier reads its obligor's exposure", viewers[1].SeesExposure(core)},
		{viewers[5], false, "an operator reads another's operation", viewers[5].SeesOperation(sup1)},
		{viewers[2], true, "the submitter reads its event", viewers[2].SeesEvent(3, false)},
		{viewers[2], false, "a stranger to the event and its receivables", viewers[2].SeesEvent(2, false)},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.what, tt.got, tt.want)
		}
	}
}
