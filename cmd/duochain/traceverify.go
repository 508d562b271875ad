package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
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
	entries, err := trace.ReadEntries(body)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	client, err := ethclient.DialContext(ctx, *rpc)
	if err != nil {
		return fmt.Errorf("dial %s: %w", *rpc, err)
	}
	defer client.Close()
	v.Chain = client
	return trace.VerifyEntries(ctx, os.Stdout, v, entries)
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
	d, err := datadir.LoadDeployment(dir)
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
