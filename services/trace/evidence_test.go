package trace_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/services/server/servertest"
	"github.com/duochain/duochain/services/trace"
)

// receivableTrace is GET /v1/receivables/{id}/trace as served.
type receivableTrace struct {
	ReceivableID  string        `json:"receivable_id"`
	GoodsReceived *bool         `json:"goods_received"`
	Received      []traceRecord `json:"received"`
	OtherRecords  []traceRecord `json:"other_records"`
}

// traceRecord is an entry of a receivable's trace: an entry and who recorded it.
type traceRecord struct {
	servertest.TraceEntry
	RecordedBy *recorder `json:"recorded_by"`
}

type recorder struct {
	ID      string `json:"id"`
	Address string `json:"address"`
}

// traceAck is POST /v1/trace/events' answer; decoded strictly, so that a
// field the answer should not have fails the test.
type traceAck struct {
	Accepted   int `json:"accepted"`
	Duplicates int `json:"duplicates"`
	Events     []struct {
		EventHash   string `json:"event_hash"`
		EventHashID string `json:"event_hash_id"`
		Duplicate   bool   `json:"duplicate"`
	} `json:"events"`
	Pending struct {
		Events          int64 `json:"events"`
		BatchSize       int   `json:"batch_size"`
		BatchIntervalMS int64 `json:"batch_interval_ms"`
	} `json:"pending"`
}

// postTrace posts events as org and returns the answer, decoded strictly.
func postTrace(s *servertest.Stack, t *testing.T, org string, events ...string) traceAck {
	t.Helper()
	var raw json.RawMessage
	s.Must(http.StatusAccepted, org, "POST", "/v1/trace/events", "["+strings.Join(events, ",")+"]", &raw)
	var ack traceAck
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ack); err != nil {
		t.Fatalf("ingestion answer %s: %v", raw, err)
	}
	return ack
}

// getReceivableTrace reads the trace of receivable id as org.
func getReceivableTrace(s *servertest.Stack, t *testing.T, org, id string) receivableTrace {
	t.Helper()
	var got receivableTrace
	s.Must(http.StatusOK, org, "GET", "/v1/receivables/"+id+"/trace", nil, &got)
	if got.GoodsReceived == nil || got.Received == nil || got.OtherRecords == nil || got.ReceivableID != id {
		t.Fatalf("receivable trace without receivable_id, goods_received, received or other_records: %+v", got)
	}
	return got
}

// recorderOf is organization name as a receivable's trace names it.
func recorderOf(s *servertest.Stack, t *testing.T, name string) recorder {
	t.Helper()
	var org struct {
		Address string `json:"address"`
	}
	s.Must(http.StatusOK, "operator", "GET", "/v1/organizations/"+s.IDs[name], nil, &org)
	return recorder{ID: s.IDs[name], Address: org.Address}
}

// recordedBy lists who recorded each entry.
func recordedBy(rs []traceRecord) []recorder {
	out := []recorder{}
	for _, r := range rs {
		if r.RecordedBy == nil {
			out = append(out, recorder{})
			continue
		}
		out = append(out, *r.RecordedBy)
	}
	return out
}

// TestTraceCreditorReceiptIsNotEvidence performs the attack of a seller
// vouching for its own goods: the creditor posts a receiving event for its
// own invoice. The receivable does not show goods received; the event is
// among the other records, naming the creditor. The buyer's own receipt then
// is the evidence.
func TestTraceCreditorReceiptIsNotEvidence(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER")
	var r servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-EV-1", "1000.00", s.DueIn(30)), &r)
	own := servertest.TraceEvent(1, "urn:epc:id:sgtin:9521234.054321.21", "receiving", "urn:epcglobal:cbv:bt:0614141073467:INV-EV-1")
	if ack := postTrace(s, t, "sup1", own); ack.Accepted != 1 {
		t.Fatalf("creditor's receipt: %+v", ack)
	}
	got := getReceivableTrace(s, t, "core", r.ID)
	if *got.GoodsReceived || len(got.Received) != 0 {
		t.Fatalf("the creditor's own receipt counts as goods received: %+v", got)
	}
	if diff := cmp.Diff([]recorder{recorderOf(s, t, "sup1")}, recordedBy(got.OtherRecords)); diff != "" {
		t.Fatalf("other records (-want +got):\n%s", diff)
	}

	postTrace(s, t, "core", servertest.TraceEvent(2, "urn:epc:id:sgtin:9521234.054321.21", "receiving", "INV-EV-1"))
	got = getReceivableTrace(s, t, "sup1", r.ID)
	if !*got.GoodsReceived || len(got.OtherRecords) != 1 {
		t.Fatalf("after the buyer's receipt: %+v", got)
	}
	if diff := cmp.Diff([]recorder{recorderOf(s, t, "core")}, recordedBy(got.Received)); diff != "" {
		t.Fatalf("received (-want +got):\n%s", diff)
	}
}

// TestTraceCopyPostedFirstDoesNotBlockBuyer performs the attack of posting a
// copy of the buyer's receiving event before the buyer does: the buyer's
// post is still accepted, not a duplicate, and the receivable shows goods
// received; the copy is among the other records, naming who posted it.
func TestTraceCopyPostedFirstDoesNotBlockBuyer(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER")
	var r servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-EV-2", "1000.00", s.DueIn(30)), &r)
	receipt := servertest.TraceEvent(1, "urn:epc:id:sgtin:9521234.054321.22", "receiving", "urn:epcglobal:cbv:bt:0614141073467:INV-EV-2")
	for _, first := range []string{"sup2", "sup1"} { // a third organization, and the seller
		if ack := postTrace(s, t, first, receipt); ack.Accepted != 1 || ack.Duplicates != 0 {
			t.Fatalf("%s's copy: %+v", first, ack)
		}
	}
	ack := postTrace(s, t, "core", receipt)
	if ack.Accepted != 1 || ack.Duplicates != 0 || len(ack.Events) != 1 || ack.Events[0].Duplicate {
		t.Fatalf("the buyer's receipt after the copies: %+v, want accepted and no duplicate", ack)
	}
	got := getReceivableTrace(s, t, "core", r.ID)
	if !*got.GoodsReceived {
		t.Fatalf("the buyer's receipt does not count: %+v", got)
	}
	if diff := cmp.Diff([]recorder{recorderOf(s, t, "core")}, recordedBy(got.Received)); diff != "" {
		t.Fatalf("received (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]recorder{recorderOf(s, t, "sup2"), recorderOf(s, t, "sup1")}, recordedBy(got.OtherRecords)); diff != "" {
		t.Fatalf("other records (-want +got):\n%s", diff)
	}
	for _, e := range append(got.Received, got.OtherRecords...) {
		if e.EventHash != ack.Events[0].EventHash {
			t.Fatalf("a record of another event: %+v", e)
		}
	}

	// Each record is its own leaf, anchored and verifiable, through the API
	// and the command, straight from the receivable's trace.
	s.AnchoredHistory(t, "core", "urn:epc:id:sgtin:9521234.054321.22", 3)
	r2, err := s.Request("core", "GET", "/v1/receivables/"+r.ID+"/trace", nil)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := trace.ReadEntries(r2.Body)
	if err != nil || len(entries) != 3 {
		t.Fatalf("read the receivable's trace: %d entries, %v", len(entries), err)
	}
	// The buyer reads its own record and the seller's; the third organization's
	// record is redacted for it (its body is that organization's), hashes and proof kept.
	var bodies []trace.Entry
	for i, e := range entries {
		if e.Redacted {
			continue
		}
		bodies = append(bodies, e)
		var v verification
		s.Must(http.StatusOK, "core", "POST", "/v1/trace/verify", e, &v)
		if !v.Valid {
			t.Errorf("record %d: %+v", i, v)
		}
	}
	if len(bodies) != 2 {
		t.Fatalf("the buyer reads %d of the 3 records' bodies, want its own and the seller's", len(bodies))
	}
	var out bytes.Buffer
	if err := trace.VerifyEntries(context.Background(), &out, trace.Verifier{Chain: s.Sim.Client(), Anchor: s.Server.Config.Deployment.TraceAnchor}, bodies); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
}

// TestTraceNoCrossTenantOracle performs the oracle attack over HTTP:
// organization B posts an event A stored already. B's answer is the answer
// to an event nobody stored; B posting it again is a duplicate against B's
// own record. Both records are in the item's history, each verifiable.
func TestTraceNoCrossTenantOracle(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "sup1", "SUPPLIER", "sup2", "SUPPLIER")
	const epc = "urn:epc:id:sgtin:9521234.054321.23"
	stored, unseen := servertest.TraceEvent(1, epc, "shipping", ""), servertest.TraceEvent(2, "urn:epc:id:sgtin:9521234.054321.24", "shipping", "")
	a := postTrace(s, t, "sup1", stored)
	fresh := postTrace(s, t, "sup2", unseen)
	got := postTrace(s, t, "sup2", stored)
	want := fresh
	want.Events = append(want.Events[:0:0], a.Events...)
	want.Pending.Events = got.Pending.Events // a count of everyone's pending events, moving with the batcher
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("B's answer to an event A stored differs from an answer to an unseen one (-want +got):\n%s", diff)
	}
	again := postTrace(s, t, "sup2", stored)
	if again.Accepted != 0 || again.Duplicates != 1 || !again.Events[0].Duplicate {
		t.Fatalf("B's own event again: %+v, want a duplicate", again)
	}
	// Each organization reads the body of its own record only; both are anchored.
	for _, org := range []string{"sup1", "sup2"} {
		h := s.AnchoredHistory(t, org, epc, 2)
		bodies := 0
		for i, e := range h.Items {
			if len(e.Event) == 0 || string(e.Event) == "null" {
				continue
			}
			bodies++
			var v verification
			if s.Must(http.StatusOK, org, "POST", "/v1/trace/verify", e, &v); !v.Valid || e.EventHash != a.Events[0].EventHash {
				t.Errorf("%s's record %d of the event: %+v %s", org, i, v, e.EventHash)
			}
		}
		if bodies != 1 {
			t.Errorf("%s reads %d bodies of the two records, want its own", org, bodies)
		}
	}
	if n := s.Count(t, `SELECT count(*) FROM trace_events`); n != 3 {
		t.Fatalf("%d records, want 3", n)
	}
}
