package server_test

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/services/server/servertest"
	"github.com/duochain/duochain/web"
)

// TestOpenAPICoversRoutes fails when a route is served but not described in
// web/openapi.json, or described but not served.
func TestOpenAPICoversRoutes(t *testing.T) {
	s := servertest.New(t)
	var spec struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(web.OpenAPI(), &spec); err != nil {
		t.Fatal(err)
	}
	param := regexp.MustCompile(`\{([a-z0-9_]+)\}`)
	var described []string
	for path, ops := range spec.Paths {
		for method := range ops {
			described = append(described, strings.ToUpper(method)+" "+param.ReplaceAllString(path, ":$1"))
		}
	}
	var served []string
	for _, r := range s.Server.Echo.Routes() {
		if r.Path == "/openapi.json" || r.Path == "/docs" || r.Path == "/" || strings.HasPrefix(r.Method, "echo_") {
			continue
		}
		served = append(served, r.Method+" "+r.Path)
	}
	sort.Strings(described)
	sort.Strings(served)
	if diff := cmp.Diff(described, served); diff != "" {
		t.Fatalf("web/openapi.json and the routes differ (-described +served):\n%s", diff)
	}
}
