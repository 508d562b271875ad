package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/services/pg"
	"github.com/duochain/duochain/services/server"
)

// runMigrate is `duochain migrate up|down [N]|version` on DATABASE_URL.
func runMigrate(args []string) error {
	dbURL, err := env("DATABASE_URL")
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return fmt.Errorf("usage: duochain migrate up|down [N]|version")
	}
	switch args[0] {
	case "up":
		return pg.MigrateUp(dbURL)
	case "down":
		n := 1
		if len(args) > 1 {
			if n, err = strconv.Atoi(args[1]); err != nil {
				return fmt.Errorf("down takes a number of migrations, or 0 for all")
			}
		}
		return pg.MigrateDown(dbURL, n)
	case "version":
		v, dirty, err := pg.MigrateVersion(dbURL)
		if err != nil {
			return err
		}
		fmt.Printf("version %d dirty %v\n", v, dirty)
		return nil
	}
	return fmt.Errorf("unknown migrate command %q", args[0])
}

// chainAndDeployment dials CHAIN_RPC_URL and reads DIR/deployment.json.
func chainAndDeployment(ctx context.Context, dir string) (*ethclient.Client, *contracts.Deployment, error) {
	url, err := env("CHAIN_RPC_URL")
	if err != nil {
		return nil, nil, err
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("dial %s: %w", url, err)
	}
	d, err := datadir.LoadDeployment(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("read the deployment (run `duochain deploy` first): %w", err)
	}
	if d.TraceAnchor == (common.Address{}) || d.CopyrightRegistry == (common.Address{}) {
		return nil, nil, errors.New("deployment.json predates TraceAnchor and CopyrightRegistry: run `duochain deploy` to add them")
	}
	return client, d, nil
}

// runDeploy is `duochain deploy`: deploy the contracts to CHAIN_RPC_URL with
// DIR/deployer.key (encrypted under the passphrase serve uses), once,
// recording DIR/deployment.json.
func runDeploy(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("deploy", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory of deployer.key and deployment.json")
	if err := fl.Parse(args); err != nil {
		return err
	}
	secret, err := datadir.ServeKeySecret(*data)
	if err != nil {
		return err
	}
	url, err := env("CHAIN_RPC_URL")
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer client.Close()
	key, err := datadir.LoadOrCreateKey(filepath.Join(*data, "deployer.key"), secret, false)
	if err != nil {
		return err
	}
	d, err := ensureDeployment(ctx, client, key, filepath.Join(*data, "deployment.json"))
	if err != nil {
		return err
	}
	b, _ := json.MarshalIndent(d, "", "  ")
	fmt.Println(string(b))
	return nil
}

// runServe is `duochain serve`: the API, transaction manager and indexer on
// DATABASE_URL and CHAIN_RPC_URL, with keys and the deployment from --data and
// the keystore passphrase from DUOCHAIN_KEY_SECRET or DUOCHAIN_KEY_SECRET_FILE.
func runServe(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory of deployment.json, deployer.key, keystore/")
	addr := fl.String("addr", envOr("DUOCHAIN_ADDR", "127.0.0.1:8080"), "listen address")
	publicURL := fl.String("public-url", os.Getenv("DUOCHAIN_PUBLIC_URL"),
		"the API's URL as clients reach it; the Receivable contract's tokenURI is set to it + /metadata/receivables/{id} at start (empty: left as it is)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	// Before anything is dialled: a missing or misplaced passphrase is the
	// first thing an operator should hear about.
	secret, err := datadir.ServeKeySecret(*data)
	if err != nil {
		return err
	}
	datadir.WarnSecretInData(*data)
	dbURL, err := env("DATABASE_URL")
	if err != nil {
		return err
	}
	client, d, err := chainAndDeployment(ctx, *data)
	if err != nil {
		return err
	}
	defer client.Close()
	key, err := datadir.LoadOrCreateKey(filepath.Join(*data, "deployer.key"), secret, false)
	if err != nil {
		return err
	}
	cfg, err := serverConfig(server.Config{Addr: *addr, DatabaseURL: dbURL, Chain: client, Deployment: *d, KeysDir: filepath.Join(*data, "keystore"),
		KeySecret: secret, OperatorKey: key})
	if err != nil {
		return err
	}
	m, err := server.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer m.Close()
	if *publicURL != "" {
		if err := m.AnnounceMetadata(ctx, *publicURL); err != nil {
			return err
		}
	}
	fmt.Printf("serving %s\n", m.URL())
	<-ctx.Done()
	return nil
}

// runReindex is `duochain reindex`: rebuild the read model from the chain.
// It is safe against a live server: the rebuild is one transaction under the
// indexer's lock, so readers see the old read model until it commits.
func runReindex(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("reindex", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory of deployment.json")
	if err := fl.Parse(args); err != nil {
		return err
	}
	dbURL, err := env("DATABASE_URL")
	if err != nil {
		return err
	}
	client, d, err := chainAndDeployment(ctx, *data)
	if err != nil {
		return err
	}
	defer client.Close()
	pool, err := pg.Open(ctx, dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := server.NewIndexer(pool, client, *d, slog.Default()).Reindex(ctx); err != nil {
		return err
	}
	fmt.Println("read model rebuilt from the chain")
	return nil
}
