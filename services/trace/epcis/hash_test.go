package epcis

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"pgregory.net/rapid"
)

func mustParse(t testing.TB, doc string) []Event {
	t.Helper()
	events, err := Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return events
}

func mustPreHash(t testing.TB, e Event) string {
	t.Helper()
	p, err := e.PreHash()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHashIsSHA256OfPreHash(t *testing.T) {
	e := mustParse(t, document(objectEvent(nil)))[0]
	h, _ := e.Hash()
	id, _ := e.HashID()
	if h != sha256.Sum256([]byte(mustPreHash(t, e))) {
		t.Error("Hash is not the SHA-256 of PreHash")
	}
	if want := "ni:///sha-256;" + hex.EncodeToString(h[:]) + "?ver=CBV2.0"; id != want {
		t.Errorf("HashID = %s, want %s", id, want)
	}
}

// TestCommentsIgnored: the reference event with an rdfs:comment hashes like
// the same event without it in the reference query document.
func TestCommentsIgnored(t *testing.T) {
	dir := filepath.Join(epcisData, "event-hash-reference")
	with := parseFile(t, filepath.Join(dir, "epcisDocHavingEventWithComment.jsonld"))[0]
	without := parseFile(t, filepath.Join(dir, "epcisQueryDocument.jsonld"))[0]
	if a, b := mustPreHash(t, with), mustPreHash(t, without); a != b {
		t.Errorf("comment changed the pre-hash:\n%s\n%s", a, b)
	}
}

// TestIgnoreFields: a document may exclude its own extension members from
// the hash, never standard fields.
func TestIgnoreFields(t *testing.T) {
	doc := func(ignore []string, ev map[string]any) string {
		b, _ := json.Marshal(map[string]any{
			"@context": []any{"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
				map[string]any{"repo": ignoreFieldsNS, "ex": "https://ns.example.com/"}},
			"type": "EPCISDocument", "repo:ignoreFields": ignore,
			"epcisBody": map[string]any{"eventList": []any{ev}},
		})
		return string(b)
	}
	plain := objectEvent(func(m map[string]any) { m["bizStep"] = "shipping" })
	extra := objectEvent(func(m map[string]any) { m["bizStep"] = "shipping"; m["ex:captureID"] = "c-1" })
	noStep := objectEvent(nil)
	ignored := mustParse(t, doc([]string{"ex:captureID", "bizStep"}, extra))[0]
	if got := ignored.IgnoredFields(); len(got) != 1 || got[0] != "ex:captureID" {
		t.Errorf("IgnoredFields = %v, want [ex:captureID]", got)
	}
	if a, b := mustPreHash(t, ignored), mustPreHash(t, mustParse(t, doc(nil, plain))[0]); a != b {
		t.Errorf("ignored extension still hashed:\n%s\n%s", a, b)
	}
	if a, b := mustPreHash(t, ignored), mustPreHash(t, mustParse(t, doc(nil, noStep))[0]); a == b {
		t.Error("a standard field listed in ignoreFields was left out of the hash")
	}
}

// TestHashIndependentOfNeighbours: an event hashes the same whatever else
// its document holds, even when a neighbour's CBV term equals one of its
// extension values.
func TestHashIndependentOfNeighbours(t *testing.T) {
	ev := objectEvent(func(m map[string]any) { m["ex:note"] = "shipping" })
	neighbour := objectEvent(func(m map[string]any) { m["bizStep"] = "shipping" })
	alone := mustPreHash(t, mustParse(t, document(ev))[0])
	together := mustPreHash(t, mustParse(t, document(neighbour, ev))[1])
	if alone != together {
		t.Errorf("neighbour changed the pre-hash:\n%s\n%s", alone, together)
	}
	if !strings.Contains(alone, "ex:note=shipping") {
		t.Errorf("extension value expanded without a bizStep in the event: %s", alone)
	}
}

// TestHashProperties: reordering lists or members never changes the hash;
// changing, adding or removing a hashed value always does.
func TestHashProperties(t *testing.T) {
	base := map[string]any{
		"type": "ObjectEvent", "eventTime": "2024-11-11T00:00:01.123+08:00", "eventTimeZoneOffset": "+08:00",
		"action": "ADD", "bizStep": "commissioning", "disposition": "active",
		"epcList": []any{"urn:epc:id:sgtin:4012345.011111.1", "urn:epc:id:sgtin:4012345.011111.2",
			"urn:epc:id:sgtin:4012345.011111.3", "https://example.com/01/04012345111118/21/4"},
		"quantityList": []any{map[string]any{"epcClass": "urn:epc:class:lgtin:4012345.011111.L1", "quantity": json.Number("2.5"), "uom": "KGM"},
			map[string]any{"epcClass": "urn:epc:idpat:sgtin:4012345.011111.*", "quantity": json.Number("10")}},
		"readPoint":          map[string]any{"id": "urn:epc:id:sgln:4012345.00001.0", "ex:dock": "7"},
		"bizTransactionList": []any{map[string]any{"type": "po", "bizTransaction": "urn:x:1"}, map[string]any{"type": "inv", "bizTransaction": "urn:x:2"}},
		"ilmd":               map[string]any{"ex:lot": "L1", "ex:grades": []any{"A", "B", "C"}},
		"ex:tags":            []any{"t1", "t2", "t3"},
	}
	hash := func(t *rapid.T, ev map[string]any) string {
		b, _ := json.Marshal(map[string]any{"@context": []any{map[string]any{"ex": "https://ns.example.com/"}}, "type": "EPCISDocument",
			"epcisBody": map[string]any{"eventList": []any{ev}}})
		events, err := Parse(strings.NewReader(string(b)))
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		id, _ := events[0].HashID()
		return id
	}
	rapid.Check(t, func(t *rapid.T) {
		ev := deepCopy(base).(map[string]any)
		want := hash(t, ev)
		for _, path := range [][]string{{"epcList"}, {"quantityList"}, {"bizTransactionList"}, {"ilmd", "ex:grades"}, {"ex:tags"}} {
			list := lookup(ev, path).([]any)
			perm := rapid.Permutation(list).Draw(t, strings.Join(path, "."))
			copy(list, perm)
		}
		if got := hash(t, ev); got != want {
			t.Fatalf("reordering lists changed the hash: %s != %s", got, want)
		}
		switch rapid.IntRange(0, 4).Draw(t, "change") {
		case 0:
			list := ev["epcList"].([]any)
			list[rapid.IntRange(0, len(list)-1).Draw(t, "i")] = "urn:epc:id:sgtin:4012345.011111.99"
		case 1:
			ev["quantityList"].([]any)[0].(map[string]any)["quantity"] = json.Number("2.6")
		case 2:
			delete(ev, rapid.SampledFrom([]string{"bizStep", "disposition", "readPoint", "ilmd", "ex:tags", "bizTransactionList"}).Draw(t, "field"))
		case 3:
			ev["ex:"+rapid.StringMatching(`[a-z]{1,8}`).Draw(t, "name")] = "new"
		case 4:
			ev["eventTime"] = "2024-11-11T00:00:01.124+08:00"
		}
		if got := hash(t, ev); got == want {
			t.Fatalf("changing the event kept the hash %s", got)
		}
	})
}

// TestHashConcurrent: events are read-only, so hashing them from many
// goroutines at once (as a batcher would) is safe and gives the same ids.
func TestHashConcurrent(t *testing.T) {
	events := parseFile(t, filepath.Join(epcisData, "event-hash-reference", "epcisDocWithVariousEventTypes.jsonld"))
	want := make([]string, len(events))
	for i, e := range events {
		want[i], _ = e.HashID()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(events))
	for range 8 {
		wg.Go(func() {
			for i, e := range events {
				if got, _ := e.HashID(); got != want[i] {
					errs <- got
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent HashID gave %s", got)
	}
}

func lookup(m map[string]any, path []string) any {
	var v any = m
	for _, p := range path {
		v = v.(map[string]any)[p]
	}
	return v
}

func BenchmarkHashID(b *testing.B) {
	e := parseFile(&testing.T{}, filepath.Join(epcisData, "event-hash-reference", "epcisDocWithSensorDataObjectEvent.jsonld"))[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.HashID(); err != nil {
			b.Fatal(err)
		}
	}
}
