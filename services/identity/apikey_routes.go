package identity

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// keyOwner resolves the organization of an API-key route and checks that the
// caller may act on its keys: the organization itself, or an operator when
// operators may (listing, which shows no secret; a first key not yet used).
func (h *handlers) keyOwner(ctx context.Context, c echo.Context, operatorToo bool) (int64, error) {
	p, err := api.RequireOrganization(ctx)
	if err != nil {
		return 0, err
	}
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return 0, err
	}
	id := mustID(o.ID)
	if id != p.ID && !(operatorToo && p.Has("OPERATOR")) {
		return 0, problem.Forbidden("only organization %d itself manages its API keys, with a key of its own; an operator gives only the first one, at registration", id)
	}
	return id, nil
}

// addKey gives an organization another API key, asked with one of its own:
// an operator creates only the first, at registration, and may create it
// again while the organization has never used a key (ReissueFirstKey). Keys
// are stored hashed; this answer is the only time the key is shown.
func (h *handlers) addKey(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := api.RequireOrganization(ctx)
	if err != nil {
		return err
	}
	id, err := h.keyOwner(ctx, c, true)
	if err != nil {
		return err
	}
	create := CreateKey
	if id != p.ID { // an operator, for another organization
		create = ReissueFirstKey
	}
	var req KeyRequest
	body, err := api.Body(c)
	if err != nil {
		return err
	}
	if len(body) > 0 { // a body is optional: no label, no expiry
		if err := bindText(c, &req); err != nil {
			return err
		}
	}
	tx, err := h.s.Store.Pool.Begin(ctx)
	if err != nil {
		return problem.Unavailable(5*time.Second, err, "the database is unreachable")
	}
	defer tx.Rollback(ctx)
	k, err := create(ctx, tx, id, req)
	if err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, k)
}

// listKeys lists an organization's API keys without their secrets: to the
// organization and to operators.
func (h *handlers) listKeys(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := h.keyOwner(ctx, c, true)
	if err != nil {
		return err
	}
	limit, err := api.QueryInt(c, "limit", 100, 1, 500)
	if err != nil {
		return err
	}
	after := int64(0)
	if cur := c.QueryParam("cursor"); cur != "" {
		if after, err = strconv.ParseInt(cur, 10, 64); err != nil {
			return problem.Invalid("invalid_cursor", "cursor", "cursor is not one this API returned")
		}
	}
	keys, err := h.s.Store.Keys(ctx, id, after, limit)
	if err != nil {
		return err
	}
	if p, ok := api.OrganizationFrom(ctx); ok {
		for i := range keys {
			keys[i].Current = keys[i].ID == strconv.FormatInt(p.KeyID, 10)
		}
	}
	next := ""
	if len(keys) == limit {
		next = keys[len(keys)-1].ID
	}
	return c.JSON(http.StatusOK, map[string]any{"items": keys, "next_cursor": next})
}

// revokeKey revokes one of the organization's keys, effective from the next
// request; 200 with the key as it now reads.
func (h *handlers) revokeKey(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := h.keyOwner(ctx, c, false)
	if err != nil {
		return err
	}
	keyID, err := api.PathID(c, "key_id")
	if err != nil {
		return err
	}
	k, err := h.s.Store.RevokeKey(ctx, id, keyID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, k)
}
