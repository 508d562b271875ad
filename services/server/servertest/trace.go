package servertest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TraceEntry is an item history entry as the API serves it; verify takes it back.
type TraceEntry struct {
	Event       json.RawMessage `json:"event"`
	EventHash   string          `json:"event_hash"`
	EventHashID string          `json:"event_hash_id"`
	Batch       struct {
		ID          *string `json:"id"`
		Root        *string `json:"root"`
		LeafIndex   *int    `json:"leaf_index"`
		ItemCount   *int    `json:"item_count"`
		TxHash      *string `json:"tx_hash"`
		BlockNumber *uint64 `json:"block_number"`
		AnchoredAt  *string `json:"anchored_at"`
		Status      string  `json:"status"`
	} `json:"batch"`
	Proof []string `json:"proof"`
	Chain struct {
		ChainID     string `json:"chain_id"`
		TraceAnchor string `json:"trace_anchor"`
	} `json:"chain"`
}

type TraceHistory struct {
	EPC        string       `json:"epc"`
	Items      []TraceEntry `json:"items"`
	NextCursor *string      `json:"next_cursor"`
}

func GS1Example(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(RepoRoot(), "services", "trace", "epcis", "testdata", "gs1-examples", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TraceEvent(sec int, epc, bizStep, bizTx string) string {
	biz := ""
	if bizTx != "" {
		biz = fmt.Sprintf(`,"bizTransactionList":[{"type":"urn:epcglobal:cbv:btt:inv","bizTransaction":%q}]`, bizTx)
	}
	return fmt.Sprintf(`{"type":"ObjectEvent","eventTime":"2026-11-20T10:00:%02d.000Z","eventTimeZoneOffset":"+08:00","action":"OBSERVE","epcList":[%q],"bizStep":%q%s}`,
		sec%60, epc, bizStep, biz)
}

// AnchoredHistory waits until every entry of epc's history is anchored and returns it.
func (s *Stack) AnchoredHistory(t *testing.T, org, epc string, want int) TraceHistory {
	t.Helper()
	var h TraceHistory
	s.WaitFor(t, fmt.Sprintf("%d anchored events of %s", want, epc), func() bool {
		h = TraceHistory{}
		r, err := s.Request(org, "GET", "/v1/trace/items/"+url.PathEscape(epc), nil)
		if err != nil || r.Status != http.StatusOK || json.Unmarshal(r.Body, &h) != nil || len(h.Items) != want {
			return false
		}
		for _, e := range h.Items {
			if e.Batch.Status != "anchored" {
				return false
			}
		}
		return true
	})
	return h
}

// WaitFor polls cond until it holds, failing t after a generous while.
func (s *Stack) WaitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("never: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
