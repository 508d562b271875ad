// Package web holds what the server shows people, embedded into the binary: the
// API's OpenAPI description and its docs page (no CDN: everything is served from
// here).
package web

import (
	"embed"
	"net/http"

	"github.com/labstack/echo/v4"
)

//go:embed openapi.json docs.html
var files embed.FS

// OpenAPI is the API description served at /openapi.json.
func OpenAPI() []byte {
	b, _ := files.ReadFile("openapi.json")
	return b
}

// Routes serves /openapi.json, /docs and a landing page at /.
func Routes(e *echo.Echo) {
	e.GET("/openapi.json", func(c echo.Context) error {
		return c.Blob(http.StatusOK, "application/json", OpenAPI())
	})
	docs, _ := files.ReadFile("docs.html")
	e.GET("/docs", func(c echo.Context) error { return c.HTMLBlob(http.StatusOK, docs) })
	e.GET("/", func(c echo.Context) error { return c.Redirect(http.StatusFound, "/docs") })
}
