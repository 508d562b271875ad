// Package epcis reads GS1 EPCIS 2.0 events from JSON / JSON-LD (Parse) and
// XML (ParseXML, which maps each event to its JSON-LD form) and computes
// their canonical hash, the GS1 EPCIS Event Hash ID of CBV 2.0
// ("ni:///sha-256;…?ver=CBV2.0"), exactly as GS1's reference implementation
// (github.com/RalphTro/epcis-event-hash-generator) does for JSON-LD input,
// with the few deliberate differences listed on Event.PreHash.
//
// An Event keeps the event's JSON as it came in (numbers as json.Number, user
// extensions included) and offers typed accessors for what product trace
// needs: type, action, time, the objects named ("what"), where, why.
package epcis

import (
	"encoding/json"
	"time"
)

// Type is an EPCIS 2.0 event type.
type Type string

// The five EPCIS 2.0 event types.
const (
	ObjectEvent         Type = "ObjectEvent"
	AggregationEvent    Type = "AggregationEvent"
	TransactionEvent    Type = "TransactionEvent"
	TransformationEvent Type = "TransformationEvent"
	AssociationEvent    Type = "AssociationEvent"
)

// Action is what an event does to the objects it names.
type Action string

// The EPCIS actions. TransformationEvents have none.
const (
	Observe Action = "OBSERVE"
	Add     Action = "ADD"
	Delete  Action = "DELETE"
)

// QuantityElement is a quantity of a class of objects (a GTIN with lot, an
// EPC class or pattern URI).
type QuantityElement struct {
	EPCClass string
	Quantity json.Number // exactly as written; empty when not given
	UOM      string      // unit of measure (UN/CEFACT code); empty for a count
}

// BizTransaction is a business transaction an event refers to.
type BizTransaction struct {
	Type           string // as written: bare CBV term ("po"), URI or empty
	BizTransaction string // the transaction identifier
}

// Event is one EPCIS 2.0 event, validated by Parse. The zero Event is empty:
// its accessors return zero values and its hashes fail.
type Event struct {
	fields   map[string]any    // the event's JSON object, numbers as json.Number
	context  []any             // JSON-LD @context entries in force: document's, then event's
	prefixes map[string]string // prefixes those entries declare
	ignore   []string          // top-level extension members the document excludes from the hash
	time     time.Time
}

// Fields returns a deep copy of the event's JSON object, exactly as parsed:
// numbers are json.Number, user extensions are kept.
func (e Event) Fields() map[string]any {
	if e.fields == nil {
		return nil
	}
	c, _ := deepCopy(e.fields).(map[string]any)
	return c
}

// MarshalJSON writes the event as a self-contained JSON-LD event: its own
// members plus the @context it was read with (and the document's ignore-field
// list, if any), so that Parse of the output gives an event with the same
// fields and the same hash.
func (e Event) MarshalJSON() ([]byte, error) {
	out := make(map[string]any, len(e.fields)+2)
	for k, v := range e.fields {
		out[k] = v
	}
	delete(out, "@context")
	if len(e.context) > 0 {
		out["@context"] = e.context
	}
	if len(e.ignore) > 0 {
		out[ignoreFieldsIRI] = e.ignore
	}
	return json.Marshal(out)
}

// IgnoredFields returns the top-level extension members that the document
// told hashers to leave out (GS1 reference implementation's "ignoreFields"),
// which the hash therefore does not cover.
func (e Event) IgnoredFields() []string { return append([]string(nil), e.ignore...) }

// Type returns the event type.
func (e Event) Type() Type { return Type(e.str("type")) }

// Action returns the action; empty for a TransformationEvent.
func (e Event) Action() Action { return Action(e.str("action")) }

// EventTime returns when the event happened.
func (e Event) EventTime() time.Time { return e.time }

// EventTimeZoneOffset returns the local UTC offset at the event, "±hh:mm".
func (e Event) EventTimeZoneOffset() string { return e.str("eventTimeZoneOffset") }

// EventID returns the eventID the sender gave, if any. It is not the hash.
func (e Event) EventID() string { return e.str("eventID") }

// EPCList returns the EPCs of an ObjectEvent or TransactionEvent.
func (e Event) EPCList() []string { return e.strs("epcList") }

// ParentID returns the parent of an AggregationEvent, AssociationEvent or
// TransactionEvent, if any.
func (e Event) ParentID() string { return e.str("parentID") }

// ChildEPCs returns the child EPCs of an AggregationEvent or AssociationEvent.
func (e Event) ChildEPCs() []string { return e.strs("childEPCs") }

// InputEPCList returns the input EPCs of a TransformationEvent.
func (e Event) InputEPCList() []string { return e.strs("inputEPCList") }

// OutputEPCList returns the output EPCs of a TransformationEvent.
func (e Event) OutputEPCList() []string { return e.strs("outputEPCList") }

// QuantityList returns the quantities of an ObjectEvent or TransactionEvent.
func (e Event) QuantityList() []QuantityElement { return e.quantities("quantityList") }

// ChildQuantityList returns the child quantities of an AggregationEvent or
// AssociationEvent.
func (e Event) ChildQuantityList() []QuantityElement { return e.quantities("childQuantityList") }

// InputQuantityList returns the input quantities of a TransformationEvent.
func (e Event) InputQuantityList() []QuantityElement { return e.quantities("inputQuantityList") }

// OutputQuantityList returns the output quantities of a TransformationEvent.
func (e Event) OutputQuantityList() []QuantityElement { return e.quantities("outputQuantityList") }

// EPCs returns every instance-level identifier the event names, in document
// order without repeats: parentID, epcList, childEPCs, inputEPCList and
// outputEPCList. Classes in quantity lists are not EPCs; see EPCClasses.
func (e Event) EPCs() []string {
	seen := map[string]bool{}
	var out []string
	add := func(ids ...string) {
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	if p := e.ParentID(); p != "" {
		add(p)
	}
	add(e.EPCList()...)
	add(e.ChildEPCs()...)
	add(e.InputEPCList()...)
	add(e.OutputEPCList()...)
	return out
}

// EPCClasses returns the classes of every quantity list, in document order
// without repeats.
func (e Event) EPCClasses() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range []string{"quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"} {
		for _, q := range e.quantities(f) {
			if !seen[q.EPCClass] {
				seen[q.EPCClass] = true
				out = append(out, q.EPCClass)
			}
		}
	}
	return out
}

// ReadPoint returns readPoint.id, where the event was observed.
func (e Event) ReadPoint() string { return e.id("readPoint") }

// BizLocation returns bizLocation.id, where the objects are afterwards.
func (e Event) BizLocation() string { return e.id("bizLocation") }

// BizStep returns the business step as written (a bare CBV term such as
// "shipping", or a URI).
func (e Event) BizStep() string { return e.str("bizStep") }

// Disposition returns the disposition as written (a bare CBV term such as
// "in_transit", or a URI).
func (e Event) Disposition() string { return e.str("disposition") }

// BizTransactions returns bizTransactionList.
func (e Event) BizTransactions() []BizTransaction {
	var out []BizTransaction
	for _, m := range objectsOf(e.fields["bizTransactionList"]) {
		t, _ := m["type"].(string)
		id, _ := m["bizTransaction"].(string)
		out = append(out, BizTransaction{Type: t, BizTransaction: id})
	}
	return out
}

func (e Event) str(field string) string {
	s, _ := e.fields[field].(string)
	return s
}

func (e Event) strs(field string) []string { return stringsOf(e.fields[field]) }

func (e Event) id(field string) string {
	m, _ := e.fields[field].(map[string]any)
	s, _ := m["id"].(string)
	return s
}

func (e Event) quantities(field string) []QuantityElement {
	var out []QuantityElement
	for _, m := range objectsOf(e.fields[field]) {
		c, _ := m["epcClass"].(string)
		q, _ := m["quantity"].(json.Number)
		u, _ := m["uom"].(string)
		out = append(out, QuantityElement{EPCClass: c, Quantity: q, UOM: u})
	}
	return out
}

func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		c := make(map[string]any, len(v))
		for k, e := range v {
			c[k] = deepCopy(e)
		}
		return c
	case []any:
		c := make([]any, len(v))
		for i, e := range v {
			c[i] = deepCopy(e)
		}
		return c
	}
	return v
}
