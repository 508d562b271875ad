package receivable

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/txmgr"
)

// MetadataPath is where the metadata documents live; the Receivable
// contract's base URI is the API's URL followed by it, so tokenURI(id) is
// MetadataPath + id, slotURI(slot) MetadataPath + "slots/" + slot and
// contractURI() MetadataPath + "contract".
const MetadataPath = "/metadata/receivables/"

// Metadata is an ERC-721 metadata JSON document (the ERC-721 metadata schema,
// with OpenSea-style attributes), the same shape for a token, a slot and the
// contract (ERC-3525's contract metadata adds valueDecimals).
type Metadata struct {
	Name          string      `json:"name"`
	Description   string      `json:"description"`
	ValueDecimals *int        `json:"valueDecimals,omitempty"`
	Attributes    []Attribute `json:"attributes,omitempty"`
}

// Attribute is one trait of a token or slot.
type Attribute struct {
	TraitType   string `json:"trait_type"`
	DisplayType string `json:"display_type,omitempty"`
	Value       any    `json:"value"`
}

const metadataPublic = "Only what the Receivable contract's views show anyone who reads the chain is here: " +
	"no names, invoice, holder history or financing."

// MetadataRoutes registers the public metadata documents on e. They need no
// API key: wallets and explorers follow tokenURI without one. Visibility
// (services/visibility) hides receivables from non-parties in the API, so
// these documents carry only what the chain itself makes public to anyone
// (receivable and root views: obligor, value, due date, root, parent,
// status), and tier, which follows from the parents.
func MetadataRoutes(e *echo.Echo, s *Service) {
	h := &metadata{s: s}
	e.GET(MetadataPath+"contract", h.contract)
	e.GET(MetadataPath+"slots/:slot", h.slot)
	e.GET(MetadataPath+":id", h.token)
}

type metadata struct{ s *Service }

func (h *metadata) load(ctx context.Context, id int64) (Receivable, error) {
	r, err := h.s.Queries.Get(ctx, id)
	if err != nil {
		return r, err
	}
	if now, err := h.s.Now(ctx); err == nil {
		h.s.present(now, &r)
	}
	return r, nil
}

func (h *metadata) token(c echo.Context) error {
	id, err := api.PathID(c, "id")
	if err != nil {
		return err
	}
	r, err := h.load(c.Request().Context(), id)
	if err != nil {
		return err
	}
	attrs := []Attribute{
		{TraitType: "obligor", Value: r.obligorAddr.Hex()},
		{TraitType: "value", Value: r.Value},
		{TraitType: "currency", Value: r.Currency},
		dueDate(r.DueDate),
		{TraitType: "root_id", Value: r.RootID},
	}
	if r.ParentID != nil {
		attrs = append(attrs, Attribute{TraitType: "parent_id", Value: *r.ParentID})
	}
	attrs = append(attrs,
		Attribute{TraitType: "tier", DisplayType: "number", Value: r.Tier},
		Attribute{TraitType: "status", Value: r.Status})
	return serveMetadata(c, Metadata{
		Name: "Duochain receivable " + r.ID,
		Description: fmt.Sprintf("Receivable %s: %s %s owed by %s, due %s, part of root %s. %s",
			r.ID, r.Value, r.Currency, r.obligorAddr.Hex(), r.DueDate, r.RootID, metadataPublic),
		Attributes: attrs,
	})
}

func (h *metadata) slot(c echo.Context) error {
	id, err := api.PathID(c, "slot")
	if err != nil {
		return err
	}
	r, err := h.load(c.Request().Context(), id)
	if err != nil {
		return err
	}
	if r.RootID != r.ID { // a slot is a root: a part's id names no slot
		return problem.NotFound("no slot %q", c.Param("slot"))
	}
	return serveMetadata(c, Metadata{
		Name: "Duochain receivable root " + r.ID,
		Description: fmt.Sprintf("Every receivable of slot %s is part of the payable %s %s owed by %s, due %s. %s",
			r.ID, r.FaceValue, r.Currency, r.obligorAddr.Hex(), r.DueDate, metadataPublic),
		Attributes: []Attribute{
			{TraitType: "obligor", Value: r.obligorAddr.Hex()},
			{TraitType: "face_value", Value: r.FaceValue},
			{TraitType: "currency", Value: r.Currency},
			dueDate(r.DueDate),
			{TraitType: "status", Value: r.Status},
		},
	})
}

func (h *metadata) contract(c echo.Context) error {
	decimals := 2
	return serveMetadata(c, Metadata{
		Name: "Duochain Receivable",
		Description: "Receivables of duochain (ERC-3525): each slot is a payable a core enterprise " +
			"confirmed, each token a part of it, its value in fen (" + Currency + ", 2 decimals).",
		ValueDecimals: &decimals,
	})
}

// dueDate is the due date as OpenSea's date display type: Unix seconds.
func dueDate(day string) Attribute {
	t, _ := time.Parse(time.DateOnly, day)
	return Attribute{TraitType: "due_date", DisplayType: "date", Value: t.Unix()}
}

func serveMetadata(c echo.Context, m Metadata) error {
	// Public and cheap to recompute; status changes, so caches keep it briefly.
	c.Response().Header().Set("Cache-Control", "public, max-age=60")
	c.Response().Header().Set("Access-Control-Allow-Origin", "*")
	return c.JSON(http.StatusOK, m)
}

// EnsureBaseURI points the Receivable contract's metadata URIs at publicURL
// (the API as clients reach it): when the chain holds another base, operator
// sends setBaseURI and EnsureBaseURI waits for it. A dev stack listens on a
// new port at each start, so it calls this at each start.
func (s *Service) EnsureBaseURI(ctx context.Context, operator common.Address, publicURL string) error {
	want := strings.TrimSuffix(publicURL, "/") + MetadataPath
	out, err := s.Chain.CallContract(ctx, ethereum.CallMsg{To: &s.Receivable, Data: s.rcv.PackBaseURI()}, nil)
	if err != nil {
		return fmt.Errorf("read the metadata base URI: %w", err)
	}
	if have, err := s.rcv.UnpackBaseURI(out); err == nil && have == want {
		return nil
	}
	tx, err := s.Queries.Pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	id, err := s.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "set_base_uri", Signer: operator, To: s.Receivable,
		Data: s.rcv.PackSetBaseURI(want)})
	if err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	s.Ops.Notify()
	op, err := s.Ops.Wait(ctx, id)
	if err != nil {
		return err
	}
	if op.State != txmgr.StateConfirmed {
		return fmt.Errorf("set the metadata base URI to %s: operation %d %s", want, id, op.State)
	}
	return nil
}
