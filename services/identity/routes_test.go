package identity

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// TestOrganizationViewNeedsChainTime: GET /v1/organizations/{id} judges
// credentials valid by the chain's time; when the chain cannot tell it (the
// wiring's now answers the zero time) it is a 503, not every credential valid.
func TestOrganizationViewNeedsChainTime(t *testing.T) {
	h := &handlers{s: &Service{Store: &Store{}}, now: func(context.Context) time.Time { return time.Time{} }}
	e := echo.New()
	c := e.NewContext(httptest.NewRequest(http.MethodGet, "/v1/organizations/1", nil), httptest.NewRecorder())
	c.SetParamNames("id")
	c.SetParamValues("1")
	err := h.get(c)
	if p := problem.From(err); err == nil || p.Status != http.StatusServiceUnavailable {
		t.Fatalf("GET an organization while the chain cannot tell the time: %v, want a 503", err)
	}
}
