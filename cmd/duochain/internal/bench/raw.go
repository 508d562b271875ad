package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/client"
	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	receivables "github.com/duochain/duochain/services/receivable"
	"github.com/duochain/duochain/services/taxid"
)

// rawAccount is an organization whose key the bench holds and signs with itself.
type rawAccount struct {
	id   string
	addr common.Address
	key  *ecdsa.PrivateKey
}

// rawAccounts onboards a fresh supplier and core enterprise through the API, as
// any organization is (custodial key funded by the faucet, registered by the
// operator, KYB from the demo verifier), then takes their keys out of the dev
// keystore. Signing as the deployer or the faucet instead would consume nonces
// that the running server tracks for those keys (the transaction manager's
// stored nonce for the operator, the faucet's cached one) and wedge its next
// write; nobody but the bench ever signs for these two.
func (b *bench) rawAccounts(ctx context.Context) (sup, core rawAccount, err error) {
	for _, a := range []struct {
		acct *rawAccount
		name string
		role string
	}{{&sup, "Bench raw supplier " + b.runID, "SUPPLIER"}, {&core, "Bench raw core enterprise " + b.runID, "CORE_ENTERPRISE"}} {
		created, err := b.api["OPERATOR"].CreateOrganization(ctx, client.OrganizationRequest{Name: a.name, Roles: []string{a.role}, TaxID: taxid.Synthetic(a.name)})
		if err != nil {
			return sup, core, fmt.Errorf("create %s: %w", a.name, err)
		}
		if !common.IsHexAddress(created.Address) {
			return sup, core, fmt.Errorf("create %s: organization %s has no address: %q", a.name, created.ID, created.Address)
		}
		a.acct.id, a.acct.addr = created.ID, common.HexToAddress(created.Address)
		_, err = b.api["VERIFIER"].IssueCredential(ctx, a.acct.id, client.CredentialRequest{
			Topic: "KYB", DocumentSHA256: crypto.Keccak256Hash([]byte(a.name)).Hex()[2:],
			ExpiresAt: time.Now().AddDate(2, 0, 0).UTC().Truncate(time.Second),
		})
		if err != nil {
			return sup, core, fmt.Errorf("issue KYB to %s: %w", a.name, err)
		}
		if a.acct.key, err = custodialKey(b.keysDir, b.secret, a.acct.addr); err != nil {
			return sup, core, err
		}
	}
	return sup, core, nil
}

// custodialKey decrypts addr's key from a go-ethereum keystore directory.
func custodialKey(dir, secret string, addr common.Address) (*ecdsa.PrivateKey, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read keystore: %w", err)
	}
	suffix := strings.ToLower(addr.Hex()[2:])
	for _, e := range entries {
		if !strings.HasSuffix(strings.ToLower(e.Name()), suffix) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(b, secret)
		if err != nil {
			return nil, fmt.Errorf("decrypt key of %s: %w", addr, err)
		}
		return k.PrivateKey, nil
	}
	return nil, fmt.Errorf("no key for %s in %s", addr, dir)
}

// rawResult is the baseline: the same submit and confirm calls sent straight
// through the bindings, one goroutine per key with locally managed nonces and
// every transaction in flight at once.
type rawResult struct {
	Pairs           int     `json:"pairs"`
	Txs             int     `json:"txs"`
	Seconds         float64 `json:"seconds"`
	TxPerSec        float64 `json:"tx_per_sec"`
	SubmitTxPerSec  float64 `json:"submit_tx_per_sec"`
	ConfirmTxPerSec float64 `json:"confirm_tx_per_sec"`
	SendToReceipt   latency `json:"send_to_receipt"`
	// Receipt seen by the bench to GET /v1/receivables/{id} showing it (submit)
	// or showing it active (confirm), for a sample of the receivables.
	ProjectionSubmit  latency `json:"projection_submit"`
	ProjectionConfirm latency `json:"projection_confirm"`
}

type rawSent struct {
	tx *types.Transaction
	at time.Time
}

func (b *bench) runRaw(ctx context.Context, sup, core rawAccount, pairs int) (rawResult, error) {
	res := rawResult{Pairs: pairs}
	chainID, err := b.chain.ChainID(ctx)
	if err != nil {
		return res, fmt.Errorf("read chain id: %w", err)
	}
	tip, err := b.chain.SuggestGasTipCap(ctx)
	if err != nil {
		return res, fmt.Errorf("suggest gas tip: %w", err)
	}
	head, err := b.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("read chain head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	rcv := receivable.NewReceivable()
	inst := rcv.Instance(b.chain, b.dep.Receivable)

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	// sender signs and sends one call per input with consecutive nonces from
	// the key's pending nonce, read once.
	sender := func(acct rawAccount, in <-chan *big.Int, out chan<- rawSent, pack func(*big.Int, int) []byte) {
		defer close(out)
		nonce, err := b.chain.PendingNonceAt(ctx, acct.addr)
		if err != nil {
			cancel(fmt.Errorf("read nonce of %s: %w", acct.addr, err))
			return
		}
		opts := bind.NewKeyedTransactor(acct.key, chainID)
		opts.Context, opts.GasTipCap, opts.GasFeeCap = ctx, tip, feeCap
		i := 0
		for id := range in {
			opts.Nonce = new(big.Int).SetUint64(nonce)
			tx, err := bind.Transact(inst, opts, pack(id, i))
			if err != nil {
				cancel(fmt.Errorf("send raw transaction (nonce %d): %w", nonce, err))
				return
			}
			nonce++
			i++
			out <- rawSent{tx: tx, at: time.Now()}
		}
	}

	bar := startProgress("raw submit+confirm", 2*pairs)
	var (
		wg         sync.WaitGroup
		lat        [2][]time.Duration
		projMu     sync.Mutex
		proj       [2][]time.Duration
		projWG     sync.WaitGroup
		lastSubmit time.Time
		firstConf  time.Time
		lastConf   time.Time
	)
	every := max(1, (pairs+31)/32) // projection samples: about 32 of each kind
	sample := func(slot int, id *big.Int, status string, seen time.Time) {
		projWG.Add(1)
		go func() {
			defer projWG.Done()
			d, err := b.projected(ctx, id.String(), status, seen)
			projMu.Lock()
			defer projMu.Unlock()
			if err != nil {
				b.warn("projection of receivable %s: %v", id, err)
				return
			}
			proj[slot] = append(proj[slot], d)
		}()
	}
	// waiter waits for each receipt in nonce order (one key's transactions are
	// mined in that order); each reads the receivable id from it and hands it on.
	// A sample of the receivables is then watched until the read model shows
	// them (in status, or at all when status is empty).
	waiter := func(slot int, status string, in <-chan rawSent, each func(r *types.Receipt) (*big.Int, error)) {
		defer wg.Done()
		n := 0
		for s := range in {
			r, err := contracts.WaitReceipt(ctx, b.chain, s.tx.Hash())
			if err == nil && r.Status != types.ReceiptStatusSuccessful {
				err = fmt.Errorf("raw transaction %s reverted", s.tx.Hash())
			}
			var id *big.Int
			if err == nil {
				id, err = each(r)
			}
			if err != nil {
				cancel(err)
				continue // drain, so the sender never blocks
			}
			seen := time.Now()
			lat[slot] = append(lat[slot], seen.Sub(s.at))
			if n%every == 0 {
				sample(slot, id, status, seen)
			}
			n++
			bar.add(1)
		}
	}

	value := big.NewInt(100000) // benchValue in fen
	due := uint64(b.dueTime.Unix())
	start := time.Now()
	indexes := make(chan *big.Int, pairs)
	for i := range pairs {
		indexes <- big.NewInt(int64(i))
	}
	close(indexes)
	submitted, ids, confirmed := make(chan rawSent, pairs), make(chan *big.Int, pairs), make(chan rawSent, pairs)
	var fpMu sync.Mutex
	fps := map[int64][32]byte{} // root id -> fingerprint, which confirm names
	go sender(sup, indexes, submitted, func(_ *big.Int, i int) []byte {
		fp := crypto.Keccak256Hash([]byte(b.invoice("R", i)))
		salt := receivables.NewSalt()
		fpMu.Lock()
		fps[receivables.RootID(fp, salt)] = fp
		fpMu.Unlock()
		return rcv.PackSubmit(core.addr, value, due, fp, [32]byte{}, salt)
	})
	wg.Add(2)
	go func() {
		defer close(ids)
		waiter(0, "", submitted, func(r *types.Receipt) (*big.Int, error) {
			for _, l := range r.Logs {
				if ev, err := rcv.UnpackReceivableSubmittedEvent(l); err == nil {
					lastSubmit = time.Now()
					ids <- ev.Id
					return ev.Id, nil
				}
			}
			return nil, errors.New("raw submit: no ReceivableSubmitted event")
		})
	}()
	go sender(core, ids, confirmed, func(id *big.Int, i int) []byte {
		if i == 0 {
			firstConf = time.Now()
		}
		fpMu.Lock()
		fp := fps[id.Int64()]
		fpMu.Unlock()
		return rcv.PackConfirm(id, fp)
	})
	go waiter(1, "active", confirmed, func(r *types.Receipt) (*big.Int, error) {
		lastConf = time.Now()
		for _, l := range r.Logs {
			if ev, err := rcv.UnpackReceivableConfirmedEvent(l); err == nil {
				return ev.Id, nil
			}
		}
		return nil, errors.New("raw confirm: no ReceivableConfirmed event")
	})
	wg.Wait()
	bar.finish()
	projWG.Wait()
	if err := context.Cause(ctx); err != nil {
		return res, err
	}
	res.Txs = len(lat[0]) + len(lat[1])
	res.Seconds = lastConf.Sub(start).Seconds()
	res.TxPerSec = rate(res.Txs, lastConf.Sub(start))
	res.SubmitTxPerSec = rate(len(lat[0]), lastSubmit.Sub(start))
	res.ConfirmTxPerSec = rate(len(lat[1]), lastConf.Sub(firstConf))
	res.SendToReceipt = summarize(append(lat[0], lat[1]...))
	res.ProjectionSubmit, res.ProjectionConfirm = summarize(proj[0]), summarize(proj[1])
	return res, nil
}

// projected polls GET /v1/receivables/{id} until it answers (status "") or shows
// status, and returns the time since seen.
func (b *bench) projected(ctx context.Context, id, status string, seen time.Time) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		r, err := b.api["OPERATOR"].Receivable(ctx, id)
		if err == nil && (status == "" || r.Status == status) {
			return time.Since(seen), nil
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("not projected (last answer: status %q, %v): %w", r.Status, err, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
