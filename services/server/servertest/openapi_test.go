package servertest_test

import (
	"net/http"
	"testing"

	"github.com/duochain/duochain/services/server/servertest"
)

// TestResponsesCheckedAgainstOpenAPI makes sure the check in Stack.Request bites:
// a response off the spec, an undeclared status, a described path.
func TestResponsesCheckedAgainstOpenAPI(t *testing.T) {
	req, _ := http.NewRequest("GET", "http://127.0.0.1:8080/v1/receivables/7", nil)
	jsonType := http.Header{"Content-Type": []string{"application/json"}}
	for _, c := range []struct {
		name   string
		status int
		body   string
	}{
		{"WrongType", http.StatusOK, `{"id": 7}`},
		{"UndeclaredStatus", http.StatusTeapot, `{}`},
		{"NotJSON", http.StatusOK, `<html>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := servertest.CheckResponse(req, c.status, jsonType, []byte(c.body)); err == nil {
				t.Fatal("CheckResponse accepted it")
			}
		})
	}
	undescribed, _ := http.NewRequest("GET", "http://127.0.0.1:8080/docs", nil)
	if err := servertest.CheckResponse(undescribed, http.StatusOK, http.Header{"Content-Type": []string{"text/html"}}, []byte("<html>")); err != nil {
		t.Fatalf("an undescribed path was checked: %v", err)
	}
}
