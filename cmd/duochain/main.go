// Command duochain runs the duochain platform. It only wires: configuration
// from flags and environment, the concrete pieces, and signal handling.
//
//	duochain run [--data DIR]        everything on one machine: chain, Postgres, contracts, demo data, API
//	duochain demo-env                shell exports for the demo organizations
//	duochain devchain [--data DIR]   start a local geth dev chain, deploy the contracts once, wait for Ctrl-C
//	duochain bench [--data DIR]      drive lifecycles through the running stack's API and report throughput and latency
//	duochain vc verify FILE --rpc URL check an exported credential against the chain alone
//	duochain trace verify FILE       check trace history entries against the chain, offline from the server
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/duochain/duochain/cmd/duochain/internal/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "duochain:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usage()
	}
	switch args[0] {
	case "run":
		return runDev(ctx, args[1:])
	case "serve":
		return runServe(ctx, args[1:])
	case "migrate":
		return runMigrate(args[1:])
	case "deploy":
		return runDeploy(ctx, args[1:])
	case "reindex":
		return runReindex(ctx, args[1:])
	case "demo-env":
		return demoEnv(args[1:])
	case "devchain":
		return runDevchain(ctx, args[1:])
	case "bench":
		return bench.Run(ctx, args[1:])
	case "vc":
		return runVC(ctx, args[1:])
	case "trace":
		return runTrace(ctx, args[1:])
	case "help", "-h", "--help":
		return usage()
	default:
		_ = usage()
		return fmt.Errorf("unknown command %q", args[0])
	}
}

func usage() error {
	fmt.Fprintln(os.Stderr, `usage: duochain <command> [flags]

commands:
  run        everything on one machine (make run): dev chain, Postgres, migrations, contracts, demo data, API
  serve      the API, transaction manager and indexer on DATABASE_URL and CHAIN_RPC_URL (deployment and keys from --data)
  migrate    up | down [N] | version, on DATABASE_URL
  deploy     deploy the contracts to CHAIN_RPC_URL once, recording --data/deployment.json
  reindex    rebuild the read model from the chain (DATABASE_URL, CHAIN_RPC_URL)
  demo-env   print shell exports (BASE, CORE, CORE_KEY, ...) for the demo organizations
  devchain   start a local geth dev chain under --data, deploy the contracts once, wait for Ctrl-C
  bench      against the stack make run started: lifecycles through the API vs raw contract calls (make bench)
  vc         verify FILE --rpc URL [--registry ADDRESS]: check an exported credential against the chain; exit 1 when not valid
  trace      verify FILE --rpc URL [--anchor ADDR --registry ADDR | --data DIR]: check trace history entries (hash, proof, operator anchor) against a node, no server needed`)
	return nil
}
