package epcis

import (
	"strings"
	"testing"
)

// textDoc is a document whose event carries the extension example:batch as
// written in the XML-style JSON-LD form, with value and namespace declaration
// as given (decl empty: no declaration at all).
func textDoc(value, decl string) string {
	ext := `{"#text": "` + value + `"` + decl + `}`
	return `{"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"example": "http://ns.example.com/epcis/"}],
	  "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z",
	  "epcisBody": {"eventList": [{"type": "ObjectEvent", "eventTime": "2024-01-01T10:00:00.000+01:00",
	    "eventTimeZoneOffset": "+01:00", "action": "OBSERVE", "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"],
	    "readPoint": {"id": "urn:epc:id:sgln:0614141.07346.1234", "example:dock": ` + ext + `},
	    "example:batch": ` + ext + `}]}}`
}

// TestXMLStyleTextValueIsHashed: an extension value in the {"#text": …}
// form is hashed by its text, as GS1's reference does. Two events that differ
// only there used to share a hash (the text was dropped), so the second was
// refused as a duplicate of the first.
func TestXMLStyleTextValueIsHashed(t *testing.T) {
	const decl = `, "@xmlns:example": "http://ns.example.com/epcis/"`
	a := mustParse(t, textDoc("4711", decl))[0]
	b := mustParse(t, textDoc("4712", decl))[0]
	ha, hb := mustPreHash(t, a), mustPreHash(t, b)
	if ha == hb {
		t.Fatalf("events differing only in an extension's #text hash the same:\n%s", ha)
	}
	for _, want := range []string{"{http://ns.example.com/epcis/}batch=4711", "{http://ns.example.com/epcis/}dock=4711"} {
		if !strings.Contains(ha, want) {
			t.Errorf("pre-hash lacks %q:\n%s", want, ha)
		}
	}
	// The same value as a plain string: the same element, the same hash.
	plain := mustParse(t, strings.ReplaceAll(textDoc("4711", ""), `{"#text": "4711"}`, `"4711"`))[0]
	if hp := mustPreHash(t, plain); hp != ha {
		t.Errorf("{\"#text\": v} and v hash differently:\n%s\n%s", ha, hp)
	}
}

// TestXMLNSIsNoData: an @xmlns declaration is not part of the event: with
// or without it (or declaring another prefix) the event hashes the same.
func TestXMLNSIsNoData(t *testing.T) {
	want := mustPreHash(t, mustParse(t, textDoc("4711", ""))[0])
	for name, decl := range map[string]string{
		"Declared":      `, "@xmlns:example": "http://ns.example.com/epcis/"`,
		"OtherPrefix":   `, "@xmlns:other": "http://other.example.com/"`,
		"DefaultNS":     `, "@xmlns": "http://ns.example.com/epcis/"`,
		"CBVNamespace":  `, "@xmlns:cbv": "https://ref.gs1.org/cbv/"`,
		"Declarations2": `, "@xmlns:a": "urn:a", "@xmlns:b": "urn:b"`,
	} {
		t.Run(name, func(t *testing.T) {
			if got := mustPreHash(t, mustParse(t, textDoc("4711", decl))[0]); got != want {
				t.Errorf("declaration changed the pre-hash:\n%s\n%s", want, got)
			}
		})
	}
}

// TestXMLNSDeclares: without a @context prefix, an @xmlns declaration gives
// the member carrying it (and its own members) their namespace, as an XML
// declaration does and as GS1's reference reads it; it holds nowhere else.
func TestXMLNSDeclares(t *testing.T) {
	doc := func(batch string) string {
		return `{"type": "ObjectEvent", "eventTime": "2024-01-01T10:00:00.000+01:00", "eventTimeZoneOffset": "+01:00",
		  "action": "OBSERVE", "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"], "ex:batch": ` + batch + `, "ex:other": "1"}`
	}
	got := mustPreHash(t, mustParse(t, doc(`{"#text": "4711", "@xmlns:ex": "http://ns.example.com/epcis/"}`))[0])
	if want := "{http://ns.example.com/epcis/}batch=4711"; !strings.Contains(got, want) {
		t.Errorf("pre-hash lacks %q:\n%s", want, got)
	}
	if !strings.Contains(got, "ex:other=1") {
		t.Errorf("the declaration leaked to a sibling:\n%s", got)
	}
	nested := mustPreHash(t, mustParse(t, doc(`{"@xmlns:ex": "http://ns.example.com/epcis/", "ex:lot": "L1"}`))[0])
	if want := "{http://ns.example.com/epcis/}batch{http://ns.example.com/epcis/}lot=L1"; !strings.Contains(nested, want) {
		t.Errorf("pre-hash lacks %q:\n%s", want, nested)
	}
}
