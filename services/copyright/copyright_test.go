package copyright

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/trace/merkle"
)

func TestParseHash(t *testing.T) {
	want := sha256.Sum256([]byte("x"))
	hexed := Hash(want).String()
	for _, ok := range []string{hexed, "0x" + hexed, strings.ToUpper(hexed), " " + hexed + " "} {
		got, err := ParseHash("sha256", ok)
		if err != nil || got != want {
			t.Errorf("ParseHash(%q) = %s, %v", ok, got, err)
		}
	}
	for _, bad := range []string{"", "ab", hexed[:63], hexed + "0", strings.Repeat("g", 64), "0x" + hexed[2:]} {
		_, err := ParseHash("works[3].sha256", bad)
		p := problem.From(err)
		if p.Status != 400 || p.Code != CodeInvalidHash || p.Field != "works[3].sha256" {
			t.Errorf("ParseHash(%q) = %+v, want 400 invalid_hash on works[3].sha256", bad, p)
		}
	}
}

func TestCanonical(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"b": 1, "a": {"d": [1, 2.50, 1e3], "c": "<&>"}}`, `{"a":{"c":"<&>","d":[1,2.50,1e3]},"b":1}`},
		{`{}`, `{}`},
		{` null `, ``},
		{``, ``},
	} {
		got, h, err := Canonical("metadata", json.RawMessage(tc.in))
		if err != nil || string(got) != tc.want {
			t.Errorf("Canonical(%s) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
		if wantH := sha256.Sum256([]byte(tc.want)); tc.want != "" && h != wantH {
			t.Errorf("Canonical(%s): hash %x, want the sha256 of the canonical bytes", tc.in, h)
		} else if tc.want == "" && h != ([32]byte{}) {
			t.Errorf("Canonical(%s): hash %x, want zero for no metadata", tc.in, h)
		}
	}
	for _, bad := range []string{`[1]`, `"s"`, `{"a":1} {}`, `{"a":`, `{"a":"` + strings.Repeat("x", MaxMetadata) + `"}`} {
		if _, _, err := Canonical("metadata", json.RawMessage(bad)); problem.From(err).Code != CodeInvalidMetadata {
			t.Errorf("Canonical(%.20s…) = %v, want invalid_metadata", bad, err)
		}
	}
}

// TestChainErrorsMapToTheServiceCodes: when the contract refuses, a client sees
// the code the service gives when it refuses first.
func TestChainErrorsMapToTheServiceCodes(t *testing.T) {
	for name, want := range map[string]struct {
		status int
		code   string
	}{
		"CopyrightAlreadyRegistered":        {409, CodeAlreadyRegistered},
		"CopyrightCatalogAlreadyRegistered": {409, CodeCatalogRegistered},
		"CopyrightEmptyCatalog":             {400, CodeEmptyCatalog},
		"CopyrightInvalidTitle":             {400, CodeInvalidTitle},
		"CopyrightNotOwner":                 {403, problem.CodeForbidden},
		"CopyrightUnauthorized":             {403, problem.CodeForbidden},
	} {
		if p := problem.FromChain(name, name+"(...)"); p.Status != want.status || p.Code != want.code {
			t.Errorf("FromChain(%s) = %d %s, want %d %s", name, p.Status, p.Code, want.status, want.code)
		}
	}
}

func TestValidateCatalog(t *testing.T) {
	works := make([]WorkRequest, 7)
	leaves := make([][32]byte, len(works))
	for i := range works {
		h := Hash(sha256.Sum256([]byte{byte(i)}))
		works[i] = WorkRequest{SHA256: h.String(), Title: "w"}
		leaves[i] = merkle.Leaf(h)
	}
	_, tree, err := validateCatalog(CatalogRequest{CatalogID: "c", Works: works})
	if err != nil || tree.Root() != merkle.Build(leaves).Root() {
		t.Fatalf("validateCatalog: %v; root differs from merkle.Build over the leaves in order", err)
	}
	works[5].SHA256 = "0x" + strings.ToUpper(works[2].SHA256) // the same hash, spelled differently
	_, _, err = validateCatalog(CatalogRequest{CatalogID: "c", Works: works})
	if p := problem.From(err); p.Code != CodeDuplicateInCatalog || !strings.Contains(p.Detail, "works[2] and works[5]") {
		t.Fatalf("duplicate: %+v", p)
	}
	_, _, err = validateCatalog(CatalogRequest{CatalogID: "c"})
	if p := problem.From(err); p.Status != 400 || p.Code != CodeEmptyCatalog {
		t.Fatalf("empty: %+v", p)
	}
}

func TestParseNDJSON(t *testing.T) {
	h := Hash(sha256.Sum256([]byte("a"))).String()
	req, err := ParseNDJSON("c", []byte("\n{\"sha256\":\""+h+"\",\"title\":\"A\",\"metadata\":{\"k\":1}}\n\n{\"sha256\":\""+h+"\",\"title\":\"B\"}"))
	want := CatalogRequest{CatalogID: "c", Works: []WorkRequest{{SHA256: h, Title: "A", Metadata: json.RawMessage(`{"k":1}`)}, {SHA256: h, Title: "B"}}}
	if diff := cmp.Diff(want, req); err != nil || diff != "" {
		t.Fatalf("ParseNDJSON: %v (-want +got):\n%s", err, diff)
	}
	for body, code := range map[string]string{`{"sha256":"x","colour":1}`: "unknown_field", `{"sha256":`: "malformed_json", `{} {}`: "malformed_json"} {
		if _, err := ParseNDJSON("c", []byte(body)); problem.From(err).Code != code {
			t.Errorf("ParseNDJSON(%s) = %v, want %s", body, err, code)
		}
	}
}

// TestCertificateHTMLEscapes renders a certificate whose title and metadata
// carry markup: the page shows them as text.
func TestCertificateHTMLEscapes(t *testing.T) {
	s := &Service{Registry: common.HexToAddress("0x1"), ChainID: big.NewInt(1337), cr: copyrightregistry.NewCopyrightRegistry()}
	meta := `{"x":"</code><script>alert(2)</script>"}`
	h := Hash(sha256.Sum256([]byte("f")))
	c := Certificate{Format: CertificateFormat, SHA256: h, Title: `<script>alert(1)</script>`, Metadata: &meta, Kind: "direct",
		Owner: Party{Name: `<b>Acme</b>`, DID: `did:web:"x"`}, ChainID: "1337", RegisteredAt: time.Unix(1, 0).UTC()}
	c.VerificationSteps = s.steps(c)
	page, err := c.HTML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(page), "<script>") || strings.Contains(string(page), "<b>Acme") {
		t.Fatalf("markup from the data reached the page:\n%s", page)
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Acme&lt;/b&gt;", h.String(), "eth_call"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

func TestPrefersHTML(t *testing.T) {
	for accept, want := range map[string]bool{
		"":                            false,
		"application/json":            false,
		"*/*":                         false,
		"text/html":                   true,
		"text/html,*/*;q=0.8":         true,
		"application/json, text/html": false,
	} {
		if got := prefersHTML(accept); got != want {
			t.Errorf("prefersHTML(%q) = %v, want %v", accept, got, want)
		}
	}
}

// TestCatalogJSONStopsAfterTheLimit: a JSON catalog is decoded up to one work
// past MaxCatalogWorks, and refused as too large; errors inside works read as
// before.
func TestCatalogJSONStopsAfterTheLimit(t *testing.T) {
	body := `{"catalog_id":"c","works":[` + strings.Repeat(`{},`, MaxCatalogWorks+100) + `{}]}`
	var req CatalogRequest
	if err := json.Unmarshal([]byte(body), &req); err != nil {
		t.Fatal(err)
	}
	if len(req.Works) != MaxCatalogWorks+1 {
		t.Fatalf("decoded %d works of %d, want %d", len(req.Works), MaxCatalogWorks+101, MaxCatalogWorks+1)
	}
	if _, _, err := validateCatalog(req); problem.From(err).Code != CodeCatalogTooLarge || problem.From(err).Status != 413 {
		t.Fatalf("validateCatalog: %v", err)
	}
	req = CatalogRequest{}
	if err := json.Unmarshal([]byte(`{"catalog_id":"c","works":[{"sha256":"a","title":"t"}]}`), &req); err != nil || len(req.Works) != 1 || req.Works[0].Title != "t" {
		t.Fatalf("%+v %v", req, err)
	}
	for body, want := range map[string]string{
		`{"works":5}`:                   "works",
		`{"works":{}}`:                  "works",
		`{"works":[{"title":5}]}`:       "works.title",
		`{"works":[{"sha256":"a"}, 7]}`: "works",
		`{"works":[{"colour":"red"}]}`:  "unknown field",
	} {
		dec := json.NewDecoder(strings.NewReader(body))
		dec.DisallowUnknownFields()
		err := dec.Decode(&CatalogRequest{})
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			if typ.Field != want {
				t.Errorf("%s: type error on %q, want %q", body, typ.Field, want)
			}
		} else if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %s", body, err, want)
		}
	}
}
