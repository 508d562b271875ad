package api

import (
	"errors"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// rawBodyKey holds the request body as it came, before the MaxBody limit.
const rawBodyKey = "duochain.rawbody"

// BodyLimit is route middleware that replaces the MaxBody limit with n bytes,
// for the few routes that take uploads or bulk data. It must run before
// anything reads the body.
func BodyLimit(n int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if raw, ok := c.Get(rawBodyKey).(io.ReadCloser); ok {
				c.Request().Body = http.MaxBytesReader(c.Response(), raw, n)
			}
			return next(c)
		}
	}
}

// SetBody sets what Body returns for this request: a handler that streamed
// the body itself (a file upload) sets a canonical rendering of what it read,
// so that Writer's idempotency hash covers the request's meaning rather than
// bytes, like a multipart boundary, that change on every retry.
func SetBody(c echo.Context, b []byte) {
	c.Set("duochain.body", b)
}

// BodyTooLarge reports whether err comes from reading past a body limit.
func BodyTooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe)
}

// DecodeError is the problem Bind gives for err, an error of encoding/json
// (or of reading the body), for handlers that decode a body as a stream.
func DecodeError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return problem.New(http.StatusRequestEntityTooLarge, "body_too_large", "the body exceeds %d bytes", mbe.Limit)
	}
	return decodeProblem(err)
}
