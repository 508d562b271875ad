package client_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/shopspring/decimal"

	"github.com/duochain/duochain/client"
)

// A supplier tokenizes an invoice its core enterprise owes; a retry of the
// same call under the same key would answer with this one's outcome.
func Example() {
	ctx := context.Background()
	supplier := client.New("http://127.0.0.1:8080", "SUPPLIER1_KEY")
	r, err := supplier.SubmitReceivable(ctx, client.SubmitRequest{
		Obligor: "2", Value: decimal.RequireFromString("1000000.00"), Currency: "CNY", DueDate: "2027-03-01",
		Invoice: client.Invoice{Number: "INV-2026-000123", IssueDate: "2026-11-20", SellerTaxID: "91310000MA1K000019", BuyerTaxID: "91110000MA01C0RE1G"},
	}, client.IdempotencyKey("INV-2026-000123"))
	var p *client.Problem
	switch {
	case errors.As(err, &p) && p.Code == "invoice_already_tokenized":
		log.Printf("already tokenized: %s", p.Detail)
	case err != nil:
		log.Fatal(err)
	default:
		fmt.Println(r.ID, r.Status, r.Value.StringFixed(2))
	}
}
