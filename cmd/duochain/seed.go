package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/server"
)

// seedDemo onboards the demo cast through the API once, and records it (with the
// current base URL and chain URL) in path. Later runs only refresh the URLs.
func seedDemo(ctx context.Context, m *server.Server, chainURL, path string) (*datadir.Demo, error) {
	if d, err := datadir.ReadDemo(path); err == nil {
		d.BaseURL, d.ChainURL = m.URL(), chainURL
		if err := backfillTaxIDs(ctx, m, d); err != nil {
			return nil, err
		}
		return d, datadir.WriteDemo(path, d)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	opKey := m.OperatorKey
	if opKey == "" { // the operator exists from an interrupted seed: give it a new key
		tx, err := m.Pool.Begin(ctx)
		if err != nil {
			return nil, err
		}
		defer tx.Rollback(ctx)
		if opKey, err = identity.AddKey(ctx, tx, m.OperatorID); err != nil {
			return nil, err
		}
		if err := tx.Commit(ctx); err != nil {
			return nil, err
		}
	}
	op, err := m.Identity.Store.ByID(ctx, m.OperatorID)
	if err != nil {
		return nil, err
	}
	d := &datadir.Demo{BaseURL: m.URL(), ChainURL: chainURL}
	d.Organizations = append(d.Organizations, datadir.Org{Key: "OPERATOR", ID: op.ID, Name: op.Name, Roles: op.Roles, APIKey: opKey, Address: op.Address.Hex()})
	api := map[string]*client.Client{"OPERATOR": client.New(m.URL(), opKey)}
	ids := map[string]string{}
	cast := []struct {
		key, name string
		roles     []string
		topics    []string
	}{
		{"VERIFIER", "Marketplace Verifier", []string{"VERIFIER"}, nil},
		{"CORE", "Core Enterprise Co.", []string{"CORE_ENTERPRISE"}, []string{"KYB"}},
		{"SUPPLIER1", "Tier-1 Supplier Ltd.", []string{"SUPPLIER"}, []string{"KYB", "MARKETPLACE_SELLER"}},
		{"SUPPLIER2", "Tier-2 Supplier Ltd.", []string{"SUPPLIER"}, []string{"KYB", "MARKETPLACE_SELLER"}},
		{"BANK", "Demo Bank", []string{"FINANCIER", "CLEARING"}, []string{"KYB"}},
	}
	for _, o := range cast {
		created, err := api["OPERATOR"].CreateOrganization(ctx, client.OrganizationRequest{Name: o.name, Roles: o.roles, TaxID: datadir.DemoTaxIDs[o.key]})
		if err != nil {
			return nil, err
		}
		if created.APIKey == "" { // answered 202, which shows no key: the operator gives the first one again
			k, err := api["OPERATOR"].CreateAPIKey(ctx, created.ID, client.APIKeyRequest{})
			if err != nil {
				return nil, fmt.Errorf("first API key of %s: %w", o.name, err)
			}
			created.APIKey = k.Key
		}
		api[o.key], ids[o.key] = api["OPERATOR"].As(created.APIKey), created.ID
		d.Organizations = append(d.Organizations, datadir.Org{Key: o.key, ID: created.ID, Name: o.name, Roles: o.roles, TaxID: datadir.DemoTaxIDs[o.key],
			APIKey: created.APIKey, Address: created.Address})
		for _, t := range o.topics {
			_, err := api["VERIFIER"].IssueCredential(ctx, created.ID, client.CredentialRequest{Topic: t, DocumentSHA256: fmt.Sprintf("%064x", len(o.name)*1000+len(t)),
				ExpiresAt: time.Now().AddDate(2, 0, 0).UTC().Truncate(time.Second)})
			if err != nil {
				return nil, err
			}
		}
	}
	for _, to := range []string{"CORE", "BANK"} {
		if _, err := api["BANK"].MintCash(ctx, client.MintRequest{To: ids[to], Amount: demoCash}); err != nil {
			return nil, err
		}
	}
	return d, datadir.WriteDemo(path, d)
}

// demoCash is what the core enterprise and the bank start with (CNY).
var demoCash = decimal.RequireFromString("100000000.00")

// backfillTaxIDs gives the organizations of a demo seeded before tax ids
// existed their demo tax ids, so that the walk-through's invoices name them.
func backfillTaxIDs(ctx context.Context, m *server.Server, d *datadir.Demo) error {
	for i, o := range d.Organizations {
		t := datadir.DemoTaxIDs[o.Key]
		if t == "" || o.TaxID != "" {
			continue
		}
		id, err := strconv.ParseInt(o.ID, 10, 64)
		if err != nil {
			return fmt.Errorf("demo organization %s: id %q", o.Key, o.ID)
		}
		if _, err := m.Identity.Store.SetTaxID(ctx, id, t); err != nil {
			return err
		}
		d.Organizations[i].TaxID = t
	}
	return nil
}

// demoEnv prints shell exports for the demo organizations, for the README walk-through.
func demoEnv(args []string) error {
	fl := flag.NewFlagSet("demo-env", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory of demo.json")
	if err := fl.Parse(args); err != nil {
		return err
	}
	d, err := datadir.ReadDemo(filepath.Join(*data, "demo.json"))
	if err != nil {
		return fmt.Errorf("no demo yet (run `make run` first): %w", err)
	}
	fmt.Printf("export BASE=%s\n", d.BaseURL)
	fmt.Printf("export RPC=%s\n", d.ChainURL) // for duochain vc verify --rpc
	for _, o := range d.Organizations {
		fmt.Printf("export %s=%s %s_KEY=%s\n", o.Key, o.ID, o.Key, o.APIKey)
		if o.TaxID != "" {
			fmt.Printf("export %s_TAX_ID=%s\n", o.Key, o.TaxID)
		}
	}
	return nil
}
