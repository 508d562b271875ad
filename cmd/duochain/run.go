package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/services/devchain"
	"github.com/duochain/duochain/services/pg"
	"github.com/duochain/duochain/services/server"
)

// runDev is `make run`: everything on one machine. It starts (or resumes) a geth
// dev chain and a Postgres cluster under --data unless CHAIN_RPC_URL or
// DATABASE_URL point elsewhere, migrates, deploys the contracts once, serves the
// API, seeds the demo organizations once, and writes .data/demo.json.
func runDev(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("run", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory for the chain, the database, keys and demo.json")
	addr := fl.String("addr", envOr("DUOCHAIN_ADDR", "127.0.0.1:0"), "API listen address (port 0: a free one)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	dir, err := filepath.Abs(*data)
	if err != nil {
		return err
	}
	// 0755: as root the cluster belongs to the postgres user, who must reach it.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	if os.Getenv("CHAIN_RPC_URL") == "" && os.Getenv("DATABASE_URL") == "" {
		old, err := datadir.RetireStaleData(dir)
		if err != nil {
			return err
		}
		if old != "" {
			fmt.Printf("data         %s was made for older contracts; moved to %s, starting a fresh demo\n", dir, old)
		}
	}
	// The demo keeps its own passphrase beside its keys (serve never does).
	secret, err := datadir.LoadOrCreateSecret(filepath.Join(dir, "keystore.secret"))
	if err != nil {
		return err
	}
	operatorKey, err := datadir.LoadOrCreateKey(filepath.Join(dir, "deployer.key"), secret, true)
	if err != nil {
		return err
	}
	faucetKey, err := datadir.LoadOrCreateKey(filepath.Join(dir, "faucet.key"), secret, true)
	if err != nil {
		return err
	}

	var client *ethclient.Client
	var funder *devchain.Faucet
	var chainURL string // recorded in demo.json for `duochain bench`
	if url := os.Getenv("CHAIN_RPC_URL"); url != "" {
		if client, err = ethclient.DialContext(ctx, url); err != nil {
			return fmt.Errorf("dial %s: %w", url, err)
		}
		// A node of our own making (tests, a second dev chain) may have funded
		// the faucet key; a network with free gas needs no faucet at all.
		if os.Getenv("DUOCHAIN_FAUCET") != "off" {
			funder = devchain.NewFaucet(client, faucetKey, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
		}
		chainURL = url
		fmt.Printf("chain        %s (CHAIN_RPC_URL)\n", url)
	} else {
		rich := new(big.Int).Lsh(big.NewInt(1), 200)
		fmt.Println("chain        starting geth --dev (the first run builds geth with `go tool geth`: 3-4 minutes on two cores)")
		node, err := devchain.Start(ctx, devchain.Config{Dir: filepath.Join(dir, "chain"), Alloc: types.GenesisAlloc{
			crypto.PubkeyToAddress(operatorKey.PublicKey): {Balance: rich},
			crypto.PubkeyToAddress(faucetKey.PublicKey):   {Balance: rich},
		}})
		if err != nil {
			return err
		}
		defer node.Stop()
		if client, err = ethclient.DialContext(ctx, node.URL()); err != nil {
			return fmt.Errorf("dial dev chain: %w", err)
		}
		funder = devchain.NewFaucet(client, faucetKey, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
		chainURL = node.URL()
		fmt.Printf("chain        %s (geth --dev, data in %s)\n", node.URL(), filepath.Join(dir, "chain"))
	}
	defer client.Close()

	dbURL := os.Getenv("DATABASE_URL")
	if dbURL == "" {
		fmt.Println("database     starting Postgres")
		cluster, err := pg.StartLocal(ctx, pg.LocalConfig{Dir: filepath.Join(dir, "postgres")})
		if err != nil {
			return err
		}
		defer cluster.Stop()
		if err := pg.CreateDatabase(ctx, cluster.URL("postgres"), "duochain"); err != nil && !strings.Contains(err.Error(), "already exists") {
			return err
		}
		dbURL = cluster.URL("duochain")
		fmt.Printf("database     %s (data in %s, password in %s)\n", redactURL(dbURL), filepath.Join(dir, "postgres"), pg.PasswordFile(filepath.Join(dir, "postgres")))
	}
	fmt.Println("database     migrating")
	if err := pg.MigrateUp(dbURL); err != nil {
		return err
	}
	fmt.Println("contracts    deploying (once per chain)")
	dep, err := ensureDeployment(ctx, client, operatorKey, filepath.Join(dir, "deployment.json"))
	if err != nil {
		return err
	}
	fmt.Println("server       starting: transaction manager, indexer (catching up with the chain), API")
	cfg, err := serverConfig(server.Config{
		Addr: *addr, DatabaseURL: dbURL, Chain: client, Deployment: *dep,
		KeysDir: filepath.Join(dir, "keystore"), KeySecret: secret, LightKeys: true,
		OperatorKey: operatorKey, Funder: funder, Logger: log,
	})
	if err != nil {
		return err
	}
	m, err := server.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer m.Close()
	fmt.Println("demo         seeding the demo organizations (once)")
	demo, err := seedDemo(ctx, m, chainURL, filepath.Join(dir, "demo.json"))
	if err != nil {
		return fmt.Errorf("seed demo organizations: %w", err)
	}
	// The port is new at each start: tokenURI must name this one.
	if err := m.AnnounceMetadata(ctx, m.URL()); err != nil {
		return err
	}
	fmt.Printf("contracts    registry %s, cash %s, receivable %s\n             trace anchor %s, copyright registry %s\n",
		dep.IdentityRegistry, dep.CashToken, dep.Receivable, dep.TraceAnchor, dep.CopyrightRegistry)
	fmt.Printf("\nAPI          %s   (docs %s/docs)\n\n", m.URL(), m.URL())
	for _, o := range demo.Organizations {
		fmt.Printf("  %-3s %-28s %-32s %s\n", o.ID, o.Name, strings.Join(o.Roles, ","), o.APIKey)
	}
	fmt.Printf("\nThe same in %s; `eval \"$(./bin/duochain demo-env)\"` exports them for the README walk-through\n(ports change at each start: run it again after a restart). The keys are printed for the demo only.\nCtrl-C stops everything; the next `make run` resumes.\n",
		filepath.Join(dir, "demo.json"))
	<-ctx.Done()
	return nil
}

// redactURL hides the password of a connection string.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}
