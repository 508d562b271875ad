package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/services/trace"
)

const traceUsage = "usage: duochain trace verify FILE|- --rpc URL [--anchor ADDR [--registry ADDR] | --data DIR]"

// runTrace is `duochain trace verify FILE --rpc URL [--anchor ADDR]`. The
// TraceAnchor checked is --anchor, else the one in --data/deployment.json,
// never the one an entry names: whoever wrote the entry chose that.
func runTrace(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "verify" {
		return errors.New(traceUsage)
	}
	fl := flag.NewFlagSet("trace verify", flag.ContinueOnError)
	rpc := fl.String("rpc", envOr("CHAIN_RPC_URL", ""), "JSON-RPC URL of a node of the chain the entries name")
	anchor := fl.String("anchor", "", "TraceAnchor address you trust (default: the one in --data/deployment.json)")
	registry := fl.String("registry", "", "identity registry whose active operators may anchor (default: the deployment's, else the one --anchor consults)")
	data := fl.String("data", ".data", "directory of deployment.json, when --anchor is not given")
	file, err := parseWithFile(fl, args[1:])
	if err != nil {
		return err
	}
	if file == "" || *rpc == "" {
		return errors.New(traceUsage)
	}
	v, err := traceVerifier(*anchor, *registry, *data)
	if err != nil {
		return err
	}
	body, err := readInput(file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	entries, err := readEntries(body)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	client, err := ethclient.DialContext(ctx, *rpc)
	if err != nil {
		return fmt.Errorf("dial %s: %w", *rpc, err)
	}
	defer client.Close()
	v.Chain = client
	return verifyEntries(ctx, os.Stdout, v, entries)
}

// traceVerifier is the Verifier of the contracts the user trusts: --anchor
// (with --registry, or the registry that anchor consults), else those of
// dir/deployment.json. With neither it refuses: the entry's own contract
// proves nothing.
func traceVerifier(anchor, registry, dir string) (trace.Verifier, error) {
	var v trace.Verifier
	if registry != "" {
		if !common.IsHexAddress(registry) {
			return v, fmt.Errorf("--registry %q is not an address", registry)
		}
		v.Registry = common.HexToAddress(registry)
	}
	if anchor != "" {
		if !common.IsHexAddress(anchor) {
			return v, fmt.Errorf("--anchor %q is not an address", anchor)
		}
		v.Anchor = common.HexToAddress(anchor)
		return v, nil
	}
	d, err := loadDeployment(dir)
	if err != nil {
		return v, fmt.Errorf("give --anchor, the TraceAnchor you trust, or --data, the directory of its deployment.json: "+
			"the contract an entry names is never trusted (%w)", err)
	}
	if d.TraceAnchor == (common.Address{}) {
		return v, fmt.Errorf("the deployment in %s names no TraceAnchor: give --anchor", dir)
	}
	v.Anchor = d.TraceAnchor
	if v.Registry == (common.Address{}) {
		v.Registry = d.IdentityRegistry
	}
	return v, nil
}

// readEntries reads one history entry, a JSON array of them, an item
// history page ({"items": [...]}) or a receivable's trace ({"received":
// [...], "other_records": [...]}, in that order).
func readEntries(body []byte) ([]trace.Entry, error) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var list []trace.Entry
		return list, json.Unmarshal(body, &list)
	}
	var page struct {
		Items        []trace.Entry `json:"items"`
		Received     []trace.Entry `json:"received"`
		OtherRecords []trace.Entry `json:"other_records"`
	}
	if err := json.Unmarshal(body, &page); err == nil && page.Items != nil {
		return page.Items, nil
	} else if err == nil && (page.Received != nil || page.OtherRecords != nil) {
		return append(page.Received, page.OtherRecords...), nil
	}
	var e trace.Entry
	if err := json.Unmarshal(body, &e); err != nil {
		return nil, err
	}
	return []trace.Entry{e}, nil
}

// verifyEntries prints one line per entry and fails when any is invalid.
func verifyEntries(ctx context.Context, out io.Writer, v trace.Verifier, entries []trace.Entry) error {
	if len(entries) == 0 {
		return errors.New("no entry to verify")
	}
	invalid := 0
	for i, e := range entries {
		res, err := v.Verify(ctx, e)
		if err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
		by := fmt.Sprintf("anchor %s, anchorer %s", res.Anchor.Hex(), anchorerOf(res))
		if res.Valid {
			// Checked says what "valid" vouches for: never batch.id, leaf_index,
			// status or anchored_at, which nothing on chain commits to.
			fmt.Fprintf(out, "entry %d: valid (event %s, batch root %s, %s; checked %s)\n", i, e.EventHash, deref(e.Batch.Root), by, strings.Join(res.Checked, ", "))
			continue
		}
		invalid++
		fmt.Fprintf(out, "entry %d: INVALID: %s (%s)\n", i, strings.Join(res.Reasons, ", "), by)
	}
	if invalid > 0 {
		return fmt.Errorf("%d of %d entries invalid", invalid, len(entries))
	}
	return nil
}

// anchorerOf names who anchored the entry's root, or that no one is known to.
func anchorerOf(res trace.Verification) string {
	if res.Anchorer == (common.Address{}) {
		return "none"
	}
	return res.Anchorer.Hex()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
