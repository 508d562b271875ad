// Package api is duochain's HTTP plumbing on Echo v4: problem+json errors,
// strict JSON binding, API-key authentication, idempotent writes, health and
// metrics. It knows no capability; capabilities register their routes on the
// *echo.Group it hands out. Echo types stay in this package and in each
// capability's routes.go, so moving to Echo v5 is mechanical.
package api

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"mime"
	"net"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// MaxBody is the largest request body accepted.
const MaxBody = 1 << 20

// NewEcho returns an Echo instance with duochain's error handler and binder.
func NewEcho(log *slog.Logger) *echo.Echo {
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = func(err error, c echo.Context) { writeError(c, log, err) }
	timeouts := DefaultTimeouts
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			timeouts.apply(c)
			c.Set(rawBodyKey, c.Request().Body) // for BodyLimit
			c.Request().Body = http.MaxBytesReader(c.Response(), c.Request().Body, MaxBody)
			return next(c)
		}
	})
	return e
}

// writeError is the one place where errors become HTTP responses: RFC 9457
// application/problem+json with a stable code.
func writeError(c echo.Context, log *slog.Logger, err error) {
	if c.Response().Committed {
		return
	}
	var he *echo.HTTPError
	var p *problem.Error
	switch {
	case errors.As(err, &p):
	case errors.As(err, &he):
		code := map[int]string{http.StatusNotFound: problem.CodeNotFound, http.StatusMethodNotAllowed: "method_not_allowed",
			http.StatusRequestEntityTooLarge: "body_too_large"}[he.Code]
		if code == "" {
			code = problem.CodeInvalid
		}
		p = problem.New(he.Code, code, "%v", he.Message)
	default:
		p = problem.From(err)
	}
	if p.Status == http.StatusInternalServerError && p.Code == problem.CodeInternal && connectionLost(err) {
		p = problem.Unavailable(retryAfterLost, err, "a service behind the API (database or chain) is unreachable or restarting; retry later")
	}
	if p.Status >= 500 && p.Code == problem.CodeInternal {
		log.Error("request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	body := map[string]any{
		"type":     "https://duochain.dev/problems/" + p.Code,
		"title":    p.Title,
		"status":   p.Status,
		"detail":   p.Detail,
		"code":     p.Code,
		"instance": c.Request().URL.Path,
	}
	if p.Field != "" {
		body["field"] = p.Field
	}
	if p.RetryAfter > 0 {
		c.Response().Header().Set("Retry-After", strconv.Itoa(int(p.RetryAfter.Seconds()+0.999)))
	}
	b, _ := json.Marshal(body)
	c.Response().Header().Set(echo.HeaderContentType, "application/problem+json")
	c.Response().WriteHeader(p.Status)
	_, _ = c.Response().Write(b)
}

// retryAfterLost is the Retry-After of an answer cut short by a lost
// connection: about as long as Postgres or a node takes to come back.
const retryAfterLost = 5 * time.Second

// connectionLost reports whether err comes from a connection to the database
// or the chain that could not be made or was terminated (Postgres shutting
// down or restarting, a reset socket), which a retry may cure (503), rather
// than a bug (500).
func connectionLost(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "57P01", // admin_shutdown
			pe.Code == "57P02",               // crash_shutdown
			pe.Code == "57P03",               // cannot_connect_now
			pe.Code == "57P05",               // idle_session_timeout
			strings.HasPrefix(pe.Code, "08"): // connection exception
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	var oe *net.OpError
	return errors.As(err, &ce) || errors.As(err, &oe) || errors.Is(err, pgconn.ErrConnClosed) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed)
}

// Bind decodes the JSON request body into v strictly: malformed JSON, unknown
// fields, trailing data and non-JSON content types are specific 4xx problems.
func Bind(c echo.Context, v any) error {
	if ct := c.Request().Header.Get(echo.HeaderContentType); ct != "" {
		// Media types are case-insensitive and may carry parameters; a mere
		// prefix ("application/jsonx") is another type.
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != echo.MIMEApplicationJSON {
			return problem.New(http.StatusUnsupportedMediaType, "unsupported_media_type", "send application/json, not %s", ct)
		}
	}
	body, err := Body(c)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		p := decodeProblem(err)
		if p.Code == "unknown_field" {
			p.Field = unknownFieldPath(body, reflect.TypeOf(v), p.Field)
		}
		return p
	}
	if dec.More() {
		return problem.BadRequest("malformed_json", "the body holds more than one JSON value")
	}
	return nil
}

func decodeProblem(err error) *problem.Error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var mbe *http.MaxBytesError
	var p *problem.Error
	switch {
	case errors.As(err, &p): // a body too slow
		return p
	case errors.As(err, &mbe):
		return problem.New(http.StatusRequestEntityTooLarge, "body_too_large", "the body exceeds %d bytes", MaxBody)
	case errors.As(err, &syn):
		return problem.BadRequest("malformed_json", "malformed JSON at byte %d: %v", syn.Offset, err)
	case errors.As(err, &typ) && typ.Field == "":
		return problem.BadRequest("invalid_type", "the body must be %s", jsonKind(typ.Type.Kind().String()))
	case errors.As(err, &typ):
		p := problem.BadRequest("invalid_type", "field %q must be %s", typ.Field, jsonKind(typ.Type.Kind().String()))
		p.Field = typ.Field
		return p
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		p := problem.BadRequest("unknown_field", "unknown field %q", f)
		p.Field = f
		return p
	case errors.Is(err, io.EOF):
		return problem.BadRequest("malformed_json", "the body is empty")
	default:
		return problem.BadRequest("malformed_json", "malformed JSON: %v", err)
	}
}

// unknownFieldPath finds where in body the field name that t lacks sits, such
// as "invoice.colour" or "parts[1].memo": the decoder reports only its name.
func unknownFieldPath(body []byte, t reflect.Type, name string) string {
	var doc any
	if json.Unmarshal(body, &doc) != nil {
		return name
	}
	if path, ok := findUnknown(doc, t, "", name); ok {
		return path
	}
	return name
}

func findUnknown(doc any, t reflect.Type, path, name string) (string, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch v := doc.(type) {
	case map[string]any:
		if t.Kind() != reflect.Struct {
			return "", false
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			at := k
			if path != "" {
				at = path + "." + k
			}
			f, ok := jsonField(t, k)
			if !ok {
				if k == name {
					return at, true
				}
				continue
			}
			if p, found := findUnknown(v[k], f.Type, at, name); found {
				return p, true
			}
		}
	case []any:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for i, e := range v {
				if p, ok := findUnknown(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i), name); ok {
					return p, true
				}
			}
		}
	}
	return "", false
}

// jsonField is the field of struct t that encoding/json decodes key into: by
// tag or name, case-insensitively, promoted fields included.
func jsonField(t reflect.Type, key string) (reflect.StructField, bool) {
	for _, f := range reflect.VisibleFields(t) {
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.IsExported() && !f.Anonymous && tag != "-" && strings.EqualFold(cmp.Or(tag, f.Name), key) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func jsonKind(k string) string {
	switch k {
	case "string":
		return "a string"
	case "struct", "map":
		return "an object"
	case "slice", "array":
		return "an array"
	case "bool":
		return "true or false"
	default:
		return "a " + k
	}
}

// Body returns the request body, read once and kept for later readers
// (idempotency hashing and binding both need it).
func Body(c echo.Context) ([]byte, error) {
	if b, ok := c.Get("duochain.body").([]byte); ok {
		return b, nil
	}
	b, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return nil, decodeProblem(err)
	}
	c.Set("duochain.body", b)
	return b, nil
}

// JSON writes v with status.
func JSON(c echo.Context, status int, v any) error {
	return c.JSON(status, v)
}

// PathID parses a numeric path parameter into an id, or a 404 when it is not one.
func PathID(c echo.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, problem.NotFound("no %s %q", strings.TrimSuffix(name, "_id"), c.Param(name))
	}
	return id, nil
}

// QueryInt parses an optional integer query parameter within [min, max].
func QueryInt(c echo.Context, name string, def, min, max int) (int, error) {
	s := c.QueryParam(name)
	if s == "" {
		return def, nil
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < min || v > max {
		return 0, problem.Invalid(problem.CodeInvalid, name, "%s must be an integer from %d to %d", name, min, max)
	}
	return v, nil
}
