package trace_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/server/servertest"
	"github.com/duochain/duochain/services/trace"
)

type verification struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
	Checked []string `json:"checked"`
}

// TestTraceOverHTTP ingests GS1's example document, waits for its batch to be
// anchored, reads an item's history by EPC URI and by Digital Link, and
// verifies the entries: as served, and tampered in each way.
func TestTraceOverHTTP(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "sup1", "SUPPLIER", "bank", "FINANCIER")
	var ack struct {
		Accepted   int `json:"accepted"`
		Duplicates int `json:"duplicates"`
		Events     []struct {
			EventHashID string `json:"event_hash_id"`
			Duplicate   bool   `json:"duplicate"`
		} `json:"events"`
		Pending struct {
			Events    int64 `json:"events"`
			BatchSize int   `json:"batch_size"`
		} `json:"pending"`
	}
	doc := servertest.GS1Example(t, "Example_9.6.1-ObjectEvent.jsonld")
	s.Must(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", doc, &ack)
	if ack.Accepted != 2 || ack.Duplicates != 0 || len(ack.Events) != 2 || ack.Pending.BatchSize == 0 {
		t.Fatalf("ingest: %+v", ack)
	}
	// The API's hash is GS1's Event Hash ID, on GS1's reference data.
	ref := filepath.Join("..", "..", "services", "trace", "epcis", "testdata", "event-hash-reference", "ReferenceEventHashAlgorithm")
	refDoc, _ := os.ReadFile(ref + ".jsonld")
	refHashes, _ := os.ReadFile(ref + ".hashes")
	var refAck struct {
		Events []struct {
			EventHashID string `json:"event_hash_id"`
		} `json:"events"`
	}
	s.Must(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", string(refDoc), &refAck)
	want := strings.Fields(string(refHashes))
	if len(want) == 0 || len(refAck.Events) != len(want) {
		t.Fatalf("reference: %d hashes, want %d", len(refAck.Events), len(want))
	}
	for i, e := range refAck.Events {
		if e.EventHashID != want[i] {
			t.Errorf("reference event %d: %s, GS1 says %s", i, e.EventHashID, want[i])
		}
	}
	s.Must(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", doc, &ack)
	if ack.Accepted != 0 || ack.Duplicates != 2 || !ack.Events[1].Duplicate {
		t.Fatalf("again: %+v", ack)
	}

	const epc = "urn:epc:id:sgtin:0614141.107346.2018"
	// Read as the submitter: anyone else gets the entries without their bodies.
	h := s.AnchoredHistory(t, "sup1", epc, 2)
	byDL := s.AnchoredHistory(t, "sup1", "https://id.gs1.org/01/10614141073464/21/2018", 2)
	if h.Items[0].EventHash != byDL.Items[0].EventHash || h.Items[0].Batch.Root == nil {
		t.Fatalf("by Digital Link: %+v", byDL)
	}
	var page servertest.TraceHistory
	s.Must(http.StatusOK, "sup1", "GET", "/v1/trace/items/"+url.PathEscape(epc)+"?limit=1", nil, &page)
	if len(page.Items) != 1 || page.NextCursor == nil {
		t.Fatalf("page 1: %+v", page)
	}
	s.Must(http.StatusOK, "sup1", "GET", "/v1/trace/items/"+url.PathEscape(epc)+"?limit=1&cursor="+*page.NextCursor, nil, &page)
	if len(page.Items) != 1 || page.NextCursor != nil || page.Items[0].EventHash != h.Items[1].EventHash {
		t.Fatalf("page 2: %+v", page)
	}

	entry := h.Items[1]
	check := func(name string, e servertest.TraceEntry, valid bool, reasons ...string) {
		t.Helper()
		var v verification
		s.Must(http.StatusOK, "bank", "POST", "/v1/trace/verify", e, &v)
		if v.Valid != valid || !slices.Equal(v.Reasons, reasons) && len(reasons) > 0 || valid && len(v.Reasons) != 0 {
			t.Errorf("%s: got %+v, want valid %v reasons %v", name, v, valid, reasons)
		}
	}
	check("AsServed", entry, true)
	zeroID := entry
	zeroID.EventHashID = "ni:///sha-256;" + strings.Repeat("0", 64) + "?ver=CBV2.0"
	check("ZeroHashID", zeroID, false, "hash_id_mismatch")
	tampered := entry
	tampered.Event = json.RawMessage(strings.Replace(string(entry.Event), "in_progress", "damaged", 1))
	check("TamperedEvent", tampered, false, "hash_mismatch", "proof_invalid")
	tampered = entry
	tampered.Proof = slices.Clone(entry.Proof)
	tampered.Proof = append(tampered.Proof, "0x"+strings.Repeat("ab", 32))
	check("TamperedProof", tampered, false, "proof_invalid")
	tampered = entry
	root := "0x" + strings.Repeat("11", 32)
	tampered.Batch.Root = &root
	check("WrongRoot", tampered, false, "proof_invalid", "not_anchored")
	tampered = entry
	block := *entry.Batch.BlockNumber + 1
	tampered.Batch.BlockNumber = &block
	check("WrongBlock", tampered, false, "anchor_mismatch")
	tampered = entry
	tampered.Chain.ChainID = "1"
	check("OtherChain", tampered, false, "chain_mismatch")
	tampered = entry
	tampered.Batch.Root, tampered.Batch.TxHash = nil, nil
	check("Pending", tampered, false, "not_yet_anchored")

	t.Run("VerifyCommand", func(t *testing.T) {
		r, err := s.Request("sup1", "GET", "/v1/trace/items/"+url.PathEscape(epc), nil)
		if err != nil {
			t.Fatal(err)
		}
		entries, err := trace.ReadEntries(r.Body)
		if err != nil || len(entries) != 2 {
			t.Fatalf("read the history page: %d entries, %v", len(entries), err)
		}
		v := trace.Verifier{Chain: s.Sim.Client(), Anchor: s.Server.Config.Deployment.TraceAnchor}
		var out bytes.Buffer
		if err := trace.VerifyEntries(context.Background(), &out, v, entries); err != nil {
			t.Fatalf("%v\n%s", err, out.String())
		}
		entries[1].Event = json.RawMessage(strings.Replace(string(entries[1].Event), "in_progress", "damaged", 1))
		out.Reset()
		if err := trace.VerifyEntries(context.Background(), &out, v, entries); err == nil || !strings.Contains(out.String(), "entry 1: INVALID: hash_mismatch, proof_invalid") {
			t.Fatalf("tampered: %v\n%s", err, out.String())
		}
	})

	t.Run("Refusals", func(t *testing.T) {
		before := s.Count(t, `SELECT count(*) FROM trace_events`)
		good := servertest.TraceEvent(1, "urn:epc:id:sgtin:9521234.054321.1", "shipping", "")
		nd := []string{"Content-Type", "application/x-ndjson"}
		for _, tt := range []struct {
			name      string
			org, body string
			hdr       []string
			want      servertest.Refusal
		}{
			{"NoKey", "", good, nil, servertest.Refused(401, "unauthorized", "")},
			{"WrongRole", "bank", good, nil, servertest.Refused(403, "forbidden", "")},
			{"MalformedJSON", "sup1", `[{"type":`, nil, servertest.Refused(400, "malformed_json", "")},
			{"Empty", "sup1", `[]`, nil, servertest.Refused(400, "empty_batch", "")},
			{"WrongType", "sup1", `[` + strings.Replace(good, "ObjectEvent", "BoxEvent", 1) + `]`, nil, servertest.Refused(400, "unknown_event_type", "[0].type")},
			{"MissingEventTime", "sup1", `[` + strings.Replace(good, `"eventTime"`, `"when"`, 1) + `]`, nil, servertest.Refused(400, "missing_event_time", "[0].eventTime")},
			{"BadEPC", "sup1", `[` + strings.Replace(good, "urn:epc:id:sgtin:9521234.054321.1", "no such thing", 1) + `]`, nil, servertest.Refused(400, "bad_epc", "[0].epcList[0]")},
			{"NDJSONBadLine", "sup1", good + "\n" + servertest.TraceEvent(2, "urn:epc:id:sgtin:9521234.054321.2", "shipping", "") + "\n{\"type\":\"ObjectEvent\"}\n", nd, servertest.Refused(400, "missing_event_time", "line[3].eventTime")},
			{"MediaType", "sup1", good, []string{"Content-Type", "text/plain"}, servertest.Refused(415, "unsupported_media_type", "")},
			{"NULInBizTransaction", "sup1", `[` + strings.Replace(servertest.TraceEvent(3, "urn:epc:id:sgtin:9521234.054321.3", "receiving", "INV-NUL7"), "NUL", `\u0000`, 1) + `]`, nil,
				servertest.Refused(400, "invalid_biz_transaction", "[0].bizTransactionList[0].bizTransaction")},
			{"LongBizTransaction", "sup1", `[` + servertest.TraceEvent(3, "urn:epc:id:sgtin:9521234.054321.3", "receiving", strings.Repeat("7", 4000)) + `]`, nil,
				servertest.Refused(400, "invalid_biz_transaction", "[0].bizTransactionList[0].bizTransaction")},
		} {
			t.Run(tt.name, func(t *testing.T) { s.Refuse(t, tt.want, tt.org, "POST", "/v1/trace/events", tt.body, tt.hdr...) })
		}
		s.Server.Trace.MaxBody = 4096
		s.Refuse(t, servertest.Refused(413, "body_too_large", ""), "sup1", "POST", "/v1/trace/events", strings.Repeat(good+"\n", 100), nd...)
		s.Server.Trace.MaxBody = 0
		if n := s.Count(t, `SELECT count(*) FROM trace_events`); n != before {
			t.Errorf("refused ingestions stored %d events", n-before)
		}
		s.Refuse(t, servertest.Refused(404, "not_found", ""), "bank", "GET", "/v1/trace/items/"+url.PathEscape("urn:epc:id:sgtin:9521234.054321.404"), nil)
		for _, c := range []string{"-9223372036854775808_0", "9223372036854775807_9223372036854775807"} {
			s.Refuse(t, servertest.Refused(422, "invalid_cursor", "cursor"), "bank", "GET", "/v1/trace/items/"+url.PathEscape(epc)+"?cursor="+url.QueryEscape(c), nil)
		}
		s.Refuse(t, servertest.Refused(400, "malformed_json", ""), "bank", "POST", "/v1/trace/verify", `{"event":`)
		s.Refuse(t, servertest.Refused(400, "missing_field", "event"), "bank", "POST", "/v1/trace/verify", `{"event_hash":"0x00"}`)
		s.Refuse(t, servertest.Refused(400, "unknown_field", "colour"), "bank", "POST", "/v1/trace/verify", `{"colour":"red"}`)
	})
}

// TestTraceXMLOverHTTP sends GS1's Example 9.6.1 as EPCIS 2.0 XML: its
// events get the Event Hash IDs of the JSON-LD example (the first event is
// the same in both; the second's extension namespace differs by a slash),
// and are served as their JSON-LD equivalents, which verify. Extension
// values in the {"#text": …} form are data; an all-zero event_hash_id does
// not verify; a query definition is not_epcis; hostile XML is refused.
func TestTraceXMLOverHTTP(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "sup1", "SUPPLIER", "bank", "FINANCIER")
	type ack struct {
		Accepted   int `json:"accepted"`
		Duplicates int `json:"duplicates"`
		Events     []struct {
			EventHashID string `json:"event_hash_id"`
			Duplicate   bool   `json:"duplicate"`
		} `json:"events"`
	}
	xmlDoc, err := os.ReadFile(filepath.Join("..", "..", "services", "trace", "epcis", "testdata", "gs1-examples-xml", "Example_9.6.1-ObjectEvent-2020_06_18a.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var fromXML, fromJSON ack
	s.MustWith(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", string(xmlDoc), &fromXML, "Content-Type", "application/xml")
	if fromXML.Accepted != 2 || len(fromXML.Events) != 2 {
		t.Fatalf("XML: %+v", fromXML)
	}
	s.Must(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", servertest.GS1Example(t, "Example_9.6.1-ObjectEvent.jsonld"), &fromJSON)
	if fromJSON.Events[0].EventHashID != fromXML.Events[0].EventHashID || !fromJSON.Events[0].Duplicate || fromJSON.Events[1].Duplicate {
		t.Fatalf("JSON-LD twin: %+v, XML %+v", fromJSON, fromXML)
	}
	// The XML events are served as JSON-LD, and verify.
	h := s.AnchoredHistory(t, "sup1", "urn:epc:id:sgtin:0614141.107346.2017", 1)
	e := h.Items[0]
	if e.EventHashID != fromXML.Events[0].EventHashID || !json.Valid(e.Event) || !strings.Contains(string(e.Event), `"epcList"`) {
		t.Fatalf("served: %s %s", e.EventHashID, e.Event)
	}
	var v verification
	s.Must(http.StatusOK, "bank", "POST", "/v1/trace/verify", e, &v)
	if !v.Valid || !slices.Contains(v.Checked, "event_hash_id") || slices.Contains(v.Checked, "batch.leaf_index") {
		t.Fatalf("verify as served: %+v", v)
	}
	zero := e
	zero.EventHashID = "ni:///sha-256;" + strings.Repeat("0", 64) + "?ver=CBV2.0"
	s.Must(http.StatusOK, "bank", "POST", "/v1/trace/verify", zero, &v)
	if v.Valid || !slices.Equal(v.Reasons, []string{"hash_id_mismatch"}) {
		t.Fatalf("verify with an all-zero event_hash_id: %+v", v)
	}

	// Two events differing only in an extension's #text are two events.
	withText := func(v string) string {
		return `{"@context":[{"example":"http://ns.example.com/epcis/"}],"type":"ObjectEvent","eventTime":"2026-11-11T00:00:01.000+08:00",` +
			`"eventTimeZoneOffset":"+08:00","action":"OBSERVE","epcList":["urn:epc:id:sgtin:0614141.107346.4711"],` +
			`"example:lot":{"#text":"` + v + `","@xmlns:example":"http://ns.example.com/epcis/"}}`
	}
	var texts ack
	s.MustWith(http.StatusAccepted, "sup1", "POST", "/v1/trace/events", withText("4711")+"\n"+withText("4712")+"\n", &texts, "Content-Type", "application/x-ndjson")
	if texts.Accepted != 2 || texts.Duplicates != 0 {
		t.Fatalf("events differing in #text: %+v", texts)
	}

	before := s.Count(t, `SELECT count(*) FROM trace_events`)
	query := `{"name":"UniqueQueryName","query":{"eventType":["ObjectEvent"],"EQ_bizStep":["shipping"]}}`
	s.Refuse(t, servertest.Refused(400, "not_epcis", ""), "sup1", "POST", "/v1/trace/events", query)
	laughs := `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>` +
		strings.Replace(string(xmlDoc), "<action>OBSERVE</action>", "<action>&b;</action>", 1)
	s.Refuse(t, servertest.Refused(400, "malformed_xml", ""), "sup1", "POST", "/v1/trace/events", laughs, "Content-Type", "text/xml")
	bad := strings.Replace(string(xmlDoc), "urn:epc:id:sgtin:0614141.107346.2018", "no such thing", 1)
	s.Refuse(t, servertest.Refused(400, "bad_epc", "EPCISBody.EventList[0].epcList[1]"), "sup1", "POST", "/v1/trace/events", bad, "Content-Type", "text/xml; charset=utf-8")
	s.Server.Trace.MaxBody = 1024
	s.Refuse(t, servertest.Refused(413, "body_too_large", ""), "sup1", "POST", "/v1/trace/events", string(xmlDoc), "Content-Type", "application/xml")
	s.Server.Trace.MaxBody = 0
	if n := s.Count(t, `SELECT count(*) FROM trace_events`); n != before {
		t.Errorf("refused ingestions stored %d events", n-before)
	}
}

// TestTraceReceivableLink lists the goods-received records naming a
// receivable's invoice: the buyer's as received, everyone else's (the
// seller's, a stranger's) apart, and nothing that is no receipt of it.
func TestTraceReceivableLink(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER")
	var r servertest.Receivable
	s.Must(http.StatusCreated, "sup1", "POST", "/v1/receivables", s.Submission("INV-TR-7", "1000.00", s.DueIn(30)), &r)
	received := servertest.TraceEvent(1, "urn:epc:id:sgtin:9521234.054321.7", "receiving", "urn:epcglobal:cbv:bt:0614141073467:INV-TR-7")
	for _, tt := range []struct{ org, body string }{
		{"core", received},
		{"core", servertest.TraceEvent(2, "urn:epc:id:sgtin:9521234.054321.7", "shipping", "urn:epcglobal:cbv:bt:0614141073467:INV-TR-7")},   // not a receipt
		{"core", servertest.TraceEvent(3, "urn:epc:id:sgtin:9521234.054321.8", "receiving", "urn:epcglobal:cbv:bt:0614141073467:INV-TR-77")}, // another invoice
		{"sup2", servertest.TraceEvent(4, "urn:epc:id:sgtin:9521234.054321.9", "receiving", "INV-TR-7")},                                     // a stranger to the invoice
		{"sup1", servertest.TraceEvent(5, "urn:epc:id:sgtin:9521234.054321.10", "accepting", "INV-TR-7")},                                    // the seller, bare number
		{"core", strings.Replace(servertest.TraceEvent(6, "urn:epc:id:sgtin:9521234.054321.11", "receiving", "INV-TR-7"), `"INV-TR-7"}]`, // naming the invoice twice: listed once
			`"INV-TR-7"},{"type":"inv","bizTransaction":"urn:epcglobal:cbv:bt:0614141073467:INV-TR-7"}]`, 1)},
	} {
		s.Must(http.StatusAccepted, tt.org, "POST", "/v1/trace/events", "["+tt.body+"]", nil)
	}
	got := getReceivableTrace(s, t, "core", r.ID)
	if !*got.GoodsReceived || len(got.Received) != 2 || !strings.Contains(string(got.Received[0].Event), "INV-TR-7") ||
		!strings.Contains(string(got.Received[1].Event), "054321.11") {
		t.Fatalf("goods received: %+v", got)
	}
	if diff := cmp.Diff([]recorder{recorderOf(s, t, "sup2"), recorderOf(s, t, "sup1")}, recordedBy(got.OtherRecords)); diff != "" {
		t.Fatalf("other records (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(got.OtherRecords[1].Event), "accepting") {
		t.Fatalf("the seller's record: %s", got.OtherRecords[1].Event)
	}
	s.Refuse(t, servertest.Refused(404, "not_found", ""), "core", "GET", "/v1/receivables/999999/trace", nil)
}

// TestTraceVerifyTrustsOnlyOperatorAnchors: a supplier may call
// TraceAnchor.anchor itself, so it can anchor a tree of its own making around
// a made-up event. Neither the API nor `duochain trace verify` call such an
// entry valid; and neither trusts the anchor contract an entry names.
func TestTraceVerifyTrustsOnlyOperatorAnchors(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "sup1", "SUPPLIER", "bank", "FINANCIER")
	ctx := context.Background()
	client := s.Sim.Client()
	dep := s.Server.Config.Deployment
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// sup1 anchors a batch of two events nobody ingested, with its own key.
	var raw []byte
	if err := s.Server.Pool.QueryRow(ctx, `SELECT address FROM organizations WHERE id = $1`, s.IDs["sup1"]).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	supAddr := common.BytesToAddress(raw)
	signer, err := identity.OpenKeys(s.Server.Config.KeysDir, s.Server.Config.KeySecret, true).Signer(supAddr)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := trace.Decode([]byte(servertest.TraceEvent(1, "urn:epc:id:sgtin:9521234.054321.666", "receiving", "INV-FAKE")+"\n"+
		servertest.TraceEvent(2, "urn:epc:id:sgtin:9521234.054321.667", "receiving", "")+"\n"), trace.FormatNDJSON)
	if err != nil {
		t.Fatal(err)
	}
	tree := merkle.Build([][32]byte{merkle.Leaf(evs[0].Hash), merkle.Leaf(evs[1].Hash)})
	root := tree.Root()
	nonce, err := client.PendingNonceAt(ctx, supAddr)
	if err != nil {
		t.Fatal(err)
	}
	ta := traceanchor.NewTraceAnchor()
	tx, err := signer.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11),
		Gas: 300000, To: &dep.TraceAnchor, Data: ta.PackAnchor(root, 2, "forged")}), chainID)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r, err := contracts.WaitReceipt(ctx, client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the supplier's own anchor: %+v %v", r, err)
	}
	var forged servertest.TraceEntry
	forged.Event, forged.EventHash = evs[0].Body, "0x"+hex.EncodeToString(evs[0].Hash[:])
	forged.EventHashID = "ni:///sha-256;" + hex.EncodeToString(evs[0].Hash[:]) + "?ver=CBV2.0" // as an entry is served
	rootHex, txHex, blk, count, leaf := "0x"+hex.EncodeToString(root[:]), tx.Hash().Hex(), r.BlockNumber.Uint64(), 2, 0
	forged.Batch.Root, forged.Batch.TxHash, forged.Batch.BlockNumber, forged.Batch.ItemCount, forged.Batch.LeafIndex = &rootHex, &txHex, &blk, &count, &leaf
	forged.Batch.Status = "anchored"
	for _, p := range tree.Proof(0) {
		forged.Proof = append(forged.Proof, "0x"+hex.EncodeToString(p[:]))
	}
	forged.Chain.ChainID, forged.Chain.TraceAnchor = chainID.String(), dep.TraceAnchor.Hex()

	var v verification
	s.Must(http.StatusOK, "bank", "POST", "/v1/trace/verify", forged, &v)
	if v.Valid || !slices.Equal(v.Reasons, []string{"anchorer_not_trusted"}) {
		t.Fatalf("API on a supplier-anchored root: %+v, want anchorer_not_trusted", v)
	}

	// The command's check (trace.VerifyEntries) with the deployment's
	// contracts, as `duochain trace verify --data` trusts them.
	verifier := trace.Verifier{Anchor: dep.TraceAnchor, Registry: dep.IdentityRegistry}
	verifier.Chain = client
	body, _ := json.Marshal(forged)
	entries, err := trace.ReadEntries(body)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = trace.VerifyEntries(ctx, &out, verifier, entries)
	if err == nil || !strings.Contains(out.String(), "entry 0: INVALID: anchorer_not_trusted (anchor "+dep.TraceAnchor.Hex()+", anchorer "+supAddr.Hex()+")") {
		t.Fatalf("command on a supplier-anchored root: %v\n%s", err, out.String())
	}

	// A look-alike contract named by the entry is never consulted.
	lookAlike := forged
	lookAlike.Chain.TraceAnchor = dep.IdentityRegistry.Hex()
	s.Must(http.StatusOK, "bank", "POST", "/v1/trace/verify", lookAlike, &v)
	if v.Valid || !slices.Equal(v.Reasons, []string{"chain_mismatch"}) {
		t.Fatalf("API on an entry naming another contract: %+v", v)
	}
	body, _ = json.Marshal(lookAlike)
	entries, _ = trace.ReadEntries(body)
	out.Reset()
	if err := trace.VerifyEntries(ctx, &out, verifier, entries); err == nil || !strings.Contains(out.String(), "entry 0: INVALID: chain_mismatch") {
		t.Fatalf("command on an entry naming another contract: %v\n%s", err, out.String())
	}

}
