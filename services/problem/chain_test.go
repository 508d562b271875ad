package problem

import (
	"net/http"
	"strings"
	"testing"
)

// The registry is process-wide: each test uses names of its own.

func TestFromChainRegistered(t *testing.T) {
	RegisterChainErrors(map[string]ChainError{"TestKnown": {http.StatusConflict, "test_known"}})
	if p := FromChain("TestKnown", "TestKnown(1)"); p.Status != http.StatusConflict || p.Code != "test_known" || p.Detail != "the chain refused: TestKnown(1)" {
		t.Errorf("FromChain(TestKnown) = %d %s %q", p.Status, p.Code, p.Detail)
	}
	if p := FromChain("TestNeverRegistered", "reverted"); p.Status != http.StatusUnprocessableEntity || p.Code != CodeChainRefused {
		t.Errorf("FromChain(unregistered) = %d %s, want 422 %s", p.Status, p.Code, CodeChainRefused)
	}
}

// TestRegisterAgain: a capability wired twice (tests boot many servers)
// registers the same answers again without complaint.
func TestRegisterAgain(t *testing.T) {
	table := map[string]ChainError{"TestTwice": {http.StatusNotFound, CodeNotFound}}
	RegisterChainErrors(table)
	RegisterChainErrors(table)
	if e, ok := ChainErrorOf("TestTwice"); !ok || e != table["TestTwice"] {
		t.Errorf("ChainErrorOf(TestTwice) = %v %v", e, ok)
	}
}

// TestRegisterRefuses: what would make an answer depend on wiring order, or
// break the API's promises, panics at start.
func TestRegisterRefuses(t *testing.T) {
	RegisterChainErrors(map[string]ChainError{"TestTaken": {http.StatusConflict, "test_taken"}})
	for name, tc := range map[string]struct {
		table map[string]ChainError
		says  string
	}{
		"OtherCode":    {map[string]ChainError{"TestTaken": {http.StatusConflict, "test_other"}}, "registered as 409 test_taken"},
		"OtherStatus":  {map[string]ChainError{"TestTaken": {http.StatusUnprocessableEntity, "test_taken"}}, "registered as 409 test_taken"},
		"NotSnakeCase": {map[string]ChainError{"TestCamel": {http.StatusConflict, "testCamel"}}, "snake_case"},
		"Empty":        {map[string]ChainError{"TestEmpty": {http.StatusConflict, ""}}, "snake_case"},
		"ChainRefused": {map[string]ChainError{"TestGeneric": {http.StatusUnprocessableEntity, CodeChainRefused}}, "of its own"},
		"ServerError":  {map[string]ChainError{"TestServer": {http.StatusInternalServerError, "test_server"}}, "not 4xx"},
		"NoName":       {map[string]ChainError{"": {http.StatusConflict, "test_no_name"}}, "no name"},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if s, _ := r.(string); !strings.Contains(s, tc.says) {
					t.Errorf("panic %v, want one saying %q", r, tc.says)
				}
			}()
			RegisterChainErrors(tc.table)
		})
	}
	if e, _ := ChainErrorOf("TestTaken"); e.Code != "test_taken" {
		t.Errorf("after refused registrations TestTaken is %v", e)
	}
}

// TestRegisterTitles: a capability's titles name its codes; the same title
// again is harmless, another panics.
func TestRegisterTitles(t *testing.T) {
	RegisterTitles(map[string]string{"test_titled_code": "Titled"})
	RegisterTitles(map[string]string{"test_titled_code": "Titled"})
	if got := New(409, "test_titled_code", "x").Title; got != "Titled" {
		t.Fatalf("title %q", got)
	}
	if got := New(409, "test_untitled_code", "x").Title; got != "Conflict" {
		t.Fatalf("untitled code: title %q, want the status text", got)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("a second title for a code did not panic")
		}
	}()
	RegisterTitles(map[string]string{"test_titled_code": "Another"})
}
