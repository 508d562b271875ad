package epcis

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// ignoreFieldsNS is the namespace of the "ignoreFields" document member that
// GS1's reference implementation honours: a list of top-level event members
// (repository bookkeeping such as a stored hash or capture id) to leave out
// of the hash.
const (
	ignoreFieldsNS  = "https://repository-x.example.com/"
	ignoreFieldsIRI = ignoreFieldsNS + "ignoreFields"
)

// Parse reads one EPCIS 2.0 JSON / JSON-LD input: an EPCISDocument (events in
// epcisBody.eventList, or a single epcisBody.event), an EPCISQueryDocument
// (epcisBody.queryResults.resultsBody.eventList) or a bare event. It returns
// the events in document order, each validated; the first invalid event makes
// Parse fail with a *ValidationError naming it.
func Parse(r io.Reader) ([]Event, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	var top any
	if err := dec.Decode(&top); err != nil {
		return nil, &ValidationError{Event: -1, Detail: err.Error(), Err: ErrNotJSON}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, invalid(ErrNotJSON, "", "trailing data after the JSON value")
	}
	doc, ok := top.(map[string]any)
	if !ok {
		return nil, invalid(ErrNotJSON, "", "the input must be a JSON object")
	}
	return parseDocument(doc)
}

// parseDocument returns the validated events of a decoded JSON-LD input.
func parseDocument(doc map[string]any) ([]Event, error) {
	raw, directives, bare, err := eventList(doc)
	if err != nil {
		return nil, err
	}
	docContext := contextEntries(doc["@context"])
	events := make([]Event, 0, len(raw))
	for i, r := range raw {
		ev, ok := r.(map[string]any)
		if !ok {
			return nil, &ValidationError{Event: i, Detail: "an event must be a JSON object", Err: ErrBadField}
		}
		t, verr := validate(ev)
		if verr != nil {
			verr.Event = i
			return nil, verr
		}
		e := Event{fields: ev, time: t, context: docContext}
		if !bare {
			e.context = append(append([]any(nil), docContext...), contextEntries(ev["@context"])...)
		}
		e.prefixes = declaredPrefixes(e.context)
		e.ignore = ignoredFields(directives, e.prefixes)
		events = append(events, e)
	}
	return events, nil
}

// eventList finds the events of a document, and the object that may carry
// the ignoreFields directive (the document, or its queryResults).
func eventList(doc map[string]any) (events []any, directives map[string]any, bare bool, err error) {
	typ, _ := doc["type"].(string)
	body, hasBody := doc["epcisBody"].(map[string]any)
	switch {
	case typ == "EPCISQueryDocument" || (hasBody && body["queryResults"] != nil):
		qr, _ := body["queryResults"].(map[string]any)
		rb, _ := qr["resultsBody"].(map[string]any)
		list, ok := rb["eventList"].([]any)
		if !ok {
			return nil, nil, false, invalid(ErrNotEPCIS, "epcisBody.queryResults.resultsBody.eventList", "an EPCISQueryDocument needs an event list")
		}
		return list, qr, false, nil
	case typ == "EPCISDocument" || hasBody:
		if list, ok := body["eventList"].([]any); ok {
			return list, doc, false, nil
		}
		if ev, ok := body["event"]; ok {
			return []any{ev}, doc, false, nil
		}
		return nil, nil, false, invalid(ErrNotEPCIS, "epcisBody.eventList", "an EPCISDocument needs epcisBody.eventList")
	case strings.HasPrefix(typ, "EPCIS"):
		return nil, nil, false, invalid(ErrNotEPCIS, "type", "unknown document type %q", typ)
	case !looksLikeEvent(doc):
		return nil, nil, false, invalid(ErrNotEPCIS, "", "neither an EPCIS document (EPCISDocument, EPCISQueryDocument with epcisBody) "+
			"nor an EPCIS event (type, eventTime, action, what): a query definition, for example, is not an event")
	}
	// A bare event is its own document: its @context and directives are its own.
	return []any{doc}, doc, true, nil
}

// eventMembers are the members of which a bare event has at least one. An
// object with none (a query definition, a subscription, master data) is not
// an event with faults but no EPCIS input at all.
var eventMembers = []string{"eventTime", "eventTimeZoneOffset", "action", "epcList", "parentID", "childEPCs",
	"inputEPCList", "outputEPCList", "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList",
	"bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList", "sensorElementList"}

// looksLikeEvent reports whether a bare object is meant as an event: it has
// one of the five event types, or any member only events have.
func looksLikeEvent(obj map[string]any) bool {
	if typ, _ := obj["type"].(string); whatFields[Type(typ)] != nil {
		return true
	}
	for _, m := range eventMembers {
		if _, ok := obj[m]; ok {
			return true
		}
	}
	return false
}

// contextEntries returns a JSON-LD @context as a list of entries.
func contextEntries(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

// declaredPrefixes returns the prefixes the inline @context entries define
// (later entries win). Remote contexts are not fetched: the standard EPCIS
// context's own prefixes are not applied to keys and values, exactly like in
// GS1's reference implementation.
func declaredPrefixes(entries []any) map[string]string {
	p := map[string]string{}
	for _, e := range entries {
		m, _ := e.(map[string]any)
		for k, v := range m {
			if s, ok := v.(string); ok && !strings.HasPrefix(k, "@") {
				p[k] = s
			}
		}
	}
	return p
}

// ignoredFields returns the event members a document's ignoreFields
// directive names. Only extension members (compact or absolute IRIs) can be
// ignored: standard EPCIS fields are always covered by the hash.
func ignoredFields(directives map[string]any, prefixes map[string]string) []string {
	var out []string
	for k, v := range directives {
		p, local, ok := strings.Cut(k, ":")
		if k != ignoreFieldsIRI && (!ok || local != "ignoreFields" || prefixes[p] != ignoreFieldsNS) {
			continue
		}
		for _, f := range stringsOf(v) {
			if strings.Contains(f, ":") {
				out = append(out, f)
			}
		}
	}
	return out
}

// hashIgnore returns the set of top-level members the hash leaves out for
// reasons of the document: ignored extension fields, and on a bare event the
// ignoreFields directive itself.
// The set is nil, allocating nothing, in the usual case where it is empty.
func (e Event) hashIgnore() map[string]bool {
	var m map[string]bool
	set := func(k string) {
		if m == nil {
			m = map[string]bool{}
		}
		m[k] = true
	}
	for _, f := range e.ignore {
		set(f)
	}
	// Only a prefix bound to ignoreFieldsNS makes a compact key match; without
	// one (the usual case) a lookup of the full IRI does, without iterating.
	if !bindsIgnoreNS(e.prefixes) {
		if _, ok := e.fields[ignoreFieldsIRI]; ok {
			set(ignoreFieldsIRI)
		}
		return m
	}
	for k := range e.fields {
		if p, local, ok := strings.Cut(k, ":"); k == ignoreFieldsIRI || (ok && local == "ignoreFields" && e.prefixes[p] == ignoreFieldsNS) {
			set(k)
		}
	}
	return m
}

// bindsIgnoreNS reports whether some prefix is bound to ignoreFieldsNS.
func bindsIgnoreNS(prefixes map[string]string) bool {
	for _, iri := range prefixes {
		if iri == ignoreFieldsNS {
			return true
		}
	}
	return false
}
