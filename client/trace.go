package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// Content types of IngestTraceEvents.
const (
	JSON   = "application/json"     // an event, an array of events or an EPCISDocument
	NDJSON = "application/x-ndjson" // one event per line, for streams of any length
	XML    = "application/xml"      // an EPCIS 2.0 XML EPCISDocument
)

// TraceIngest is what an ingestion stored.
type TraceIngest struct {
	Accepted   int             `json:"accepted"`   // events recorded now for the submitter
	Duplicates int             `json:"duplicates"` // events it recorded before, or repeated in the request
	Events     []IngestedEvent `json:"events,omitempty"`
	Pending    struct {
		Events          int64 `json:"events"`
		BatchSize       int   `json:"batch_size"`
		BatchIntervalMS int64 `json:"batch_interval_ms"`
	} `json:"pending"`
}

// IngestedEvent is one event of an ingestion, in request order (requests of
// at most 1,000 events).
type IngestedEvent struct {
	EventHash   string `json:"event_hash"`
	EventHashID string `json:"event_hash_id"`
	Duplicate   bool   `json:"duplicate"`
}

// TraceHistory is one page of an item's history.
type TraceHistory struct {
	EPC        string       `json:"epc"`
	Items      []TraceEntry `json:"items"`
	NextCursor *string      `json:"next_cursor"`
}

// TraceEntry is one event of an item's history with its Merkle proof; it
// marshals back into what VerifyTraceEntry takes.
type TraceEntry struct {
	Event       json.RawMessage  `json:"event"` // the EPCIS event as ingested; null when redacted
	EventHash   string           `json:"event_hash"`
	EventHashID string           `json:"event_hash_id"`
	Batch       TraceBatch       `json:"batch"`
	Proof       []string         `json:"proof"` // 0x-hex siblings from the leaf up; empty while pending
	Chain       TraceChain       `json:"chain"`
	Redacted    bool             `json:"redacted,omitempty"`
	RecordedBy  *OrganizationRef `json:"recorded_by,omitempty"`
}

// TraceBatch is the batch an event lies in; all but Status are nil until it
// is batched, the anchor fields until its root is anchored.
type TraceBatch struct {
	ID          *string    `json:"id"`
	Root        *string    `json:"root"`
	LeafIndex   *int       `json:"leaf_index"`
	ItemCount   *int       `json:"item_count"`
	TxHash      *string    `json:"tx_hash"`
	BlockNumber *uint64    `json:"block_number"`
	AnchoredAt  *time.Time `json:"anchored_at"`
	Status      string     `json:"status"` // pending, anchored
}

// TraceChain names the chain and the TraceAnchor contract of an entry.
type TraceChain struct {
	ChainID     string `json:"chain_id"`
	TraceAnchor string `json:"trace_anchor"`
}

// TraceVerification is the verdict on a trace entry.
type TraceVerification struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
	Checked []string `json:"checked"` // the entry fields Valid vouches for
}

// IngestTraceEvents stores EPCIS events (body, of contentType JSON, NDJSON
// or XML) for anchoring in a batch. Ingestion is idempotent by content, so
// it is sent again through transport errors and 503s like a read.
func (c *Client) IngestTraceEvents(ctx context.Context, contentType string, body []byte) (TraceIngest, error) {
	var ing TraceIngest
	h := http.Header{"Content-Type": {contentType}}
	var o Outcome
	r, err := c.roundTrip(ctx, http.MethodPost, "/v1/trace/events", body, h, &o)
	if err != nil {
		return ing, err
	}
	return ing, decodeAnswer(http.MethodPost, "/v1/trace/events", r, &ing)
}

// TraceItem reads the history of an item (an EPC URI, EPC class URI or GS1
// Digital Link): the first page, or the one after cursor.
func (c *Client) TraceItem(ctx context.Context, epc, cursor string) (TraceHistory, error) {
	path := "/v1/trace/items/" + url.PathEscape(epc)
	if cursor != "" {
		path += "?cursor=" + url.QueryEscape(cursor)
	}
	var h TraceHistory
	return h, c.read(ctx, path, &h)
}

// VerifyTraceEntry checks an entry as served against the chain: its hashes,
// its proof and its batch's anchor.
func (c *Client) VerifyTraceEntry(ctx context.Context, entry TraceEntry) (TraceVerification, error) {
	var v TraceVerification
	return v, c.write(ctx, http.MethodPost, "/v1/trace/verify", entry, &v, nil)
}
