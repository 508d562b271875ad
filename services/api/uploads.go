package api

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// DefaultMaxUploads is how many large uploads run at once unless configured:
// on two cores more only queue for the CPU, and each may hold a few hundred
// MiB while it is decoded.
const DefaultMaxUploads = 4

// CodeBusy is the problem code of a large upload refused because the cap on
// large uploads running at once is reached.
const CodeBusy = "busy"

// busyRetry is the Retry-After of a refused large upload.
const busyRetry = 5 * time.Second

const uploadsKey = "duochain.uploads"

// Uploads caps the large uploads (catalogs, trace ingestion, file uploads)
// running at once, so that memory stays bounded whatever number of them
// clients send.
type Uploads struct {
	slots chan struct{}
}

// NewUploads returns a cap of n uploads at once (DefaultMaxUploads when n < 1).
func NewUploads(n int) *Uploads {
	if n < 1 {
		n = DefaultMaxUploads
	}
	return &Uploads{slots: make(chan struct{}, n)}
}

// defaultUploads applies to an Echo instance that LimitUploads did not configure.
var defaultUploads = NewUploads(DefaultMaxUploads)

// LimitUploads makes u the cap of the LargeUpload routes of e.
func LimitUploads(e *echo.Echo, u *Uploads) {
	e.Pre(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			c.Set(uploadsKey, u)
			return next(c)
		}
	})
}

// LargeUpload is route middleware for a route whose body may be up to n bytes,
// more than a few MiB: BodyLimit(n), run only while a slot of the cap is free
// unless the request declares a length within MaxBody.
// Past the cap it answers 503 busy with Retry-After at once, without reading
// the body.
func LargeUpload(n int64) echo.MiddlewareFunc {
	limit := BodyLimit(n)
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		next = limit(next)
		return func(c echo.Context) error {
			// A body of a known length the ordinary limit allows is no large upload.
			if n := c.Request().ContentLength; n >= 0 && n <= MaxBody {
				return next(c)
			}
			u, ok := c.Get(uploadsKey).(*Uploads)
			if !ok {
				u = defaultUploads
			}
			select {
			case u.slots <- struct{}{}:
			default:
				// Keep-alive would have the server read the unread body before the
				// next request; a refused upload closes the connection instead.
				c.Response().Header().Set(echo.HeaderConnection, "close")
				p := problem.New(http.StatusServiceUnavailable, CodeBusy, "%d large uploads are running, the most at once; nothing was read or recorded, retry later", cap(u.slots))
				p.RetryAfter = busyRetry
				return p
			}
			defer func() { <-u.slots }()
			return next(c)
		}
	}
}
