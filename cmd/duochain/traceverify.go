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

// runTrace is `duochain trace verify FILE --rpc URL [--anchor ADDR]`.
func runTrace(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "verify" {
		return errors.New("usage: duochain trace verify FILE|- --rpc URL [--anchor ADDR]")
	}
	fl := flag.NewFlagSet("trace verify", flag.ContinueOnError)
	rpc := fl.String("rpc", envOr("CHAIN_RPC_URL", ""), "JSON-RPC URL of a node of the chain the entries name")
	anchor := fl.String("anchor", "", "TraceAnchor address to check against (default: the one each entry names)")
	rest := args[1:]
	var file string
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		file, rest = rest[0], rest[1:]
	}
	if err := fl.Parse(rest); err != nil {
		return err
	}
	if file == "" {
		file = fl.Arg(0)
	}
	if file == "" || *rpc == "" {
		return errors.New("usage: duochain trace verify FILE|- --rpc URL [--anchor ADDR]")
	}
	if *anchor != "" && !common.IsHexAddress(*anchor) {
		return fmt.Errorf("--anchor %q is not an address", *anchor)
	}
	var in io.Reader = os.Stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	body, err := io.ReadAll(in)
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
	v := trace.Verifier{Chain: client}
	if *anchor != "" {
		v.Anchor = common.HexToAddress(*anchor)
	}
	return verifyEntries(ctx, os.Stdout, v, entries)
}

// readEntries reads one history entry, a JSON array of them, or an item
// history page ({"items": [...]}).
func readEntries(body []byte) ([]trace.Entry, error) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var list []trace.Entry
		return list, json.Unmarshal(body, &list)
	}
	var page struct {
		Items []trace.Entry `json:"items"`
	}
	if err := json.Unmarshal(body, &page); err == nil && page.Items != nil {
		return page.Items, nil
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
		if res.Valid {
			fmt.Fprintf(out, "entry %d: valid (event %s, batch root %s)\n", i, e.EventHash, deref(e.Batch.Root))
			continue
		}
		invalid++
		fmt.Fprintf(out, "entry %d: INVALID: %s\n", i, strings.Join(res.Reasons, ", "))
	}
	if invalid > 0 {
		return fmt.Errorf("%d of %d entries invalid", invalid, len(entries))
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
