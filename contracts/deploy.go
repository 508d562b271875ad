package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// Backend is what deployment needs of a chain client: sending transactions and
// reading receipts. *ethclient.Client and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// DeployParams names what the deployment creates.
type DeployParams struct {
	OperatorDID string // DID of the deploying account, registered as the first operator
	CashName    string // ERC-20 name of the settlement token
	CashSymbol  string // ERC-20 symbol of the settlement token
}

// Deployment is where the three core contracts live.
type Deployment struct {
	IdentityRegistry common.Address `json:"identity_registry"`
	CashToken        common.Address `json:"cash_token"`
	Receivable       common.Address `json:"receivable"`
	Block            uint64         `json:"block"` // block of the first deployment, where indexers start
}

// Deploy deploys IdentityRegistry (with opts.From as its first operator),
// CashToken and Receivable wired to both, and waits until all three are mined.
// The three transactions use consecutive nonces from opts.From's pending nonce.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, p DeployParams) (*Deployment, error) {
	if p.CashName == "" {
		p.CashName = "Duochain Settlement CNY"
	}
	if p.CashSymbol == "" {
		p.CashSymbol = "dCNY"
	}
	nonce, err := b.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("deploy: read nonce of %s: %w", opts.From, err)
	}
	from := opts.From
	send := func(meta *bind.MetaData, input []byte) (common.Address, *types.Transaction, error) {
		o := *opts
		o.Context = ctx
		o.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		bin := common.FromHex(meta.Bin)
		return bind.DeployContract(&o, bin, b, input)
	}

	registryAddr, registryTx, err := send(&identityregistry.IdentityRegistryMetaData,
		identityregistry.NewIdentityRegistry().PackConstructor(from, p.OperatorDID))
	if err != nil {
		return nil, fmt.Errorf("deploy identity registry: %w", err)
	}
	cashAddr, cashTx, err := send(&cashtoken.CashTokenMetaData,
		cashtoken.NewCashToken().PackConstructor(registryAddr, p.CashName, p.CashSymbol))
	if err != nil {
		return nil, fmt.Errorf("deploy cash token: %w", err)
	}
	receivableAddr, receivableTx, err := send(&receivable.ReceivableMetaData,
		receivable.NewReceivable().PackConstructor(registryAddr, cashAddr))
	if err != nil {
		return nil, fmt.Errorf("deploy receivable: %w", err)
	}

	d := &Deployment{IdentityRegistry: registryAddr, CashToken: cashAddr, Receivable: receivableAddr}
	for i, tx := range []*types.Transaction{registryTx, cashTx, receivableTx} {
		r, err := WaitReceipt(ctx, b, tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy: wait for %s: %w", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: transaction %s failed", tx.Hash())
		}
		if i == 0 {
			d.Block = r.BlockNumber.Uint64()
		}
	}
	return d, nil
}

// WaitReceipt polls every 50 ms until the receipt of hash exists or ctx ends.
// bind.WaitMined polls once a second, too slow for a chain that mines on arrival.
func WaitReceipt(ctx context.Context, b interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		// A node still indexing transactions answers with an error rather than
		// NotFound; both mean "ask again".
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
