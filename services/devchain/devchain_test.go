package devchain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/devchain"
)

var (
	roleSupplier = crypto.Keccak256Hash([]byte("SUPPLIER_ROLE"))
	roleCore     = crypto.Keccak256Hash([]byte("CORE_ENTERPRISE_ROLE"))
	roleVerifier = crypto.Keccak256Hash([]byte("VERIFIER_ROLE"))
	topicKYB     = [32]byte{'K', 'Y', 'B'} // bytes32("KYB")
)

const (
	day          = uint64(24 * 60 * 60)
	statusActive = uint8(2) // RootStatus.Active
)

// TestLifecycle runs a receivable from submission to confirmation on a real geth
// started on the pinned genesis, and checks that geth really runs that genesis.
func TestLifecycle(t *testing.T) {
	t.Parallel()
	op := newAccount(t, "operator")
	alloc := types.GenesisAlloc{op.addr: {Balance: ether(1_000_000)}}
	c := startChain(t, t.TempDir(), alloc)

	c.checkGenesis(alloc)
	heads := c.subscribeHeads()
	dep := c.deploy(op)
	reg := identityregistry.NewIdentityRegistry()
	regC := reg.Instance(c.client, dep.IdentityRegistry)
	rcv := receivable.NewReceivable()
	rcvC := rcv.Instance(c.client, dep.Receivable)

	sup, core := newAccount(t, "supplier"), newAccount(t, "core")
	c.transact(op, regC, reg.PackRegisterOrganization(sup.addr, "did:web:supplier.example", [][32]byte{roleSupplier}))
	c.transact(op, regC, reg.PackRegisterOrganization(core.addr, "did:web:core.example", [][32]byte{roleCore}))
	c.transact(op, regC, reg.PackGrantRole(op.addr, roleVerifier))
	c.transact(op, regC, reg.PackIssueCredential(sup.addr, topicKYB, crypto.Keccak256Hash([]byte("kyb:supplier")), c.now()+365*day))
	c.transfer(op, sup.addr, ether(10))
	c.transfer(op, core.addr, ether(10))

	r := c.transact(sup, rcvC, rcv.PackSubmit(core.addr, big.NewInt(100_000), c.now()+30*day,
		crypto.Keccak256Hash([]byte("invoice-1")), crypto.Keccak256Hash([]byte("invoice-1.pdf")), [32]byte{1}))
	id := submittedID(t, rcv, r)
	c.transact(core, rcvC, rcv.PackConfirm(id, crypto.Keccak256Hash([]byte("invoice-1"))))

	root, err := bind.Call(rcvC, &bind.CallOpts{Context: t.Context()}, rcv.PackRoot(id), rcv.UnpackRoot)
	if err != nil {
		t.Fatalf("read root %s: %v", id, err)
	}
	if root.Status != statusActive {
		t.Errorf("root %s status = %d, want %d (Active)", id, root.Status, statusActive)
	}
	owner, err := bind.Call(rcvC, &bind.CallOpts{Context: t.Context()}, rcv.PackOwnerOf(id), rcv.UnpackOwnerOf)
	if err != nil {
		t.Fatalf("read owner of %s: %v", id, err)
	}
	if owner != sup.addr {
		t.Errorf("ownerOf(%s) = %s, want supplier %s", id, owner, sup.addr)
	}
	select {
	case <-heads:
	case <-time.After(5 * time.Second):
		t.Errorf("no new head over the websocket at %s", c.node.WSURL())
	}
}

// TestRestart stops a node and starts it again on the same data directory, then
// does the same after a kill.
func TestRestart(t *testing.T) {
	t.Parallel()
	op := newAccount(t, "operator")
	dir := t.TempDir()
	c := startChain(t, dir, types.GenesisAlloc{op.addr: {Balance: ether(1_000_000)}})
	dep := c.deploy(op)

	// A clean stop keeps everything, and dev mode mines nothing on its own.
	stopped := c.blockNumber()
	if err := c.node.Stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	c = startChain(t, dir, nil)
	if got := c.blockNumber(); got != stopped {
		t.Errorf("after stop: block number = %d, want %d", got, stopped)
	}
	c.checkCode(dep.Receivable)
	c.transfer(op, common.Address{1}, big.NewInt(1))

	// A kill loses what geth had not flushed yet: at worst the chain resumes
	// where the last clean stop left it.
	if err := c.node.Kill(); err != nil {
		t.Fatalf("kill: %v", err)
	}
	c = startChain(t, dir, nil)
	if got := c.blockNumber(); got < stopped {
		t.Errorf("after kill: block number = %d, want >= %d", got, stopped)
	}
	c.checkCode(dep.Receivable)
	// A lost transfer may be back in the pool from geth's journal, or not.
	nonce, err := c.client.PendingNonceAt(t.Context(), op.addr)
	if err != nil {
		t.Fatalf("read pending nonce of %s: %v", op.addr, err)
	}
	op.nonce = nonce
	c.transfer(op, common.Address{1}, big.NewInt(1))
}

// chain is a running node and a client of it.
type chain struct {
	t       *testing.T
	ctx     context.Context
	node    *devchain.Node
	client  *ethclient.Client
	chainID *big.Int
}

// startChain starts a node on dir and stops it when the test ends.
func startChain(t *testing.T, dir string, alloc types.GenesisAlloc) *chain {
	t.Helper()
	node, err := devchain.Start(t.Context(), devchain.Config{Dir: dir, Alloc: alloc})
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		if err := node.Stop(); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	client, err := ethclient.DialContext(t.Context(), node.URL())
	if err != nil {
		t.Fatalf("dial %s: %v", node.URL(), err)
	}
	t.Cleanup(client.Close)
	id, err := client.ChainID(t.Context())
	if err != nil {
		t.Fatalf("read chain id: %v", err)
	}
	return &chain{t: t, ctx: t.Context(), node: node, client: client, chainID: id}
}

// subscribeHeads subscribes to new heads over the websocket endpoint.
func (c *chain) subscribeHeads() <-chan *types.Header {
	c.t.Helper()
	ws, err := ethclient.DialContext(c.ctx, c.node.WSURL())
	if err != nil {
		c.t.Fatalf("dial %s: %v", c.node.WSURL(), err)
	}
	c.t.Cleanup(ws.Close)
	heads := make(chan *types.Header, 100)
	sub, err := ws.SubscribeNewHead(c.ctx, heads)
	if err != nil {
		c.t.Fatalf("subscribe to new heads: %v", err)
	}
	c.t.Cleanup(sub.Unsubscribe)
	return heads
}

// checkGenesis checks that geth runs the pinned genesis rather than its own dev
// genesis: same block hash (so same alloc), Cancun active and nothing after it.
func (c *chain) checkGenesis(alloc types.GenesisAlloc) {
	c.t.Helper()
	want := contracts.Genesis(devchain.DefaultChainID, 60_000_000 /* the default */, alloc).ToBlock().Hash()
	h, err := c.client.HeaderByNumber(c.ctx, big.NewInt(0))
	if err != nil {
		c.t.Fatalf("read genesis header: %v", err)
	}
	if h.Hash() != want {
		c.t.Errorf("genesis hash = %s, want %s", h.Hash(), want)
	}
	for addr, acc := range alloc {
		bal, err := c.client.BalanceAt(c.ctx, addr, big.NewInt(0))
		if err != nil {
			c.t.Fatalf("read balance of %s: %v", addr, err)
		}
		if bal.Cmp(acc.Balance) != 0 {
			c.t.Errorf("genesis balance of %s = %s, want %s", addr, bal, acc.Balance)
		}
	}

	// eth_config (EIP-7910) describes the fork in force and the next scheduled one.
	var cfg struct {
		Current struct {
			Precompiles     map[string]common.Address `json:"precompiles"`
			SystemContracts map[string]common.Address `json:"systemContracts"`
		} `json:"current"`
		Next *struct{} `json:"next"`
	}
	if err := c.client.Client().CallContext(c.ctx, &cfg, "eth_config"); err != nil {
		c.t.Fatalf("eth_config: %v", err)
	}
	if cfg.Next != nil {
		c.t.Errorf("eth_config: a fork after Cancun is scheduled")
	}
	// Cancun's system contract is the beacon roots contract; Prague adds four more.
	wantSystem := map[string]common.Address{"BEACON_ROOTS_ADDRESS": params.BeaconRootsAddress}
	if diff := cmp.Diff(wantSystem, cfg.Current.SystemContracts); diff != "" {
		c.t.Errorf("eth_config system contracts (-want +got):\n%s", diff)
	}
	// Cancun has precompiles 0x01-0x0a, the last being KZG point evaluation;
	// Prague adds the BLS12-381 ones and Osaka P256VERIFY.
	if _, ok := cfg.Current.Precompiles["KZG_POINT_EVALUATION"]; !ok || len(cfg.Current.Precompiles) != 10 {
		c.t.Errorf("eth_config precompiles = %v, want Cancun's ten", cfg.Current.Precompiles)
	}
}

// deploy deploys the contracts as op and syncs op's nonce with the chain.
func (c *chain) deploy(op *account) *contracts.Deployment {
	c.t.Helper()
	dep, err := contracts.Deploy(c.ctx, c.client, op.transactor(c.ctx, c.chainID), contracts.DeployParams{OperatorDID: "did:web:operator.example"})
	if err != nil {
		c.t.Fatalf("deploy: %v", err)
	}
	nonce, err := c.client.NonceAt(c.ctx, op.addr, nil)
	if err != nil {
		c.t.Fatalf("read nonce of %s: %v", op.addr, err)
	}
	op.nonce = nonce
	return dep
}

// transact sends data to bc as from and waits until it is mined successfully.
func (c *chain) transact(from *account, bc *bind.BoundContract, data []byte) *types.Receipt {
	c.t.Helper()
	opts := from.transactor(c.ctx, c.chainID)
	opts.Nonce = new(big.Int).SetUint64(from.nonce)
	tx, err := bind.Transact(bc, opts, data)
	if err != nil {
		if r, ok := contracts.DecodeRevert(err); ok {
			err = r
		}
		c.t.Fatalf("%s: send to %s: %v", from.name, bc.Address(), err)
	}
	from.nonce++
	return c.mined(from, tx)
}

// transfer sends value wei from from to to and waits until it is mined.
func (c *chain) transfer(from *account, to common.Address, value *big.Int) *types.Receipt {
	c.t.Helper()
	tip, err := c.client.SuggestGasTipCap(c.ctx)
	if err != nil {
		c.t.Fatalf("suggest tip: %v", err)
	}
	head, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatalf("read head: %v", err)
	}
	tx, err := types.SignNewTx(from.key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID:   c.chainID,
		Nonce:     from.nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       params.TxGas,
		To:        &to,
		Value:     value,
	})
	if err != nil {
		c.t.Fatalf("sign transfer: %v", err)
	}
	if err := c.client.SendTransaction(c.ctx, tx); err != nil {
		c.t.Fatalf("%s: transfer to %s: %v", from.name, to, err)
	}
	from.nonce++
	return c.mined(from, tx)
}

// mined waits for tx's receipt and fails the test unless it succeeded.
func (c *chain) mined(from *account, tx *types.Transaction) *types.Receipt {
	c.t.Helper()
	r, err := contracts.WaitReceipt(c.ctx, c.client, tx.Hash())
	if err != nil {
		c.t.Fatalf("%s: wait for %s: %v", from.name, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%s: transaction %s failed", from.name, tx.Hash())
	}
	return r
}

// checkCode checks that there is a contract at addr.
func (c *chain) checkCode(addr common.Address) {
	c.t.Helper()
	code, err := c.client.CodeAt(c.ctx, addr, nil)
	if err != nil {
		c.t.Fatalf("read code at %s: %v", addr, err)
	}
	if len(code) == 0 {
		c.t.Errorf("no code at %s", addr)
	}
}

// now is the timestamp of the latest block.
func (c *chain) now() uint64 {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatalf("read head: %v", err)
	}
	return h.Time
}

// blockNumber is the number of the latest block.
func (c *chain) blockNumber() uint64 {
	c.t.Helper()
	n, err := c.client.BlockNumber(c.ctx)
	if err != nil {
		c.t.Fatalf("read block number: %v", err)
	}
	return n
}

// account is a key that sends transactions, with the nonce of its next one.
// Each account has a single sender, so the test tracks nonces itself.
type account struct {
	name  string
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

func newAccount(t *testing.T, name string) *account {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatalf("generate key for %s: %v", name, err)
	}
	return &account{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

func (a *account) transactor(ctx context.Context, chainID *big.Int) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(a.key, chainID)
	opts.Context = ctx
	return opts
}

// submittedID is the id in the ReceivableSubmitted event of r.
func submittedID(t *testing.T, rcv *receivable.Receivable, r *types.Receipt) *big.Int {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := rcv.UnpackReceivableSubmittedEvent(l); err == nil {
			return ev.Id
		}
	}
	t.Fatalf("no ReceivableSubmitted event in %s", r.TxHash)
	return nil
}

func ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether))
}
