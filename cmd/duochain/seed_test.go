package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/server/servertest"
	"github.com/duochain/duochain/services/taxid"
)

// TestSeedTaxIDs: the demo cast carries valid tax ids, and a demo seeded
// before tax ids existed gets them on the next start.
func TestSeedTaxIDs(t *testing.T) {
	s := servertest.New(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.json")
	d, err := seedDemo(ctx, s.Server, "", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range d.Organizations {
		want := datadir.DemoTaxIDs[o.Key]
		if o.TaxID != want || (want != "" && !taxid.ValidUSCC(want)) {
			t.Errorf("%s: tax id %q, want the valid %q", o.Key, o.TaxID, want)
		}
		if want != "" {
			if got, _ := s.Server.Identity.Store.ByRef(ctx, o.ID); got.TaxID != want {
				t.Errorf("%s: organization %s holds tax id %q", o.Key, o.ID, got.TaxID)
			}
		}
	}
	// As seeded before: no tax ids in the database nor in demo.json.
	if _, err := s.Server.Pool.Exec(ctx, `UPDATE organizations SET tax_id = NULL`); err != nil {
		t.Fatal(err)
	}
	for i := range d.Organizations {
		d.Organizations[i].TaxID = ""
	}
	if err := datadir.WriteDemo(path, d); err != nil {
		t.Fatal(err)
	}
	if _, err := seedDemo(ctx, s.Server, "", path); err != nil {
		t.Fatal(err)
	}
	again, err := datadir.ReadDemo(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range again.Organizations {
		got, _ := s.Server.Identity.Store.ByRef(ctx, o.ID)
		if o.TaxID != datadir.DemoTaxIDs[o.Key] || got.TaxID != datadir.DemoTaxIDs[o.Key] {
			t.Errorf("%s after the restart: demo.json %q, database %q, want %q", o.Key, o.TaxID, got.TaxID, datadir.DemoTaxIDs[o.Key])
		}
	}
}
