package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/shopspring/decimal"
)

// Receivable is a receivable: a confirmed payable or a part split from one.
type Receivable struct {
	ID                 string           `json:"id"`
	RootID             string           `json:"root_id"`
	ParentID           *string          `json:"parent_id"`
	Tier               int              `json:"tier"`
	Obligor            OrganizationRef  `json:"obligor"`
	OriginalCreditor   OrganizationRef  `json:"original_creditor"`
	Holder             *OrganizationRef `json:"holder"` // nil once burned (rejected, lapsed, redeemed)
	Value              decimal.Decimal  `json:"value"`
	FaceValue          decimal.Decimal  `json:"face_value"`
	Currency           string           `json:"currency"`
	DueDate            string           `json:"due_date"` // YYYY-MM-DD
	Status             string           `json:"status"`   // pending, active, rejected, repaid, overdue, redeemed, lapsed
	LapsesAt           *time.Time       `json:"lapses_at,omitempty"`
	Frozen             bool             `json:"frozen"`
	LockedByRequest    *string          `json:"locked_by_request"`
	InvoiceFingerprint string           `json:"invoice_fingerprint,omitempty"`
	CreatedTx          string           `json:"created_tx"`
	CreatedBlock       uint64           `json:"created_block"`
	Lineage            []Ancestor       `json:"lineage,omitempty"`
	Children           []string         `json:"children,omitempty"`
}

// Ancestor is a receivable's parent, grandparent, … up to its root.
type Ancestor struct {
	ID   string `json:"id"`
	Tier int    `json:"tier"`
}

// SubmitRequest is the body of SubmitReceivable: a supplier names the
// obligor, a core enterprise issuing directly names the supplier.
type SubmitRequest struct {
	Obligor        string          `json:"obligor,omitempty"`
	Supplier       string          `json:"supplier,omitempty"`
	Value          decimal.Decimal `json:"value"` // the receivable's value, the invoice's total
	Currency       string          `json:"currency"`
	DueDate        string          `json:"due_date"` // YYYY-MM-DD
	Invoice        Invoice         `json:"invoice"`
	DocumentSHA256 string          `json:"document_sha256,omitempty"`
}

// Invoice identifies the invoice a receivable tokenizes: its seller's tax id and its number.
type Invoice struct {
	Code        string `json:"code,omitempty"` // 发票代码 of a Chinese VAT invoice
	Number      string `json:"number"`
	IssueDate   string `json:"issue_date"` // YYYY-MM-DD
	SellerTaxID string `json:"seller_tax_id"`
	BuyerTaxID  string `json:"buyer_tax_id"`
}

// SplitRequest is the body of SplitReceivable.
type SplitRequest struct {
	Parts []Part `json:"parts"`
}

// Part is value split off to a recipient.
type Part struct {
	To    string          `json:"to"`
	Value decimal.Decimal `json:"value"`
}

// Split is a split's outcome: what is left of the source, and the new parts.
type Split struct {
	Source Receivable   `json:"source"`
	Parts  []Receivable `json:"parts"`
}

// ReceivableQuery filters Receivables; empty fields do not filter.
type ReceivableQuery struct {
	Holder, Obligor, Root, Status string
	DueBefore                     string // YYYY-MM-DD
	Cursor                        string // a page's NextCursor
	Limit                         int    // 1-500; 0 is the server's default
}

// ReceivablePage is one page of Receivables.
type ReceivablePage struct {
	Items      []Receivable `json:"items"`
	NextCursor string       `json:"next_cursor"` // empty on the last page
}

// Event is one entry of a receivable's history, from the chain.
type Event struct {
	Kind        string          `json:"kind"` // submitted, confirmed, split, transferred, financed, repaid, redeemed, ...
	Detail      json.RawMessage `json:"detail"`
	TxHash      string          `json:"tx_hash"`
	BlockNumber uint64          `json:"block_number"`
	OccurredAt  time.Time       `json:"occurred_at"`
}

// FinancingTerms is the body of RequestFinancing: the holder's floor, as a
// price or as the most discount a year it accepts, and when the request lapses.
type FinancingTerms struct {
	Financier     string           `json:"financier"`
	Value         decimal.Decimal  `json:"value"`
	MinPrice      *decimal.Decimal `json:"min_price,omitempty"`
	MaxAnnualRate *decimal.Decimal `json:"max_annual_rate,omitempty"`
	ExpiresAt     *time.Time       `json:"expires_at,omitempty"`
}

// FinancingRequest is a holder's offer of a receivable part to a financier.
type FinancingRequest struct {
	ID           string           `json:"id"`
	ReceivableID string           `json:"receivable_id"`
	RootID       string           `json:"root_id"`
	Holder       OrganizationRef  `json:"holder"`
	Financier    OrganizationRef  `json:"financier"`
	Value        decimal.Decimal  `json:"value"`
	MinPrice     decimal.Decimal  `json:"min_price"`
	ExpiresAt    time.Time        `json:"expires_at"`
	Price        *decimal.Decimal `json:"price"`
	FinancedID   *string          `json:"financed_receivable_id"`
	DueDate      string           `json:"due_date"`
	Status       string           `json:"status"` // requested, funded, cancelled, declined, expired
}

// FundRequest is the body of FundFinancingRequest: a rate or a price.
type FundRequest struct {
	AnnualRate *decimal.Decimal `json:"annual_rate,omitempty"`
	Price      *decimal.Decimal `json:"price,omitempty"`
}

// Quote is the price of a financing request at an annual rate.
type Quote struct {
	RequestID           string          `json:"financing_request_id"`
	Value               decimal.Decimal `json:"value"`
	MinPrice            decimal.Decimal `json:"min_price"`
	AnnualRate          decimal.Decimal `json:"annual_rate"`
	Days                int64           `json:"days"`
	Price               decimal.Decimal `json:"price"`
	Discount            decimal.Decimal `json:"discount"`
	EffectiveAnnualRate decimal.Decimal `json:"effective_annual_rate"`
	NetProceeds         decimal.Decimal `json:"net_proceeds"`
	MeetsFloor          bool            `json:"meets_floor"`
	ExpiresAt           time.Time       `json:"expires_at"`
	Basis               string          `json:"basis"`
}

// MintRequest is the body of MintCash.
type MintRequest struct {
	To     string          `json:"to"`
	Amount decimal.Decimal `json:"amount"`
}

// Balance is an organization's settlement cash.
type Balance struct {
	Organization OrganizationRef `json:"organization"`
	Balance      decimal.Decimal `json:"balance"`
	Currency     string          `json:"currency"`
}

func receivablePath(id string) string { return "/v1/receivables/" + url.PathEscape(id) }

// SubmitReceivable tokenizes an invoice (a supplier submits, the obligor confirms).
func (c *Client) SubmitReceivable(ctx context.Context, req SubmitRequest, opts ...CallOption) (Receivable, error) {
	var r Receivable
	return r, c.write(ctx, http.MethodPost, "/v1/receivables", req, &r, opts)
}

// ConfirmReceivable confirms a submitted receivable: the obligor's promise to pay at maturity.
func (c *Client) ConfirmReceivable(ctx context.Context, id string, opts ...CallOption) (Receivable, error) {
	return c.receivableWrite(ctx, id, "/confirm", nil, opts)
}

// SplitReceivable splits parts off the receivable id to their recipients.
func (c *Client) SplitReceivable(ctx context.Context, id string, req SplitRequest, opts ...CallOption) (Split, error) {
	var s Split
	return s, c.write(ctx, http.MethodPost, receivablePath(id)+"/split", req, &s, opts)
}

// TransferReceivable moves the whole receivable id to the organization to.
func (c *Client) TransferReceivable(ctx context.Context, id, to string, opts ...CallOption) (Receivable, error) {
	return c.receivableWrite(ctx, id, "/transfer", map[string]string{"to": to}, opts)
}

// RepayReceivable pays the face value of the root id into the contract (its obligor does).
func (c *Client) RepayReceivable(ctx context.Context, id string, opts ...CallOption) (Receivable, error) {
	return c.receivableWrite(ctx, id, "/repay", nil, opts)
}

// RedeemReceivable pays the holder of the repaid receivable id its value and burns it.
func (c *Client) RedeemReceivable(ctx context.Context, id string, opts ...CallOption) (Receivable, error) {
	return c.receivableWrite(ctx, id, "/redeem", nil, opts)
}

func (c *Client) receivableWrite(ctx context.Context, id, action string, body any, opts []CallOption) (Receivable, error) {
	var r Receivable
	return r, c.write(ctx, http.MethodPost, receivablePath(id)+action, body, &r, opts)
}

// Receivable reads the receivable id.
func (c *Client) Receivable(ctx context.Context, id string) (Receivable, error) {
	var r Receivable
	return r, c.read(ctx, receivablePath(id), &r)
}

// Receivables reads one page of the receivables the caller may see.
func (c *Client) Receivables(ctx context.Context, q ReceivableQuery) (ReceivablePage, error) {
	v := url.Values{}
	for k, s := range map[string]string{"holder": q.Holder, "obligor": q.Obligor, "root": q.Root, "status": q.Status, "due_before": q.DueBefore, "cursor": q.Cursor} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	path := "/v1/receivables"
	if len(v) > 0 {
		path += "?" + v.Encode()
	}
	var p ReceivablePage
	return p, c.read(ctx, path, &p)
}

// ReceivableHistory reads the receivable's events, oldest first.
func (c *Client) ReceivableHistory(ctx context.Context, id string) ([]Event, error) {
	var h struct {
		Items []Event `json:"items"`
	}
	return h.Items, c.read(ctx, receivablePath(id)+"/history", &h)
}

// RequestFinancing offers the receivable id (or value of it) to a financier.
func (c *Client) RequestFinancing(ctx context.Context, id string, terms FinancingTerms, opts ...CallOption) (FinancingRequest, error) {
	var f FinancingRequest
	return f, c.write(ctx, http.MethodPost, receivablePath(id)+"/financing-requests", terms, &f, opts)
}

// FinancingRequest reads the financing request id.
func (c *Client) FinancingRequest(ctx context.Context, id string) (FinancingRequest, error) {
	var f FinancingRequest
	return f, c.read(ctx, "/v1/financing-requests/"+url.PathEscape(id), &f)
}

// Quote prices the financing request id at annualRate (its financier asks).
func (c *Client) Quote(ctx context.Context, id string, annualRate decimal.Decimal) (Quote, error) {
	var q Quote
	return q, c.read(ctx, "/v1/financing-requests/"+url.PathEscape(id)+"/quote?annual_rate="+url.QueryEscape(annualRate.String()), &q)
}

// FundFinancingRequest pays for the financing request id and takes its part (its financier does).
func (c *Client) FundFinancingRequest(ctx context.Context, id string, req FundRequest, opts ...CallOption) (FinancingRequest, error) {
	var f FinancingRequest
	return f, c.write(ctx, http.MethodPost, "/v1/financing-requests/"+url.PathEscape(id)+"/fund", req, &f, opts)
}

// MintCash mints settlement cash to an organization (a CLEARING organization does).
func (c *Client) MintCash(ctx context.Context, req MintRequest, opts ...CallOption) (Balance, error) {
	var b Balance
	return b, c.write(ctx, http.MethodPost, "/v1/cash/mint", req, &b, opts)
}

// Balance reads an organization's cash balance.
func (c *Client) Balance(ctx context.Context, orgID string) (Balance, error) {
	var b Balance
	return b, c.read(ctx, "/v1/cash/balances/"+url.PathEscape(orgID), &b)
}
