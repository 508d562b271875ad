package receivable

import (
	"context"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/visibility"
)

// Routes registers the receivable, financing and cash routes on g (authenticated).
func Routes(g *echo.Group, s *Service, w *api.Writer) {
	h := &handlers{s: s, w: w}
	g.POST("/receivables", h.submit)
	g.GET("/receivables", h.list)
	g.GET("/receivables/:id", h.get)
	g.GET("/receivables/:id/history", h.history)
	g.POST("/receivables/:id/confirm", h.decide(true))
	g.POST("/receivables/:id/reject", h.decide(false))
	g.POST("/receivables/:id/split", h.split)
	g.POST("/receivables/:id/transfer", h.transfer)
	g.POST("/receivables/:id/repay", h.simple(s.Repay))
	g.POST("/receivables/:id/redeem", h.simple(s.Redeem))
	g.POST("/receivables/:id/financing-requests", h.requestFinancing)
	g.GET("/financing-requests/:id", h.getRequest)
	g.GET("/financing-requests/:id/quote", h.quote)
	g.POST("/financing-requests/:id/fund", h.fund)
	g.POST("/financing-requests/:id/decline", h.closeRequest(false))
	g.POST("/financing-requests/:id/cancel", h.closeRequest(true))
	g.GET("/exposure", h.exposure)
	g.POST("/cash/mint", h.mint)
	g.GET("/cash/balances/:organization_id", h.balance)
}

type handlers struct {
	s *Service
	w *api.Writer
}

// fill sets the ids of every organization ref (nil ones are skipped) with one query.
func (h *handlers) fill(ctx context.Context, orgs ...*OrganizationRef) error {
	addrs := make([]common.Address, 0, len(orgs))
	for _, p := range orgs {
		if p != nil {
			addrs = append(addrs, p.Address)
		}
	}
	ids, err := h.s.Orgs.IDs(ctx, addrs)
	if err != nil {
		return err
	}
	for _, p := range orgs {
		if p != nil {
			p.ID = ids[p.Address]
		}
	}
	return nil
}

func (h *handlers) view(ctx context.Context, id int64) (Receivable, error) {
	r, err := h.s.Queries.Get(ctx, id)
	if err != nil {
		return r, err
	}
	h.present(ctx, &r)
	return r, h.fill(ctx, &r.Obligor, &r.OriginalCreditor, r.Holder)
}

// present shows records as they stand at the chain's time; when the chain
// cannot tell it, as the read model stores them.
func (h *handlers) present(ctx context.Context, rs ...*Receivable) {
	if len(rs) == 0 {
		return
	}
	now, err := h.s.Now(ctx)
	if err != nil {
		return
	}
	for _, r := range rs {
		h.s.present(now, r)
	}
}

// receivableResult answers a confirmed write with the receivable it created or
// changed: the resource id (first of several), or fixed.
func (h *handlers) receivableResult(fixed int64) api.ResultFunc {
	return func(ctx context.Context, op api.Operation) (any, error) {
		id := fixed
		if id == 0 && op.Resource != nil {
			id, _ = strconv.ParseInt(strings.Split(op.Resource.ID, ",")[0], 10, 64)
		}
		return h.view(ctx, id)
	}
}

func (h *handlers) submit(c echo.Context) error {
	var req SubmitRequest
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.Submit(ctx, tx, p, req)
	}, h.receivableResult(0))
}

func (h *handlers) decide(confirm bool) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := api.PathID(c, "id")
		if err != nil {
			return err
		}
		return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
			return h.s.Decide(ctx, tx, p, id, confirm)
		}, h.receivableResult(id))
	}
}

func (h *handlers) simple(f func(context.Context, pgx.Tx, api.Organization, int64) (int64, error)) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := api.PathID(c, "id")
		if err != nil {
			return err
		}
		return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
			return f(ctx, tx, p, id)
		}, h.receivableResult(id))
	}
}

func (h *handlers) split(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	var req struct {
		Parts []Part `json:"parts"`
	}
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.Split(ctx, tx, p, id, req.Parts)
	}, func(ctx context.Context, op api.Operation) (any, error) {
		src, err := h.view(ctx, id)
		if err != nil {
			return nil, err
		}
		parts := []Receivable{}
		for _, pid := range strings.Split(op.Resource.ID, ",") {
			n, _ := strconv.ParseInt(pid, 10, 64)
			r, err := h.view(ctx, n)
			if err != nil {
				return nil, err
			}
			parts = append(parts, r)
		}
		return map[string]any{"source": src, "parts": parts}, nil
	})
}

func (h *handlers) transfer(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	var req struct {
		To string `json:"to"`
	}
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.Transfer(ctx, tx, p, id, req.To)
	}, h.receivableResult(id))
}

func (h *handlers) requestView(ctx context.Context, id int64) (FinancingRequest, error) {
	q, err := h.s.Queries.Request(ctx, id)
	if err != nil {
		return q, err
	}
	if now, err := h.s.Now(ctx); err == nil && q.Status == "requested" && !now.Before(q.ExpiresAt) {
		q.Status = "expired"
	}
	return q, h.fill(ctx, &q.Holder, &q.Financier)
}

func (h *handlers) requestResult(fixed int64) api.ResultFunc {
	return func(ctx context.Context, op api.Operation) (any, error) {
		id := fixed
		if id == 0 && op.Resource != nil {
			id, _ = strconv.ParseInt(op.Resource.ID, 10, 64)
		}
		return h.requestView(ctx, id)
	}
}

func (h *handlers) requestFinancing(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	var req FinancingRequestBody
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.RequestFinancing(ctx, tx, p, id, req)
	}, h.requestResult(0))
}

func (h *handlers) getRequest(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	q, err := h.visibleRequest(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, q)
}

// visibleRequest is requestView for a viewer who may see request id; not_found otherwise.
func (h *handlers) visibleRequest(ctx context.Context, id int64) (FinancingRequest, error) {
	v, err := visibility.From(ctx)
	if err != nil {
		return FinancingRequest{}, err
	}
	q, err := h.requestView(ctx, id)
	if err != nil {
		return q, err
	}
	if !v.SeesFinancingRequest(q.holderAddr, q.financierAddr) {
		return FinancingRequest{}, visibility.Hidden("no financing request %d", id)
	}
	return q, nil
}

func (h *handlers) quote(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	if _, err := h.visibleRequest(c.Request().Context(), id); err != nil {
		return err
	}
	q, err := h.s.QuoteRequest(c.Request().Context(), id, c.QueryParam("annual_rate"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, q)
}

func (h *handlers) fund(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	var req FundBody
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.Fund(ctx, tx, p, id, req)
	}, h.requestResult(id))
}

func (h *handlers) closeRequest(cancel bool) echo.HandlerFunc {
	return func(c echo.Context) error {
		id, err := api.PathID(c, "id")
		if err != nil {
			return err
		}
		return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
			return h.s.CloseRequest(ctx, tx, p, id, cancel)
		}, h.requestResult(id))
	}
}

func (h *handlers) get(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	r, err := h.visible(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, r)
}

// visible is view for a viewer who may see receivable id (its children
// only those it may see too); not_found otherwise, as for a missing one.
func (h *handlers) visible(ctx context.Context, id int64) (Receivable, error) {
	v, err := visibility.From(ctx)
	if err != nil {
		return Receivable{}, err
	}
	r, err := h.s.Queries.Get(ctx, id)
	if err != nil {
		return r, err
	}
	orgs, err := h.s.Queries.Organizations(ctx, id)
	if err != nil {
		return r, err
	}
	if !v.SeesReceivable(r.obligorAddr, orgs) {
		return Receivable{}, visibility.Hidden("no receivable %d", id)
	}
	if len(r.Children) > 0 {
		if r.Children, err = h.s.Queries.VisibleChildren(ctx, v, id); err != nil {
			return r, err
		}
	}
	h.present(ctx, &r)
	return r, h.fill(ctx, &r.Obligor, &r.OriginalCreditor, r.Holder)
}

func (h *handlers) history(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if _, err := h.visible(ctx, id); err != nil {
		return err
	}
	evs, err := h.s.Queries.History(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": evs})
}

var statuses = map[string]bool{"pending": true, "active": true, "rejected": true, "repaid": true, "overdue": true, "redeemed": true, "lapsed": true}

func (h *handlers) list(c echo.Context) error {
	ctx := c.Request().Context()
	v, err := visibility.From(ctx)
	if err != nil {
		return err
	}
	f := Filter{Viewer: v}
	if f.Limit, err = api.QueryInt(c, "limit", 50, 1, 500); err != nil {
		return err
	}
	org := func(name string) (*common.Address, error) {
		v := c.QueryParam(name)
		if v == "" {
			return nil, nil
		}
		a, _, err := h.s.Orgs.Resolve(ctx, v)
		if err != nil {
			return nil, fieldNotFound(err, name)
		}
		return &a, nil
	}
	if f.Holder, err = org("holder"); err != nil {
		return err
	}
	if f.Obligor, err = org("obligor"); err != nil {
		return err
	}
	if v := c.QueryParam("root"); v != "" {
		if f.Root, err = strconv.ParseInt(v, 10, 64); err != nil {
			return problem.Invalid(problem.CodeInvalid, "root", "root must be a receivable id")
		}
	}
	if f.Status = c.QueryParam("status"); f.Status != "" && !statuses[f.Status] {
		return problem.Invalid("invalid_status", "status", "status must be one of pending, active, rejected, repaid, overdue, redeemed, lapsed")
	}
	if v := c.QueryParam("due_before"); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return problem.Invalid("invalid_date", "due_before", "due_before must be a date YYYY-MM-DD")
		}
		f.DueBefore = &t
	}
	if v := c.QueryParam("cursor"); v != "" {
		if f.After, err = strconv.ParseInt(v, 10, 64); err != nil {
			return problem.Invalid("invalid_cursor", "cursor", "cursor is not one this API returned")
		}
	}
	if f.Status == "pending" || f.Status == "lapsed" {
		// Lapse happens by the chain's clock, whether or not anyone told the chain.
		if f.Now, err = h.s.Now(ctx); err != nil {
			return err
		}
	}
	items, err := h.s.Queries.List(ctx, f)
	if err != nil {
		return err
	}
	orgs := make([]*OrganizationRef, 0, 3*len(items))
	shown := make([]*Receivable, len(items))
	for i := range items {
		shown[i] = &items[i]
		orgs = append(orgs, &items[i].Obligor, &items[i].OriginalCreditor, items[i].Holder)
	}
	// One read of the chain's time, and one query of the organizations, for the whole page.
	h.present(ctx, shown...)
	if err := h.fill(ctx, orgs...); err != nil {
		return err
	}
	next := ""
	if len(items) == f.Limit {
		next = items[len(items)-1].ID
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items, "next_cursor": next})
}

func (h *handlers) exposure(c echo.Context) error {
	ctx := c.Request().Context()
	ob := c.QueryParam("obligor")
	if ob == "" {
		return problem.Invalid(problem.CodeInvalid, "obligor", "obligor is required")
	}
	addr, _, err := h.s.Orgs.Resolve(ctx, ob)
	if err != nil {
		return fieldNotFound(err, "obligor")
	}
	v, err := visibility.From(ctx)
	if err != nil {
		return err
	}
	if !v.SeesExposure(addr) {
		return visibility.Hidden("no exposure of %s to show", ob)
	}
	minTier, err := api.QueryInt(c, "min_tier", 1, 1, 1000)
	if err != nil {
		return err
	}
	rows, err := h.s.Queries.Exposure(ctx, addr, minTier)
	if err != nil {
		return err
	}
	now, err := h.s.Now(ctx)
	if err != nil {
		return err
	}
	pending, err := h.s.Queries.PendingExposure(ctx, addr, now)
	if err != nil {
		return err
	}
	holders := make([]*OrganizationRef, 0, len(rows)+len(pending))
	confirmed := new(big.Int)
	for i := range rows {
		holders = append(holders, &rows[i].Holder)
		confirmed.Add(confirmed, rows[i].Value.Minor())
	}
	pendingTotal := new(big.Int)
	for i := range pending {
		holders = append(holders, &pending[i].Holder)
		pendingTotal.Add(pendingTotal, pending[i].Value.Minor())
	}
	if err := h.fill(ctx, holders...); err != nil {
		return err
	}
	// Exposure counts what the obligor confirmed; submissions it has not confirmed
	// (and that have not lapsed) are shown apart and counted in nothing.
	return c.JSON(http.StatusOK, map[string]any{"obligor": ob, "items": rows, "confirmed_value": Format(confirmed),
		"pending": pending, "pending_value": Format(pendingTotal), "currency": Currency})
}

func (h *handlers) mint(c echo.Context) error {
	var req struct {
		To     string `json:"to"`
		Amount string `json:"amount"`
	}
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.Mint(ctx, tx, p, req.To, req.Amount)
	}, func(ctx context.Context, op api.Operation) (any, error) {
		return h.balanceOf(ctx, req.To)
	})
}

func (h *handlers) balanceOf(ctx context.Context, ref string) (any, error) {
	v, err := visibility.From(ctx)
	if err != nil {
		return nil, err
	}
	addr, _, err := h.s.Orgs.Resolve(ctx, ref)
	if err != nil {
		return nil, err
	}
	if !v.SeesBalance(addr) {
		return nil, visibility.Hidden("no balance of %s to show", ref)
	}
	bal, err := h.s.Queries.Balance(ctx, addr)
	if err != nil {
		return nil, err
	}
	org := OrganizationRef{Address: addr}
	if err := h.fill(ctx, &org); err != nil {
		return nil, err
	}
	return map[string]any{"organization": org, "balance": Format(bal), "currency": Currency}, nil
}

func (h *handlers) balance(c echo.Context) error {
	b, err := h.balanceOf(c.Request().Context(), c.Param("organization_id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, b)
}
