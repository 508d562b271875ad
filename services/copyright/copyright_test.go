package copyright

import (
	"crypto/sha256"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/problem"
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
	problem.RegisterChainErrors(ChainErrors()) // as services/server does at start
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

// decodeCatalog runs a catalog body through the stream decoder as staging
// does, returning the rows it would COPY and the catalog or refusal.
func decodeCatalog(body string, ndjson bool, catalogID string) ([][]any, *stagedCatalog, error) {
	d := newCatalogDecoder(strings.NewReader(body), ndjson, catalogID)
	var rows [][]any
	for d.Next() {
		row, _ := d.Values()
		rows = append(rows, row)
	}
	c, err := d.finish()
	return rows, c, err
}

func catalogJSON(id string, works []WorkRequest) string {
	b, _ := json.Marshal(map[string]any{"catalog_id": id, "works": works})
	return string(b)
}

func TestValidateCatalog(t *testing.T) {
	works := make([]WorkRequest, 7)
	leaves := make([][32]byte, len(works))
	for i := range works {
		h := Hash(sha256.Sum256([]byte{byte(i)}))
		works[i] = WorkRequest{SHA256: h.String(), Title: "w"}
		leaves[i] = merkle.Leaf(h)
	}
	_, c, err := decodeCatalog(catalogJSON("c", works), false, "")
	if err != nil || merkle.Build(c.leaves).Root() != merkle.Build(leaves).Root() || c.works != 7 || c.catalogID != "c" {
		t.Fatalf("decode: %v; root differs from merkle.Build over the leaves in order", err)
	}
	works[5].SHA256 = "0x" + strings.ToUpper(works[2].SHA256) // the same hash, spelled differently
	works[6].SHA256 = works[2].SHA256
	_, _, err = decodeCatalog(catalogJSON("c", works), false, "")
	if p := problem.From(err); p.Code != CodeDuplicateInCatalog || !strings.Contains(p.Detail, "2 works appear") ||
		!strings.Contains(p.Detail, "works[2] and works[5]") || !strings.Contains(p.Detail, "works[2] and works[6]") {
		t.Fatalf("duplicate: %+v", p)
	}
	works[3].SHA256 = "12" // an invalid work comes before duplicates
	_, _, err = decodeCatalog(catalogJSON("c", works), false, "")
	if p := problem.From(err); p.Code != CodeInvalidHash || p.Field != "works[3].sha256" {
		t.Fatalf("invalid: %+v", p)
	}
	_, _, err = decodeCatalog(catalogJSON("c\x00", works), false, "") // the catalog_id before any work
	if p := problem.From(err); p.Code != problem.CodeInvalid || p.Field != "catalog_id" {
		t.Fatalf("catalog_id: %+v", p)
	}
	_, _, err = decodeCatalog(`{"works":[{"sha256":"12"}],"catalog_id":"c", "x":1}`, false, "") // wherever fields stand
	if p := problem.From(err); p.Code != "unknown_field" || p.Field != "x" {
		t.Fatalf("unknown field after an invalid work: %+v", p)
	}
	_, _, err = decodeCatalog(`{"catalog_id":"c","works":[{"title":"`+strings.Repeat("x", 2*maxValue)+`"}]}`, false, "")
	if p := problem.From(err); p.Code != "malformed_json" || !strings.Contains(p.Detail, "longer than") {
		t.Fatalf("a huge title is decoded whole: %+v", p)
	}
	_, _, err = decodeCatalog(`{"catalog_id":"c"}`, false, "")
	if p := problem.From(err); p.Status != 400 || p.Code != CodeEmptyCatalog {
		t.Fatalf("empty: %+v", p)
	}
	_, _, err = decodeCatalog(`{"catalog_id":"c","works":[{"sha256":"12"}]} {}`, false, "")
	if p := problem.From(err); p.Code != "malformed_json" {
		t.Fatalf("trailing value: %+v", p)
	}
}

func TestParseNDJSON(t *testing.T) {
	h := Hash(sha256.Sum256([]byte("a"))).String()
	h2 := Hash(sha256.Sum256([]byte("b"))).String()
	rows, c, err := decodeCatalog("\n{\"sha256\":\""+h+"\",\"title\":\"A\",\"metadata\":{\"k\":1}}\n\n{\"sha256\":\""+h2+"\",\"title\":\"B\"}", true, "c")
	if err != nil || c.works != 2 || c.catalogID != "c" || len(rows) != 2 {
		t.Fatalf("decode: %v %+v", err, c)
	}
	meta := `{"k":1}`
	if diff := cmp.Diff([]any{"A", &meta, int64(0)}, []any{rows[0][1], rows[0][2], rows[0][4]}); diff != "" {
		t.Errorf("row 0 (-want +got):\n%s", diff)
	}
	if rows[1][1] != "B" || rows[1][2].(*string) != nil || rows[1][4] != int64(1) {
		t.Errorf("row 1: %v", rows[1])
	}
	if _, _, err := decodeCatalog("{\"sha256\":\""+h+"\",\"title\":\"A\"}\n{\"sha256\":\""+h+"\",\"title\":\"B\"}\n", true, "c"); problem.From(err).Code != CodeDuplicateInCatalog {
		t.Errorf("duplicate: %v", err)
	}
	for body, code := range map[string]string{`{"sha256":"x","colour":1}`: "unknown_field", `{"sha256":`: "malformed_json", `{} {}`: "malformed_json",
		`{"sha256":"x"}` + "\n" + `{"colour":1}`: "unknown_field"} {
		if _, _, err := decodeCatalog(body, true, "c"); problem.From(err).Code != code {
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
		Owner: OrganizationRef{Name: `<b>Acme</b>`, DID: `did:web:"x"`}, ChainID: "1337", RegisteredAt: time.Unix(1, 0).UTC()}
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
	d := newCatalogDecoder(strings.NewReader(body), false, "")
	for d.Next() {
	}
	if _, err := d.finish(); problem.From(err).Code != CodeCatalogTooLarge || problem.From(err).Status != 413 {
		t.Fatalf("finish: %v", err)
	}
	if d.n != MaxCatalogWorks+1 {
		t.Fatalf("decoded %d works of %d, want %d", d.n, MaxCatalogWorks+101, MaxCatalogWorks+1)
	}
	rows, _, err := decodeCatalog(`{"catalog_id":"c","works":[{"sha256":"`+Hash{1}.String()+`","title":"t"}]}`, false, "")
	if err != nil || len(rows) != 1 || rows[0][1] != "t" {
		t.Fatalf("%v %v", rows, err)
	}
	for body, want := range map[string]string{
		`{"works":5}`:                   "works",
		`{"works":{}}`:                  "works",
		`{"works":[{"title":5}]}`:       "works.title",
		`{"works":[{"sha256":"a"}, 7]}`: "works",
		`{"works":[{"colour":"red"}]}`:  "works[0].colour",
		`{"catalog_id":5,"works":[]}`:   "catalog_id",
	} {
		_, _, err := decodeCatalog(body, false, "")
		if p := problem.From(err); p.Status != 400 || p.Field != want {
			t.Errorf("%s: %+v, want a 400 on %q", body, p, want)
		}
	}
}
