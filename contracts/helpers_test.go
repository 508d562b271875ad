package contracts_test

import (
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
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
	statusLapsed
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
	r := e.must(sup, e.rcvC, e.packSubmit(obligor.addr, n(value), e.now()+dueIn, newFingerprint(), crypto.Keccak256Hash([]byte("doc"))))
	return one(e.t, r, e.rcv.UnpackReceivableSubmittedEvent).Id, r
}

// active returns a confirmed root of value, owed by core, held by sup1, due in 90 days.
func (e *env) active(value int64) *big.Int {
	e.t.Helper()
	id, _ := e.submitted(e.sup1, e.core, value, 90*day)
	e.must(e.core, e.rcvC, e.packConfirm(id))
	return id
}

// splitTo splits parts (recipient, value pairs) off id as holder; returns the new ids.
func (e *env) splitTo(holder *acct, id *big.Int, parts ...any) []*big.Int {
	e.t.Helper()
	r := e.must(holder, e.rcvC, e.packSplit(id, mkParts(parts...)))
	var ids []*big.Int
	for _, ev := range events(r, e.rcv.UnpackReceivableSplitEvent) {
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

// requested has holder ask financier to buy value of id on the default terms;
// returns the request id.
func (e *env) requested(holder *acct, id *big.Int, financier *acct, value int64) *big.Int {
	e.t.Helper()
	return e.requestFrom(holder, id, financier.addr, value)
}

// requestFrom has holder ask financier (any address) to buy value of id on the
// default terms; returns the request id.
func (e *env) requestFrom(holder *acct, id *big.Int, financier common.Address, value int64) *big.Int {
	e.t.Helper()
	r := e.must(holder, e.rcvC, e.packRequest(id, financier, value))
	return one(e.t, r, e.rcv.UnpackFinancingRequestedEvent).RequestId
}

// funded has financier fund request at price; returns the financed receivable id.
func (e *env) funded(financier *acct, req *big.Int, price int64) *big.Int {
	e.t.Helper()
	r := e.must(financier, e.rcvC, e.packFund(req, price))
	return one(e.t, r, e.rcv.UnpackFinancingFundedEvent).FinancedId
}

// Salts and terms. Every create takes a fresh salt unless a test names one;
// every request takes the default terms unless a test names its own.

var saltCounter atomic.Uint64

// newSalt returns a salt no other call returns.
func newSalt() [32]byte {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("salt-%d", saltCounter.Add(1))))
}

// anyPrice is the default floor: the lowest the contract accepts, so a holder
// on the default terms takes any positive price.
const anyPrice int64 = 1

// defaultExpiry is the latest expiry a request on id may have: its root's due
// date, so a request on the default terms expires no earlier than the old
// requests without expiry could be funded (0 for an unknown receivable).
func (e *env) defaultExpiry(id *big.Int) uint64 {
	e.t.Helper()
	rootID := e.receivable(id).RootId
	if rootID == 0 {
		return 0
	}
	return e.root(new(big.Int).SetUint64(rootID)).DueDate
}

// packSubmit is submit with a fresh salt.
func (e *env) packSubmit(obligor common.Address, value *big.Int, due uint64, fp, doc [32]byte) []byte {
	return e.rcv.PackSubmit(obligor, value, due, fp, doc, newSalt())
}

// packIssue is issue with a fresh salt.
func (e *env) packIssue(supplier common.Address, value *big.Int, due uint64, fp, doc [32]byte) []byte {
	return e.rcv.PackIssue(supplier, value, due, fp, doc, newSalt())
}

// packConfirm confirms id naming the fingerprint the chain holds for it.
func (e *env) packConfirm(id *big.Int) []byte {
	e.t.Helper()
	return e.rcv.PackConfirm(id, e.root(id).Fingerprint)
}

// packReject rejects id naming the fingerprint the chain holds for it.
func (e *env) packReject(id *big.Int) []byte {
	e.t.Helper()
	return e.rcv.PackReject(id, e.root(id).Fingerprint)
}

// packSplit is split with a fresh salt.
func (e *env) packSplit(id *big.Int, parts []receivable.IReceivablePart) []byte {
	return e.rcv.PackSplit(id, parts, newSalt())
}

// packRequest asks financier to buy value of id on the default terms (floor
// anyPrice, expiry at the due date), with a fresh salt.
func (e *env) packRequest(id *big.Int, financier common.Address, value int64) []byte {
	e.t.Helper()
	return e.rcv.PackRequestFinancing(id, financier, n(value), n(anyPrice), e.defaultExpiry(id), newSalt())
}

// packFund funds req at price, naming the value the request holds.
func (e *env) packFund(req *big.Int, price int64) []byte {
	e.t.Helper()
	return e.rcv.PackFund(req, e.financing(req).Value, n(price))
}

func (e *env) financing(req *big.Int) receivable.IReceivableFinancingRequest {
	e.t.Helper()
	return call(e, e.rcvC, e.rcv.PackFinancingRequest(req), e.rcv.UnpackFinancingRequest)
}

// Ids as ReceivableIds derives them, computed here independently of the contract.

var (
	tagRoot    = crypto.Keccak256Hash([]byte("duochain.receivable.root"))
	tagPart    = crypto.Keccak256Hash([]byte("duochain.receivable.part"))
	tagRequest = crypto.Keccak256Hash([]byte("duochain.receivable.request"))
	tagFunded  = crypto.Keccak256Hash([]byte("duochain.receivable.funded"))
)

// word is v as one ABI-encoded 32-byte word.
func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

// deriveID is the top 63 bits of the keccak256 of the words.
func deriveID(words ...[]byte) *big.Int {
	h := crypto.Keccak256(words...)
	return new(big.Int).Rsh(new(big.Int).SetBytes(h), 193)
}

func rootID(fp, salt [32]byte) *big.Int { return deriveID(tagRoot[:], fp[:], salt[:]) }

func partID(parent *big.Int, salt [32]byte, index int64) *big.Int {
	return deriveID(tagPart[:], word(parent), salt[:], word(n(index)))
}

func requestID(id *big.Int, salt [32]byte) *big.Int {
	return deriveID(tagRequest[:], word(id), salt[:])
}

func fundedID(req *big.Int) *big.Int { return deriveID(tagFunded[:], word(req)) }

// valueTransferID is the id the nonce-th ERC-3525 value transfer by sender out of from creates.
func valueTransferID(from *big.Int, sender common.Address, nonce int64) *big.Int {
	salt := crypto.Keccak256Hash(common.LeftPadBytes(sender[:], 32), word(n(nonce)))
	return partID(from, salt, 0)
}

func (e *env) rootOfFingerprint(fp [32]byte) *big.Int {
	e.t.Helper()
	return call(e, e.rcvC, e.rcv.PackRootOfFingerprint(fp), e.rcv.UnpackRootOfFingerprint)
}

// mintedIDs lists every receivable the contract ever minted, in order, from
// its SlotChanged(id, 0, slot) events.
func (e *env) mintedIDs() []*big.Int {
	e.t.Helper()
	logs, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{Addresses: []common.Address{e.dep.Receivable}})
	if err != nil {
		e.t.Fatalf("filter logs: %v", err)
	}
	var ids []*big.Int
	for i := range logs {
		if ev, err := e.rcv.UnpackSlotChangedEvent(&logs[i]); err == nil && ev.OldSlot.Sign() == 0 {
			ids = append(ids, ev.TokenId)
		}
	}
	return ids
}

func (e *env) receivable(id *big.Int) receivable.IReceivableReceivable {
	e.t.Helper()
	return call(e, e.rcvC, e.rcv.PackReceivable(id), e.rcv.UnpackReceivable)
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
