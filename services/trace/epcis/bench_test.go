package epcis

import (
	"strings"
	"testing"
)

// simpleObjectEventDoc is a typical bulk-ingestion event: one EPC, the usual
// CBV terms, read point and business location, and one purchase order.
const simpleObjectEventDoc = `{
  "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2024-11-11T00:00:00Z",
  "epcisBody": {"eventList": [{
    "type": "ObjectEvent",
    "eventTime": "2024-11-11T10:15:30.123+01:00",
    "eventTimeZoneOffset": "+01:00",
    "epcList": ["urn:epc:id:sgtin:4012345.011111.987"],
    "action": "OBSERVE",
    "bizStep": "shipping",
    "disposition": "in_transit",
    "readPoint": {"id": "urn:epc:id:sgln:4012345.00001.0"},
    "bizLocation": {"id": "urn:epc:id:sgln:4012345.00002.0"},
    "bizTransactionList": [{"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:4012345123456:PO-1234"}]
  }]}
}`

func BenchmarkHashSimpleObjectEvent(b *testing.B) {
	e := mustParse(b, simpleObjectEventDoc)[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.HashID(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSimpleObjectEvent(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(strings.NewReader(simpleObjectEventDoc)); err != nil {
			b.Fatal(err)
		}
	}
}

// simpleObjectEventXML is simpleObjectEventDoc in EPCIS 2.0 XML.
const simpleObjectEventXML = `<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="2024-11-11T00:00:00Z">
  <EPCISBody><EventList><ObjectEvent>
    <eventTime>2024-11-11T10:15:30.123+01:00</eventTime>
    <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
    <epcList><epc>urn:epc:id:sgtin:4012345.011111.987</epc></epcList>
    <action>OBSERVE</action>
    <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
    <disposition>urn:epcglobal:cbv:disp:in_transit</disposition>
    <readPoint><id>urn:epc:id:sgln:4012345.00001.0</id></readPoint>
    <bizLocation><id>urn:epc:id:sgln:4012345.00002.0</id></bizLocation>
    <bizTransactionList><bizTransaction type="urn:epcglobal:cbv:btt:po">urn:epcglobal:cbv:bt:4012345123456:PO-1234</bizTransaction></bizTransactionList>
  </ObjectEvent></EventList></EPCISBody>
</epcis:EPCISDocument>`

func BenchmarkParseXMLSimpleObjectEvent(b *testing.B) {
	want, _ := mustParse(b, simpleObjectEventDoc)[0].HashID()
	evs, err := ParseXML(strings.NewReader(simpleObjectEventXML))
	if err != nil {
		b.Fatal(err)
	}
	if got, _ := evs[0].HashID(); got != want {
		b.Fatalf("the XML form hashes to %s, the JSON-LD to %s", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseXML(strings.NewReader(simpleObjectEventXML)); err != nil {
			b.Fatal(err)
		}
	}
}
