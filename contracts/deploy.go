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
	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
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

// Deployment is where the contracts live.
type Deployment struct {
	IdentityRegistry  common.Address `json:"identity_registry"`
	CashToken         common.Address `json:"cash_token"`
	Receivable        common.Address `json:"receivable"`
	TraceAnchor       common.Address `json:"trace_anchor"`
	CopyrightRegistry common.Address `json:"copyright_registry"`
	Block             uint64         `json:"block"` // block of the first deployment, where indexers start
}

// Deploy deploys IdentityRegistry (with opts.From as its first operator),
// CashToken and Receivable wired to both, TraceAnchor and CopyrightRegistry
// wired to the registry, and waits until all five are mined. The transactions
// use consecutive nonces from opts.From's pending nonce.
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

	traceAddr, traceTx, err := send(&traceanchor.TraceAnchorMetaData,
		traceanchor.NewTraceAnchor().PackConstructor(registryAddr))
	if err != nil {
		return nil, fmt.Errorf("deploy trace anchor: %w", err)
	}
	copyrightAddr, copyrightTx, err := send(&copyrightregistry.CopyrightRegistryMetaData,
		copyrightregistry.NewCopyrightRegistry().PackConstructor(registryAddr))
	if err != nil {
		return nil, fmt.Errorf("deploy copyright registry: %w", err)
	}

	d := &Deployment{IdentityRegistry: registryAddr, CashToken: cashAddr, Receivable: receivableAddr,
		TraceAnchor: traceAddr, CopyrightRegistry: copyrightAddr}
	receipts, err := waitAll(ctx, b, registryTx, cashTx, receivableTx, traceTx, copyrightTx)
	if err != nil {
		return nil, err
	}
	d.Block = receipts[0].BlockNumber.Uint64()
	return d, nil
}

// DeployMissing completes a deployment recorded before TraceAnchor and
// CopyrightRegistry existed: it deploys whichever of the two d lacks, wired to
// d.IdentityRegistry, and fills in their addresses. It reports whether it
// deployed anything.
func DeployMissing(ctx context.Context, b Backend, opts *bind.TransactOpts, d *Deployment) (bool, error) {
	type missing struct {
		name string
		meta *bind.MetaData
		addr *common.Address
	}
	var todo []missing
	if d.TraceAnchor == (common.Address{}) {
		todo = append(todo, missing{"trace anchor", &traceanchor.TraceAnchorMetaData, &d.TraceAnchor})
	}
	if d.CopyrightRegistry == (common.Address{}) {
		todo = append(todo, missing{"copyright registry", &copyrightregistry.CopyrightRegistryMetaData, &d.CopyrightRegistry})
	}
	if len(todo) == 0 {
		return false, nil
	}
	// Both constructors take the registry alone.
	input := traceanchor.NewTraceAnchor().PackConstructor(d.IdentityRegistry)
	var txs []*types.Transaction
	for _, m := range todo {
		o := *opts
		o.Context = ctx
		addr, tx, err := bind.DeployContract(&o, common.FromHex(m.meta.Bin), b, input)
		if err != nil {
			return false, fmt.Errorf("deploy %s: %w", m.name, err)
		}
		*m.addr = addr
		txs = append(txs, tx)
	}
	if _, err := waitAll(ctx, b, txs...); err != nil {
		return false, err
	}
	return true, nil
}

// waitAll waits for every transaction's receipt and fails on any that reverted.
func waitAll(ctx context.Context, b Backend, txs ...*types.Transaction) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, err := WaitReceipt(ctx, b, tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy: wait for %s: %w", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: transaction %s failed", tx.Hash())
		}
		out[i] = r
	}
	return out, nil
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
