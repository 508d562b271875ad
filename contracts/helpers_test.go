package contracts_test

import (
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// Root statuses as the contract numbers them.
const (
	statusNone uint8 = iota
	statusPending
	statusActive
	statusRejected
	statusRepaid
	statusOverdue
)

// Financing request statuses as the contract numbers them.
const (
	finNone uint8 = iota
	finRequested
	finFunded
	finCancelled
	finDeclined
)

var fpCounter atomic.Uint64

// newFingerprint returns a fresh invoice fingerprint.
func newFingerprint() [32]byte {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("invoice-%d", fpCounter.Add(1))))
}

// submitted has sup submit an invoice of value owed by obligor, due in dueIn
// seconds, and returns the new root id and the receipt.
func (e *env) submitted(sup, obligor *acct, value int64, dueIn uint64) (*big.Int, *types.Receipt) {
	e.t.Helper()
	r := e.must(sup, e.rcvC, e.rcv.PackSubmit(obligor.addr, n(value), e.now()+dueIn, newFingerprint(), crypto.Keccak256Hash([]byte("doc"))))
	return one(e.t, r, e.rcv.UnpackReceivableSubmittedEvent).Id, r
}

// active returns a confirmed root of value, owed by core, held by sup1, due in 90 days.
func (e *env) active(value int64) *big.Int {
	e.t.Helper()
	id, _ := e.submitted(e.sup1, e.core, value, 90*day)
	e.must(e.core, e.rcvC, e.rcv.PackConfirm(id))
	return id
}

// splitTo splits parts (recipient, value pairs) off id as holder; returns the new ids.
func (e *env) splitTo(holder *acct, id *big.Int, parts ...any) []*big.Int {
	e.t.Helper()
	r := e.must(holder, e.rcvC, e.rcv.PackSplit(id, mkParts(parts...)))
	var ids []*big.Int
	for _, ev := range events(r, e.rcv.UnpackCertificateSplitEvent) {
		ids = append(ids, ev.Id)
	}
	return ids
}

// mkParts turns (to *acct|common.Address, value int64) pairs into split parts.
func mkParts(pairs ...any) []receivable.IReceivablePart {
	var out []receivable.IReceivablePart
	for i := 0; i < len(pairs); i += 2 {
		var to common.Address
		switch v := pairs[i].(type) {
		case *acct:
			to = v.addr
		case common.Address:
			to = v
		}
		out = append(out, receivable.IReceivablePart{To: to, Value: n(pairs[i+1].(int64))})
	}
	return out
}

// requested has holder ask financier to buy value of id; returns the request id.
func (e *env) requested(holder *acct, id *big.Int, financier *acct, value int64) *big.Int {
	e.t.Helper()
	r := e.must(holder, e.rcvC, e.rcv.PackRequestFinancing(id, financier.addr, n(value)))
	return one(e.t, r, e.rcv.UnpackFinancingRequestedEvent).RequestId
}

// funded has financier fund request at price; returns the financed certificate id.
func (e *env) funded(financier *acct, req *big.Int, price int64) *big.Int {
	e.t.Helper()
	r := e.must(financier, e.rcvC, e.rcv.PackFund(req, n(price)))
	return one(e.t, r, e.rcv.UnpackFinancingFundedEvent).FinancedId
}

func (e *env) cert(id *big.Int) receivable.IReceivableCertificate {
	e.t.Helper()
	return call(e, e.rcvC, e.rcv.PackCertificate(id), e.rcv.UnpackCertificate)
}

func (e *env) root(id *big.Int) receivable.IReceivableRoot {
	e.t.Helper()
	return call(e, e.rcvC, e.rcv.PackRoot(id), e.rcv.UnpackRoot)
}

func (e *env) owner(id *big.Int) common.Address {
	e.t.Helper()
	return call(e, e.rcvC, e.rcv.PackOwnerOf(id), e.rcv.UnpackOwnerOf)
}

func (e *env) cashOf(a common.Address) *big.Int {
	e.t.Helper()
	return call(e, e.cashC, e.cashB.PackBalanceOf(a), e.cashB.UnpackBalanceOf)
}

func (e *env) revokeKYB(a *acct) {
	e.t.Helper()
	e.must(e.ver, e.regC, e.reg.PackRevokeCredential(a.addr, topicKYB))
}

// bindCall runs a view on the Receivable and returns its raw error, for asserting reverts of views.
func bindCall(e *env, data []byte) ([]byte, error) {
	return e.rcvC.CallRaw(&bind.CallOpts{Context: e.ctx}, data)
}
