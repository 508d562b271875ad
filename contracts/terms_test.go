package contracts_test

import (
	"math/big"
	"testing"
)

// TestFinancingTerms covers the holder's terms on a request: the floor no funding
// may go under, the expiry after which nobody can fund it and it locks nothing,
// and the value the financier must name.
func TestFinancingTerms(t *testing.T) {
	const value, floor = 400_00, 380_00

	t.Run("Request", func(t *testing.T) {
		cases := []struct {
			name     string
			minPrice int64
			expires  func(e *env, due uint64) uint64
			err      string // "" for success
			args     func(e *env, due uint64) []any
		}{
			{name: "OKFloorIsValue", minPrice: value, expires: func(e *env, due uint64) uint64 { return e.now() + day }},
			{name: "OKExpiresAtDueDate", minPrice: 1, expires: func(e *env, due uint64) uint64 { return due }},
			{name: "ErrZeroFloor", minPrice: 0, expires: func(e *env, due uint64) uint64 { return e.now() + day },
				err: "ReceivableInvalidFloor", args: func(e *env, due uint64) []any { return []any{n(value), n(0)} }},
			{name: "ErrFloorAboveValue", minPrice: value + 1, expires: func(e *env, due uint64) uint64 { return e.now() + day },
				err: "ReceivableInvalidFloor", args: func(e *env, due uint64) []any { return []any{n(value), n(value + 1)} }},
			{name: "ErrExpiresNow", minPrice: floor, expires: func(e *env, due uint64) uint64 { return e.now() },
				err: "ReceivableInvalidExpiry", args: func(e *env, due uint64) []any { return []any{e.now(), e.now(), due} }},
			{name: "ErrExpired", minPrice: floor, expires: func(e *env, due uint64) uint64 { return e.now() - 1 },
				err: "ReceivableInvalidExpiry", args: func(e *env, due uint64) []any { return []any{e.now() - 1, e.now(), due} }},
			{name: "ErrZeroExpiry", minPrice: floor, expires: func(e *env, due uint64) uint64 { return 0 },
				err: "ReceivableInvalidExpiry", args: func(e *env, due uint64) []any { return []any{uint64(0), e.now(), due} }},
			{name: "ErrExpiresAfterDueDate", minPrice: floor, expires: func(e *env, due uint64) uint64 { return due + 1 },
				err: "ReceivableInvalidExpiry", args: func(e *env, due uint64) []any { return []any{due + 1, e.now(), due} }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e := newEnv(t)
				id := e.active(1000_00)
				due := e.root(id).DueDate
				expires := c.expires(e, due)
				r, err := e.send(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(value), n(c.minPrice), expires, newSalt()))
				if c.err != "" {
					wantRevert(t, err, c.err, c.args(e, due)...)
					if c := e.receivable(id); c.LockedBy != 0 {
						t.Fatalf("refused request locked the receivable: %+v", c)
					}
					return
				}
				if err != nil {
					t.Fatal(describe(err))
				}
				ev := one(t, r, e.rcv.UnpackFinancingRequestedEvent)
				if ev.MinPrice.Int64() != c.minPrice || ev.ExpiresAt != expires {
					t.Fatalf("FinancingRequested: %+v", ev)
				}
			})
		}
	})

	// request makes the standard request of these tests: value of a 1000_00 root
	// at the floor, expiring in a day.
	request := func(e *env, id *big.Int) (req *big.Int, expires uint64) {
		e.t.Helper()
		salt := newSalt()
		expires = e.now() + day
		e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(value), n(floor), expires, salt))
		return requestID(id, salt), expires
	}

	t.Run("Fund", func(t *testing.T) {
		cases := []struct {
			name         string
			prep         func(e *env, expires uint64) // optional
			value, price int64
			err          string // "" for success
			args         func(e *env, req *big.Int, expires uint64) []any
		}{
			{name: "OKAtFloor", value: value, price: floor},
			{name: "OKAtValue", value: value, price: value},
			{name: "OKJustBeforeExpiry", prep: func(e *env, expires uint64) { e.advance(expires - 3600 - e.now()) }, value: value, price: floor},
			{name: "ErrBelowFloor", value: value, price: floor - 1, err: "ReceivablePriceBelowFloor",
				args: func(e *env, req *big.Int, _ uint64) []any { return []any{req, n(floor), n(floor - 1)} }},
			{name: "ErrOneUnit", value: value, price: 1, err: "ReceivablePriceBelowFloor",
				args: func(e *env, req *big.Int, _ uint64) []any { return []any{req, n(floor), n(1)} }},
			{name: "ErrValueBelowRequest", value: value - 1, price: floor, err: "ReceivableTermsMismatch",
				args: func(e *env, req *big.Int, _ uint64) []any { return []any{req, n(value), n(value - 1)} }},
			{name: "ErrValueAboveRequest", value: value + 1, price: floor, err: "ReceivableTermsMismatch",
				args: func(e *env, req *big.Int, _ uint64) []any { return []any{req, n(value), n(value + 1)} }},
			{name: "ErrZeroValue", value: 0, price: floor, err: "ReceivableTermsMismatch",
				args: func(e *env, req *big.Int, _ uint64) []any { return []any{req, n(value), n(0)} }},
			{name: "ErrAtExpiry", prep: func(e *env, expires uint64) { e.advance(expires - e.now()) }, value: value, price: floor,
				err: "ReceivableFinancingExpired", args: func(e *env, req *big.Int, expires uint64) []any { return []any{req, expires, expires} }},
			{name: "ErrAfterExpiry", prep: func(e *env, expires uint64) { e.advance(expires + 10*day - e.now()) }, value: value, price: value,
				err: "ReceivableFinancingExpired", args: func(e *env, req *big.Int, expires uint64) []any { return []any{req, expires, e.now()} }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e := newEnv(t)
				id := e.active(1000_00)
				req, expires := request(e, id)
				if c.prep != nil {
					c.prep(e, expires)
				}
				holderCash := e.cashOf(e.sup1.addr)
				r, err := e.send(e.bank, e.rcvC, e.rcv.PackFund(req, n(c.value), n(c.price)))
				if c.err != "" {
					wantRevert(t, err, c.err, c.args(e, req, expires)...)
					if q := e.financing(req); q.Status != finRequested {
						t.Fatalf("request after a refused funding: %+v", q)
					}
					return
				}
				if err != nil {
					t.Fatal(describe(err))
				}
				if f := one(t, r, e.rcv.UnpackFinancingFundedEvent); f.Price.Int64() != c.price || f.Value.Int64() != value {
					t.Fatalf("FinancingFunded: %+v", f)
				}
				if d := new(big.Int).Sub(e.cashOf(e.sup1.addr), holderCash); d.Int64() != c.price {
					t.Fatalf("holder received %s", d)
				}
			})
		}
	})

	t.Run("FundWholeBelowFloor", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		salt := newSalt()
		e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(1000_00), n(990_00), e.now()+day, salt))
		req := requestID(id, salt)
		_, err := e.send(e.bank, e.rcvC, e.rcv.PackFund(req, n(1000_00), n(989_99)))
		wantRevert(t, err, "ReceivablePriceBelowFloor", req, n(990_00), n(989_99))
		e.funded(e.bank, req, 990_00)
		if e.owner(id) != e.bank.addr {
			t.Fatal("whole funding at the floor did not move the receivable")
		}
	})

	// An expired request locks nothing: every move a lock refuses works again.
	t.Run("ExpiredDoesNotLock", func(t *testing.T) {
		moves := []struct {
			name string
			move func(e *env, id *big.Int) []byte
		}{
			{"Split", func(e *env, id *big.Int) []byte { return e.packSplit(id, mkParts(e.sup2, int64(100_00))) }},
			{"ValueTransfer", func(e *env, id *big.Int) []byte { return e.rcv.PackTransferFrom(id, e.sup2.addr, n(100_00)) }},
			{"Transfer", func(e *env, id *big.Int) []byte { return e.rcv.PackTransferFrom0(e.sup1.addr, e.sup2.addr, id) }},
			{"SafeTransfer", func(e *env, id *big.Int) []byte { return e.rcv.PackSafeTransferFrom(e.sup1.addr, e.sup2.addr, id) }},
			{"Request", func(e *env, id *big.Int) []byte { return e.packRequest(id, e.bank2.addr, 100_00) }},
		}
		for _, mv := range moves {
			t.Run(mv.name, func(t *testing.T) {
				e := newEnv(t)
				id := e.active(1000_00)
				req, expires := request(e, id)
				_, err := e.send(e.sup1, e.rcvC, mv.move(e, id))
				wantRevert(t, err, "ReceivableLocked", id, req)
				e.advance(expires - e.now())
				e.must(e.sup1, e.rcvC, mv.move(e, id))
				_, err = e.send(e.bank, e.rcvC, e.rcv.PackFund(req, n(value), n(value)))
				wantRevert(t, err, "ReceivableFinancingExpired", req, expires, e.now())
			})
		}
	})

	// Closing an old, expired request leaves the newer request's lock in place.
	t.Run("CloseExpiredKeepsNewerLock", func(t *testing.T) {
		closes := []struct {
			name  string
			who   func(e *env) *acct
			close func(e *env, req *big.Int) []byte
		}{
			{"Cancel", func(e *env) *acct { return e.sup1 }, func(e *env, req *big.Int) []byte { return e.rcv.PackCancelFinancing(req) }},
			{"Decline", func(e *env) *acct { return e.bank }, func(e *env, req *big.Int) []byte { return e.rcv.PackDeclineFinancing(req) }},
		}
		for _, cl := range closes {
			t.Run(cl.name, func(t *testing.T) {
				e := newEnv(t)
				id := e.active(1000_00)
				old, expires := request(e, id)
				e.advance(expires - e.now())
				newer := e.requested(e.sup1, id, e.bank, 200_00)
				if c := e.receivable(id); c.LockedBy != newer.Uint64() {
					t.Fatalf("receivable locked by %d, want the newer request %s", c.LockedBy, newer)
				}
				r := e.must(cl.who(e), e.rcvC, cl.close(e, old))
				if cl.name == "Cancel" {
					if ev := one(t, r, e.rcv.UnpackFinancingCancelledEvent); ev.RequestId.Cmp(old) != 0 || ev.Id.Cmp(id) != 0 {
						t.Fatalf("FinancingCancelled: %+v", ev)
					}
				} else if ev := one(t, r, e.rcv.UnpackFinancingDeclinedEvent); ev.RequestId.Cmp(old) != 0 || ev.Id.Cmp(id) != 0 {
					t.Fatalf("FinancingDeclined: %+v", ev)
				}
				if c := e.receivable(id); c.LockedBy != newer.Uint64() {
					t.Fatalf("closing the old request unlocked the newer one: locked by %d", c.LockedBy)
				}
				_, err := e.send(e.sup1, e.rcvC, e.packSplit(id, mkParts(e.sup2, int64(100_00))))
				wantRevert(t, err, "ReceivableLocked", id, newer)
				_, err = e.send(e.sup1, e.rcvC, e.rcv.PackTransferFrom0(e.sup1.addr, e.sup2.addr, id))
				wantRevert(t, err, "ReceivableLocked", id, newer)
				e.funded(e.bank, newer, 200_00)
			})
		}
	})

	t.Run("ErrSameSaltAfterCancel", func(t *testing.T) {
		// A request id is never reused, even once its request is closed.
		e := newEnv(t)
		id := e.active(1000_00)
		salt := newSalt()
		e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(value), n(floor), e.now()+day, salt))
		req := requestID(id, salt)
		e.must(e.sup1, e.rcvC, e.rcv.PackCancelFinancing(req))
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(value), n(floor), e.now()+day, salt))
		wantRevert(t, err, "ReceivableIdTaken", req)
	})
}
