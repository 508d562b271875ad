package identity

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// Routes registers the organization routes on g (already authenticated).
func Routes(g *echo.Group, s *Service, w *api.Writer, now api.Clock) {
	h := &handlers{s: s, w: w, now: now}
	g.POST("/organizations", h.create)
	g.GET("/organizations", h.list)
	g.GET("/organizations/:id", h.get)
	g.POST("/organizations/:id/credentials", h.issue)
	g.DELETE("/organizations/:id/credentials/:topic", h.revoke)
	g.GET("/organizations/:id/credentials/:topic/vc", h.exportVC)
	g.GET("/organizations/:id/verification", h.verification)
	g.POST("/organizations/:id/api-keys", h.addKey)
	g.GET("/organizations/:id/api-keys", h.listKeys)
	g.DELETE("/organizations/:id/api-keys/:key_id", h.revokeKey)
	g.PUT("/organizations/:id/tax-id", h.setTaxID)
}

type handlers struct {
	s   *Service
	w   *api.Writer
	now api.Clock // verdicts and expiry are judged by the chain's time
}

// orgView is an organization with its credentials.
type orgView struct {
	Organization
	Credentials []Credential `json:"credentials"`
}

// view reads o's credentials and judges them valid or not at now, the chain's
// time (never a zero time, by which nothing would have expired: see api.Clock).
func (h *handlers) view(ctx context.Context, o Organization, now time.Time) (orgView, error) {
	creds, err := h.s.Store.Credentials(ctx, o.Address)
	if err != nil {
		return orgView{}, err
	}
	for i := range creds {
		creds[i].Valid = !creds[i].Revoked && creds[i].ExpiresAt.After(now)
	}
	return orgView{Organization: o, Credentials: creds}, nil
}

func (h *handlers) create(c echo.Context) error {
	if _, err := api.RequireRole(c.Request().Context(), "OPERATOR"); err != nil {
		return err
	}
	var req CreateRequest
	if err := bindText(c, &req); err != nil {
		return err
	}
	var created Created
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		opID, cr, err := h.s.CreateOrganization(ctx, tx, p, req)
		created = cr
		return opID, err
	}, func(ctx context.Context, op api.Operation) (any, error) {
		id, _ := strconv.ParseInt(op.Resource.ID, 10, 64)
		o, err := h.s.Store.ByID(ctx, id)
		if err != nil {
			return nil, err
		}
		if created.APIKey == "" { // replayed after a restart: the key is not kept in clear
			return o, nil
		}
		return Created{Organization: o, APIKey: created.APIKey}, nil
	})
}

func (h *handlers) list(c echo.Context) error {
	ctx := c.Request().Context()
	limit, err := api.QueryInt(c, "limit", 50, 1, 500)
	if err != nil {
		return err
	}
	after := int64(0)
	if cur := c.QueryParam("cursor"); cur != "" {
		if after, err = strconv.ParseInt(cur, 10, 64); err != nil {
			return problem.Invalid("invalid_cursor", "cursor", "cursor is not one this API returned")
		}
	}
	orgs, err := h.s.Store.List(ctx, after, limit)
	if err != nil {
		return err
	}
	next := ""
	if len(orgs) == limit {
		next = orgs[len(orgs)-1].ID
	}
	return c.JSON(http.StatusOK, map[string]any{"items": orgs, "next_cursor": next})
}

func (h *handlers) get(c echo.Context) error {
	ctx := c.Request().Context()
	now, err := h.now(ctx)
	if err != nil {
		return err
	}
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	v, err := h.view(ctx, o, now)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h *handlers) issue(c echo.Context) error {
	ctx := c.Request().Context()
	if _, err := api.RequireRole(ctx, "VERIFIER"); err != nil {
		return err
	}
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	var req CredentialRequest
	if ct := c.Request().Header.Get(echo.HeaderContentType); IsMultipart(ct) {
		body, err := api.Body(c)
		if err != nil {
			return err
		}
		if req, err = ParseCredentialForm(ct, body); err != nil {
			return err
		}
		// The idempotency key covers what the form says, not its encoding: a
		// retry re-encodes it with another random boundary. A request whose
		// document is refused is refused again whatever this holds.
		api.SetBody(c, req.canonical())
	} else if err := bindText(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		now, err := h.now(ctx) // a zero time would let any expiry pass as future
		if err != nil {
			return 0, err
		}
		return h.s.IssueCredential(ctx, tx, p, o, req, now)
	}, h.orgResult(o))
}

func (h *handlers) revoke(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := api.RequireOrganization(ctx)
	if err != nil {
		return err
	}
	if !p.Has("VERIFIER") && !p.Has("OPERATOR") {
		return problem.Forbidden("only the issuing verifier or an operator may revoke a credential")
	}
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	topic := c.Param("topic")
	for i := 0; i < len(topic); i++ {
		if topic[i] >= utf8.RuneSelf { // strings.ToUpper would turn "ſ" into "S"
			topic = "?"
			break
		}
	}
	if topic = strings.ToUpper(topic); !topicPattern.MatchString(topic) {
		p := problem.BadRequest("invalid_topic", "topic must be 1 to 32 upper-case letters, digits or _, e.g. KYB")
		p.Field = "topic"
		return p
	}
	// A credential the organization does not hold is not there to revoke; the
	// registry would revert the transaction.
	creds, err := h.s.Store.Credentials(ctx, o.Address)
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(creds, func(c Credential) bool { return c.Topic == topic }) {
		return problem.NotFound("organization %s holds no %s credential", o.ID, topic)
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, p api.Organization) (int64, error) {
		return h.s.RevokeCredential(ctx, tx, p, o, topic)
	}, h.orgResult(o))
}

// bindText is api.Bind for a body whose strings must be text: encoding/json
// would quietly turn invalid UTF-8 into U+FFFD, so such a body is a 400
// invalid_text problem.
func bindText(c echo.Context, v any) error {
	if err := api.Bind(c, v); err != nil {
		return err
	}
	body, err := api.Body(c)
	if err != nil {
		return err
	}
	if !utf8.Valid(body) {
		return problem.BadRequest("invalid_text", "the body must be UTF-8 text")
	}
	return nil
}

// orgResult answers a confirmed credential write with the organization as it now reads.
func (h *handlers) orgResult(o Organization) api.ResultFunc {
	return func(ctx context.Context, op api.Operation) (any, error) {
		fresh, err := h.s.Store.ByID(ctx, mustID(o.ID))
		if err != nil {
			return nil, err
		}
		now, err := h.now(ctx)
		if err != nil {
			// Not a problem the Writer would keep as this key's answer: a
			// retry with the key answers again once the chain is back.
			return nil, fmt.Errorf("judge the credentials of organization %s: the chain cannot tell the time", o.ID)
		}
		return h.view(ctx, fresh, now)
	}
}

func mustID(s string) int64 {
	id, _ := strconv.ParseInt(s, 10, 64)
	return id
}
