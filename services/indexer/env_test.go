package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/simchain"
	"github.com/duochain/duochain/services/indexer"
	"github.com/duochain/duochain/services/pg/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var (
	roleClearing = crypto.Keccak256Hash([]byte("CLEARING_ROLE"))
	roleSupplier = crypto.Keccak256Hash([]byte("SUPPLIER_ROLE"))
)

// acct is one organization's key and transactor.
type acct struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// chain is a simulated chain on the pinned fork with the contracts deployed, a
// clearing bank registered in the identity registry, and four plain holders.
type chain struct {
	t      *testing.T
	ctx    context.Context
	ch     *simchain.Chain
	sim    *simulated.Backend
	client simulated.Client
	dep    *contracts.Deployment
	reg    *identityregistry.IdentityRegistry
	regC   *bind.BoundContract
	cash   *cashtoken.CashToken
	cashC  *bind.BoundContract
	op     *acct // operator, deployer
	clr    *acct // clearing bank: mints cash
	users  []*acct
}

// node is a chain client with its JSON-RPC connection, as the indexer needs.
type node interface {
	indexer.Client
	Client() *rpc.Client
}

// node is the simulated chain's client as the indexer sees it.
func (c *chain) node() node { return c.client.(node) }

func newChain(t *testing.T) *chain {
	t.Helper()
	// The node's JSON-RPC on a socket: the indexer reads blocks through it, as
	// from a real node (the simulated backend's own client hides it).
	ch := simchain.NewChain(t, simchain.Config{Keys: []string{"op", "clr", "u0", "u1", "u2", "u3"}, IPC: true})
	c := &chain{t: t, ctx: context.Background(), ch: ch, sim: ch.Sim, client: ch.Client}
	all := make([]*acct, len(ch.Accounts))
	for i, a := range ch.Accounts {
		all[i] = &acct{name: a.Name, key: a.Key, addr: a.Addr, opts: a.Opts}
	}
	c.op, c.clr, c.users = all[0], all[1], all[2:]
	c.dep = ch.Deploy(c.op.opts, contracts.DeployParams{OperatorDID: "did:web:operator.example"})
	c.reg = identityregistry.NewIdentityRegistry()
	c.regC = c.reg.Instance(c.client, c.dep.IdentityRegistry)
	c.cash = cashtoken.NewCashToken()
	c.cashC = c.cash.Instance(c.client, c.dep.CashToken)
	c.register(c.clr, roleClearing)
	return c
}

// send signs data as who and mines it in its own block.
func (c *chain) send(who *acct, to *bind.BoundContract, data []byte) *types.Receipt {
	c.t.Helper()
	r, err := c.ch.Send(who.opts, to, data)
	if err != nil {
		if r, ok := contracts.DecodeRevert(err); ok {
			err = r
		}
		c.t.Fatalf("%s: %v", who.name, err)
	}
	return r
}

// mine commits blocks until every transaction is in one and returns their
// receipts.
func (c *chain) mine(hashes ...common.Hash) []*types.Receipt {
	c.t.Helper()
	return c.ch.Mine(hashes...)
}

// transfers sends cash from who to each of to (amount each) and mines them
// together, a few blocks at most: one chunk with many logs.
func (c *chain) transfers(who *acct, amount int64, to ...*acct) []*types.Receipt {
	c.t.Helper()
	nonce, err := c.client.PendingNonceAt(c.ctx, who.addr)
	if err != nil {
		c.t.Fatal(err)
	}
	hashes := make([]common.Hash, len(to))
	for i, a := range to {
		opts := *who.opts
		opts.Context = c.ctx
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		opts.GasLimit = 100_000 // later transfers depend on earlier ones: no estimate
		tx, err := bind.Transact(c.cashC, &opts, c.cash.PackTransfer(a.addr, big.NewInt(amount)))
		if err != nil {
			c.t.Fatal(err)
		}
		hashes[i] = tx.Hash()
	}
	return c.mine(hashes...)
}

func (c *chain) register(a *acct, role common.Hash) *types.Receipt {
	return c.send(c.op, c.regC, c.reg.PackRegisterOrganization(a.addr, "did:web:"+a.name+".example", [][32]byte{role}))
}

func (c *chain) mint(to *acct, amount int64) *types.Receipt {
	return c.send(c.clr, c.cashC, c.cash.PackMint(to.addr, big.NewInt(amount)))
}

func (c *chain) transfer(from, to *acct, amount int64) *types.Receipt {
	return c.send(from, c.cashC, c.cash.PackTransfer(to.addr, big.NewInt(amount)))
}

// activity is a little of everything, one transaction per block: mints, a
// registration and transfers that each depend on the one before.
func (c *chain) activity() {
	c.t.Helper()
	u := c.users
	c.mint(u[0], 1000_00)
	c.mint(u[1], 500_00)
	c.register(u[3], roleSupplier)
	c.transfer(u[0], u[1], 100_00)
	c.transfer(u[1], u[2], 550_00)
	c.transfer(u[2], u[3], 25_00)
	c.mint(u[2], 1_00)
}

// head is the number and hash of the chain's newest block.
func (c *chain) head() (uint64, common.Hash) {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Number.Uint64(), h.Hash()
}

// hashAt is the hash of the canonical block n.
func (c *chain) hashAt(n uint64) common.Hash {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Hash()
}

// balances are the token's own balanceOf for every organization that has one,
// in the projection's form (hex account, balance).
func (c *chain) balances() []balanceRow {
	c.t.Helper()
	var out []balanceRow
	for _, a := range append([]*acct{c.op, c.clr}, c.users...) {
		b, err := bind.Call(c.cashC, &bind.CallOpts{Context: c.ctx}, c.cash.PackBalanceOf(a.addr), c.cash.UnpackBalanceOf)
		if err != nil {
			c.t.Fatal(err)
		}
		if b.Sign() > 0 {
			out = append(out, balanceRow{Account: common.Bytes2Hex(a.addr.Bytes()), Balance: b.String()})
		}
	}
	sortBalances(out)
	return out
}
