package e2e

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// e2eCapabilities is what checkCapabilities created, to be found again after a restart.
type e2eCapabilities struct {
	work string // sha256 of a registered work
	epc  string // an item with an anchored trace event
}

// checkCapabilities drives identity, copyright and trace through the real
// binary, as the walk-throughs in docs/ do: a verdict and a portable
// credential verified by a stranger, a registered work with its certificate,
// and a trace event anchored on chain and verified.
func checkCapabilities(t *testing.T, c *e2eClient) e2eCapabilities {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sup := c.orgs["SUPPLIER1"].ID

	var verdict struct {
		Verified bool `json:"verified"`
	}
	c.get(t, "BANK", "/v1/organizations/"+sup+"/verification?topics=KYB", &verdict)
	if !verdict.Verified {
		t.Fatalf("supplier 1 is not KYB-verified: %+v", verdict)
	}
	var vc json.RawMessage
	c.get(t, "SUPPLIER1", "/v1/organizations/"+sup+"/credentials/KYB/vc", &vc)
	if got := verifyAnswer(ctx, t, c, "/v1/credentials/verify", vc); !got.Valid {
		t.Fatalf("exported KYB credential: %+v", got)
	}

	b := make([]byte, 16)
	_, _ = rand.Read(b)
	sum := sha256.Sum256(b)
	work := hex.EncodeToString(sum[:])
	var registered struct {
		Status string `json:"status"`
	}
	c.write(t, "SUPPLIER1", "/v1/works", map[string]any{"sha256": work, "title": "E2E product image"}, &registered)
	if registered.Status != "registered" {
		t.Fatalf("work %s: %+v", work, registered)
	}
	var cert map[string]any
	c.get(t, "BANK", "/v1/works/"+work+"/certificate", &cert)
	if cert["sha256"] != work {
		t.Fatalf("certificate of %s: %v", work, cert)
	}

	epc := "urn:epc:id:sgtin:0614141.107346." + hex.EncodeToString(b[:4])
	event := map[string]any{"type": "ObjectEvent", "eventTime": "2026-11-11T00:00:01.000+08:00", "eventTimeZoneOffset": "+08:00",
		"action": "OBSERVE", "epcList": []string{epc}, "bizStep": "shipping"}
	status, raw, err := c.send(ctx, "SUPPLIER1", http.MethodPost, "/v1/trace/events", []any{event}, "")
	if err != nil || status != http.StatusAccepted {
		t.Fatalf("POST /v1/trace/events: %d %s %v", status, raw, err)
	}
	entry := anchoredEntry(ctx, t, c, epc)
	if got := verifyAnswer(ctx, t, c, "/v1/trace/verify", entry); !got.Valid {
		t.Fatalf("trace entry of %s: %+v", epc, got)
	}
	return e2eCapabilities{work: work, epc: epc}
}

// recheckCapabilities finds what checkCapabilities created, still valid.
func recheckCapabilities(t *testing.T, c *e2eClient, s e2eCapabilities) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var w struct {
		Status string `json:"status"`
	}
	c.get(t, "BANK", "/v1/works/"+s.work, &w)
	if w.Status != "registered" {
		t.Fatalf("work %s after the restart: %+v", s.work, w)
	}
	if got := verifyAnswer(ctx, t, c, "/v1/trace/verify", anchoredEntry(ctx, t, c, s.epc)); !got.Valid {
		t.Fatalf("trace entry of %s after the restart: %+v", s.epc, got)
	}
}

// anchoredEntry polls the item's history until its first event is anchored.
func anchoredEntry(ctx context.Context, t *testing.T, c *e2eClient, epc string) json.RawMessage {
	t.Helper()
	for {
		var h struct {
			Items []json.RawMessage `json:"items"`
		}
		c.get(t, "SUPPLIER1", "/v1/trace/items/"+url.PathEscape(epc), &h) // the submitter: others get no body to verify
		if len(h.Items) > 0 {
			var e struct {
				Batch struct {
					Status string `json:"status"`
				} `json:"batch"`
			}
			if err := json.Unmarshal(h.Items[0], &e); err != nil {
				t.Fatal(err)
			}
			if e.Batch.Status == "anchored" {
				return h.Items[0]
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the trace event of %s was not anchored: %s", epc, h.Items)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// verifyResult is the part of a verify answer the tests read.
type verifyResult struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
}

// verifyAnswer posts body to a verify route as the bank and decodes the verdict.
func verifyAnswer(ctx context.Context, t *testing.T, c *e2eClient, path string, body json.RawMessage) verifyResult {
	t.Helper()
	status, raw, err := c.send(ctx, "BANK", http.MethodPost, path, body, "")
	if err != nil || status != http.StatusOK {
		t.Fatalf("POST %s: %d %s %v", path, status, raw, err)
	}
	var r verifyResult
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("POST %s: %s: %v", path, raw, err)
	}
	return r
}
