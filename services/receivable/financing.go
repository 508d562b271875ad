package receivable

import (
	"context"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// FinancingRequestBody is the body of POST /v1/receivables/{id}/financing-requests:
// the holder's terms. Exactly one of MinPrice and MaxAnnualRate sets the floor.
type FinancingRequestBody struct {
	Financier     string `json:"financier"`
	Value         string `json:"value"`
	MinPrice      string `json:"min_price,omitempty"`       // the least the holder accepts
	MaxAnnualRate string `json:"max_annual_rate,omitempty"` // or the most discount a year; the floor is its price by chain time now
	ExpiresAt     string `json:"expires_at,omitempty"`      // RFC 3339; default DefaultRequestTTL from now, at most the due date
}

// DefaultRequestTTL is how long a financing request stays open when the holder names no expiry.
const DefaultRequestTTL = 7 * 24 * time.Hour

// RequestFinancing enqueues the holder's request that a financier buy value of receivable id.
func (s *Service) RequestFinancing(ctx context.Context, tx pgx.Tx, p api.Organization, id int64, req FinancingRequestBody) (int64, error) {
	r, now, err := s.loadMovable(ctx, p, id)
	if err != nil {
		return 0, err
	}
	_, minor, err := ParseAmount("value", req.Value)
	if err != nil {
		return 0, err
	}
	if minor.Cmp(r.Value.Minor()) > 0 {
		return 0, problem.Invalid("insufficient_value", "value", "receivable %d holds %s, less than %s", id, r.Value, Format(minor))
	}
	fin, roles, err := s.Orgs.Resolve(ctx, req.Financier)
	if err != nil {
		return 0, fieldNotFound(err, "financier")
	}
	if !has(roles, "FINANCIER") {
		return 0, problem.Invalid("not_financier", "financier", "organization %s is not a financier", req.Financier)
	}
	if fin == p.Address || fin == r.obligorAddr {
		return 0, problem.Invalid("self_financing", "financier", "a financier cannot finance a receivable it holds or owes")
	}
	if err := s.requireVerified(ctx, fin, "financier", now); err != nil {
		return 0, err
	}
	due, _ := time.Parse(time.DateOnly, r.DueDate)
	floor, err := s.floor(req, minor, due, now)
	if err != nil {
		return 0, err
	}
	expires := now.Add(DefaultRequestTTL)
	if req.ExpiresAt != "" {
		if expires, err = time.Parse(time.RFC3339, req.ExpiresAt); err != nil {
			return 0, problem.Invalid("invalid_expiry", "expires_at", "expires_at must be an RFC 3339 time such as \"2027-01-31T12:00:00Z\"")
		}
		if !expires.After(now) || expires.After(due) {
			return 0, problem.Invalid("invalid_expiry", "expires_at", "expires_at must lie after the chain's time %s and no later than the due date %s",
				now.Format(time.RFC3339), r.DueDate)
		}
	} else if expires.After(due) {
		expires = due
	}
	salt := NewSalt()
	data := s.rcv.PackRequestFinancing(big.NewInt(id), fin, minor, floor, uint64(expires.Unix()), salt)
	return s.enqueue(ctx, tx, p, "receivable.finance_request", s.Receivable, data, strconv.FormatInt(RequestID(id, salt), 10))
}

// floor is the holder's minimum price in minor units: min_price as given, or the
// price at max_annual_rate for the days from now to due.
func (s *Service) floor(req FinancingRequestBody, value *big.Int, due, now time.Time) (*big.Int, error) {
	switch {
	case (req.MinPrice == "") == (req.MaxAnnualRate == ""):
		return nil, problem.Invalid("floor_required", "min_price", "give the least you accept: min_price or max_annual_rate, exactly one")
	case req.MinPrice != "":
		_, floor, err := ParseAmount("min_price", req.MinPrice)
		if err != nil {
			return nil, err
		}
		if floor.Cmp(value) > 0 {
			return nil, problem.Invalid("invalid_floor", "min_price", "min_price %s is above the value %s", Format(floor), Format(value))
		}
		return floor, nil
	default:
		rate, err := parseRate("max_annual_rate", req.MaxAnnualRate)
		if err != nil {
			return nil, err
		}
		price := Price(decimal.NewFromBigInt(value, -2), rate, daysTo(due, now))
		if !price.IsPositive() {
			return nil, problem.Invalid("invalid_rate", "max_annual_rate", "at %s to the due date the floor would be %s", rate, price.StringFixed(2))
		}
		return price.Shift(2).BigInt(), nil
	}
}

// daysTo counts the days from now to due, a part day as a whole one.
func daysTo(due, now time.Time) int64 {
	return int64((due.Sub(now).Seconds() + 86399) / 86400)
}

// Quote is the discounted price of a financing request at an annual rate, against
// the holder's floor.
type Quote struct {
	RequestID  string `json:"financing_request_id"`
	Value      Amount `json:"value"`
	MinPrice   Amount `json:"min_price"` // the holder's floor
	AnnualRate string `json:"annual_rate"`
	Days       int64  `json:"days"`
	Price      Amount `json:"price"`
	Discount   Amount `json:"discount"`
	// EffectiveAnnualRate is the financier's simple yield on the cash it advances:
	// discount / price × 365 / days.
	EffectiveAnnualRate string    `json:"effective_annual_rate"`
	NetProceeds         Amount    `json:"net_proceeds"` // what the holder receives: the price (duochain charges no fee)
	MeetsFloor          bool      `json:"meets_floor"`
	ExpiresAt           time.Time `json:"expires_at"`
	Basis               string    `json:"basis"`
}

// Price is value × (1 − rate × days / 360), rounded down to the fen, where days
// are the whole days from the chain's time to the due date (a part day counts).
func Price(value decimal.Decimal, rate decimal.Decimal, days int64) decimal.Decimal {
	factor := decimal.NewFromInt(1).Sub(rate.Mul(decimal.NewFromInt(days)).Div(decimal.NewFromInt(360)))
	return value.Mul(factor).RoundFloor(2)
}

// parseRate reads an annual rate such as "0.045" (4.5 %) from field.
func parseRate(field, s string) (decimal.Decimal, error) {
	r, err := decimal.NewFromString(s)
	if err != nil || strings.ContainsAny(s, "eE") || r.IsNegative() || r.GreaterThanOrEqual(decimal.NewFromInt(1)) {
		return r, problem.Invalid("invalid_rate", field, "%s must be a decimal from 0 to below 1, e.g. \"0.045\" for 4.5 %%", field)
	}
	return r, nil
}

// QuoteRequest prices request id at annual rate s.
func (s *Service) QuoteRequest(ctx context.Context, id int64, rateS string) (Quote, error) {
	q, err := s.Queries.Request(ctx, id)
	if err != nil {
		return Quote{}, err
	}
	rate, err := parseRate("annual_rate", rateS)
	if err != nil {
		return Quote{}, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return Quote{}, err
	}
	return quote(q, rate, now)
}

// quote prices q at rate by the chain's time now.
func quote(q FinancingRequest, rate decimal.Decimal, now time.Time) (Quote, error) {
	if !now.Before(q.due) {
		return Quote{}, problem.Invalid("past_due", "", "financing request %s is for a receivable due %s", q.ID, q.DueDate)
	}
	days := daysTo(q.due, now)
	value := decimal.NewFromBigInt(q.Value.Minor(), -2)
	price := Price(value, rate, days)
	if !price.IsPositive() {
		return Quote{}, problem.Invalid("invalid_rate", "annual_rate", "at %s for %d days the price would be %s", rate, days, price.StringFixed(2))
	}
	discount := value.Sub(price)
	yield := discount.Div(price).Mul(decimal.NewFromInt(365)).Div(decimal.NewFromInt(days)).Round(6)
	// Price rounds to the fen, so price and discount are whole minor units.
	priceMinor := price.Shift(2).BigInt()
	return Quote{RequestID: q.ID, Value: q.Value, MinPrice: q.MinPrice, AnnualRate: rate.String(), Days: days, Price: AmountOf(priceMinor),
		Discount: AmountOf(discount.Shift(2).BigInt()), EffectiveAnnualRate: yield.String(), NetProceeds: AmountOf(priceMinor),
		MeetsFloor: priceMinor.Cmp(q.MinPrice.Minor()) >= 0, ExpiresAt: q.ExpiresAt,
		Basis: "price = value × (1 − annual_rate × days / 360), rounded down to the fen; days to the due date by chain time, a part day counts; " +
			"effective_annual_rate = discount / price × 365 / days"}, nil
}

// FundBody is the body of POST /v1/financing-requests/{id}/fund: a rate or a price.
type FundBody struct {
	AnnualRate string `json:"annual_rate,omitempty"`
	Price      string `json:"price,omitempty"`
}

// Fund enqueues the financier's payment for request id, with a cash approval first when needed.
func (s *Service) Fund(ctx context.Context, tx pgx.Tx, p api.Organization, id int64, body FundBody) (int64, error) {
	q, err := s.Queries.Request(ctx, id)
	if err != nil {
		return 0, err
	}
	if q.financierAddr != p.Address {
		return 0, problem.Forbidden("financing request %d is addressed to another financier", id)
	}
	if q.Status != "requested" {
		return 0, problem.Conflict("financing_not_open", "financing request %d is %s", id, q.Status)
	}
	now, err := s.Now(ctx)
	if err != nil {
		return 0, err
	}
	if !now.Before(q.due) {
		return 0, problem.Invalid("past_due", "", "financing request %d is for a receivable due %s", id, q.DueDate)
	}
	if !now.Before(q.ExpiresAt) {
		return 0, problem.Conflict("financing_expired", "financing request %d expired at %s", id, q.ExpiresAt.Format(time.RFC3339))
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
		rate, err := parseRate("annual_rate", body.AnnualRate)
		if err != nil {
			return 0, err
		}
		qt, err := quote(q, rate, now)
		if err != nil {
			return 0, err
		}
		price = qt.Price.Minor()
	}
	if price.Cmp(q.Value.Minor()) > 0 {
		return 0, problem.Invalid("invalid_price", "price", "price %s is above the value %s", Format(price), q.Value)
	}
	if price.Cmp(q.MinPrice.Minor()) < 0 {
		return 0, problem.Invalid("price_below_floor", "price", "price %s is below the holder's floor %s", Format(price), q.MinPrice)
	}
	if err := s.ensureAllowance(ctx, tx, p, price); err != nil {
		return 0, err
	}
	// The call names the value it buys: it can take effect on no other terms.
	return s.enqueue(ctx, tx, p, "receivable.fund", s.Receivable, s.rcv.PackFund(big.NewInt(id), q.Value.Minor(), price), strconv.FormatInt(id, 10))
}

// CloseRequest enqueues cancel (by the holder) or decline (by the financier) of request id.
func (s *Service) CloseRequest(ctx context.Context, tx pgx.Tx, p api.Organization, id int64, cancel bool) (int64, error) {
	q, err := s.Queries.Request(ctx, id)
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
