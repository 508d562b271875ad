package trace

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/duochain/duochain/services/problem"
)

// TestDecodeRefuses checks that every bad input is a 400 with a stable code
// naming the event (index or line) and the field.
func TestDecodeRefuses(t *testing.T) {
	good := objectEvent(1, sgtin(1))
	for _, tt := range []struct {
		name, body, format, code, field string
	}{
		{"MalformedJSON", `{"type":`, FormatJSON, "malformed_json", ""},
		{"MalformedArray", `[{"type":"ObjectEvent"},`, FormatJSON, "malformed_json", ""},
		{"Empty", `[]`, FormatJSON, "empty_batch", ""},
		{"EmptyNDJSON", "\n\n", FormatNDJSON, "empty_batch", ""},
		{"EmptyDocument", `{"type":"EPCISDocument","epcisBody":{"eventList":[]}}`, FormatJSON, "empty_batch", ""},
		{"WrongType", `[` + good + `,{"type":"ThingEvent","eventTime":"2026-11-20T10:00:00Z","eventTimeZoneOffset":"+00:00"}]`, FormatJSON, "unknown_event_type", "[1].type"},
		{"MissingEventTime", `[{"type":"ObjectEvent","eventTimeZoneOffset":"+00:00","action":"ADD","epcList":["` + sgtin(1) + `"]}]`, FormatJSON, "missing_event_time", "[0].eventTime"},
		{"BadEPC", `[` + strings.Replace(good, sgtin(1), "not an epc", 1) + `]`, FormatJSON, "bad_epc", "[0].epcList[0]"},
		{"MalformedSGTIN", `[` + strings.Replace(good, sgtin(1), "urn:epc:id:sgtin:12.34", 1) + `]`, FormatJSON, "bad_epc", "[0].epcList[0]"},
		{"BadAction", `[` + strings.Replace(good, "OBSERVE", "LOOK", 1) + `]`, FormatJSON, "bad_action", "[0].action"},
		{"NoWhat", `[` + strings.Replace(good, `"epcList":["`+sgtin(1)+`"],`, "", 1) + `]`, FormatJSON, "no_what", "[0].epcList"},
		{"DocumentEvent", `{"type":"EPCISDocument","epcisBody":{"eventList":[` + good + `,{"type":"ObjectEvent","action":"ADD"}]}}`, FormatJSON, "missing_event_time", "epcisBody.eventList[1].eventTime"},
		{"NDJSONBadLine", ndjson(good, objectEvent(2, sgtin(2)), `{"type":"ObjectEvent","eventTime":"yesterday","eventTimeZoneOffset":"+00:00","action":"ADD","epcList":["`+sgtin(3)+`"]}`), FormatNDJSON, "bad_event_time", "line[3].eventTime"},
		{"NDJSONMalformedLine", ndjson(good, `{"type"`), FormatNDJSON, "malformed_json", "line[2]"},
		{"NDJSONFirstBadLineOfMany", manyLines(300, 250, 290), FormatNDJSON, "bad_epc", "line[250].epcList[0]"},
		{"NotEPCIS", `{"type":"EPCISMasterDataDocument"}`, FormatJSON, "not_epcis", "type"},
		{"QueryDefinition", queryDefinition, FormatJSON, "not_epcis", ""},
		{"QueryDefinitionInArray", `[` + good + `,` + queryDefinition + `]`, FormatJSON, "not_epcis", "[1]"},
		{"QueryDefinitionLine", ndjson(good, queryDefinition), FormatNDJSON, "not_epcis", "line[2]"},
		{"NotAnObject", `"ObjectEvent"`, FormatJSON, "malformed_json", ""},
		{"QueryDocumentEvent", `{"type":"EPCISQueryDocument","epcisBody":{"queryResults":{"queryName":"SimpleEventQuery","resultsBody":{"eventList":[` +
			good + `,{"type":"ObjectEvent","action":"ADD"}]}}}}`, FormatJSON, "missing_event_time", "epcisBody.queryResults.resultsBody.eventList[1].eventTime"},
		{"QueryDocumentBadEPC", `{"type":"EPCISQueryDocument","epcisBody":{"queryResults":{"resultsBody":{"eventList":[` +
			strings.Replace(good, sgtin(1), "not an epc", 1) + `]}}}}`, FormatJSON, "bad_epc", "epcisBody.queryResults.resultsBody.eventList[0].epcList[0]"},
		{"QueryDocumentLine", ndjson(`{"type":"EPCISQueryDocument","epcisBody":{"queryResults":{"resultsBody":{"eventList":[{"type":"ObjectEvent"}]}}}}`),
			FormatNDJSON, "missing_event_time", "line[1].epcisBody.queryResults.resultsBody.eventList[0].eventTime"},
		{"NULInBizTransaction", `[` + withBiz(good, "inv", `INV-\u00007`) + `]`, FormatJSON, "invalid_biz_transaction", "[0].bizTransactionList[0].bizTransaction"},
		{"ControlInBizType", `[` + withBiz(good, `inv\u0001`, "INV-7") + `]`, FormatJSON, "invalid_biz_transaction", "[0].bizTransactionList[0].type"},
		{"LongBizTransaction", `[` + withBiz(good, "inv", "urn:epcglobal:cbv:bt:0614141073467:"+strings.Repeat("7", 3000)) + `]`, FormatJSON, "invalid_biz_transaction", "[0].bizTransactionList[0].bizTransaction"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.body), tt.format)
			var p *problem.Error
			if !errors.As(err, &p) {
				t.Fatalf("Decode = %v, want a problem", err)
			}
			if p.Status != http.StatusBadRequest || p.Code != tt.code || p.Field != tt.field {
				t.Errorf("got %d %q field %q, want 400 %q field %q (%s)", p.Status, p.Code, p.Field, tt.code, tt.field, p.Detail)
			}
		})
	}
}

// queryDefinition is an EPCIS 2.0 query definition (POST /queries of the
// EPCIS REST binding): JSON, but no EPCIS document or event.
const queryDefinition = `{"name":"UniqueQueryName","query":{"eventType":["ObjectEvent"],"EQ_bizStep":["shipping"]}}`

// withBiz adds a bizTransactionList of one (type, id), both raw JSON string contents, to event.
func withBiz(event, typ, id string) string {
	return strings.TrimSuffix(event, "}") + `,"bizTransactionList":[{"type":"` + typ + `","bizTransaction":"` + id + `"}]}`
}

// TestIngestLongBizTransactionAccepted: the longest business transaction
// accepted is stored, twice over in the index key, without a database error.
func TestIngestLongBizTransactionAccepted(t *testing.T) {
	h := newHarness(t)
	id := "urn:epcglobal:cbv:bt:0614141073467:" + strings.Repeat("7", maxBizField-len("urn:epcglobal:cbv:bt:0614141073467:"))
	res := h.ingest(`[`+withBiz(objectEvent(1, sgtin(1)), "inv", id)+`]`, FormatJSON)
	if res.Accepted != 1 || h.count(`SELECT count(*) FROM trace_event_biz WHERE value = $1`, id) != 1 {
		t.Fatalf("%+v", res)
	}
}

// TestIngestDuplicates stores events once: a repeat in the same request or a
// later one is reported as a duplicate and not stored again.
func TestIngestDuplicates(t *testing.T) {
	h := newHarness(t)
	a, b := objectEvent(1, sgtin(1)), objectEvent(2, sgtin(2))
	res := h.ingest(ndjson(a, b, a), FormatNDJSON)
	if res.Accepted != 2 || res.Duplicates != 1 || !res.Duplicate[2] || res.Duplicate[0] || res.Pending != 2 {
		t.Fatalf("first: %+v", res)
	}
	res = h.ingest(`[`+b+`,`+objectEvent(3, sgtin(3))+`]`, FormatJSON)
	if res.Accepted != 1 || res.Duplicates != 1 || !res.Duplicate[0] {
		t.Fatalf("second: %+v", res)
	}
	if n := h.count(`SELECT count(*) FROM trace_events`); n != 3 {
		t.Fatalf("%d events stored, want 3", n)
	}
	if n := h.count(`SELECT count(*) FROM trace_event_epcs`); n != 3 {
		t.Fatalf("%d identifier rows, want 3", n)
	}
}

// TestIngestGS1Examples ingests every event of every GS1 example document,
// and serves each back byte for byte with the same hash.
func TestIngestGS1Examples(t *testing.T) {
	h := newHarness(t)
	files, err := filepath.Glob(filepath.Join("epcis", "testdata", "gs1-examples", "*.jsonld"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no GS1 examples: %v", err)
	}
	total := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := Decode(body, FormatJSON)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if _, err := h.svc.Ingest(context.Background(), h.org, evs); err != nil {
			t.Fatalf("%s: %v", filepath.Base(f), err)
		}
		for _, e := range evs {
			again, err := Decode(e.Body, FormatJSON)
			if err != nil || len(again) != 1 || again[0].Hash != e.Hash {
				t.Errorf("%s: the stored event does not parse back to the same hash: %v", filepath.Base(f), err)
			}
		}
		total += len(evs)
	}
	distinct := h.count(`SELECT count(*) FROM trace_events`)
	if distinct == 0 || distinct > total {
		t.Fatalf("%d events stored of %d ingested", distinct, total)
	}
	t.Logf("%d GS1 example documents, %d events, %d distinct", len(files), total, distinct)
}

// manyLines is an NDJSON body of n events in which the lines bad (1-based)
// name no valid EPC: large enough to be decoded on every CPU.
func manyLines(n int, bad ...int) string {
	var lines []string
	for i := 1; i <= n; i++ {
		epc := sgtin(i)
		if slices.Contains(bad, i) {
			epc = "bad epc"
		}
		lines = append(lines, objectEvent(i, epc))
	}
	return ndjson(lines...)
}

// TestIngestConcurrentOverlap ingests the same events twice at once, in
// opposite orders: both requests succeed (no deadlock on the unique hash
// index surfaces as an error), and every event is stored once.
func TestIngestConcurrentOverlap(t *testing.T) {
	h := newHarness(t)
	const n = 3000
	for round := range 3 {
		var lines []string
		for i := range n {
			lines = append(lines, objectEvent(i, sgtin(round*n+i)))
		}
		fwd, err := Decode([]byte(ndjson(lines...)), FormatNDJSON)
		if err != nil {
			t.Fatal(err)
		}
		rev := slices.Clone(fwd)
		slices.Reverse(rev)
		var wg sync.WaitGroup
		start := make(chan struct{})
		results := make([]IngestResult, 2)
		errs := make([]error, 2)
		for k, evs := range [][]Prepared{fwd, rev} {
			wg.Go(func() {
				<-start
				results[k], errs[k] = h.svc.Ingest(context.Background(), h.org, evs)
			})
		}
		close(start)
		wg.Wait()
		for k, err := range errs {
			if err != nil {
				t.Fatalf("round %d, ingestion %d: %v", round, k, err)
			}
		}
		if a, d := results[0].Accepted+results[1].Accepted, results[0].Duplicates+results[1].Duplicates; a != n || d != n {
			t.Fatalf("round %d: %d accepted and %d duplicates, want %d each", round, a, d, n)
		}
	}
	if got := h.count(`SELECT count(*) FROM trace_events`); got != 3*n {
		t.Fatalf("%d events stored, want %d", got, 3*n)
	}
	if got := h.count(`SELECT count(*) FROM trace_event_epcs`); got != 3*n {
		t.Fatalf("%d identifier rows, want %d", got, 3*n)
	}
}

// TestIngestGS1XMLExamples ingests every GS1 XML example document: each
// event is stored as its JSON-LD equivalent, which parses back to the same
// hash, and an event that is in both forms is a duplicate the second time.
func TestIngestGS1XMLExamples(t *testing.T) {
	h := newHarness(t)
	files, err := filepath.Glob(filepath.Join("epcis", "testdata", "gs1-examples-xml", "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no GS1 XML examples: %v", err)
	}
	total := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := Decode(body, FormatXML)
		if strings.Contains(string(body), "EPCISMasterDataDocument") {
			var p *problem.Error
			if !errors.As(err, &p) || p.Code != "not_epcis" {
				t.Errorf("%s: %v, want not_epcis", filepath.Base(f), err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if _, err := h.svc.Ingest(context.Background(), h.org, evs); err != nil {
			t.Fatalf("%s: %v", filepath.Base(f), err)
		}
		for _, e := range evs {
			again, err := Decode(e.Body, FormatJSON)
			if err != nil || len(again) != 1 || again[0].Hash != e.Hash {
				t.Errorf("%s: the stored event does not parse back to the same hash: %v\n%s", filepath.Base(f), err, e.Body)
			}
		}
		total += len(evs)
	}
	// Example 9.6.1's first event, sent as JSON-LD after its XML form.
	twin, err := os.ReadFile(filepath.Join("epcis", "testdata", "gs1-examples", "Example_9.6.1-ObjectEvent.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	res := h.ingest(string(twin), FormatJSON)
	if !res.Duplicate[0] {
		t.Errorf("the JSON-LD twin of an XML event already stored is no duplicate: %+v", res)
	}
	t.Logf("%d GS1 XML documents, %d events", len(files), total)
}

// TestDecodeXMLRefuses: bad XML is a 400 with a stable code naming the event.
func TestDecodeXMLRefuses(t *testing.T) {
	doc := func(list string) string {
		return `<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList>` + list + `</EventList></EPCISBody></epcis:EPCISDocument>`
	}
	ev := func(epc string) string {
		return `<ObjectEvent><eventTime>2024-01-01T10:00:00.000+01:00</eventTime><eventTimeZoneOffset>+01:00</eventTimeZoneOffset>` +
			`<epcList><epc>` + epc + `</epc></epcList><action>OBSERVE</action></ObjectEvent>`
	}
	query := `<epcisq:EPCISQueryDocument xmlns:epcisq="urn:epcglobal:epcis-query:xsd:2"><EPCISBody><epcisq:QueryResults><queryName>SimpleEventQuery</queryName>` +
		`<resultsBody><EventList>` + ev(sgtin(1)) + ev("not an epc") + `</EventList></resultsBody></epcisq:QueryResults></EPCISBody></epcisq:EPCISQueryDocument>`
	for _, tt := range []struct{ name, body, code, field string }{
		{"Malformed", doc(ev(sgtin(1)))[:80], "malformed_xml", ""},
		{"Entity", `<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>` + doc(strings.Replace(ev(sgtin(1)), "OBSERVE", "&e;", 1)), "malformed_xml", ""},
		{"NotEPCIS", `<definition><query/></definition>`, "not_epcis", ""},
		{"Empty", doc(""), "empty_batch", ""},
		{"BadEPC", doc(ev(sgtin(1)) + ev("not an epc")), "bad_epc", "EPCISBody.EventList[1].epcList[0]"},
		{"BadAction", doc(strings.Replace(ev(sgtin(1)), "OBSERVE", "LOOK", 1)), "bad_action", "EPCISBody.EventList[0].action"},
		{"QueryDocument", query, "bad_epc", "EPCISBody.QueryResults.resultsBody.EventList[1].epcList[0]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.body), FormatXML)
			var p *problem.Error
			if !errors.As(err, &p) {
				t.Fatalf("Decode = %v, want a problem", err)
			}
			if p.Status != http.StatusBadRequest || p.Code != tt.code || p.Field != tt.field {
				t.Errorf("got %d %q field %q, want 400 %q field %q (%s)", p.Status, p.Code, p.Field, tt.code, tt.field, p.Detail)
			}
		})
	}
}
