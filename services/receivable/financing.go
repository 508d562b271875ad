package receivable

import (
	"context"
	"math/big"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// FinancingRequestBody is the body of POST /v1/receivables/{id}/financing-requests.
type FinancingRequestBody struct {
	Financier string `json:"financier"`
	Amount    string `json:"amount"`
}

// RequestFinancing enqueues the holder's request that a financier buy amount of certificate id.
func (s *Service) RequestFinancing(ctx context.Context, tx pgx.Tx, p api.Principal, id int64, req FinancingRequestBody) (int64, error) {
	r, now, err := s.movableCert(ctx, p, id)
	if err != nil {
		return 0, err
	}
	_, minor, err := ParseAmount("amount", req.Amount)
	if err != nil {
		return 0, err
	}
	value, _ := ParseAmountMinor(r.Value)
	if minor.Cmp(value) > 0 {
		return 0, problem.Invalid("insufficient_value", "amount", "receivable %d holds %s, less than %s", id, r.Value, Format(minor))
	}
	fin, roles, err := s.Orgs.Resolve(ctx, req.Financier)
	if err != nil {
		return 0, fieldNotFound(err, "financier")
	}
	if !has(roles, "FINANCIER") {
		return 0, problem.Invalid("not_financier", "financier", "organization %s is not a financier", req.Financier)
	}
	if err := s.requireVerified(ctx, fin, "financier", now); err != nil {
		return 0, err
	}
	return s.enqueue(ctx, tx, p, "receivable.finance_request", s.Receivable, s.rcv.PackRequestFinancing(big.NewInt(id), fin, minor), "")
}

// Quote is the discounted price of a financing request at an annual rate.
type Quote struct {
	RequestID  string `json:"financing_request_id"`
	Amount     string `json:"amount"`
	AnnualRate string `json:"annual_rate"`
	Days       int64  `json:"days"`
	Price      string `json:"price"`
	Discount   string `json:"discount"`
	Basis      string `json:"basis"`
}

// Price is amount × (1 − rate × days / 360), rounded down to the fen, where days
// are the whole days from the chain's time to the due date (a part day counts).
func Price(amount decimal.Decimal, rate decimal.Decimal, days int64) decimal.Decimal {
	factor := decimal.NewFromInt(1).Sub(rate.Mul(decimal.NewFromInt(days)).Div(decimal.NewFromInt(360)))
	return amount.Mul(factor).RoundFloor(2)
}

// parseRate reads an annual rate such as "0.045" (4.5 %).
func parseRate(s string) (decimal.Decimal, error) {
	r, err := decimal.NewFromString(s)
	if err != nil || r.IsNegative() || r.GreaterThanOrEqual(decimal.NewFromInt(1)) {
		return r, problem.Invalid("invalid_rate", "annual_rate", "annual_rate must be a decimal from 0 to below 1, e.g. \"0.045\" for 4.5 %%")
	}
	return r, nil
}

// QuoteRequest prices request id at annual rate s.
func (s *Service) QuoteRequest(ctx context.Context, id int64, rateS string) (Quote, error) {
	q, err := s.Q.Request(ctx, id)
	if err != nil {
		return Quote{}, err
	}
	rate, err := parseRate(rateS)
	if err != nil {
		return Quote{}, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return Quote{}, err
	}
	secs := q.due.Sub(now).Seconds()
	if secs <= 0 {
		return Quote{}, problem.Invalid("past_due", "", "financing request %d is for a receivable due %s", id, q.DueDate)
	}
	days := int64((secs + 86399) / 86400)
	amount := decimal.NewFromBigInt(q.value, -2)
	price := Price(amount, rate, days)
	if !price.IsPositive() {
		return Quote{}, problem.Invalid("invalid_rate", "annual_rate", "at %s for %d days the price would be %s", rate, days, price.StringFixed(2))
	}
	return Quote{RequestID: q.ID, Amount: q.Amount, AnnualRate: rate.String(), Days: days, Price: price.StringFixed(2),
		Discount: amount.Sub(price).StringFixed(2), Basis: "amount × (1 − annual_rate × days / 360), rounded down to the fen"}, nil
}

// FundBody is the body of POST /v1/financing-requests/{id}/fund: a rate or a price.
type FundBody struct {
	AnnualRate string `json:"annual_rate,omitempty"`
	Price      string `json:"price,omitempty"`
}

// Fund enqueues the financier's payment for request id, with a cash approval first when needed.
func (s *Service) Fund(ctx context.Context, tx pgx.Tx, p api.Principal, id int64, body FundBody) (int64, error) {
	q, err := s.Q.Request(ctx, id)
	if err != nil {
		return 0, err
	}
	if q.financierAddr != p.Address {
		return 0, problem.Forbidden("financing request %d is addressed to another financier", id)
	}
	if q.Status != "requested" {
		return 0, problem.Conflict("financing_not_open", "financing request %d is %s", id, q.Status)
	}
	var price *big.Int
	switch {
	case (body.AnnualRate == "") == (body.Price == ""):
		return 0, problem.Invalid(problem.CodeInvalid, "annual_rate", "give annual_rate or price, exactly one")
	case body.Price != "":
		if _, price, err = ParseAmount("price", body.Price); err != nil {
			return 0, err
		}
	default:
		quote, err := s.QuoteRequest(ctx, id, body.AnnualRate)
		if err != nil {
			return 0, err
		}
		price, _ = ParseAmountMinor(quote.Price)
	}
	if price.Cmp(q.value) > 0 {
		return 0, problem.Invalid("invalid_price", "price", "price %s is above the amount %s", Format(price), q.Amount)
	}
	if err := s.ensureAllowance(ctx, tx, p, price); err != nil {
		return 0, err
	}
	return s.enqueue(ctx, tx, p, "receivable.fund", s.Receivable, s.rcv.PackFund(big.NewInt(id), price), strconv.FormatInt(id, 10))
}

// CloseRequest enqueues cancel (by the holder) or decline (by the financier) of request id.
func (s *Service) CloseRequest(ctx context.Context, tx pgx.Tx, p api.Principal, id int64, cancel bool) (int64, error) {
	q, err := s.Q.Request(ctx, id)
	if err != nil {
		return 0, err
	}
	if q.Status != "requested" {
		return 0, problem.Conflict("financing_not_open", "financing request %d is %s", id, q.Status)
	}
	if cancel {
		if q.holderAddr != p.Address {
			return 0, problem.Forbidden("only the holder that asked cancels financing request %d", id)
		}
		return s.enqueue(ctx, tx, p, "receivable.finance_cancel", s.Receivable, s.rcv.PackCancelFinancing(big.NewInt(id)), strconv.FormatInt(id, 10))
	}
	if q.financierAddr != p.Address {
		return 0, problem.Forbidden("only the financier asked declines financing request %d", id)
	}
	return s.enqueue(ctx, tx, p, "receivable.finance_decline", s.Receivable, s.rcv.PackDeclineFinancing(big.NewInt(id)), strconv.FormatInt(id, 10))
}
