package identity

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// PublicRoutes registers the routes anyone may call without an API key on g
// (the /v1 group without authentication): verifying a credential reads only
// the public chain.
func PublicRoutes(g *echo.Group, s *Service) {
	g.POST("/credentials/verify", func(c echo.Context) error { return verifyVC(c, s) })
}

// verification answers GET /v1/organizations/{id}/verification?topics=KYB,...
// from the read model, judged at the chain's time.
func (h *handlers) verification(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	raw := c.QueryParam("topics")
	if c.QueryParams().Has("topics") && raw == "" {
		return problem.BadRequest("invalid_topics", "topics is empty; leave it out to ask about KYB and every topic held")
	}
	topics, err := ParseTopics(raw)
	if err != nil {
		return err
	}
	now, err := h.now(ctx)
	if err != nil {
		return err
	}
	v, err := h.s.Store.Verify(ctx, o, topics, now)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

// exportVC answers GET /v1/organizations/{id}/credentials/{topic}/vc with the
// credential signed by its issuer.
func (h *handlers) exportVC(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := api.RequireOrganization(ctx)
	if err != nil {
		return err
	}
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	topic := c.Param("topic")
	if !topicPattern.MatchString(topic) {
		return problem.NotFound("no credential topic %q: topics are upper-case, e.g. KYB", topic)
	}
	now, err := h.now(ctx)
	if err != nil {
		return err
	}
	vc, err := h.s.ExportVC(ctx, p, o, topic, now)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, vc)
}

// vcMediaTypes are the bodies POST /v1/credentials/verify accepts.
var vcMediaTypes = map[string]bool{"application/json": true, "application/vc": true, "application/ld+json": true, "application/vc+ld+json": true}

// verifyVC answers POST /v1/credentials/verify: 200 with the verdict for any
// JSON object, a problem for a body that is not one.
func verifyVC(c echo.Context, s *Service) error {
	ctx := c.Request().Context()
	if ct := c.Request().Header.Get(echo.HeaderContentType); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || !vcMediaTypes[mt] {
			return problem.New(http.StatusUnsupportedMediaType, "unsupported_media_type", "send the credential as application/json, not %s", ct)
		}
	}
	body, err := api.Body(c)
	if err != nil {
		return err
	}
	if !json.Valid(body) || !bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		return problem.BadRequest("malformed_json", "the body must be the credential: one JSON object")
	}
	if s.Chain == nil {
		return problem.Unavailable(5*time.Second, nil, "no chain is configured to verify against")
	}
	res, err := Verify(ctx, s.Chain, s.Registry, body)
	if err != nil {
		return problem.Unavailable(5*time.Second, err, "the chain is unreachable; the credential was not checked")
	}
	return c.JSON(http.StatusOK, res)
}
