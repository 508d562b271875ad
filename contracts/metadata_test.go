package contracts_test

import "testing"

// TestMetadataURIs checks the ERC-721 and ERC-3525 metadata URIs wallets read:
// all empty until the operator sets a base, then the base followed by the
// token id, "slots/" and the slot, or "contract".
func TestMetadataURIs(t *testing.T) {
	const base = "https://api.duochain.example/metadata/receivables/"
	t.Run("EmptyUntilSet", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		if u := call(e, e.rcvC, e.rcv.PackTokenURI(id), e.rcv.UnpackTokenURI); u != "" {
			t.Fatalf("tokenURI = %q", u)
		}
		if u := call(e, e.rcvC, e.rcv.PackSlotURI(id), e.rcv.UnpackSlotURI); u != "" {
			t.Fatalf("slotURI = %q", u)
		}
		if u := call(e, e.rcvC, e.rcv.PackContractURI(), e.rcv.UnpackContractURI); u != "" {
			t.Fatalf("contractURI = %q", u)
		}
	})
	t.Run("OK", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		part := e.splitTo(e.sup1, id, e.sup2, int64(400_00))[0]
		r := e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(base))
		ev := one(t, r, e.rcv.UnpackBaseURIUpdatedEvent)
		if ev.BaseURI != base || ev.By != e.op.addr {
			t.Fatalf("event: %+v", ev)
		}
		if got := call(e, e.rcvC, e.rcv.PackBaseURI(), e.rcv.UnpackBaseURI); got != base {
			t.Fatalf("baseURI = %q", got)
		}
		for _, c := range []struct {
			name   string
			data   []byte
			unpack func([]byte) (string, error)
			want   string
		}{
			{"tokenURI/root", e.rcv.PackTokenURI(id), e.rcv.UnpackTokenURI, base + id.String()},
			{"tokenURI/part", e.rcv.PackTokenURI(part), e.rcv.UnpackTokenURI, base + part.String()},
			{"slotURI", e.rcv.PackSlotURI(id), e.rcv.UnpackSlotURI, base + "slots/" + id.String()},
			{"contractURI", e.rcv.PackContractURI(), e.rcv.UnpackContractURI, base + "contract"},
		} {
			if got := call(e, e.rcvC, c.data, c.unpack); got != c.want {
				t.Errorf("%s = %q, want %q", c.name, got, c.want)
			}
		}
		// The slot of a part is its root, whose URI the slot URI is.
		if slot := call(e, e.rcvC, e.rcv.PackSlotOf(part), e.rcv.UnpackSlotOf); slot.Cmp(id) != 0 {
			t.Fatalf("slotOf(part) = %s", slot)
		}
	})
	t.Run("OKUnset", func(t *testing.T) {
		e := newEnv(t)
		id := e.active(1000_00)
		e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(base))
		r := e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(""))
		if ev := one(t, r, e.rcv.UnpackBaseURIUpdatedEvent); ev.BaseURI != "" {
			t.Fatalf("event: %+v", ev)
		}
		if u := call(e, e.rcvC, e.rcv.PackTokenURI(id), e.rcv.UnpackTokenURI); u != "" {
			t.Fatalf("tokenURI = %q", u)
		}
	})
	t.Run("ErrNonexistentToken", func(t *testing.T) {
		e := newEnv(t)
		e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(base))
		_, err := bindCall(e, e.rcv.PackTokenURI(n(42)))
		wantRevert(t, err, "ERC721NonexistentToken", n(42))
	})
	t.Run("ErrUnknownSlot", func(t *testing.T) {
		e := newEnv(t)
		e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(base))
		_, err := bindCall(e, e.rcv.PackSlotURI(n(42)))
		wantRevert(t, err, "ReceivableNotFound", n(42))
	})
	t.Run("ErrNotOperator", func(t *testing.T) {
		// TestOperatorRoleChecks covers every other account; here the base stays unchanged.
		e := newEnv(t)
		e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(base))
		_, err := e.send(e.sup1, e.rcvC, e.rcv.PackSetBaseURI("https://attacker.example/"))
		wantRevert(t, err, "ReceivableUnauthorized", e.sup1.addr, [32]byte(roleOperator))
		if got := call(e, e.rcvC, e.rcv.PackBaseURI(), e.rcv.UnpackBaseURI); got != base {
			t.Fatalf("baseURI = %q", got)
		}
	})
	t.Run("SlotOfBurnedRoot", func(t *testing.T) {
		// A rejected root keeps its record: its slot URI still answers.
		e := newEnv(t)
		e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI(base))
		id, _ := e.submitted(e.sup1, e.core, 100_00, 30*day)
		e.must(e.core, e.rcvC, e.packReject(id))
		if got := call(e, e.rcvC, e.rcv.PackSlotURI(id), e.rcv.UnpackSlotURI); got != base+"slots/"+id.String() {
			t.Fatalf("slotURI = %q", got)
		}
	})
}
