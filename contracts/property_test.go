package contracts_test

import (
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/duochain/duochain/contracts/bindings/receivable"
)

// rapidT gives *rapid.T the Helper method the harness expects.
type rapidT struct{ *rapid.T }

func (rapidT) Helper() {}

// receivableState is one receivable as the chain reports it.
type receivableState struct {
	Live       bool
	Owner      common.Address
	Receivable receivable.IReceivableReceivable
}

// rootState is one root and every receivable of it.
type rootState struct {
	Root        receivable.IReceivableRoot
	Receivables map[uint64]receivableState
}

// machine drives random operations against the contracts and checks the money
// invariants after every step.
type machine struct {
	e           *env
	receivables []uint64   // every receivable id ever created
	requests    []*big.Int // every financing request id
	fps         [][32]byte // a small pool, so that duplicates are frequent
	salts       [][32]byte // a small pool too, so that taken ids are frequent
	before      map[uint64]rootState
	touched     map[uint64]bool // the roots the last step was allowed to change
	minted      *big.Int
	people      []*acct
	seen        *seen
}

// seen counts what the random sequences reached, so a run shows its invariants
// were tested against fundings and lapses, not only refusals.
type seen struct{ fundings, lapses, refusedFundings int }

// TestPropertyInvariants drives random sequences of issue, confirm, reject,
// split, transfer, financing (with floors and expiries), repayment, redemption,
// overdue marking, lapse, freezes, credential revocation and time, across several
// organizations, and checks after every step: value conservation per root, cash
// conservation, fingerprint uniqueness, that nothing outside the touched roots
// changed, and that no funding paid less than its holder's floor, funded another
// value than requested, or happened at or after the request's expiry.
func TestPropertyInvariants(t *testing.T) {
	var reached seen
	defer func() {
		t.Logf("fundings %d (refused %d), lapses %d", reached.fundings, reached.refusedFundings, reached.lapses)
	}()
	rapid.Check(t, func(rt *rapid.T) {
		e := newEnv(rapidT{rt})
		m := &machine{e: e, minted: new(big.Int).Mul(startCash, n(7)), seen: &reached}
		m.people = []*acct{e.sup1, e.sup2, e.sup3, e.bank, e.bank2, e.core, e.core2, e.nobody}
		for i := 0; i < 6; i++ {
			m.fps = append(m.fps, crypto.Keccak256Hash([]byte{byte(i)}))
		}
		for i := 0; i < 3; i++ {
			m.salts = append(m.salts, crypto.Keccak256Hash([]byte{'s', byte(i)}))
		}
		// Every sequence starts with two active receivables, each with an open
		// request at a floor of 90% for part of it, so that financing steps have
		// something to work on from the first step.
		for i, p := range []struct{ core, sup, bank *acct }{{e.core, e.sup1, e.bank}, {e.core2, e.sup2, e.bank2}} {
			fp := crypto.Keccak256Hash([]byte{'f', byte(i)}) // outside the pool: never a duplicate
			r := m.do(rt, p.core, e.packIssue(p.sup.addr, n(50_000_00), e.now()+300*day, fp, [32]byte{}), 0)
			id := one(rt, r, e.rcv.UnpackReceivableIssuedEvent).Id
			m.do(rt, p.sup, e.rcv.PackRequestFinancing(id, p.bank.addr, n(10_000_00), n(9_000_00), e.now()+20*day, newSalt()), 0)
		}
		m.before = m.snapshot()
		rt.Repeat(map[string]func(*rapid.T){
			// rapid picks actions uniformly: the ones a funding needs come twice,
			// so that sequences of about 30 steps reach fundings.
			"issue2":      m.issue,
			"confirm2":    m.confirmOrReject(true),
			"request2":    m.request,
			"fund2":       m.fund,
			"submit":      m.submit,
			"issue":       m.issue,
			"confirm":     m.confirmOrReject(true),
			"reject":      m.confirmOrReject(false),
			"split":       m.split,
			"transfer":    m.transfer,
			"request":     m.request,
			"fund":        m.fund,
			"cancel":      m.closeRequest(true),
			"decline":     m.closeRequest(false),
			"repay":       m.repay,
			"redeem":      m.redeem,
			"markOverdue": m.markOverdue,
			"lapse":       m.lapse,
			"freeze":      m.freeze,
			"advance":     func(t *rapid.T) { m.e.advance(uint64(rapid.IntRange(1, 60).Draw(t, "days")) * day) },
			"tick":        func(t *rapid.T) { m.e.advance(uint64(rapid.IntRange(1, 48).Draw(t, "hours")) * 3600) },
			"revokeKYB":   m.revoke,
			"reissueKYB":  func(t *rapid.T) { m.e.kyb(m.pick(t, "who", m.people[:5])) },
			"":            m.check,
		})
	})
}

func (m *machine) pick(t *rapid.T, label string, from []*acct) *acct {
	return rapid.SampledFrom(from).Draw(t, label)
}

// usually returns right most of the time and someone random otherwise.
func (m *machine) usually(t *rapid.T, right *acct) *acct {
	if right != nil && rapid.IntRange(0, 9).Draw(t, "rightCaller") < 8 {
		return right
	}
	return m.pick(t, "caller", m.people)
}

func (m *machine) anyReceivable(t *rapid.T) uint64 {
	if len(m.receivables) == 0 {
		t.Skip("no receivables yet")
	}
	return rapid.SampledFrom(m.receivables).Draw(t, "receivable")
}

// movableReceivable mostly returns a live receivable of an active root, as of the last
// check, and otherwise any receivable: financing a dead one is refused at once,
// and sequences should reach fundings.
func (m *machine) movableReceivable(t *rapid.T) uint64 {
	var movable []uint64
	for _, rs := range m.before {
		if rs.Root.Status != statusActive {
			continue
		}
		for id, c := range rs.Receivables {
			if c.Live {
				movable = append(movable, id)
			}
		}
	}
	if len(movable) == 0 || rapid.IntRange(0, 4).Draw(t, "movable") == 4 {
		return m.anyReceivable(t)
	}
	sort.Slice(movable, func(i, j int) bool { return movable[i] < movable[j] }) // map order is random, draws must not be
	return rapid.SampledFrom(movable).Draw(t, "movableReceivable")
}

func (m *machine) holderOf(id uint64) *acct {
	raw, err := bindCall(m.e, m.e.rcv.PackOwnerOf(n(int64(id))))
	if err != nil {
		return nil
	}
	owner, err := m.e.rcv.UnpackOwnerOf(raw)
	if err != nil {
		return nil
	}
	return m.e.byAddr[owner]
}

// do sends data as who; on success it records new receivables and requests
// and allows the step to have changed root.
func (m *machine) do(t *rapid.T, who *acct, data []byte, root uint64) *types.Receipt {
	r, err := m.e.trySend(who, m.e.rcvC, data)
	if err != nil {
		m.touched = nil
		return nil
	}
	m.touched = map[uint64]bool{root: true}
	for _, ev := range events(r, m.e.rcv.UnpackReceivableSubmittedEvent) {
		m.receivables = append(m.receivables, ev.Id.Uint64())
		m.touched[ev.Id.Uint64()] = true
	}
	for _, ev := range events(r, m.e.rcv.UnpackReceivableIssuedEvent) {
		m.receivables = append(m.receivables, ev.Id.Uint64())
		m.touched[ev.Id.Uint64()] = true
	}
	// A new submission of a lapsed invoice lapses the old root in the same transaction.
	for _, ev := range events(r, m.e.rcv.UnpackReceivableLapsedEvent) {
		m.touched[ev.Id.Uint64()] = true
		m.seen.lapses++
	}
	for _, ev := range events(r, m.e.rcv.UnpackFinancingFundedEvent) {
		m.checkFunding(t, r, ev)
		m.seen.fundings++
	}
	for _, ev := range events(r, m.e.rcv.UnpackReceivableSplitEvent) {
		m.receivables = append(m.receivables, ev.Id.Uint64())
	}
	for _, ev := range events(r, m.e.rcv.UnpackFinancingRequestedEvent) {
		m.requests = append(m.requests, ev.RequestId)
	}
	return r
}

func (m *machine) rootOf(id uint64) uint64 {
	return m.e.receivable(n(int64(id))).RootId
}

// checkFunding asserts a funding kept the holder's terms: the requested value,
// at least the floor, before the expiry.
func (m *machine) checkFunding(t *rapid.T, r *types.Receipt, ev *receivable.ReceivableFinancingFunded) {
	q := m.e.financing(ev.RequestId)
	h, err := m.e.client.HeaderByNumber(m.e.ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Price.Cmp(q.MinPrice) < 0 {
		t.Fatalf("request %s funded at %s, under the holder's floor %s", ev.RequestId, ev.Price, q.MinPrice)
	}
	if ev.Value.Cmp(q.Value) != 0 {
		t.Fatalf("request %s for %s funded with %s", ev.RequestId, q.Value, ev.Value)
	}
	if h.Time >= q.ExpiresAt {
		t.Fatalf("request %s funded at %d, at or after its expiry %d", ev.RequestId, h.Time, q.ExpiresAt)
	}
	if ev.Holder != q.Holder || ev.Financier != q.Financier || ev.Financier == ev.Holder {
		t.Fatalf("request %+v funded as %+v", q, ev)
	}
}

// drawSalt mostly returns a fresh salt and sometimes one from the small pool.
func (m *machine) drawSalt(t *rapid.T) [32]byte {
	if rapid.IntRange(0, 3).Draw(t, "pooledSalt") == 3 {
		return rapid.SampledFrom(m.salts).Draw(t, "salt")
	}
	return newSalt()
}

func (m *machine) drawInvoice(t *rapid.T) (value *big.Int, due uint64, fp [32]byte) {
	// Mostly invoices that can be split and financed for a while; sometimes any
	// value and any due date, past and beyond the maximum term included.
	if rapid.IntRange(0, 4).Draw(t, "oddInvoice") == 4 {
		value = n(int64(rapid.IntRange(1, 10_000_00).Draw(t, "value")))
		due = uint64(int64(m.e.now()) + int64(rapid.IntRange(-1, 400).Draw(t, "dueDays"))*int64(day))
	} else {
		value = n(int64(rapid.IntRange(1_000_00, 10_000_00).Draw(t, "value")))
		due = m.e.now() + uint64(rapid.IntRange(30, 365).Draw(t, "dueDays"))*day
	}
	fp = rapid.SampledFrom(m.fps).Draw(t, "fingerprint")
	return value, due, fp
}

func (m *machine) submit(t *rapid.T) {
	sup := m.usually(t, m.pick(t, "supplier", []*acct{m.e.sup1, m.e.sup2, m.e.sup3}))
	obligor := m.usually(t, m.pick(t, "obligor", []*acct{m.e.core, m.e.core2}))
	value, due, fp := m.drawInvoice(t)
	m.do(t, sup, m.e.rcv.PackSubmit(obligor.addr, value, due, fp, [32]byte{}, m.drawSalt(t)), 0)
}

func (m *machine) issue(t *rapid.T) {
	core := m.usually(t, m.pick(t, "core", []*acct{m.e.core, m.e.core2}))
	sup := m.pick(t, "supplier", []*acct{m.e.sup1, m.e.sup2, m.e.sup3, m.e.bank})
	value, due, fp := m.drawInvoice(t)
	m.do(t, core, m.e.rcv.PackIssue(sup.addr, value, due, fp, [32]byte{}, m.drawSalt(t)), 0)
}

func (m *machine) confirmOrReject(confirm bool) func(*rapid.T) {
	return func(t *rapid.T) {
		id := m.anyReceivable(t)
		root := m.e.root(n(int64(m.rootOf(id))))
		who := m.usually(t, m.e.byAddr[root.Obligor])
		fp := root.Fingerprint
		if rapid.IntRange(0, 9).Draw(t, "rightFingerprint") == 9 {
			fp = rapid.SampledFrom(m.fps).Draw(t, "fingerprint")
		}
		data := m.e.rcv.PackReject(n(int64(id)), fp)
		if confirm {
			data = m.e.rcv.PackConfirm(n(int64(id)), fp)
		}
		m.do(t, who, data, m.rootOf(id))
	}
}

func (m *machine) split(t *rapid.T) {
	id := m.movableReceivable(t)
	who := m.usually(t, m.holderOf(id))
	value := m.e.receivable(n(int64(id))).Value.Int64()
	var parts []any
	for i := rapid.IntRange(1, 3).Draw(t, "parts"); i > 0; i-- {
		parts = append(parts, m.pick(t, "to", m.people), int64(rapid.IntRange(1, int(max(value, 1))).Draw(t, "partValue")))
	}
	m.do(t, who, m.e.rcv.PackSplit(n(int64(id)), mkParts(parts...), m.drawSalt(t)), m.rootOf(id))
}

func (m *machine) transfer(t *rapid.T) {
	id := m.anyReceivable(t)
	holder := m.holderOf(id)
	from := common.Address{}
	if holder != nil {
		from = holder.addr
	}
	to := m.pick(t, "to", m.people)
	m.do(t, m.usually(t, holder), m.e.rcv.PackTransferFrom0(from, to.addr, n(int64(id))), m.rootOf(id))
}

func (m *machine) request(t *rapid.T) {
	id := m.movableReceivable(t)
	who := m.usually(t, m.holderOf(id))
	fin := m.usually(t, m.pick(t, "financier", []*acct{m.e.bank, m.e.bank2}))
	c := m.e.receivable(n(int64(id)))
	value := c.Value.Int64()
	v := value // the whole receivable, or a part of it
	if rapid.Bool().Draw(t, "partial") {
		v = int64(rapid.IntRange(1, int(max(value, 1))).Draw(t, "value"))
	}
	// Floors mostly valid, sometimes none or above the value.
	var floor int64
	switch rapid.IntRange(0, 9).Draw(t, "floorKind") {
	case 8:
		floor = 0
	case 9:
		floor = v + 1
	default:
		floor = int64(rapid.IntRange(1, int(max(v, 1))).Draw(t, "minPrice"))
	}
	// Expiries mostly valid (from a minute on to the due date), sometimes past or after the due date.
	now, due := m.e.now(), m.e.root(n(int64(c.RootId))).DueDate
	var expiresAt uint64
	switch rapid.IntRange(0, 9).Draw(t, "expiryKind") {
	case 7:
		expiresAt = due
	case 8:
		expiresAt = now - uint64(rapid.IntRange(0, 3600).Draw(t, "expiredFor"))
	case 9:
		expiresAt = due + 1
	default:
		expiresAt = now + uint64(rapid.IntRange(60, 30*int(day)).Draw(t, "expiresIn"))
	}
	m.do(t, who, m.e.rcv.PackRequestFinancing(n(int64(id)), fin.addr, n(v), n(floor), expiresAt, m.drawSalt(t)), m.rootOf(id))
}

func (m *machine) anyRequest(t *rapid.T) (*big.Int, receivable.IReceivableFinancingRequest) {
	if len(m.requests) == 0 {
		t.Skip("no financing requests yet")
	}
	// Mostly an open one: closing or funding a closed request is refused at once.
	var open []*big.Int
	for _, req := range m.requests {
		if m.e.financing(req).Status == finRequested {
			open = append(open, req)
		}
	}
	if len(open) > 0 && rapid.IntRange(0, 4).Draw(t, "openRequest") < 4 {
		req := rapid.SampledFrom(open).Draw(t, "request")
		return req, m.e.financing(req)
	}
	req := rapid.SampledFrom(m.requests).Draw(t, "request")
	return req, call(m.e, m.e.rcvC, m.e.rcv.PackFinancingRequest(req), m.e.rcv.UnpackFinancingRequest)
}

func (m *machine) fund(t *rapid.T) {
	req, q := m.anyRequest(t)
	// Prices at, under and over the floor, and anywhere up to just over the value.
	floor, v := q.MinPrice.Int64(), q.Value.Int64()
	var p int64
	switch rapid.IntRange(0, 4).Draw(t, "priceKind") {
	case 0, 1:
		p = int64(rapid.IntRange(int(floor), int(max(v, floor))).Draw(t, "priceOverFloor"))
	case 2:
		p = floor
	case 3:
		p = floor - 1
	default:
		p = int64(rapid.IntRange(1, int(v)+1).Draw(t, "price"))
	}
	price := n(p)
	value := q.Value
	if rapid.IntRange(0, 9).Draw(t, "rightValue") == 9 {
		value = new(big.Int).Add(value, n(int64(rapid.IntRange(-1, 1).Draw(t, "valueOff"))))
	}
	if m.do(t, m.usually(t, m.e.byAddr[q.Financier]), m.e.rcv.PackFund(req, value, price), m.rootOf(q.ReceivableId)) == nil {
		m.seen.refusedFundings++
	}
}

func (m *machine) closeRequest(cancel bool) func(*rapid.T) {
	return func(t *rapid.T) {
		req, q := m.anyRequest(t)
		if cancel {
			m.do(t, m.usually(t, m.e.byAddr[q.Holder]), m.e.rcv.PackCancelFinancing(req), m.rootOf(q.ReceivableId))
		} else {
			m.do(t, m.usually(t, m.e.byAddr[q.Financier]), m.e.rcv.PackDeclineFinancing(req), m.rootOf(q.ReceivableId))
		}
	}
}

func (m *machine) repay(t *rapid.T) {
	id := m.anyReceivable(t)
	root := m.e.root(n(int64(m.rootOf(id))))
	m.do(t, m.usually(t, m.e.byAddr[root.Obligor]), m.e.rcv.PackRepay(n(int64(id))), m.rootOf(id))
}

func (m *machine) redeem(t *rapid.T) {
	id := m.anyReceivable(t)
	m.do(t, m.usually(t, m.holderOf(id)), m.e.rcv.PackRedeem(n(int64(id))), m.rootOf(id))
}

func (m *machine) markOverdue(t *rapid.T) {
	id := m.anyReceivable(t)
	m.do(t, m.e.nobody, m.e.rcv.PackMarkOverdue(n(int64(id))), m.rootOf(id))
}

func (m *machine) lapse(t *rapid.T) {
	id := m.anyReceivable(t)
	m.do(t, m.pick(t, "caller", m.people), m.e.rcv.PackLapse(n(int64(id))), m.rootOf(id))
}

func (m *machine) freeze(t *rapid.T) {
	id := m.anyReceivable(t)
	frozen := rapid.Bool().Draw(t, "frozen")
	if rapid.Bool().Draw(t, "wholeRoot") {
		m.do(t, m.e.op, m.e.rcv.PackSetRootFrozen(n(int64(id)), frozen), m.rootOf(id))
	} else {
		m.do(t, m.e.op, m.e.rcv.PackSetReceivableFrozen(n(int64(id)), frozen), m.rootOf(id))
	}
}

func (m *machine) revoke(t *rapid.T) {
	who := m.pick(t, "who", m.people[:5])
	_, _ = m.e.send(m.e.ver, m.e.regC, m.e.reg.PackRevokeCredential(who.addr, topicKYB))
	m.touched = nil
}

// snapshot reads every root and receivable from the chain.
func (m *machine) snapshot() map[uint64]rootState {
	out := map[uint64]rootState{}
	for _, id := range m.receivables {
		c := m.e.receivable(n(int64(id)))
		rs, ok := out[c.RootId]
		if !ok {
			rs = rootState{Root: m.e.root(n(int64(c.RootId))), Receivables: map[uint64]receivableState{}}
		}
		s := receivableState{Receivable: c}
		if h := m.holderOf(id); h != nil {
			s.Live, s.Owner = true, h.addr
		}
		rs.Receivables[id] = s
		out[c.RootId] = rs
	}
	return out
}

// check asserts the invariants; rapid runs it after every step.
func (m *machine) check(t *rapid.T) {
	now := m.snapshot()
	contractCash := m.e.cashOf(m.e.dep.Receivable)
	owed := new(big.Int)
	bound := map[[32]byte]uint64{}
	ids := make([]uint64, 0, len(now))
	for id := range now {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		rs := now[id]
		r := rs.Root
		live := new(big.Int)
		for _, c := range rs.Receivables {
			if c.Live {
				live.Add(live, c.Receivable.Value)
			} else if c.Receivable.Value.Sign() != 0 {
				t.Fatalf("burned receivable keeps value %s", c.Receivable.Value)
			}
		}
		want := new(big.Int).Sub(r.FaceValue, r.RedeemedValue)
		released := r.Status == statusRejected || r.Status == statusLapsed // burned, fingerprint free
		if released {
			want.SetInt64(0)
		}
		if live.Cmp(want) != 0 {
			t.Fatalf("root %d (status %d): live value %s, want %s", id, r.Status, live, want)
		}
		if r.Status == statusRepaid {
			owed.Add(owed, want)
		} else if r.RedeemedValue.Sign() != 0 {
			t.Fatalf("root %d redeemed %s without repayment", id, r.RedeemedValue)
		}
		bound2 := call(m.e, m.e.rcvC, m.e.rcv.PackRootOfFingerprint(r.Fingerprint), m.e.rcv.UnpackRootOfFingerprint)
		if !released {
			if other, dup := bound[r.Fingerprint]; dup {
				t.Fatalf("roots %d and %d share fingerprint %x", other, id, r.Fingerprint)
			}
			bound[r.Fingerprint] = id
			if bound2.Uint64() != id {
				t.Fatalf("fingerprint of root %d bound to %s", id, bound2)
			}
		}
		if prev, ok := m.before[id]; ok && !m.touched[id] {
			if diff := cmp.Diff(prev, rs, bigComparer); diff != "" {
				t.Fatalf("root %d changed although step touched %v (-before +after):\n%s", id, m.touched, diff)
			}
		}
	}
	m.checkLocks(t, now)
	if contractCash.Cmp(owed) != 0 {
		t.Fatalf("contract holds %s cash, owes %s to holders of repaid roots", contractCash, owed)
	}
	total := new(big.Int).Set(contractCash)
	for _, p := range m.people {
		total.Add(total, m.e.cashOf(p.addr))
	}
	if total.Cmp(m.minted) != 0 {
		t.Fatalf("cash total %s, minted %s", total, m.minted)
	}
	m.before, m.touched = now, nil
}

// checkLocks asserts that a request that can still be funded (open, not expired,
// its root active) is the one lock on its receivable and names the receivable's holder: the
// holder who set the floor is the one the price goes to, and no second request
// can sell the same value.
func (m *machine) checkLocks(t *rapid.T, now map[uint64]rootState) {
	at := m.e.now()
	fundable := map[uint64]uint64{} // receivable -> request
	for _, req := range m.requests {
		q := m.e.financing(req)
		if q.Status != finRequested || at >= q.ExpiresAt {
			continue
		}
		rs := now[m.rootOf(q.ReceivableId)]
		if rs.Root.Status != statusActive {
			continue // repaid or overdue: nobody can fund it any more, and a redemption may burn it
		}
		if other, dup := fundable[q.ReceivableId]; dup {
			t.Fatalf("receivable %d has two fundable requests, %d and %s", q.ReceivableId, other, req)
		}
		fundable[q.ReceivableId] = req.Uint64()
		c := rs.Receivables[q.ReceivableId]
		if !c.Live || c.Receivable.LockedBy != req.Uint64() || c.Owner != q.Holder {
			t.Fatalf("fundable request %s (%+v) on receivable %+v", req, q, c)
		}
	}
}
