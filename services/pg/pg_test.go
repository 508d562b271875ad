package pg_test

import (
	"context"
	"strings"
	"testing"

	"github.com/duochain/duochain/services/pg"
	"github.com/duochain/duochain/services/pg/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestMoneyDomains checks that the amount domains refuse what does not fit
// exactly instead of rounding it.
func TestMoneyDomains(t *testing.T) {
	pool := pgtest.New(t)
	ctx := context.Background()
	for _, c := range []struct {
		name, domain, value string
		ok                  bool
	}{
		{"MinorUnitsOK", "minor_units", "340282366920938463463374607431768211455", true},
		{"MinorUnitsZero", "minor_units", "0", true},
		{"ErrMinorUnitsTooLarge", "minor_units", "340282366920938463463374607431768211456", false},
		{"ErrMinorUnitsFraction", "minor_units", "1.5", false},
		{"ErrMinorUnitsNegative", "minor_units", "-1", false},
		{"AmountOK", "money_amount", "123.45", true},
		{"ErrAmountThreePlaces", "money_amount", "1.005", false},
		{"ErrAmountNegative", "money_amount", "-0.01", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got string
			err := pool.QueryRow(ctx, "SELECT $1::numeric::"+c.domain+"::text", c.value).Scan(&got)
			if c.ok && (err != nil || got != c.value) {
				t.Fatalf("got %q, %v; want %s", got, err, c.value)
			}
			if !c.ok && (err == nil || !strings.Contains(err.Error(), "violates check constraint")) {
				t.Fatalf("want a check violation, got %q, %v", got, err)
			}
		})
	}
}

// TestMigrateDownUp reverts every migration and applies them again.
func TestMigrateDownUp(t *testing.T) {
	u := pgtest.URL(t)
	v, dirty, err := pg.MigrateVersion(u)
	if err != nil || dirty || v == 0 {
		t.Fatalf("version %d dirty %v err %v", v, dirty, err)
	}
	if err := pg.MigrateDown(u, 0); err != nil {
		t.Fatal(err)
	}
	if v0, _, err := pg.MigrateVersion(u); err != nil || v0 != 0 {
		t.Fatalf("after down: version %d, %v", v0, err)
	}
	if err := pg.MigrateUp(u); err != nil {
		t.Fatal(err)
	}
	if v2, _, _ := pg.MigrateVersion(u); v2 != v {
		t.Fatalf("after up: version %d, want %d", v2, v)
	}
}
