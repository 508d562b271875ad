package api

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/pg/pgtest"
	"github.com/duochain/duochain/services/problem"
)

// failedPipeline fails every operation with one error, as the transaction
// manager reports a revert.
type failedPipeline struct{ err *OpError }

func (failedPipeline) Notify() {}
func (p failedPipeline) Operation(_ context.Context, id int64) (Operation, error) {
	return Operation{ID: id, IDString: strconv.FormatInt(id, 10), State: "failed", Error: p.err}, nil
}
func (failedPipeline) Projected(context.Context, uint64) error { return nil }
func (failedPipeline) Ready(context.Context) error             { return nil }

// TestFailedOperation: the Writer answers a failed operation itself, with the
// problem its error was registered as (chain_refused when none was), without
// asking the handler's ResultFunc; a replay of its key answers the same.
func TestFailedOperation(t *testing.T) {
	problem.RegisterChainErrors(map[string]problem.ChainError{"ApiTestRefused": {Status: http.StatusConflict, Code: "api_test_refused"}})
	pool := pgtest.New(t)
	for i, tc := range []struct {
		name   string
		err    *OpError
		status int
		code   string
	}{
		{"Registered", &OpError{Code: "ApiTestRefused", Detail: "ApiTestRefused(7)"}, http.StatusConflict, "api_test_refused"},
		{"Unregistered", &OpError{Code: "reverted", Detail: "execution reverted: 0x"}, http.StatusUnprocessableEntity, problem.CodeChainRefused},
		{"NoError", nil, http.StatusUnprocessableEntity, problem.CodeChainRefused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &Writer{Pool: pool, Pipeline: failedPipeline{err: tc.err}}
			e := NewEcho(slog.New(slog.DiscardHandler))
			e.POST("/writes", func(c echo.Context) error {
				return w.Do(c, func(context.Context, pgx.Tx, Organization) (int64, error) {
					return int64(i + 1), nil
				}, func(context.Context, Operation) (any, error) {
					t.Error("ResultFunc called for a failed operation")
					return nil, nil
				})
			})
			post := func() (*httptest.ResponseRecorder, struct{ Code, Detail string }) {
				req := httptest.NewRequest(http.MethodPost, "/writes", bytes.NewReader([]byte(`{}`)))
				req.Header.Set("Idempotency-Key", "failed-"+tc.name)
				req = req.WithContext(WithOrganization(req.Context(), Organization{ID: 7}))
				rec := httptest.NewRecorder()
				e.ServeHTTP(rec, req)
				var prob struct{ Code, Detail string }
				_ = json.Unmarshal(rec.Body.Bytes(), &prob)
				return rec, prob
			}
			rec, prob := post()
			if rec.Code != tc.status || prob.Code != tc.code {
				t.Fatalf("failed operation: %d %s, want %d %s", rec.Code, rec.Body, tc.status, tc.code)
			}
			if tc.err != nil && prob.Detail != "the chain refused: "+tc.err.Detail {
				t.Errorf("detail %q, want the operation's", prob.Detail)
			}
			again, replayed := post()
			if again.Code != tc.status || replayed.Code != tc.code || again.Header().Get("Idempotent-Replayed") != "true" {
				t.Fatalf("replay: %d %s replayed %q, want the same problem replayed", again.Code, again.Body, again.Header().Get("Idempotent-Replayed"))
			}
		})
	}
}
