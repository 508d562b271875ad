package datadir

import (
	"encoding/json"
	"fmt"
	"os"
)

// Demo is demo.json: where the demo's API and chain are, and its cast.
type Demo struct {
	BaseURL       string `json:"base_url"`
	ChainURL      string `json:"chain_url,omitempty"` // JSON-RPC of the chain, for `duochain bench`
	Organizations []Org  `json:"organizations"`
}

// Org is one organization of the demo cast, with its API key.
type Org struct {
	Key     string   `json:"key"` // short handle used by demo-env: OPERATOR, CORE, SUPPLIER1, SUPPLIER2, BANK, VERIFIER
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Roles   []string `json:"roles"`
	TaxID   string   `json:"tax_id,omitempty"`
	APIKey  string   `json:"api_key"`
	Address string   `json:"address"`
}

// ReadDemo reads demo.json at path.
func ReadDemo(path string) (*Demo, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d Demo
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return &d, nil
}

// WriteDemo replaces path atomically, so a script polling for it never reads half a file.
func WriteDemo(path string, d *Demo) error {
	b, _ := json.MarshalIndent(d, "", "  ")
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// DemoTaxIDs are the demo organizations' unified social credit codes (valid
// check characters, made up bodies): the invoices of the README walk-through
// name their parties by them, and the end-to-end tests
// read them here.
var DemoTaxIDs = map[string]string{
	"CORE":      "91110000MA01C0RE1G",
	"SUPPLIER1": "91310000MA1K000019",
	"SUPPLIER2": "91310000MA1K00002C",
	"BANK":      "91440300MA5F00BNK7",
}
