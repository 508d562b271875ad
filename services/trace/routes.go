package trace

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/visibility"
)

// MaxIngestBody is the largest body POST /v1/trace/events reads.
const MaxIngestBody = 64 << 20

// maxListedEvents is how many events an ingestion answer lists one by one.
const maxListedEvents = 1000

// Routes registers the trace routes on g (authenticated), and the
// goods-received records of a receivable at /receivables/{id}/trace.
func Routes(g *echo.Group, s *Service) {
	h := &handlers{s: s}
	g.POST("/trace/events", h.ingest, func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error { return api.LargeUpload(s.maxBody())(next)(c) }
	})
	g.GET("/trace/items/:epc", h.item)
	g.POST("/trace/verify", h.verify)
	g.GET("/receivables/:id/trace", h.receivable)
}

type handlers struct{ s *Service }

type ingestedEvent struct {
	EventHash   string `json:"event_hash"`
	EventHashID string `json:"event_hash_id"`
	Duplicate   bool   `json:"duplicate"`
}

type pendingInfo struct {
	Events          int64 `json:"events"` // at most this many stored events wait for a batch
	BatchSize       int   `json:"batch_size"`
	BatchIntervalMS int64 `json:"batch_interval_ms"`
}

type ingestResponse struct {
	Accepted   int             `json:"accepted"`
	Duplicates int             `json:"duplicates"`
	Events     []ingestedEvent `json:"events,omitempty"` // in request order, for at most 1,000 events
	Pending    pendingInfo     `json:"pending"`
}

func (h *handlers) ingest(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := api.RequireRole(ctx, "SUPPLIER", "CORE_ENTERPRISE", "OPERATOR")
	if err != nil {
		return err
	}
	if p.Status != "active" {
		return problem.Forbidden("organization %d is not active", p.ID)
	}
	format := FormatJSON
	if ct := c.Request().Header.Get(echo.HeaderContentType); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err == nil && (mt == "application/x-ndjson" || mt == "application/jsonl"):
			format = FormatNDJSON
		case err == nil && (mt == echo.MIMEApplicationXML || mt == echo.MIMETextXML):
			format = FormatXML
		case err == nil && (mt == echo.MIMEApplicationJSON || mt == "application/ld+json"):
		default:
			return problem.New(http.StatusUnsupportedMediaType, "unsupported_media_type",
				"send application/json, application/ld+json, application/x-ndjson, application/xml or text/xml, not %s", ct)
		}
	}
	// Decoded as it arrives: the request's prepared events are held (the
	// ingestion is all or nothing, in hash order), its body is not as well.
	events, err := DecodeReader(c.Request().Body, format)
	if err != nil {
		return err
	}
	res, err := h.s.Ingest(ctx, p.ID, events)
	if err != nil {
		return err
	}
	out := ingestResponse{Accepted: res.Accepted, Duplicates: res.Duplicates, Pending: pendingInfo{Events: res.Pending}}
	if b := h.s.Batcher; b != nil {
		out.Pending.BatchSize, out.Pending.BatchIntervalMS = b.Size, b.Interval.Milliseconds()
	}
	if len(events) <= maxListedEvents {
		out.Events = make([]ingestedEvent, len(events))
		for i, e := range events {
			out.Events[i] = ingestedEvent{EventHash: hexHash(e.Hash[:]), EventHashID: hashID(e.Hash[:]), Duplicate: res.Duplicate[i]}
		}
	}
	return c.JSON(http.StatusAccepted, out)
}

// item serves GET /trace/items/{epc}. The identifier is read from the escaped
// path and unescaped once, so EPCs holding '/' (Digital Links) or '%' escapes
// arrive intact.
func (h *handlers) item(c echo.Context) error {
	_, escaped, ok := strings.Cut(c.Request().URL.EscapedPath(), "/trace/items/")
	epc, err := url.PathUnescape(escaped)
	if !ok || err != nil || epc == "" {
		return problem.NotFound("no item %q", c.Param("epc"))
	}
	limit, err := api.QueryInt(c, "limit", 100, 1, 1000)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	v, err := visibility.From(ctx)
	if err != nil {
		return err
	}
	hist, err := h.s.ItemHistory(ctx, epc, c.QueryParam("cursor"), limit)
	if err != nil {
		return err
	}
	if err := h.s.Redact(ctx, v, hist.Items); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, hist)
}

func (h *handlers) verify(c echo.Context) error {
	var e Entry
	if err := api.Bind(c, &e); err != nil {
		return err
	}
	for _, f := range []struct {
		name    string
		missing bool
	}{{"event", len(e.Event) == 0 || string(e.Event) == "null"}, {"event_hash", e.EventHash == ""}} {
		if f.missing {
			p := problem.BadRequest("missing_field", "the entry has no %s", f.name)
			p.Field = f.name
			return p
		}
	}
	v, err := h.verifyEntry(c.Request().Context(), e)
	if errors.Is(err, ErrNoAnchor) {
		return err
	}
	if err != nil {
		return problem.Unavailable(5*time.Second, err, "the chain is unreachable")
	}
	return c.JSON(http.StatusOK, v)
}

// verifyEntry checks e against our deployment's TraceAnchor, and the
// registry it consults for who is an operator; never the entry's contract,
// which whoever wrote the entry chose.
func (h *handlers) verifyEntry(ctx context.Context, e Entry) (Verification, error) {
	if h.s.Anchor == (common.Address{}) {
		return Verification{}, fmt.Errorf("verify a trace entry: %w", ErrNoAnchor)
	}
	return Verifier{Chain: h.s.Chain, Anchor: h.s.Anchor}.Verify(ctx, e)
}

func (h *handlers) receivable(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	v, err := visibility.From(ctx)
	if err != nil {
		return err
	}
	if ok, err := h.s.visibleReceivable(ctx, v, id); err != nil {
		return err
	} else if !ok {
		return visibility.Hidden("no receivable %d", id)
	}
	rt, err := h.s.GoodsReceived(ctx, id)
	if err != nil {
		return err
	}
	for _, entries := range [][]Entry{rt.Received, rt.OtherRecords} {
		if err := h.s.Redact(ctx, v, entries); err != nil {
			return err
		}
	}
	return c.JSON(http.StatusOK, rt)
}
