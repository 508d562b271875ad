package epcis

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseGS1Examples walks GS1's EPCIS 2.0 example documents: every one
// must parse, yield as many events as its event list holds, and hash.
func TestParseGS1Examples(t *testing.T) {
	dir := filepath.Join(epcisData, "gs1-examples")
	files, events := 0, 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".jsonld") {
			return err
		}
		files++
		t.Run(strings.TrimSuffix(d.Name(), ".jsonld"), func(t *testing.T) {
			got := parseFile(t, path)
			if want := countEvents(t, path); len(got) != want {
				t.Errorf("Parse returned %d events, the document holds %d", len(got), want)
			}
			for i, e := range got {
				if _, err := e.HashID(); err != nil {
					t.Errorf("event %d: HashID: %v", i, err)
				}
				if len(e.EPCs())+len(e.EPCClasses()) == 0 && e.ReadPoint() == "" && e.ParentID() == "" {
					t.Errorf("event %d names nothing", i)
				}
			}
			events += len(got)
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Fatalf("no examples found in %s", dir)
	}
	t.Logf("%d GS1 example documents, %d events, all parsed and hashed", files, events)
}

// countEvents counts a document's events with a plain decoder, independently
// of Parse.
func countEvents(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		EPCISBody struct {
			EventList    []json.RawMessage `json:"eventList"`
			QueryResults struct {
				ResultsBody struct {
					EventList []json.RawMessage `json:"eventList"`
				} `json:"resultsBody"`
			} `json:"queryResults"`
		} `json:"epcisBody"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return len(doc.EPCISBody.EventList) + len(doc.EPCISBody.QueryResults.ResultsBody.EventList)
}
