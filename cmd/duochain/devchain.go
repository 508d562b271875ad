package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/duochain/duochain/cmd/duochain/internal/datadir"
	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/services/devchain"
)

// runDevchain starts (or resumes) the local chain under --data, deploys the
// contracts unless a live deployment is recorded, prints where everything is and
// runs until ctx ends.
func runDevchain(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("devchain", flag.ContinueOnError)
	data := fl.String("data", ".data", "directory for the chain, keys and deployment record")
	port := fl.Int("port", 0, "HTTP JSON-RPC port (0: a free one)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if err := os.MkdirAll(*data, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", *data, err)
	}
	secret, err := datadir.LoadOrCreateSecret(filepath.Join(*data, "keystore.secret"))
	if err != nil {
		return err
	}
	key, err := datadir.LoadOrCreateKey(filepath.Join(*data, "deployer.key"), secret, true)
	if err != nil {
		return err
	}
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	funds := new(big.Int).Lsh(big.NewInt(1), 200)
	node, err := devchain.Start(ctx, devchain.Config{
		Dir:   filepath.Join(*data, "chain"),
		Port:  *port,
		Alloc: types.GenesisAlloc{deployer: {Balance: funds}},
	})
	if err != nil {
		return err
	}
	defer node.Stop()

	client, err := ethclient.DialContext(ctx, node.URL())
	if err != nil {
		return fmt.Errorf("dial dev chain: %w", err)
	}
	defer client.Close()
	dep, err := ensureDeployment(ctx, client, key, filepath.Join(*data, "deployment.json"))
	if err != nil {
		return err
	}
	fmt.Printf("chain        %s (ws %s)\n", node.URL(), node.WSURL())
	fmt.Printf("deployer     %s (key in %s)\n", deployer, filepath.Join(*data, "deployer.key"))
	fmt.Printf("registry     %s\ncash token   %s\nreceivable   %s\n", dep.IdentityRegistry, dep.CashToken, dep.Receivable)
	fmt.Println("Ctrl-C stops the chain; the next start resumes it.")
	<-ctx.Done()
	return node.Stop()
}

// ensureDeployment returns the recorded deployment when its contracts still have
// code on the chain, and deploys afresh otherwise (a new chain, or one that lost
// its last blocks in a crash).
func ensureDeployment(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, path string) (*contracts.Deployment, error) {
	if dep, err := datadir.LoadDeployment(filepath.Dir(path)); err == nil {
		code, err := client.CodeAt(ctx, dep.Receivable, nil)
		if err != nil {
			return nil, fmt.Errorf("check deployment: %w", err)
		}
		if len(code) > 0 {
			return completeDeployment(ctx, client, key, path, dep)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	dep, err := contracts.Deploy(ctx, client, bind.NewKeyedTransactor(key, chainID), contracts.DeployParams{OperatorDID: "did:web:operator.duochain.local"})
	if err != nil {
		return nil, err
	}
	return dep, datadir.RecordDeployment(path, dep)
}

// completeDeployment deploys the contracts a deployment recorded by an older
// duochain lacks (TraceAnchor, CopyrightRegistry), so a chain keeps its
// receivables across an upgrade.
func completeDeployment(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, path string, dep *contracts.Deployment) (*contracts.Deployment, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	added, err := contracts.DeployMissing(ctx, client, bind.NewKeyedTransactor(key, chainID), dep)
	if err != nil || !added {
		return dep, err
	}
	return dep, datadir.RecordDeployment(path, dep)
}
