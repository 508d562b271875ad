// Package trace is duochain's product traceability: EPCIS 2.0 events are
// ingested in bulk, stored with their GS1 Event Hash ID, gathered into
// batches whose Merkle root is anchored on chain (TraceAnchor) in one
// transaction per batch, and served back per item with a proof that anyone
// can check offline or on chain.
//
// Each stored event is one organization's record of it: several
// organizations may record the same event, and a duplicate is only the same
// submitter recording it again.
//
// A batch is a range of event ids: (previous batch's last id, last id]. Its
// leaves are merkle.Leaf of each record's event hash (the SHA-256 digest
// inside the Event Hash ID) in id order, so a record's leaf index is its rank
// in the range and nothing per record is written when a batch is cut. An
// event two organizations recorded is two leaves, each with its own proof.
// Proofs are rebuilt from the batch's leaves on demand; recent trees are
// cached.
package trace

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/services/trace/epcis"
)

// Defaults of the batcher.
const (
	DefaultBatchSize     = 10000
	DefaultBatchInterval = 2 * time.Second
	DefaultRetryAfter    = 30 * time.Second
	// MaxRetryAfter caps the backoff of a batch whose anchoring keeps failing.
	MaxRetryAfter = time.Hour
)

// ingestLock is the advisory lock ingestion holds shared while it takes event
// ids and inserts them; the batcher takes it exclusively for an instant to
// learn an id below which every event is committed or never will be.
const ingestLock = 0x7472616365_01 // "trace" 1

// batcherLock keeps one batcher at a time across processes.
const batcherLock = 0x7472616365_02

// batcherLeaderLock is held, session-level, by the one process whose
// Batcher.Run works; the others wait for it to go away.
const batcherLeaderLock = 0x7472616365_03

// watermarkLockTimeout is the longest the batcher waits for the ingestions in
// flight to take its watermark (new ones wait behind it meanwhile).
var watermarkLockTimeout = 2 * time.Second

// typeCodes are the event types as stored.
var typeCodes = map[epcis.Type]int16{
	epcis.ObjectEvent: 1, epcis.AggregationEvent: 2, epcis.TransactionEvent: 3,
	epcis.TransformationEvent: 4, epcis.AssociationEvent: 5,
}

// Entry is one event of an item's history, with what proves it: the event
// exactly as ingested, its hash, its batch and Merkle proof, and where the
// batch root is anchored. POST /v1/trace/verify and `duochain trace verify`
// take it back exactly as served.
type Entry struct {
	Event       json.RawMessage `json:"event"`
	EventHash   string          `json:"event_hash"`    // 0x-hex SHA-256 of the GS1 pre-hash string
	EventHashID string          `json:"event_hash_id"` // ni:///sha-256;…?ver=CBV2.0
	Batch       BatchRef        `json:"batch"`
	Proof       []string        `json:"proof"` // 0x-hex siblings from the leaf up; empty while pending
	Chain       ChainRef        `json:"chain"`
	// Redacted is true when the reader may not see the event: Event is then
	// null, and only the hashes and the proof are served.
	Redacted bool `json:"redacted,omitempty"`
	// RecordedBy is the organization whose record this is, where the
	// answer names it (a receivable's trace); verification ignores it, as
	// the leaf commits to the event only.
	RecordedBy *Recorder `json:"recorded_by,omitempty"`
	record     int64     // the trace_events row: one organization's record of the event
}

// Recorder is the organization that recorded an event.
type Recorder struct {
	ID      string         `json:"id"`
	Address common.Address `json:"address"`
}

// BatchRef is the batch an event belongs to. Every field but Status is null
// until the event is batched, and the anchor fields until the root is anchored.
type BatchRef struct {
	ID          *string    `json:"id"`
	Root        *string    `json:"root"`
	LeafIndex   *int       `json:"leaf_index"`
	ItemCount   *int       `json:"item_count"`
	TxHash      *string    `json:"tx_hash"`
	BlockNumber *uint64    `json:"block_number"`
	AnchoredAt  *time.Time `json:"anchored_at"`
	Status      string     `json:"status"` // pending | anchored
}

// The statuses of a batch.
const (
	StatusPending  = "pending"
	StatusAnchored = "anchored"
)

// ChainRef names the chain and the TraceAnchor contract a root is anchored in.
type ChainRef struct {
	ChainID     string `json:"chain_id"`
	TraceAnchor string `json:"trace_anchor"`
}

// hexHash writes a 32-byte hash as 0x-hex.
func hexHash(h []byte) string { return "0x" + hex.EncodeToString(h) }

// hashID is the Event Hash ID of a digest.
func hashID(h []byte) string { return "ni:///sha-256;" + hex.EncodeToString(h) + "?ver=CBV2.0" }

// epcKey is the index key of an identifier: the first 16 bytes of SHA-256 of
// its canonical form.
func epcKey(id string) []byte {
	h := sha256.Sum256([]byte(epcis.CanonicalID(id)))
	return h[:16]
}

// cbvTerm returns a CBV value without its namespace ("urn:epcglobal:cbv:btt:inv",
// "https://ref.gs1.org/cbv/BTT-inv" and "inv" are all "inv").
func cbvTerm(v, urn, vocab string) string {
	for _, p := range []string{urn, "https://ref.gs1.org/cbv/" + vocab + "-", "https://gs1.org/voc/" + vocab + "-", "http://gs1.org/voc/" + vocab + "-"} {
		if t, ok := strings.CutPrefix(v, p); ok {
			return t
		}
	}
	return v
}

// refTail is what follows the last ':' or '/' of a business transaction id.
func refTail(v string) string {
	return v[strings.LastIndexAny(v, ":/")+1:]
}

// receivingStep reports whether a bizStep says goods were received.
func receivingStep(bizStep string) bool {
	switch cbvTerm(bizStep, "urn:epcglobal:cbv:bizstep:", "BizStep") {
	case "receiving", "accepting":
		return true
	}
	return false
}
