package txmgr_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/txmgr"
)

var roleOperator = crypto.Keccak256Hash([]byte("OPERATOR_ROLE"))

// registerOrg is an operation registering a new organization in the identity registry.
func registerOrg(d *contracts.Deployment, signer, account common.Address, gas uint64) txmgr.NewOperation {
	return txmgr.NewOperation{
		Kind:         "identity.register",
		Signer:       signer,
		To:           d.IdentityRegistry,
		Data:         identityregistry.NewIdentityRegistry().PackRegisterOrganization(account, "did:web:"+account.Hex()+".example", nil),
		ResourceType: "organization",
		Gas:          gas,
	}
}

// setOrgResource is an OnConfirmed hook, as a capability writes one: the
// resource id comes from the receipt's event.
func setOrgResource(ctx context.Context, tx pgx.Tx, op txmgr.Operation, r *types.Receipt) error {
	reg := identityregistry.NewIdentityRegistry()
	for _, l := range r.Logs {
		if ev, err := reg.UnpackOrganizationRegisteredEvent(l); err == nil {
			return txmgr.SetResource(ctx, tx, op.ID, ev.Account.Hex())
		}
	}
	return nil
}

// TestManyOperationsTwoSigners sends many operations from two keys at once:
// every one is confirmed by exactly one transaction, nonces are contiguous
// from the chain's nonce, and the hook sets each resource id.
func TestManyOperationsTwoSigners(t *testing.T) {
	const perSigner = 15
	c, addrs := newChain(t, 2)
	opA, opB := addrs[0], addrs[1]
	c.mine()
	d := c.deploy(opA)
	// opB becomes a second operator outside the manager, so opA's chain nonce is
	// no longer 0 when the manager first uses it.
	reg := identityregistry.NewIdentityRegistry()
	tx, err := bind.Transact(reg.Instance(c.client, d.IdentityRegistry), c.transactor(opA),
		reg.PackRegisterOrganization(opB, "did:web:b.example", [][32]byte{roleOperator}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.WaitReceipt(c.ctx, c.client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	startA := c.nonce(opA)

	pool := pgtest.New(t)
	opts := options(t)
	opts.OnConfirmed = setOrgResource
	m := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	start(t, m)

	accounts := map[common.Address][]common.Address{}
	ids := map[common.Address][]int64{}
	var wg sync.WaitGroup
	var mu sync.Mutex
	errs := make(chan error, 2)
	for _, signer := range []common.Address{opA, opB} {
		var ops []txmgr.NewOperation
		for i := 0; i < perSigner; i++ {
			acct := crypto.CreateAddress(signer, uint64(1000+i)) // any fresh address
			accounts[signer] = append(accounts[signer], acct)
			ops = append(ops, registerOrg(d, signer, acct, 0))
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := tryEnqueue(pool, m, ops...)
			errs <- err
			mu.Lock()
			ids[signer] = got
			mu.Unlock()
		}()
	}
	wg.Wait()
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}

	for signer, first := range map[common.Address]uint64{opA: startA, opB: 0} {
		ops := waitAll(t, m, ids[signer])
		for i, op := range ops {
			if op.State != txmgr.StateConfirmed || op.ResourceID != accounts[signer][i].Hex() || op.ResourceType != "organization" {
				t.Fatalf("operation %d: %+v, want confirmed with resource %s", op.ID, op, accounts[signer][i].Hex())
			}
			txs := stored(t, pool, op.ID)
			if len(txs) != 1 || txs[0].Hash != op.TxHash {
				t.Fatalf("operation %d: stored %+v, want exactly its transaction %s", op.ID, txs, op.TxHash)
			}
			if r := c.receiptOf(op.TxHash); r == nil || r.BlockNumber.Uint64() != op.BlockNumber || r.BlockHash != op.BlockHash {
				t.Fatalf("operation %d: receipt %+v does not match %+v", op.ID, r, op)
			}
		}
		want := make([]uint64, perSigner)
		for i := range want {
			want[i] = first + uint64(i)
		}
		if diff := cmp.Diff(want, nonces(t, pool, signer)); diff != "" {
			t.Errorf("nonces of %s (-want +got):\n%s", signer, diff)
		}
		if n := c.nonce(signer); n != first+perSigner {
			t.Errorf("chain nonce of %s: %d, want %d", signer, n, first+perSigner)
		}
		if n := c.sentBy(signer); n != int(first)+perSigner {
			t.Errorf("transactions from %s on chain: %d, want %d", signer, n, int(first)+perSigner)
		}
	}
	if s := m.Stats(); s != (txmgr.Stats{Sent: 2 * perSigner, Confirmed: 2 * perSigner}) {
		t.Errorf("stats %+v", s)
	}
}

// TestGet checks the read model of an operation before it is sent, and that
// a missing one is not found.
func TestGet(t *testing.T) {
	pool := pgtest.New(t)
	c, addrs := newChain(t, 1)
	m := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	ids := enqueue(t, pool, m, txmgr.NewOperation{Kind: "test.call", Signer: addrs[0], To: addrs[0], ResourceType: "thing"})
	op := get(t, m, ids[0])
	if op.CreatedAt.IsZero() || op.UpdatedAt.IsZero() || time.Since(op.CreatedAt) > time.Minute {
		t.Fatalf("timestamps %v %v", op.CreatedAt, op.UpdatedAt)
	}
	want := txmgr.Operation{ID: ids[0], Kind: "test.call", Signer: addrs[0], State: txmgr.StateAccepted, ResourceType: "thing",
		CreatedAt: op.CreatedAt, UpdatedAt: op.UpdatedAt}
	if diff := cmp.Diff(want, op); diff != "" {
		t.Errorf("operation (-want +got):\n%s", diff)
	}

	if _, err := m.Get(context.Background(), ids[0]+1); !errors.Is(err, txmgr.ErrNotFound) {
		t.Errorf("Get missing: %v, want ErrNotFound", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := m.Wait(ctx, ids[0]); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Wait without Run: %v, want deadline exceeded", err)
	}
}

// TestEnqueueInvalid checks that Enqueue refuses what it cannot send, and
// that an enqueued operation rolls back with the caller's transaction.
func TestEnqueueInvalid(t *testing.T) {
	pool := pgtest.New(t)
	c, addrs := newChain(t, 1)
	m := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	ctx := context.Background()
	for name, op := range map[string]txmgr.NewOperation{
		"ErrNoKind":   {Signer: addrs[0], To: addrs[0]},
		"ErrNoSigner": {Kind: "k", To: addrs[0]},
		"ErrNoTo":     {Kind: "k", Signer: addrs[0]},
		"ErrGasLow":   {Kind: "k", Signer: addrs[0], To: addrs[0], Gas: 20_000},
	} {
		t.Run(name, func(t *testing.T) {
			tx, err := pool.Begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback(ctx)
			if _, err := m.Enqueue(ctx, tx, op); err == nil {
				t.Fatal("want an error")
			}
		})
	}
	t.Run("RolledBack", func(t *testing.T) {
		tx, err := pool.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		id, err := m.Enqueue(ctx, tx, call(addrs[0], 1))
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Rollback(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := m.Get(ctx, id); !errors.Is(err, txmgr.ErrNotFound) {
			t.Fatalf("rolled back operation: %v, want ErrNotFound", err)
		}
	})
}

func ExampleKeySigner() {
	key, _ := crypto.GenerateKey()
	s := txmgr.KeySigner(key)
	fmt.Println(s.Address() == crypto.PubkeyToAddress(key.PublicKey))
	// Output: true
}

// TestHookErrorRetries: an OnConfirmed error rolls the confirmation back; the
// receipt is recorded again and the hook runs again.
func TestHookErrorRetries(t *testing.T) {
	c, addrs := newChain(t, 1)
	c.mine()
	pool := pgtest.New(t)
	var calls atomic.Int32
	opts := options(t)
	opts.OnConfirmed = func(ctx context.Context, tx pgx.Tx, op txmgr.Operation, _ *types.Receipt) error {
		if calls.Add(1) == 1 {
			return errors.New("projection not ready")
		}
		return txmgr.SetResource(ctx, tx, op.ID, "r-1")
	}
	m := txmgr.New(pool, c.client, c.chainID, c.signers, opts)
	start(t, m)
	op := waitAll(t, m, enqueue(t, pool, m, call(addrs[0], 0)))[0]
	if op.State != txmgr.StateConfirmed || op.ResourceID != "r-1" || calls.Load() != 2 {
		t.Fatalf("%+v after %d hook calls, want confirmed with resource r-1 after 2", op, calls.Load())
	}
	// The counter moves just after the commit that Wait observed.
	deadline := time.Now().Add(5 * time.Second)
	for m.Stats().Confirmed != 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if s := m.Stats(); s.Confirmed != 1 {
		t.Errorf("stats %+v, want 1 confirmed", s)
	}
}

// TestNoncesUsedElsewhere: transactions the key sent outside the manager
// while it was stopped (an upgrade deploying contracts with the operator key)
// used the nonces it held; after a restart its operations still confirm.
func TestNoncesUsedElsewhere(t *testing.T) {
	c, addrs := newChain(t, 1)
	op := addrs[0]
	c.mine()
	d := c.deploy(op)
	pool := pgtest.New(t)
	m := txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	r := start(t, m)
	waitAll(t, m, enqueue(t, pool, m, call(op, 1)))
	before := c.nonce(op) - 1

	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	reg := identityregistry.NewIdentityRegistry()
	for i := range 2 {
		tx, err := bind.Transact(reg.Instance(c.client, d.IdentityRegistry), c.transactor(op),
			reg.PackRegisterOrganization(crypto.CreateAddress(op, uint64(5000+i)), "did:web:elsewhere.example", nil))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := contracts.WaitReceipt(c.ctx, c.client, tx.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	outside := c.nonce(op)

	m = txmgr.New(pool, c.client, c.chainID, c.signers, options(t))
	start(t, m)
	ops := waitAll(t, m, enqueue(t, pool, m, call(op, 2), call(op, 3)))
	for _, o := range ops {
		if o.State != txmgr.StateConfirmed {
			t.Fatalf("operation %d: %+v, want confirmed", o.ID, o)
		}
	}
	if diff := cmp.Diff([]uint64{before, outside, outside + 1}, nonces(t, pool, op)); diff != "" {
		t.Errorf("nonces (-want +got):\n%s", diff)
	}
}
