package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/identity"
)

const vcUsage = "usage: duochain vc verify FILE|- --rpc URL [--registry ADDRESS | --data DIR]"

// runVC is `duochain vc verify FILE --rpc URL`: check an exported credential
// against the chain alone, without the server or its database. It prints the
// result as JSON and fails (exit 1) with the reasons when the credential is
// not valid.
func runVC(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "verify" {
		return fmt.Errorf("%s", vcUsage)
	}
	fl := flag.NewFlagSet("vc verify", flag.ContinueOnError)
	rpcURL := fl.String("rpc", os.Getenv("CHAIN_RPC_URL"), "JSON-RPC URL of a node of the chain (default $CHAIN_RPC_URL)")
	registry := fl.String("registry", "", "address of the identity registry you trust (default: the one in --data/deployment.json)")
	data := fl.String("data", ".data", "directory of deployment.json, when --registry is not given")
	file, err := parseWithFile(fl, args[1:])
	if err != nil {
		return err
	}
	if file == "" || *rpcURL == "" {
		return fmt.Errorf("%s", vcUsage)
	}
	reg, err := trustedRegistry(*registry, *data)
	if err != nil {
		return err
	}
	raw, err := readInput(file)
	if err != nil {
		return fmt.Errorf("read the credential: %w", err)
	}
	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("dial %s: %w", *rpcURL, err)
	}
	defer client.Close()
	return verifyCredential(ctx, client, reg, raw, os.Stdout)
}

// verifyCredential verifies raw against registry on chain and prints the result
// as JSON to w; it returns an error naming the reasons when it is not valid.
func verifyCredential(ctx context.Context, chain identity.ChainReader, registry common.Address, raw []byte, w io.Writer) error {
	res, err := identity.Verify(ctx, chain, registry, raw)
	if err != nil {
		return fmt.Errorf("verify the credential: %w", err)
	}
	b, _ := json.MarshalIndent(res, "", "  ")
	fmt.Fprintln(w, string(b))
	if !res.Valid {
		return fmt.Errorf("credential not valid: %s", strings.Join(res.Reasons, ", "))
	}
	return nil
}

// trustedRegistry is the registry given, else the deployment's in dir.
func trustedRegistry(given, dir string) (common.Address, error) {
	if given != "" {
		if !common.IsHexAddress(given) {
			return common.Address{}, fmt.Errorf("--registry %q is not an address", given)
		}
		return common.HexToAddress(given), nil
	}
	d, err := datadir.LoadDeployment(dir)
	if err != nil {
		return common.Address{}, fmt.Errorf("give --registry, the identity registry you trust (no deployment in %s: %w)", dir, err)
	}
	return d.IdentityRegistry, nil
}
