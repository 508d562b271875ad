package identity

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/problem"
)

// TestOrganizationViewNeedsChainTime: GET /v1/organizations/{id} judges
// credentials valid by the chain's time; when the chain cannot tell it (the
// wiring's clock answers the unavailable problem) it is a 503, not every
// credential valid by a zero time.
func TestOrganizationViewNeedsChainTime(t *testing.T) {
	unreachable := problem.Unavailable(5*time.Second, errors.New("dial tcp: connection refused"), "the chain is unreachable")
	h := &handlers{s: &Service{Store: &Store{}}, now: func(context.Context) (time.Time, error) { return time.Time{}, unreachable }}
	e := echo.New()
	c := e.NewContext(httptest.NewRequest(http.MethodGet, "/v1/organizations/1", nil), httptest.NewRecorder())
	c.SetParamNames("id")
	c.SetParamValues("1")
	err := h.get(c)
	if p := problem.From(err); err == nil || p.Status != http.StatusServiceUnavailable || p.Code != problem.CodeUnavailable {
		t.Fatalf("GET an organization while the chain cannot tell the time: %v, want a 503", err)
	}
}
