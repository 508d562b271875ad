package identity

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// setTaxID gives an organization registered before tax ids were kept its tax
// id (operator only). The tax id is off-chain data: no operation, no
// transaction. Once set it is not changed: invoices name their parties by it.
func (h *handlers) setTaxID(c echo.Context) error {
	ctx := c.Request().Context()
	if _, err := api.RequireRole(ctx, "OPERATOR"); err != nil {
		return err
	}
	o, err := h.s.Store.ByRef(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	var req struct {
		TaxID string `json:"tax_id"`
	}
	if err := bindText(c, &req); err != nil {
		return err
	}
	if err := checkText("tax_id", req.TaxID); err != nil {
		return err
	}
	if strings.TrimSpace(req.TaxID) == "" {
		return problem.Invalid("tax_id_required", "tax_id", "give the tax_id")
	}
	if _, err := h.s.Store.SetTaxID(ctx, mustID(o.ID), req.TaxID); err != nil {
		return err
	}
	fresh, err := h.s.Store.ByID(ctx, mustID(o.ID))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, fresh)
}
