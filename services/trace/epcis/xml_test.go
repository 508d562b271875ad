package epcis

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// xmlTwin pairs an event of a GS1 XML example with its JSON-LD twin. When
// the two documents say different things, differs says what: the pair must
// then hash differently (the difference is in the data, not in our mapping).
// Where fix is given, it edits the XML to say what the JSON-LD says; the
// pair must then agree, which proves the difference is all there is.
type xmlTwin struct {
	xml     string
	xmlAt   int
	json    string
	jsonAt  int
	differs string
	fix     []string // old, new, old, new, … replaced in the XML
}

var bizstepFix = []string{"Bizstep-sensor_reporting", "BizStep-sensor_reporting"}

var errorDeclFix = []string{`<quantity xsi:nil="true"/>`, `<quantity>500</quantity><uom>KGM</uom>`,
	"urn:epc:id:sgln:4012345.00000.0", "urn:epc:id:sgln:0614141.07346.1234"}

// rawDataFix gives the XML's four sensor reports of SensorDataExample4 the
// JSON-LD's rawData.
var rawDataFix = func() []string {
	var fix []string
	for _, d := range []string{"111", "222", "333", "444"} {
		fix = append(fix, `deviceMetadata="https://id.gs1.org/8004/4000001`+d+`" rawData="https://example.org/8004/401234599999"`,
			`deviceMetadata="https://id.gs1.org/8004/4000001`+d+`" rawData="https://id.gs1.org/8004/4000001`+d+`-20190402T150000000"`)
	}
	return fix
}()

const (
	slashNS     = "the XML's extension namespace lacks the JSON-LD's final slash (http://ns.example.com/epcis vs …/epcis/), another IRI"
	httpsNS     = "the XML's extension namespace is https://ns.example.com/epcis, the JSON-LD's http://ns.example.com/epcis/"
	bizstepTypo = "the XML's bizStep is …/cbv/Bizstep-sensor_reporting (lower-case s), another URI"
	fullDiff    = "the JSON-LD has certificationInfo (and more extension members) that the XML lacks"
)

// xmlTwins are every pair of GS1 examples that exist in both forms.
var xmlTwins = []xmlTwin{
	{"Example_9.6.1-ObjectEvent-2020_06_18a", 0, "Example_9.6.1-ObjectEvent", 0, "", nil},
	{"Example_9.6.1-ObjectEvent-2020_06_18a", 1, "Example_9.6.1-ObjectEvent", 1, slashNS,
		[]string{`xmlns:example="http://ns.example.com/epcis"`, `xmlns:example="http://ns.example.com/epcis/"`}},
	{"Example-TransactionEvent-2020_07_03y", 0, "Example-TransactionEvents-2020_07_03y", 0, "", nil},
	{"Example-TransactionEvent-2020_07_03y", 1, "Example-TransactionEvents-2020_07_03y", 1,
		"the XML's third rail:vehicle has an empty rail:vehicleMasterGIAI element, which the JSON-LD leaves out",
		[]string{"<rail:vehicleMasterGIAI/>", ""}},
	{"AssociationEvent_AssociationEventExamples", 0, "AssociationEvent_AssociationEvent-a", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 1, "AssociationEvent_AssociationEvent-b", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 2, "AssociationEvent_AssociationEvent-c", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 3, "AssociationEvent_AssociationEvent-d", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 4, "AssociationEvent_AssociationEvent-e", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 5, "AssociationEvent_AssociationEvent-f", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 6, "AssociationEvent_AssociationEvent-g", 0, "", nil},
	{"AssociationEvent_AssociationEventExamples", 7, "AssociationEvent_AssociationEvent-h", 0, "", nil},
	{"WithSensorData_SensorDataExamples", 0, "WithSensorData_SensorDataExample1", 0, "", nil},
	{"WithSensorData_SensorDataExamples", 1, "WithSensorData_SensorDataExample2", 0, "", nil},
	{"WithSensorData_SensorDataExamples", 2, "WithSensorData_SensorDataExample3", 0, "", nil},
	{"WithSensorData_SensorDataExamples", 3, "WithSensorData_SensorDataExample4", 0, "rawData differs (…/401234599999 vs …/4000001222-20190402T150000000)", rawDataFix},
	{"WithSensorData_SensorDataExamples", 4, "WithSensorData_SensorDataExample5", 0, "", nil},
	{"WithSensorData_SensorDataExamples", 5, "WithSensorData_SensorDataExample6", 0, httpsNS + "; the JSON-LD adds an epcList and a quantityList", nil},
	{"WithSensorData_SensorDataExamples", 6, "WithSensorData_SensorDataExample7", 0, httpsNS + "; the sensor types differ (Abc… vs Def…)", nil},
	{"WithSensorData_SensorDataExamples", 7, "WithSensorData_SensorDataExample8", 0, httpsNS + "; gs1:Molar_concentration vs AmountOfSubstancePerUnitVolume; one more sensorElement in the XML", nil},
	{"WithSensorData_SensorDataExamples", 8, "WithSensorData_SensorDataExample9", 0, "the XML's sensor reports have no type, the JSON-LD's do",
		[]string{`<sensorReport exception="gs1:ERROR_CONDITION"`, `<sensorReport type="gs1:Temperature" exception="gs1:ERROR_CONDITION"`,
			`<sensorReport exception="gs1:ALARM_CONDITION"`, `<sensorReport type="gs1:AbsoluteHumidity" exception="gs1:ALARM_CONDITION"`}},
	{"WithSensorData_SensorDataExamples", 9, "WithSensorData_SensorDataExample10", 0, "components are example:x/y/z in the XML, CBV x/y/z in the JSON-LD, which adds example:feature", nil},
	{"WithSensorData_SensorDataExamples", 10, "WithSensorData_SensorDataExample11", 0, "gs1:EffectiveDoseRate vs DoseEquivalentRate",
		[]string{"gs1:EffectiveDoseRate", "gs1:DoseEquivalentRate"}},
	{"WithSensorData_SensorDataExamples", 11, "WithSensorData_SensorDataExample12", 0, "the XML has more extension members (gs1ES, assemblyLine, workingShift)", nil},
	{"WithSensorData_SensorDataExamples", 12, "WithSensorData_SensorDataExample14", 0, bizstepTypo, bizstepFix},
	{"WithSensorData_SensorDataExamples", 13, "WithSensorData_SensorDataExample15", 0, bizstepTypo, bizstepFix},
	{"WithErrorDeclaration_ErrorDeclarationAndCorrectiveEvent", 0, "WithErrorDeclaration_ErrorDeclarationAndCorrectiveEvent", 0,
		"the XML's input quantity is xsi:nil, the JSON-LD's 500 KGM; the read points differ", errorDeclFix},
	{"WithErrorDeclaration_ErrorDeclarationAndCorrectiveEvent", 1, "WithErrorDeclaration_ErrorDeclarationAndCorrectiveEvent", 1,
		"the XML's input quantity is xsi:nil, the JSON-LD's 500 KGM; the read points differ", errorDeclFix},
	{"Example-PersistentDisposition", 0, "PersistentDisposition-example", 0, "AggregationEvents in the XML, ObjectEvents in the JSON-LD", nil},
	{"Example-PersistentDisposition", 1, "PersistentDisposition-example", 1, "AggregationEvents in the XML, ObjectEvents in the JSON-LD", nil},
	{"WithFullCombinationOfFields_object_event_all_possible_fields", 0, "WithFullCombinationOfFields_object_event_all_possible_fields", 0,
		fullDiff + "; action OBSERVE vs ADD, and only the JSON-LD has ilmd", nil},
	{"WithFullCombinationOfFields_aggregation_event_all_possible_fields", 0, "WithFullCombinationOfFields_aggregation_event_all_possible_fields", 0,
		fullDiff + "; a sensor component example:x vs cbv:Comp-latitude", nil},
	{"WithFullCombinationOfFields_association_event_all_possible_fields", 0, "WithFullCombinationOfFields_association_event_all_possible_fields", 0, fullDiff, nil},
	{"WithFullCombinationOfFields_transaction_event_all_possible_fields", 0, "WithFullCombinationOfFields_transaction_event_all_possible_fields", 0, fullDiff, nil},
	{"WithFullCombinationOfFields_transformation_event_all_possible_fields", 0, "WithFullCombinationOfFields_transformation_event_all_possible_fields", 0,
		fullDiff + "; the XML's ilmd weights carry measurementUnitCode", nil},
}

// TestXMLJSONTwins: an event read from GS1's XML example gets the Event Hash
// ID of the same event read from the JSON-LD example, for every pair that
// says the same; the pairs that do not are listed with the difference.
func TestXMLJSONTwins(t *testing.T) {
	agree, fixed := 0, 0
	for _, tw := range xmlTwins {
		t.Run(fmt.Sprintf("%s/%d", tw.xml, tw.xmlAt), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(epcisData, "gs1-examples-xml", tw.xml+".xml"))
			if err != nil {
				t.Fatal(err)
			}
			x := mustParseXML(t, b)
			j := parseFile(t, filepath.Join(epcisData, "gs1-examples", tw.json+".jsonld"))
			xid, _ := x[tw.xmlAt].HashID()
			jid, _ := j[tw.jsonAt].HashID()
			switch {
			case tw.differs == "" && xid != jid:
				xp, _ := x[tw.xmlAt].PreHash()
				jp, _ := j[tw.jsonAt].PreHash()
				t.Errorf("XML %s, JSON-LD %s:\nXML  %s\nJSON %s", xid, jid, xp, jp)
			case tw.differs != "" && xid == jid:
				t.Errorf("listed as differing (%s), but both hash to %s: remove the reason", tw.differs, xid)
			case tw.differs == "":
				agree++
			}
			if tw.fix == nil {
				return
			}
			fx := mustParseXML(t, []byte(strings.NewReplacer(tw.fix...).Replace(string(b))))
			if fid, _ := fx[tw.xmlAt].HashID(); fid != jid {
				xp, _ := fx[tw.xmlAt].PreHash()
				jp, _ := j[tw.jsonAt].PreHash()
				t.Errorf("fixed (%s), the XML still hashes otherwise:\nXML  %s\nJSON %s", tw.differs, xp, jp)
			} else {
				fixed++
			}
		})
	}
	t.Logf("%d of %d GS1 XML/JSON-LD event pairs agree; %d more once the XML is edited to say what the JSON-LD says; "+
		"the others differ in more of their data", agree, len(xmlTwins), fixed)
}

func mustParseXML(t *testing.T, b []byte) []Event {
	t.Helper()
	evs, err := ParseXML(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// TestParseXMLGS1Examples: every GS1 XML example that is an EPCISDocument
// parses; its events hash, and each one's JSON-LD equivalent (what trace
// stores) parses back to the same hash.
func TestParseXMLGS1Examples(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(epcisData, "gs1-examples-xml", "*.xml"))
	if len(files) == 0 {
		t.Fatal("no XML examples")
	}
	events := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".xml")
		t.Run(name, func(t *testing.T) {
			b, _ := os.ReadFile(f)
			evs, err := ParseXML(bytes.NewReader(b))
			if bytes.Contains(b, []byte("EPCISMasterDataDocument")) {
				if !errors.Is(err, ErrNotEPCIS) {
					t.Fatalf("master data: %v, want ErrNotEPCIS", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := bytes.Count(b, []byte("<eventTime>")); len(evs) != want {
				t.Errorf("%d events, the document holds %d", len(evs), want)
			}
			for i, e := range evs {
				want, err := e.HashID()
				if err != nil {
					t.Fatal(err)
				}
				body, _ := e.MarshalJSON()
				again, err := Parse(bytes.NewReader(body))
				if err != nil || len(again) != 1 {
					t.Fatalf("event %d: JSON equivalent does not parse: %v\n%s", i, err, body)
				}
				if got, _ := again[0].HashID(); got != want {
					t.Errorf("event %d: JSON equivalent hashes to %s, the XML to %s\n%s", i, got, want, body)
				}
			}
			events += len(evs)
		})
	}
	t.Logf("%d XML examples, %d events", len(files), events)
}

// TestParseXMLRefuses: hostile or foreign XML is refused, never expanded.
func TestParseXMLRefuses(t *testing.T) {
	const doc = `<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0" creationDate="2024-01-01T00:00:00Z"><EPCISBody><EventList>%s</EventList></EPCISBody></epcis:EPCISDocument>`
	event := func(extra string) string {
		return strings.Replace(doc, "%s", `<ObjectEvent><eventTime>2024-01-01T10:00:00.000+01:00</eventTime><eventTimeZoneOffset>+01:00</eventTimeZoneOffset>`+
			`<epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList><action>OBSERVE</action>`+extra+`</ObjectEvent>`, 1)
	}
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
		`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>` + event(`<ex:x xmlns:ex="urn:x">&lol3;</ex:x>`)
	xxe := `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + event(`<ex:x xmlns:ex="urn:x">&xxe;</ex:x>`)
	deep := event(`<ex:x xmlns:ex="urn:x">` + strings.Repeat("<ex:x>", MaxXMLDepth) + strings.Repeat("</ex:x>", MaxXMLDepth) + `</ex:x>`)
	for _, tt := range []struct {
		name, in string
		want     error
	}{
		{"BillionLaughs", laughs, ErrNotXML},
		{"ExternalEntity", xxe, ErrNotXML},
		{"TooDeep", deep, ErrNotXML},
		{"NotWellFormed", event("<ex:x>"), ErrNotXML},
		{"Empty", "", ErrNotXML},
		{"OtherRoot", `<project><name>x</name></project>`, ErrNotEPCIS},
		{"NoEventList", `<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody/></epcis:EPCISDocument>`, ErrNotEPCIS},
		{"BadEvent", strings.Replace(event(""), "OBSERVE", "LOOK", 1), ErrBadAction},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := ParseXML(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("ParseXML = %d events, %v; want %v", len(evs), err, tt.want)
			}
		})
	}
	if evs, err := ParseXML(strings.NewReader(event(""))); err != nil || len(evs) != 1 {
		t.Fatalf("the plain document: %d events, %v", len(evs), err)
	}
}

// TestReadXMLStreams: each event reaches fn as soon as its end tag is read,
// before the rest of the document is (here, before the part that is not
// even well-formed); fn's error stops the reading.
func TestReadXMLStreams(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(epcisData, "gs1-examples-xml", "Example_9.6.1-ObjectEvent-2020_06_18a.xml"))
	if err != nil {
		t.Fatal(err)
	}
	cut := bytes.LastIndex(b, []byte("<ObjectEvent>"))
	truncated := append(b[:cut:cut], "<ObjectEvent><unclosed>"...)
	stop := errors.New("enough")
	var seen []string
	err = ReadXML(bytes.NewReader(truncated), func(e Event) error {
		id, _ := e.HashID()
		seen = append(seen, id)
		return stop
	})
	want, _ := parseFile(t, filepath.Join(epcisData, "gs1-examples", "Example_9.6.1-ObjectEvent.jsonld"))[0].HashID()
	if !errors.Is(err, stop) || len(seen) != 1 || seen[0] != want {
		t.Fatalf("ReadXML = %v after %v, want fn's error after the first event (%s)", err, seen, want)
	}
	if err := ReadXML(bytes.NewReader(truncated), func(Event) error { return nil }); !errors.Is(err, ErrNotXML) {
		t.Fatalf("the truncated document read to its end: %v, want ErrNotXML", err)
	}
}
