package epcis

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// objectEvent returns a valid ObjectEvent as generic JSON, changed by edit.
func objectEvent(edit func(map[string]any)) map[string]any {
	ev := map[string]any{
		"type":                "ObjectEvent",
		"eventTime":           "2024-11-11T00:00:01.5+08:00",
		"eventTimeZoneOffset": "+08:00",
		"epcList":             []any{"urn:epc:id:sgtin:4012345.011111.987"},
		"action":              "OBSERVE",
	}
	if edit != nil {
		edit(ev)
	}
	return ev
}

// document wraps events into an EPCISDocument.
func document(events ...map[string]any) string {
	list := make([]any, len(events))
	for i, e := range events {
		list[i] = e
	}
	b, _ := json.Marshal(map[string]any{
		"@context":      []any{"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"},
		"type":          "EPCISDocument",
		"schemaVersion": "2.0",
		"epcisBody":     map[string]any{"eventList": list},
	})
	return string(b)
}

func TestParseErrors(t *testing.T) {
	set := func(k string, v any) func(map[string]any) { return func(m map[string]any) { m[k] = v } }
	del := func(keys ...string) func(map[string]any) {
		return func(m map[string]any) {
			for _, k := range keys {
				delete(m, k)
			}
		}
	}
	both := func(a, b func(map[string]any)) func(map[string]any) { return func(m map[string]any) { a(m); b(m) } }
	tests := []struct {
		name  string
		edit  func(map[string]any)
		want  error
		field string
	}{
		{"ErrMissingType", del("type"), ErrMissingType, "type"},
		{"ErrUnknownType", set("type", "ShipmentEvent"), ErrUnknownType, "type"},
		{"ErrMissingEventTime", del("eventTime"), ErrMissingEventTime, "eventTime"},
		{"ErrBadEventTime", set("eventTime", "yesterday"), ErrBadEventTime, "eventTime"},
		{"ErrBadEventTimeNoOffset", set("eventTime", "2024-11-11T00:00:01"), ErrBadEventTime, "eventTime"},
		{"ErrBadEventTimeNotString", set("eventTime", json.Number("1731254401")), ErrBadEventTime, "eventTime"},
		{"ErrMissingTimeZoneOffset", del("eventTimeZoneOffset"), ErrMissingTimeZoneOffset, "eventTimeZoneOffset"},
		{"ErrBadTimeZoneOffset", set("eventTimeZoneOffset", "+15:00"), ErrBadTimeZoneOffset, "eventTimeZoneOffset"},
		{"ErrMissingAction", del("action"), ErrMissingAction, "action"},
		{"ErrBadAction", set("action", "UPDATE"), ErrBadAction, "action"},
		{"ErrBadActionILMD", set("ilmd", map[string]any{}), ErrBadAction, "action"},
		{"ErrBadActionTransformation", set("type", "TransformationEvent"), ErrBadAction, "action"},
		{"ErrNoWhat", del("epcList"), ErrNoWhat, "epcList"},
		{"ErrNoWhatEmptyList", set("epcList", []any{}), ErrNoWhat, "epcList"},
		{"ErrNoWhatSensorsWithoutReadPoint", both(del("epcList"), set("sensorElementList", []any{map[string]any{}})), ErrNoWhat, "epcList"},
		{"ErrNoWhatAggregation", both(set("type", "AggregationEvent"), del("epcList")), ErrNoWhat, "childEPCs"},
		{"ErrNoWhatTransformation", both(both(set("type", "TransformationEvent"), del("action")),
			both(del("epcList"), set("inputEPCList", []any{"urn:epc:id:sgtin:4012345.011111.1"}))), ErrNoWhat, "inputEPCList"},
		{"ErrMissingParentID", both(set("type", "AssociationEvent"), del("epcList")), ErrMissingParentID, "parentID"},
		{"ErrMissingBizTransaction", set("type", "TransactionEvent"), ErrMissingBizTransaction, "bizTransactionList"},
		{"ErrBadFieldEPCListNotArray", set("epcList", "urn:epc:id:sgtin:4012345.011111.987"), ErrBadField, "epcList"},
		{"ErrBadFieldEPCNotString", set("epcList", []any{json.Number("1")}), ErrBadField, "epcList[0]"},
		{"ErrBadFieldWrongType", set("childEPCs", []any{"urn:epc:id:sgtin:4012345.011111.1"}), ErrBadField, "childEPCs"},
		{"ErrBadFieldQuantity", set("quantityList", []any{map[string]any{"epcClass": "urn:epc:class:lgtin:4012345.011111.L1", "quantity": "5"}}), ErrBadField, "quantityList[0]"},
		{"ErrBadFieldReadPoint", set("readPoint", "urn:epc:id:sgln:4012345.00001.0"), ErrBadField, "readPoint"},
		{"ErrBadFieldBizTransactionMember", set("bizTransactionList", []any{map[string]any{"type": "po", "bizTransaction": "urn:x", "note": "y"}}), ErrBadField, "bizTransactionList[0]"},
		{"ErrBadFieldSource", set("sourceList", []any{map[string]any{"type": "location"}}), ErrBadField, "sourceList[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(document(objectEvent(nil), objectEvent(tt.edit))))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse error = %v, want %v", err, tt.want)
			}
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Event != 1 || ve.Field != tt.field {
				t.Errorf("error %#v, want event 1, field %q", err, tt.field)
			}
		})
	}
}

func TestParseDocumentErrors(t *testing.T) {
	for name, in := range map[string]string{
		"NotJSON":       `{"type": `,
		"NotObject":     `[1, 2]`,
		"TrailingData":  document(objectEvent(nil)) + ` {}`,
		"NoEventList":   `{"type": "EPCISDocument", "epcisBody": {}}`,
		"NoResultsBody": `{"type": "EPCISQueryDocument", "epcisBody": {"queryResults": {}}}`,
		"UnknownDoc":    `{"type": "EPCISMasterDataDocument"}`,
		"QueryDefinition": `{"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
			"name": "UniqueQueryName", "query": {"eventType": ["ObjectEvent"], "EQ_bizStep": ["shipping"]}}`,
		"Subscription": `{"dest": "https://client.example.com/capture", "reportIfEmpty": false, "stream": true}`,
		"EmptyObject":  `{}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(strings.NewReader(in)); !errors.Is(err, ErrNotEPCIS) {
				t.Errorf("Parse error = %v, want ErrNotEPCIS", err)
			}
		})
	}
}

func TestParseShapes(t *testing.T) {
	ev := objectEvent(nil)
	evJSON, _ := json.Marshal(ev)
	query := `{"type": "EPCISQueryDocument", "epcisBody": {"queryResults": {"resultsBody": {"eventList": [` + string(evJSON) + `]}}}}`
	single := `{"type": "EPCISDocument", "epcisBody": {"event": ` + string(evJSON) + `}}`
	for name, in := range map[string]string{
		"Document":      document(ev, ev),
		"QueryDocument": query,
		"SingleEvent":   single,
		"BareEvent":     string(evJSON),
	} {
		t.Run(name, func(t *testing.T) {
			events, err := Parse(strings.NewReader(in))
			if err != nil || len(events) == 0 {
				t.Fatalf("Parse = %d events, %v", len(events), err)
			}
			id, _ := events[0].HashID()
			want := "ni:///sha-256;"
			if !strings.HasPrefix(id, want) {
				t.Errorf("HashID = %q", id)
			}
		})
	}
}

func TestAccessors(t *testing.T) {
	in := `{"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"ex": "https://ns.example.com/"}],
	"type": "EPCISDocument", "epcisBody": {"eventList": [{
		"type": "AggregationEvent", "eventTime": "2024-11-11T00:00:00.1234+08:00", "eventTimeZoneOffset": "+08:00",
		"eventID": "urn:uuid:1", "parentID": "urn:epc:id:sscc:4012345.0000000001",
		"childEPCs": ["urn:epc:id:sgtin:4012345.011111.1", "urn:epc:id:sgtin:4012345.011111.2", "urn:epc:id:sgtin:4012345.011111.1"],
		"childQuantityList": [{"epcClass": "urn:epc:class:lgtin:4012345.011111.L1", "quantity": 12345678901234567890.10, "uom": "KGM"},
			{"epcClass": "urn:epc:idpat:sgtin:4012345.011111.*"}],
		"action": "ADD", "bizStep": "packing", "disposition": "in_progress",
		"readPoint": {"id": "urn:epc:id:sgln:4012345.00001.0"}, "bizLocation": {"id": "urn:epc:id:sgln:4012345.00002.0"},
		"bizTransactionList": [{"type": "po", "bizTransaction": "urn:epc:id:gdti:4012345.00001.7"}, {"bizTransaction": "urn:x:1"}],
		"ex:note": {"ex:n": 1.50}
	}]}}`
	events, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	e := events[0]
	got := map[string]any{
		"Type": e.Type(), "Action": e.Action(), "EventTime": e.EventTime().UTC().Format(time.RFC3339Nano),
		"EventTimeZoneOffset": e.EventTimeZoneOffset(), "EventID": e.EventID(), "ParentID": e.ParentID(),
		"ChildEPCs": e.ChildEPCs(), "ChildQuantityList": e.ChildQuantityList(), "EPCList": e.EPCList(),
		"ReadPoint": e.ReadPoint(), "BizLocation": e.BizLocation(), "BizStep": e.BizStep(), "Disposition": e.Disposition(),
		"BizTransactions": e.BizTransactions(), "EPCs": e.EPCs(), "EPCClasses": e.EPCClasses(),
		"Extension": e.Fields()["ex:note"],
	}
	want := map[string]any{
		"Type": AggregationEvent, "Action": Add, "EventTime": "2024-11-10T16:00:00.123Z",
		"EventTimeZoneOffset": "+08:00", "EventID": "urn:uuid:1", "ParentID": "urn:epc:id:sscc:4012345.0000000001",
		"ChildEPCs": []string{"urn:epc:id:sgtin:4012345.011111.1", "urn:epc:id:sgtin:4012345.011111.2", "urn:epc:id:sgtin:4012345.011111.1"},
		"ChildQuantityList": []QuantityElement{
			{EPCClass: "urn:epc:class:lgtin:4012345.011111.L1", Quantity: "12345678901234567890.10", UOM: "KGM"},
			{EPCClass: "urn:epc:idpat:sgtin:4012345.011111.*"}},
		"EPCList":   []string(nil),
		"ReadPoint": "urn:epc:id:sgln:4012345.00001.0", "BizLocation": "urn:epc:id:sgln:4012345.00002.0",
		"BizStep": "packing", "Disposition": "in_progress",
		"BizTransactions": []BizTransaction{{Type: "po", BizTransaction: "urn:epc:id:gdti:4012345.00001.7"}, {BizTransaction: "urn:x:1"}},
		"EPCs":            []string{"urn:epc:id:sscc:4012345.0000000001", "urn:epc:id:sgtin:4012345.011111.1", "urn:epc:id:sgtin:4012345.011111.2"},
		"EPCClasses":      []string{"urn:epc:class:lgtin:4012345.011111.L1", "urn:epc:idpat:sgtin:4012345.011111.*"},
		"Extension":       map[string]any{"ex:n": json.Number("1.50")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	pre, _ := e.PreHash()
	wantPre := "eventType=AggregationEventeventTime=2024-11-10T16:00:00.123ZeventTimeZoneOffset=+08:00" +
		"parentID=https://id.gs1.org/00/040123450000000016" +
		"childEPCsepc=https://id.gs1.org/01/04012345111118/21/1epc=https://id.gs1.org/01/04012345111118/21/1epc=https://id.gs1.org/01/04012345111118/21/2" +
		"childQuantityListquantityElementepcClass=https://id.gs1.org/01/04012345111118" +
		"quantityElementepcClass=https://id.gs1.org/01/04012345111118/10/L1quantity=12345678901234567168uom=KGM" +
		"action=ADDbizStep=https://ref.gs1.org/cbv/BizStep-packingdisposition=https://ref.gs1.org/cbv/Disp-in_progress" +
		"readPointid=https://id.gs1.org/414/4012345000016bizLocationid=https://id.gs1.org/414/4012345000023" +
		"bizTransactionListbizTransaction=urn:x:1type=https://ref.gs1.org/cbv/BTT-pobizTransaction=https://id.gs1.org/253/40123450000167" +
		"{https://ns.example.com/}note{https://ns.example.com/}n=1.5"
	if diff := cmp.Diff(splitPreHash(wantPre), splitPreHash(pre)); diff != "" {
		t.Errorf("PreHash (-want +got):\n%s", diff)
	}
}

func TestZeroEvent(t *testing.T) {
	var e Event
	if _, err := e.HashID(); err == nil {
		t.Error("HashID of the zero Event succeeded")
	}
	if e.Type() != "" || e.EPCs() != nil || e.Fields() != nil {
		t.Error("zero Event accessors are not empty")
	}
}
