package epcis

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// epcisData is GS1's EPCIS reference data (examples and Event Hash ID
// reference), copied from the team's shared folder with their licences so the
// tests need nothing outside the repository.
var epcisData = "testdata"

// knownGaps lists reference pre-hash lines we do not reproduce, per file and
// event index, with the reason. Each is a defect of the reference .prehashes
// file itself: the line's SHA-256 is not the hash id in the matching .hashes
// file, while our pre-hash does hash to that id. The test asserts all three
// facts, so a corrected reference file (or a change on our side) forces this
// list to be updated.
var knownGaps = map[string]struct {
	events []int
	reason string
}{
	"epcisDocWithAllGS1Keys": {[]int{0}, "reference pre-hash line is garbled (fragments shuffled, e.g. \"epc=httpspc=…\")"},
	"epcisDocWithCustomSchemaInContext": {[]int{1}, "reference pre-hash line 2 is not event 2: it repeats event 1 " +
		"(shipping, in_transit) with its extension placed before bizTransactionList"},
	"epcisDocWithDefaultSchemaInContext": {[]int{1}, "reference pre-hash line 2 is truncated " +
		"(ends in \"…:06141410734\" and lacks the po business transaction)"},
}

// TestEventHashReference proves PreHash and HashID against GS1's reference
// data: for every X.jsonld, the hash ids in X.hashes and (when present) the
// pre-hash strings in X.prehashes, one per event in document order.
func TestEventHashReference(t *testing.T) {
	dir := filepath.Join(epcisData, "event-hash-reference")
	inputs, err := filepath.Glob(filepath.Join(dir, "*.jsonld"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no reference inputs in %s (err %v)", dir, err)
	}
	seenGaps := map[string]bool{}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".jsonld")
		t.Run(name, func(t *testing.T) {
			events := parseFile(t, in)
			wantIDs := readLines(t, filepath.Join(dir, name+".hashes"))
			var wantPre []string
			if _, err := os.Stat(filepath.Join(dir, name+".prehashes")); err == nil {
				wantPre = readLines(t, filepath.Join(dir, name+".prehashes"))
			}
			if len(events) != len(wantIDs) || (wantPre != nil && len(wantPre) != len(wantIDs)) {
				t.Fatalf("got %d events, reference has %d hashes and %d pre-hashes", len(events), len(wantIDs), len(wantPre))
			}
			gap := knownGaps[name]
			for i, e := range events {
				pre, err := e.PreHash()
				if err != nil {
					t.Fatalf("event %d: PreHash: %v", i, err)
				}
				id, err := e.HashID()
				if err != nil {
					t.Fatalf("event %d: HashID: %v", i, err)
				}
				if id != wantIDs[i] {
					t.Errorf("event %d: HashID = %s, want %s", i, id, wantIDs[i])
				}
				if wantPre == nil || pre == wantPre[i] {
					if slices.Contains(gap.events, i) {
						t.Errorf("event %d is listed in knownGaps (%s) but now matches: remove it", i, gap.reason)
					}
					continue
				}
				if !slices.Contains(gap.events, i) {
					t.Errorf("event %d: pre-hash mismatch (-want +got):\n%s", i, cmp.Diff(splitPreHash(wantPre[i]), splitPreHash(pre)))
					continue
				}
				seenGaps[name] = true
				sum := sha256.Sum256([]byte(wantPre[i]))
				if ref := "ni:///sha-256;" + hex.EncodeToString(sum[:]) + "?ver=CBV2.0"; ref == wantIDs[i] {
					t.Errorf("event %d: knownGaps says the reference pre-hash is defective, but it hashes to the reference id", i)
				}
				t.Logf("event %d: known gap: %s", i, gap.reason)
			}
		})
	}
	for name := range knownGaps {
		if !seenGaps[name] {
			t.Errorf("knownGaps lists %s, which no longer fails: update the list", name)
		}
	}
}

// TestEventHashReferenceWithoutJSON names the reference cases that have no
// JSON-LD input (their inputs are XML files the reference data we hold does
// not include; ParseXML is checked against GS1's XML/JSON-LD twins instead).
func TestEventHashReferenceWithoutJSON(t *testing.T) {
	dir := filepath.Join(epcisData, "event-hash-reference")
	var xmlOnly []string
	for _, ext := range []string{"*.hashes", "*.prehashes"} {
		files, _ := filepath.Glob(filepath.Join(dir, ext))
		for _, f := range files {
			name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".hashes"), ".prehashes")
			if _, err := os.Stat(filepath.Join(dir, name+".jsonld")); err != nil && !slices.Contains(xmlOnly, name) {
				xmlOnly = append(xmlOnly, name)
			}
		}
	}
	slices.Sort(xmlOnly)
	t.Logf("not checked (no JSON-LD input): %s", strings.Join(xmlOnly, ", "))
}

// TestMarshalRoundTrip checks that an event written by MarshalJSON parses
// back as a bare event with the same fields and the same hash.
func TestMarshalRoundTrip(t *testing.T) {
	var files []string
	for _, d := range []string{"event-hash-reference", "gs1-examples"} {
		f, _ := filepath.Glob(filepath.Join(epcisData, d, "*.jsonld"))
		files = append(files, f...)
	}
	for _, f := range files {
		for i, e := range parseFile(t, f) {
			b, err := e.MarshalJSON()
			if err != nil {
				t.Fatalf("%s event %d: MarshalJSON: %v", f, i, err)
			}
			again, err := Parse(bytes.NewReader(b))
			if err != nil || len(again) != 1 {
				t.Fatalf("%s event %d: Parse(MarshalJSON) = %d events, %v\n%s", f, i, len(again), err, b)
			}
			want, _ := e.HashID()
			got, _ := again[0].HashID()
			if got != want {
				t.Errorf("%s event %d: hash after round trip %s, want %s", filepath.Base(f), i, got, want)
			}
			if diff := cmp.Diff(withoutContext(e.Fields()), withoutContext(again[0].Fields())); diff != "" {
				t.Errorf("%s event %d: fields changed (-want +got):\n%s", filepath.Base(f), i, diff)
			}
		}
	}
}

func withoutContext(m map[string]any) map[string]any {
	delete(m, "@context")
	delete(m, ignoreFieldsIRI)
	return m
}

func parseFile(t *testing.T, path string) []Event {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	events, err := Parse(f)
	if err != nil {
		t.Fatalf("Parse(%s): %v", filepath.Base(path), err)
	}
	return events
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimRight(l, "\r"); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// preHashKey matches where a new element starts in a pre-hash string: an
// extension "{ns}", a container name, or a field name followed by "=".
var preHashKey = regexp.MustCompile(`\{|` +
	`(epcList|inputEPCList|childEPCs|childQuantityList|inputQuantityList|outputEPCList|outputQuantityList|quantityList|` +
	`quantityElement|persistentDisposition|readPoint|bizLocation|bizTransactionList|sourceList|destinationList|` +
	`sensorElementList|sensorElement|sensorMetadata|sensorReport|ilmd)|` +
	`(eventType|eventTime|eventTimeZoneOffset|certificationInfo|parentID|epc|epcClass|quantity|uom|action|` +
	`transformationID|bizStep|disposition|set|unset|id|type|bizTransaction|source|destination)=`)

// splitPreHash breaks a pre-hash string into one line per element, for
// readable diffs.
func splitPreHash(s string) []string {
	var out []string
	last := 0
	for _, m := range preHashKey.FindAllStringIndex(s, -1) {
		if m[0] > last {
			out = append(out, s[last:m[0]])
			last = m[0]
		}
	}
	return append(out, s[last:])
}
