package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/server"
)

// demoTaxIDs are the demo organizations' unified social credit codes (valid
// check characters, made up bodies): the invoices of the README walk-through
// name their parties by them.
var demoTaxIDs = map[string]string{
	"CORE":      "91110000MA01C0RE1G",
	"SUPPLIER1": "91310000MA1K000019",
	"SUPPLIER2": "91310000MA1K00002C",
	"BANK":      "91440300MA5F00BNK7",
}

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
	c := &seedClient{base: m.URL(), keys: map[string]string{"OPERATOR": opKey}, ids: map[string]string{}}
	d := &datadir.Demo{BaseURL: m.URL(), ChainURL: chainURL}
	op, err := m.Identity.Store.ByID(ctx, m.OperatorID)
	if err != nil {
		return nil, err
	}
	d.Organizations = append(d.Organizations, datadir.Org{Key: "OPERATOR", ID: op.ID, Name: op.Name, Roles: op.Roles, APIKey: opKey, Address: op.Address.Hex()})
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
		var created struct {
			ID      string `json:"id"`
			APIKey  string `json:"api_key"`
			Address string `json:"address"`
		}
		body := map[string]any{"name": o.name, "roles": o.roles}
		if t := demoTaxIDs[o.key]; t != "" {
			body["tax_id"] = t
		}
		if err := c.post(ctx, "OPERATOR", "/v1/organizations", body, &created); err != nil {
			return nil, err
		}
		c.keys[o.key], c.ids[o.key] = created.APIKey, created.ID
		d.Organizations = append(d.Organizations, datadir.Org{Key: o.key, ID: created.ID, Name: o.name, Roles: o.roles, TaxID: demoTaxIDs[o.key],
			APIKey: created.APIKey, Address: created.Address})
		for _, t := range o.topics {
			body := map[string]any{"topic": t, "document_sha256": fmt.Sprintf("%064x", len(o.name)*1000+len(t)),
				"expires_at": time.Now().AddDate(2, 0, 0).UTC().Format(time.RFC3339)}
			if err := c.post(ctx, "VERIFIER", "/v1/organizations/"+created.ID+"/credentials", body, nil); err != nil {
				return nil, err
			}
		}
	}
	for _, to := range []string{"CORE", "BANK"} {
		if err := c.post(ctx, "BANK", "/v1/cash/mint", map[string]any{"to": c.ids[to], "amount": "100000000.00"}, nil); err != nil {
			return nil, err
		}
	}
	return d, datadir.WriteDemo(path, d)
}

// backfillTaxIDs gives the organizations of a demo seeded before tax ids
// existed their demo tax ids, so that the walk-through's invoices name them.
func backfillTaxIDs(ctx context.Context, m *server.Server, d *datadir.Demo) error {
	for i, o := range d.Organizations {
		t := demoTaxIDs[o.Key]
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

// seedClient calls the API as the demo organizations.
type seedClient struct {
	base string
	keys map[string]string
	ids  map[string]string
}

func (c *seedClient) post(ctx context.Context, as, path string, body, out any) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.keys[as])
	client := &http.Client{Timeout: 2 * time.Minute}
	for {
		resp, err := client.Do(req)
		if err != nil {
			return fmt.Errorf("POST %s: %w", path, err)
		}
		rb, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusCreated:
			if out != nil {
				return json.Unmarshal(rb, out)
			}
			return nil
		case resp.StatusCode == http.StatusAccepted: // still running: follow the operation
			var op struct {
				ID string `json:"id"`
			}
			_ = json.Unmarshal(rb, &op)
			if err := c.await(ctx, as, op.ID); err != nil {
				return fmt.Errorf("POST %s: %w", path, err)
			}
			return nil
		default:
			return fmt.Errorf("POST %s as %s: %d %s", path, as, resp.StatusCode, rb)
		}
	}
}

func (c *seedClient) await(ctx context.Context, as, id string) error {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/operations/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+c.keys[as])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		var op struct {
			State string          `json:"state"`
			Error json.RawMessage `json:"error"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&op)
		resp.Body.Close()
		switch op.State {
		case "confirmed":
			return nil
		case "failed":
			return fmt.Errorf("operation %s failed: %s", id, op.Error)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
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
