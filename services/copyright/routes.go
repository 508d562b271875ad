package copyright

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"mime"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// MaxCatalogBody is the largest catalog body accepted: about a million works
// with short titles and metadata.
const MaxCatalogBody = 512 << 20

// Routes registers the copyright routes on g (authenticated).
func Routes(g *echo.Group, s *Service, w *api.Writer) {
	h := &handlers{s: s, w: w}
	upload := api.LargeUpload(s.maxUpload() + multipartSlack)
	g.POST("/works", h.register, upload)
	g.POST("/works/verify", h.verify, upload)
	g.POST("/works/catalogs", h.registerCatalog, api.LargeUpload(MaxCatalogBody))
	g.GET("/works/catalogs/:root", h.catalog)
	g.GET("/works/:sha256", h.get)
	g.GET("/works/:sha256/certificate", h.certificate)
	g.POST("/works/:sha256/transfer", h.transfer)
	g.POST("/works/:sha256/licenses", h.grantLicense)
	g.DELETE("/works/:sha256/licenses/:licensee", h.revokeLicense)
}

func (s *Service) maxUpload() int64 {
	if s.MaxUpload > 0 {
		return s.MaxUpload
	}
	return DefaultMaxUpload
}

type handlers struct {
	s *Service
	w *api.Writer
}

// workResult answers a confirmed write with work h as it is now.
func (h *handlers) workResult(hash Hash) api.ResultFunc {
	return func(ctx context.Context, op api.Operation) (any, error) {
		return h.s.Get(ctx, hash)
	}
}

func (h *handlers) register(c echo.Context) error {
	var req WorkRequest
	if isMultipart(c) {
		var err error
		if req, err = readUpload(c, h.s.maxUpload()); err != nil {
			return err
		}
		// The file is hashed, not kept: the idempotency key covers what was read.
		b, _ := json.Marshal(req)
		api.SetBody(c, b)
	} else if err := api.Bind(c, &req); err != nil {
		return err
	}
	hash, _ := ParseHash("sha256", req.SHA256) // Register refuses a malformed one
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, _ api.Organization) (int64, error) {
		return h.s.Register(ctx, tx, req)
	}, h.workResult(hash))
}

func (h *handlers) verify(c echo.Context) error {
	hash, err := uploadedHash(c, h.s.maxUpload())
	if err != nil {
		return err
	}
	v, err := h.s.Verify(c.Request().Context(), hash)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h *handlers) registerCatalog(c echo.Context) error {
	// The body may be half a gigabyte: only an organization that may register
	// works gets it read.
	if _, err := api.RequireRole(c.Request().Context(), registrantRoles...); err != nil {
		return err
	}
	ct := c.Request().Header.Get(echo.HeaderContentType)
	mt, _, err := mime.ParseMediaType(ct)
	ndjson := err == nil && mt == "application/x-ndjson"
	if !ndjson && ct != "" && (err != nil || mt != echo.MIMEApplicationJSON) {
		return problem.New(http.StatusUnsupportedMediaType, "unsupported_media_type", "send application/json, not %s", ct)
	}
	// Decoded as it arrives, inside the write's transaction: a million works
	// are never held, only their leaves.
	var staged *stagedCatalog
	stage := func(ctx context.Context, tx pgx.Tx) ([]byte, error) {
		var err error
		d := newCatalogDecoder(c.Request().Body, ndjson, c.QueryParam("catalog_id"))
		if staged, err = h.s.stageCatalog(ctx, tx, d); err != nil {
			return nil, err
		}
		if ndjson {
			// The idempotency key covers the catalog_id as well as the lines.
			return ndjsonIdentity(staged.catalogID, staged.sum), nil
		}
		return jsonIdentity(staged.sum), nil
	}
	var root common.Hash
	return h.w.DoStaged(c, stage, func(ctx context.Context, tx pgx.Tx, _ api.Organization) (int64, error) {
		id, r, err := h.s.registerCatalog(ctx, tx, staged)
		root = r
		return id, err
	}, func(ctx context.Context, op api.Operation) (any, error) {
		if op.Resource != nil {
			root = common.HexToHash(op.Resource.ID) // a replay did not run the enqueue
		}
		return h.s.Catalog(ctx, root)
	})
}

// ndjsonIdentity is the canonical rendering of an NDJSON catalog request that
// its idempotency key covers: the catalog_id and the sha256 of the body.
func ndjsonIdentity(catalogID string, sum [32]byte) []byte {
	b, _ := json.Marshal(map[string]string{"catalog_id": catalogID, "ndjson_sha256": hex.EncodeToString(sum[:])})
	return b
}

// jsonIdentity is what the idempotency key of a JSON catalog request covers:
// the sha256 of its body, which is not held to be hashed whole.
func jsonIdentity(sum [32]byte) []byte {
	b, _ := json.Marshal(map[string]string{"json_sha256": hex.EncodeToString(sum[:])})
	return b
}

func (h *handlers) catalog(c echo.Context) error {
	root, err := ParseHash("root", c.Param("root"))
	if err != nil {
		return err
	}
	cat, err := h.s.Catalog(c.Request().Context(), common.Hash(root))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, cat)
}

func (h *handlers) get(c echo.Context) error {
	hash, err := pathHash(c)
	if err != nil {
		return err
	}
	w, err := h.s.Get(c.Request().Context(), hash)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, w)
}

func (h *handlers) certificate(c echo.Context) error {
	hash, err := pathHash(c)
	if err != nil {
		return err
	}
	cert, err := h.s.Certificate(c.Request().Context(), hash)
	if err != nil {
		return err
	}
	if c.QueryParam("format") == "html" || (c.QueryParam("format") == "" && prefersHTML(c.Request().Header.Get(echo.HeaderAccept))) {
		b, err := cert.HTML()
		if err != nil {
			return err
		}
		return c.HTMLBlob(http.StatusOK, b)
	}
	return c.JSON(http.StatusOK, cert)
}

// prefersHTML reports whether an Accept header asks for text/html before JSON.
func prefersHTML(accept string) bool {
	for _, part := range strings.Split(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "text/html", "application/xhtml+xml":
			return true
		case "application/json", "*/*":
			return false
		}
	}
	return false
}

func (h *handlers) transfer(c echo.Context) error {
	hash, err := pathHash(c)
	if err != nil {
		return err
	}
	var req struct {
		To string `json:"to"`
	}
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, _ api.Organization) (int64, error) {
		return h.s.Transfer(ctx, tx, hash, req.To)
	}, h.workResult(hash))
}

func (h *handlers) grantLicense(c echo.Context) error {
	hash, err := pathHash(c)
	if err != nil {
		return err
	}
	var req LicenseRequest
	if err := api.Bind(c, &req); err != nil {
		return err
	}
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, _ api.Organization) (int64, error) {
		return h.s.GrantLicense(ctx, tx, hash, req)
	}, h.workResult(hash))
}

func (h *handlers) revokeLicense(c echo.Context) error {
	hash, err := pathHash(c)
	if err != nil {
		return err
	}
	licensee := c.Param("licensee")
	return h.w.Do(c, func(ctx context.Context, tx pgx.Tx, _ api.Organization) (int64, error) {
		return h.s.RevokeLicense(ctx, tx, hash, licensee)
	}, h.workResult(hash))
}
