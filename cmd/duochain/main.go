// Command duochain runs the duochain platform. It only wires: configuration
// from flags and environment, the concrete pieces, and signal handling.
//
//	duochain devchain [--data DIR]   start a local geth dev chain, deploy the contracts once, wait for Ctrl-C
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
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
	case "devchain":
		return runDevchain(ctx, args[1:])
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
  devchain   start a local geth dev chain under --data, deploy the contracts once, wait for Ctrl-C`)
	return nil
}
