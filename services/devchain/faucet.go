package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/contracts"
)

// Faucet hands out ether for gas on a development chain, where custodial
// accounts created at run time start empty. A consortium network runs with free
// gas and needs none. Sends are serialised, with the nonce kept here.
type Faucet struct {
	client FaucetClient
	key    *ecdsa.PrivateKey
	amount *big.Int
	mu     sync.Mutex
	nonce  *uint64
}

// FaucetClient is what the faucet needs of a node; *ethclient.Client and the
// simulated backend's client satisfy it.
type FaucetClient interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	ChainID(ctx context.Context) (*big.Int, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// NewFaucet returns a faucet paying amount wei from key per Fund.
func NewFaucet(client FaucetClient, key *ecdsa.PrivateKey, amount *big.Int) *Faucet {
	return &Faucet{client: client, key: key, amount: amount}
}

// Fund sends the faucet amount to addr unless it already holds half of it, and
// waits until the transfer is mined.
func (f *Faucet) Fund(ctx context.Context, addr common.Address) error {
	bal, err := f.client.BalanceAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("faucet: balance of %s: %w", addr, err)
	}
	if bal.Cmp(new(big.Int).Rsh(f.amount, 1)) >= 0 {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	from := crypto.PubkeyToAddress(f.key.PublicKey)
	if f.nonce == nil {
		n, err := f.client.PendingNonceAt(ctx, from)
		if err != nil {
			return fmt.Errorf("faucet: nonce: %w", err)
		}
		f.nonce = &n
	}
	chainID, err := f.client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("faucet: chain id: %w", err)
	}
	tip, err := f.client.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("faucet: tip: %w", err)
	}
	head, err := f.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("faucet: head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: *f.nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21000, To: &addr, Value: f.amount}), types.LatestSignerForChainID(chainID), f.key)
	if err != nil {
		return fmt.Errorf("faucet: sign: %w", err)
	}
	if err := f.client.SendTransaction(ctx, tx); err != nil {
		f.nonce = nil // re-read it next time: the node knows better
		return fmt.Errorf("faucet: send: %w", err)
	}
	*f.nonce++
	if _, err := contracts.WaitReceipt(ctx, f.client, tx.Hash()); err != nil {
		return fmt.Errorf("faucet: wait: %w", err)
	}
	return nil
}
