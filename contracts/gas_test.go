package contracts_test

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/duochain/duochain/contracts"
)

// TestGasReport measures the gas every Receivable (and CopyrightRegistry) operation uses, from the
// receipts of one realistic sequence on the pinned fork, and fails when one
// exceeds its budget. Budgets sit about 1.5x above what was measured when they
// were set, so only a real regression trips them; lower them when an
// optimisation lands. Split recipients are accounts, not contracts, so no
// receive hook runs.
//
// The table is logged, and written as Markdown to the file named by
// DUOCHAIN_GAS_REPORT when that is set (`make gas` prints it).
func TestGasReport(t *testing.T) {
	e := newEnv(t)
	type row struct {
		op     string
		gas    uint64
		budget uint64
	}
	var rows []row
	measure := func(op string, budget uint64, r *types.Receipt) {
		rows = append(rows, row{op, r.GasUsed, budget})
	}
	spread := func(parts int, value int64) []any { // parts alternate between sup2 and sup3
		var out []any
		for i := 0; i < parts; i++ {
			out = append(out, []*acct{e.sup2, e.sup3}[i%2], value)
		}
		return out
	}
	splitOff := func(holder *acct, id *big.Int, parts int, value int64) (*types.Receipt, []*big.Int) {
		r := e.must(holder, e.rcvC, e.packSplit(id, mkParts(spread(parts, value)...)))
		var ids []*big.Int
		for _, ev := range events(r, e.rcv.UnpackReceivableSplitEvent) {
			ids = append(ids, ev.Id)
		}
		return r, ids
	}

	id, r := e.submitted(e.sup1, e.core, 1_000_000_00, 30*day)
	measure("submit", 400_000, r)
	measure("confirm", 70_000, e.must(e.core, e.rcvC, e.packConfirm(id)))
	rejected, _ := e.submitted(e.sup1, e.core, 1_000_00, 30*day)
	measure("reject", 90_000, e.must(e.core, e.rcvC, e.packReject(rejected)))
	// Two submissions the obligor leaves unconfirmed: one lapses by lapse(id), the
	// other when its invoice is submitted again.
	lapsing, _ := e.submitted(e.sup1, e.core, 1_000_00, 90*day)
	relapsedFp := newFingerprint()
	e.must(e.sup1, e.rcvC, e.packSubmit(e.core.addr, n(1_000_00), e.now()+90*day, relapsedFp, [32]byte{}))
	r = e.must(e.core, e.rcvC, e.packIssue(e.sup1.addr, n(1_000_000_00), e.now()+30*day, newFingerprint(), newFingerprint()))
	issued := one(t, r, e.rcv.UnpackReceivableIssuedEvent).Id
	measure("issue (direct)", 380_000, r)

	r, one1 := splitOff(e.sup1, id, 1, 100_000_00)
	measure("split (1 part)", 230_000, r)
	r, _ = splitOff(e.sup1, id, 2, 50_000_00)
	measure("split (2 parts)", 350_000, r)
	r, _ = splitOff(e.sup1, id, 10, 10_000_00)
	measure("split (10 parts)", 1_100_000, r)
	r, _ = splitOff(e.sup1, issued, 64, 10_000_00)
	measure("split (64 parts, MAX_PARTS)", 6_200_000, r)

	part := one1[0] // held by sup2
	measure("ERC-721 transferFrom", 120_000, e.must(e.sup2, e.rcvC, e.rcv.PackTransferFrom0(e.sup2.addr, e.sup3.addr, part)))
	measure("ERC-721 safeTransferFrom", 125_000, e.must(e.sup3, e.rcvC, e.rcv.PackSafeTransferFrom(e.sup3.addr, e.sup2.addr, part)))
	measure("ERC-3525 value transfer", 200_000, e.must(e.sup1, e.rcvC, e.rcv.PackTransferFrom(id, e.sup2.addr, n(10_000_00))))

	// A realistic request: a floor of 98% and a week to fund it.
	r = e.must(e.sup1, e.rcvC, e.rcv.PackRequestFinancing(id, e.bank.addr, n(100_000_00), n(98_000_00), e.now()+7*day, newSalt()))
	measure("requestFinancing", 270_000, r)
	req := one(t, r, e.rcv.UnpackFinancingRequestedEvent).RequestId
	measure("fund (partial)", 280_000, e.must(e.bank, e.rcvC, e.packFund(req, 99_000_00)))
	req = e.requested(e.sup2, part, e.bank, 100_000_00)
	measure("fund (full)", 180_000, e.must(e.bank, e.rcvC, e.packFund(req, 99_000_00)))

	measure("repay", 110_000, e.must(e.core, e.rcvC, e.rcv.PackRepay(id)))
	measure("redeem", 110_000, e.must(e.sup1, e.rcvC, e.rcv.PackRedeem(id)))
	e.advance(32 * day)
	measure("markOverdue", 55_000, e.must(e.sup1, e.rcvC, e.rcv.PackMarkOverdue(issued)))
	measure("lapse", 80_000, e.must(e.nobody, e.rcvC, e.rcv.PackLapse(lapsing)))
	r = e.must(e.sup2, e.rcvC, e.packSubmit(e.core.addr, n(1_000_00), e.now()+30*day, relapsedFp, [32]byte{}))
	if len(events(r, e.rcv.UnpackReceivableLapsedEvent)) != 1 {
		t.Fatal("resubmission did not lapse the earlier submission")
	}
	measure("submit (lapsing an earlier submission)", 370_000, r)
	measure("setBaseURI (46-byte URI, first set)", 150_000, e.must(e.op, e.rcvC, e.rcv.PackSetBaseURI("https://duochain.example/metadata/receivables/")))
	copyrightGas(e, func(op string, budget, gas uint64) { rows = append(rows, row{op, gas, budget}) })

	var b strings.Builder
	b.WriteString("| operation | gas |\n| --- | ---: |\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d |\n", r.op, r.gas)
	}
	t.Logf("gas used on the %s fork:\n%s", contracts.EVMVersion, b.String())
	if path := os.Getenv("DUOCHAIN_GAS_REPORT"); path != "" {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatalf("write gas report: %v", err)
		}
	}
	for _, r := range rows {
		if r.gas > r.budget {
			t.Errorf("%s used %d gas, over its budget of %d", r.op, r.gas, r.budget)
		}
	}
}
