package receivable

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/txmgr"
)

// MaxTerm mirrors the contract's default maximum term.
const MaxTerm = 365 * 24 * time.Hour

// Orgs resolves organizations for the receivable capability.
type Orgs interface {
	// Resolve returns the address and roles of an organization given by id or address.
	Resolve(ctx context.Context, ref string) (addr common.Address, roles []string, err error)
	// IDs maps addresses to organization ids.
	IDs(ctx context.Context, addrs []common.Address) (map[common.Address]string, error)
	// Verified reports whether addr holds a valid credential for topic at t.
	Verified(ctx context.Context, addr common.Address, topic string, t time.Time) (bool, error)
	// TaxID returns the canonical tax id of the organization at addr, "" when it has none.
	TaxID(ctx context.Context, addr common.Address) (string, error)
}

// Service turns API requests into operations on the Receivable and CashToken contracts.
type Service struct {
	Queries    *Queries
	Orgs       Orgs
	Ops        *txmgr.Manager
	Chain      bind.ContractCaller
	Receivable common.Address
	Cash       common.Address
	// Now is the chain's time (the latest block's): due dates are judged by it,
	// not by the wall clock, which a dev chain runs ahead of.
	Now  api.Clock
	rcv  *receivable.Receivable
	cash *cashtoken.CashToken
}

// NewService wires the service.
func NewService(q *Queries, orgs Orgs, ops *txmgr.Manager, chain bind.ContractCaller, receivableAddr, cashAddr common.Address,
	now api.Clock) *Service {
	return &Service{Queries: q, Orgs: orgs, Ops: ops, Chain: chain, Receivable: receivableAddr, Cash: cashAddr, Now: now,
		rcv: receivable.NewReceivable(), cash: cashtoken.NewCashToken()}
}

func (s *Service) enqueue(ctx context.Context, tx pgx.Tx, p api.Organization, kind string, to common.Address, data []byte, resource string) (int64, error) {
	id, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: kind, Signer: p.Address, To: to, Data: data, ResourceType: "receivable"})
	if err != nil {
		return 0, err
	}
	if resource != "" {
		err = txmgr.SetResource(ctx, tx, id, resource)
	}
	return id, err
}

// SubmitRequest is the body of POST /v1/receivables.
type SubmitRequest struct {
	Obligor        string  `json:"obligor,omitempty"`  // a supplier submits an invoice owed by this core enterprise
	Supplier       string  `json:"supplier,omitempty"` // a core enterprise issues directly to this supplier
	Value          string  `json:"value"`
	Currency       string  `json:"currency"`
	DueDate        string  `json:"due_date"`
	Invoice        Invoice `json:"invoice"`
	DocumentSHA256 string  `json:"document_sha256,omitempty"`
}

// Submit validates an invoice and enqueues its tokenization: submit by a
// supplier, or direct issue by a core enterprise.
func (s *Service) Submit(ctx context.Context, tx pgx.Tx, p api.Organization, req SubmitRequest) (int64, error) {
	// Roles first: a request the caller may not make at all is refused as such,
	// whatever else is wrong with it.
	if req.Obligor != "" && !p.Has("SUPPLIER") {
		return 0, problem.Forbidden("only a supplier submits invoices; a core enterprise issues with \"supplier\"")
	}
	if req.Supplier != "" && !p.Has("CORE_ENTERPRISE") {
		return 0, problem.Forbidden("only a core enterprise issues receivables directly")
	}
	if req.Currency != Currency {
		return 0, problem.Invalid("invalid_currency", "currency", "currency must be %q", Currency)
	}
	_, minor, err := ParseAmount("value", req.Value)
	if err != nil {
		return 0, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return 0, err
	}
	due, err := s.dueDate(req.DueDate, now)
	if err != nil {
		return 0, err
	}
	inv, err := req.Invoice.Identify()
	if err != nil {
		return 0, err
	}
	issued, err := time.Parse(time.DateOnly, req.Invoice.IssueDate)
	if err != nil {
		return 0, problem.Invalid("invalid_date", "invoice.issue_date", "invoice.issue_date must be a date YYYY-MM-DD")
	}
	var doc [32]byte
	if req.DocumentSHA256 != "" {
		b, ok := hash32(req.DocumentSHA256)
		if !ok {
			return 0, problem.Invalid("invalid_hash", "document_sha256", "document_sha256 must be 64 hex digits")
		}
		doc = b
	}
	fp := Fingerprint(inv)

	var kind string
	var seller, buyer common.Address // whom the invoice must name
	var data []byte
	salt := NewSalt()
	switch {
	case req.Obligor != "" && req.Supplier != "":
		return 0, problem.Invalid(problem.CodeInvalid, "obligor", "give obligor (a supplier submits) or supplier (a core enterprise issues), not both")
	case req.Obligor != "":
		if !p.Has("SUPPLIER") {
			return 0, problem.Forbidden("only a supplier submits invoices; a core enterprise issues with \"supplier\"")
		}
		obligor, roles, err := s.Orgs.Resolve(ctx, req.Obligor)
		if err != nil {
			return 0, fieldNotFound(err, "obligor")
		}
		if !has(roles, "CORE_ENTERPRISE") {
			return 0, problem.Invalid("not_core_enterprise", "obligor", "organization %s is not a core enterprise", req.Obligor)
		}
		if obligor == p.Address {
			return 0, problem.Invalid("self_dealing", "obligor", "an organization cannot owe itself")
		}
		kind, data = "receivable.submit", s.rcv.PackSubmit(obligor, minor, uint64(due.Unix()), fp, doc, salt)
		seller, buyer = p.Address, obligor
	case req.Supplier != "":
		if !p.Has("CORE_ENTERPRISE") {
			return 0, problem.Forbidden("only a core enterprise issues receivables directly")
		}
		supplier, roles, err := s.Orgs.Resolve(ctx, req.Supplier)
		if err != nil {
			return 0, fieldNotFound(err, "supplier")
		}
		if !has(roles, "SUPPLIER") {
			return 0, problem.Invalid("not_supplier", "supplier", "organization %s is not a supplier", req.Supplier)
		}
		if err := s.requireVerified(ctx, supplier, "supplier", now); err != nil {
			return 0, err
		}
		if supplier == p.Address {
			return 0, problem.Invalid("self_dealing", "supplier", "an organization cannot owe itself")
		}
		kind, data = "receivable.issue", s.rcv.PackIssue(supplier, minor, uint64(due.Unix()), fp, doc, salt)
		seller, buyer = supplier, p.Address
	default:
		return 0, problem.Invalid(problem.CodeInvalid, "obligor", "give obligor (a supplier submits) or supplier (a core enterprise issues)")
	}
	if kind == "receivable.submit" {
		if err := s.requireVerified(ctx, p.Address, "", now); err != nil {
			return 0, err
		}
	}
	if err := s.checkParties(ctx, inv, seller, buyer); err != nil {
		return 0, err
	}
	if err := checkNotTokenized(ctx, tx, req.Invoice, fp, now); err != nil {
		return 0, err
	}
	// The id is known before the transaction is mined, and stays what it is if it is mined again.
	opID, err := s.enqueue(ctx, tx, p, kind, s.Receivable, data, strconv.FormatInt(RootID(fp, salt), 10))
	if err != nil {
		return 0, err
	}
	if err := recordInvoice(ctx, tx, req.Invoice, inv, fp, issued, minor, opID); err != nil {
		return 0, err
	}
	return opID, nil
}

// dueDate parses a due date (the start of that UTC day) and checks it against
// the chain's time and the maximum term.
func (s *Service) dueDate(v string, now time.Time) (time.Time, error) {
	due, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return due, problem.Invalid("invalid_date", "due_date", "due_date must be a date YYYY-MM-DD")
	}
	if !due.After(now) {
		return due, problem.Invalid("due_date_in_past", "due_date", "due_date %s is not after the chain's current time %s", v, now.Format(time.RFC3339))
	}
	if due.After(now.Add(MaxTerm)) {
		return due, problem.Invalid("term_too_long", "due_date", "due_date %s is beyond the maximum term of 365 days", v)
	}
	return due, nil
}

// requireVerified refuses organizations without a valid KYB credential; field
// names the request field (empty: the caller itself).
func (s *Service) requireVerified(ctx context.Context, addr common.Address, field string, now time.Time) error {
	ok, err := s.Orgs.Verified(ctx, addr, "KYB", now)
	if err != nil {
		return err
	}
	if ok {
		return nil
	}
	if field == "" {
		return problem.Invalid("not_verified", "", "your organization holds no valid KYB credential")
	}
	return problem.Invalid("not_verified", field, "%s %s holds no valid KYB credential", field, addr)
}

// present turns what the read model stores into what holds at the chain's time
// now: an unconfirmed submission past its lapse time is lapsed (the chain frees
// its invoice then, whether or not anyone has sent lapse), and an expired
// financing request locks nothing.
func (s *Service) present(now time.Time, r *Receivable) {
	if r.Status == "pending" && r.LapsesAt != nil && !now.Before(*r.LapsesAt) {
		r.Status = "lapsed"
	}
	if r.LockedByRequest != nil && r.lockExpires != nil && !now.Before(*r.lockExpires) {
		r.LockedByRequest = nil
	}
}

// load reads receivable id for a write.
func (s *Service) load(ctx context.Context, id int64) (Receivable, error) {
	return s.Queries.Get(ctx, id)
}

// Decide enqueues confirm (or reject) of root id by its obligor.
func (s *Service) Decide(ctx context.Context, tx pgx.Tx, p api.Organization, id int64, confirm bool) (int64, error) {
	r, err := s.load(ctx, id)
	if err != nil {
		return 0, err
	}
	if r.ParentID != nil {
		return 0, problem.Invalid("not_root", "", "receivable %d is a part of %s; only a root is confirmed or rejected", id, r.RootID)
	}
	if r.obligorAddr != p.Address {
		return 0, problem.Forbidden("only the obligor confirms or rejects receivable %d", id)
	}
	now, err := s.Now(ctx)
	if err != nil {
		return 0, err
	}
	s.present(now, &r)
	if r.Status == "lapsed" {
		return 0, problem.Conflict("lapsed", "receivable %d lapsed unconfirmed on %s", id, r.LapsesAt.Format(time.RFC3339))
	}
	if r.Status != "pending" {
		return 0, problem.Conflict("invalid_status", "receivable %d is %s, not pending", id, r.Status)
	}
	// The call names the invoice it decides on: it can take effect on no other.
	fp := common.HexToHash(*r.Fingerprint)
	if confirm {
		return s.enqueue(ctx, tx, p, "receivable.confirm", s.Receivable, s.rcv.PackConfirm(big.NewInt(id), fp), strconv.FormatInt(id, 10))
	}
	return s.enqueue(ctx, tx, p, "receivable.reject", s.Receivable, s.rcv.PackReject(big.NewInt(id), fp), strconv.FormatInt(id, 10))
}

// loadMovable reads receivable id and checks that p may move it now (chain time).
func (s *Service) loadMovable(ctx context.Context, p api.Organization, id int64) (Receivable, time.Time, error) {
	r, err := s.load(ctx, id)
	if err != nil {
		return r, time.Time{}, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return r, now, err
	}
	s.present(now, &r)
	return r, now, s.movable(ctx, p, r, now)
}

// movable checks what every move of a receivable needs before the chain does.
func (s *Service) movable(ctx context.Context, p api.Organization, r Receivable, now time.Time) error {
	if r.Holder == nil || r.holderAddr != p.Address {
		return problem.Forbidden("receivable %s is not held by your organization", r.ID)
	}
	if r.Status != "active" {
		return problem.Conflict("invalid_status", "receivable %s is %s, not active", r.ID, r.Status)
	}
	if r.Frozen {
		return problem.Conflict("frozen", "receivable %s is frozen", r.ID)
	}
	if r.LockedByRequest != nil {
		return problem.Conflict("locked", "receivable %s is locked by financing request %s", r.ID, *r.LockedByRequest)
	}
	due, _ := time.Parse(time.DateOnly, r.DueDate)
	if !now.Before(due) {
		return problem.Invalid("past_due", "", "receivable %s fell due on %s", r.ID, r.DueDate)
	}
	return s.requireVerified(ctx, p.Address, "", now)
}

// Part is one part of a split request: the value split off to To.
type Part struct {
	To    string `json:"to"`
	Value string `json:"value"`
}

// Split enqueues a split of receivable id into parts for their recipients.
func (s *Service) Split(ctx context.Context, tx pgx.Tx, p api.Organization, id int64, parts []Part) (int64, error) {
	if len(parts) == 0 || len(parts) > 64 {
		return 0, problem.Invalid("invalid_parts", "parts", "give 1 to 64 parts")
	}
	r, now, err := s.loadMovable(ctx, p, id)
	if err != nil {
		return 0, err
	}
	value := r.Value.Minor()
	total := new(big.Int)
	out := make([]receivable.IReceivablePart, len(parts))
	for i, part := range parts {
		field := fmt.Sprintf("parts[%d]", i)
		_, minor, err := ParseAmount(field+".value", part.Value)
		if err != nil {
			return 0, err
		}
		to, _, err := s.Orgs.Resolve(ctx, part.To)
		if err != nil {
			return 0, fieldNotFound(err, field+".to")
		}
		if to == p.Address {
			return 0, problem.Invalid("self_transfer", field+".to", "%s is your own organization: a split to oneself changes nothing but the tier", field+".to")
		}
		if err := s.requireVerified(ctx, to, field+".to", now); err != nil {
			return 0, err
		}
		total.Add(total, minor)
		out[i] = receivable.IReceivablePart{To: to, Value: minor}
	}
	if total.Cmp(value) >= 0 {
		return 0, problem.Invalid("insufficient_value", "parts", "the parts sum to %s but receivable %d holds %s and must keep a remainder", Format(total), id, r.Value)
	}
	salt := NewSalt()
	ids := make([]string, len(out))
	for i := range out {
		ids[i] = strconv.FormatInt(PartID(id, salt, i), 10)
	}
	return s.enqueue(ctx, tx, p, "receivable.split", s.Receivable, s.rcv.PackSplit(big.NewInt(id), out, salt), strings.Join(ids, ","))
}

// Transfer enqueues the transfer of whole receivable id to another organization.
func (s *Service) Transfer(ctx context.Context, tx pgx.Tx, p api.Organization, id int64, toRef string) (int64, error) {
	_, now, err := s.loadMovable(ctx, p, id)
	if err != nil {
		return 0, err
	}
	to, _, err := s.Orgs.Resolve(ctx, toRef)
	if err != nil {
		return 0, fieldNotFound(err, "to")
	}
	if to == p.Address {
		return 0, problem.Invalid("self_transfer", "to", "receivable %d is already held by your organization", id)
	}
	if err := s.requireVerified(ctx, to, "to", now); err != nil {
		return 0, err
	}
	return s.enqueue(ctx, tx, p, "receivable.transfer", s.Receivable, s.rcv.PackTransferFrom0(p.Address, to, big.NewInt(id)), strconv.FormatInt(id, 10))
}

// Repay enqueues the repayment of root id by its obligor, with a cash approval first when needed.
func (s *Service) Repay(ctx context.Context, tx pgx.Tx, p api.Organization, id int64) (int64, error) {
	r, err := s.load(ctx, id)
	if err != nil {
		return 0, err
	}
	if r.ParentID != nil {
		return 0, problem.Invalid("not_root", "", "receivable %d is a part of %s; repay the root %s", id, r.RootID, r.RootID)
	}
	if r.obligorAddr != p.Address {
		return 0, problem.Forbidden("only the obligor repays receivable %d", id)
	}
	if r.Status != "active" && r.Status != "overdue" {
		return 0, problem.Conflict("invalid_status", "receivable %d is %s; only an active or overdue receivable is repaid", id, r.Status)
	}
	if err := s.ensureAllowance(ctx, tx, p, r.FaceValue.Minor()); err != nil {
		return 0, err
	}
	return s.enqueue(ctx, tx, p, "receivable.repay", s.Receivable, s.rcv.PackRepay(big.NewInt(id)), strconv.FormatInt(id, 10))
}

// Redeem enqueues the redemption of receivable id by its holder.
func (s *Service) Redeem(ctx context.Context, tx pgx.Tx, p api.Organization, id int64) (int64, error) {
	r, err := s.load(ctx, id)
	if err != nil {
		return 0, err
	}
	if r.Holder == nil || r.holderAddr != p.Address {
		return 0, problem.Forbidden("receivable %d is not held by your organization", id)
	}
	if r.Status != "repaid" {
		return 0, problem.Conflict("invalid_status", "receivable %d is %s; only a repaid receivable is redeemed", id, r.Status)
	}
	return s.enqueue(ctx, tx, p, "receivable.redeem", s.Receivable, s.rcv.PackRedeem(big.NewInt(id)), strconv.FormatInt(id, 10))
}

// Mint enqueues a cash mint by the clearing organization.
func (s *Service) Mint(ctx context.Context, tx pgx.Tx, p api.Organization, toRef, amount string) (int64, error) {
	if !p.Has("CLEARING") {
		return 0, problem.Forbidden("only the clearing organization mints cash")
	}
	_, minor, err := ParseAmount("amount", amount)
	if err != nil {
		return 0, err
	}
	to, _, err := s.Orgs.Resolve(ctx, toRef)
	if err != nil {
		return 0, fieldNotFound(err, "to")
	}
	id, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "cash.mint", Signer: p.Address, To: s.Cash, Data: s.cash.PackMint(to, minor), ResourceType: "cash_balance"})
	if err != nil {
		return 0, err
	}
	return id, txmgr.SetResource(ctx, tx, id, to.Hex())
}

// ensureAllowance enqueues an unlimited cash approval for the Receivable
// contract ahead of a payment when the chain shows less than need.
func (s *Service) ensureAllowance(ctx context.Context, tx pgx.Tx, p api.Organization, need *big.Int) error {
	out, err := s.Chain.CallContract(ctx, ethereum.CallMsg{To: &s.Cash, Data: s.cash.PackAllowance(p.Address, s.Receivable)}, nil)
	var allowance *big.Int
	if err == nil {
		allowance, err = s.cash.UnpackAllowance(out)
	}
	if err != nil {
		return problem.Unavailable(5*time.Second, err, "cannot read the cash allowance from the chain")
	}
	if allowance.Cmp(need) >= 0 {
		return nil
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	_, err = s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "cash.approve", Signer: p.Address, To: s.Cash, Data: s.cash.PackApprove(s.Receivable, max), ResourceType: "cash_allowance"})
	return err
}

// Resolve sets the resource of a confirmed operation from its receipt: the new
// receivable or request it created. It is the txmgr OnConfirmed hook's part for
// this capability and reports false for kinds it does not resolve.
func (s *Service) Resolve(op txmgr.Operation, r *types.Receipt) (string, bool) {
	var ids []string
	for _, l := range r.Logs {
		switch op.Kind {
		case "receivable.submit":
			if e, err := s.rcv.UnpackReceivableSubmittedEvent(l); err == nil {
				ids = append(ids, e.Id.String())
			}
		case "receivable.issue":
			if e, err := s.rcv.UnpackReceivableIssuedEvent(l); err == nil {
				ids = append(ids, e.Id.String())
			}
		case "receivable.split":
			if e, err := s.rcv.UnpackReceivableSplitEvent(l); err == nil {
				ids = append(ids, e.Id.String())
			}
		case "receivable.finance_request":
			if e, err := s.rcv.UnpackFinancingRequestedEvent(l); err == nil {
				ids = append(ids, e.RequestId.String())
			}
		case "receivable.fund":
			if e, err := s.rcv.UnpackFinancingFundedEvent(l); err == nil {
				ids = append(ids, e.RequestId.String())
			}
		default:
			return "", false
		}
	}
	return strings.Join(ids, ","), len(ids) > 0
}

func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func hash32(s string) ([32]byte, bool) {
	var h [32]byte
	s = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "0x")
	b := common.FromHex(s)
	if len(s) != 64 || len(b) != 32 {
		return h, false
	}
	copy(h[:], b)
	return h, true
}

// fieldNotFound turns an unknown organization into a 422 naming the field.
func fieldNotFound(err error, field string) error {
	if problem.IsNotFound(err) {
		return problem.Invalid("unknown_organization", field, "%s: %s", field, problem.From(err).Detail)
	}
	return err
}
