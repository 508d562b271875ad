package copyright_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/services/merkle"
	"github.com/duochain/duochain/services/server/servertest"
)

// certificate is the part of an evidence certificate the tests read.
type certificate struct {
	SHA256         string `json:"sha256"`
	Title          string `json:"title"`
	Kind           string `json:"kind"`
	ChainID        string `json:"chain_id"`
	Contract       string `json:"contract"`
	TxHash         string `json:"tx_hash"`
	BlockNumber    uint64 `json:"block_number"`
	BlockHash      string `json:"block_hash"`
	BlockTimestamp int64  `json:"block_timestamp"`
	Owner          struct {
		ID, Address, DID string
	} `json:"owner"`
	Catalog *struct {
		Root  string   `json:"root"`
		Proof []string `json:"proof"`
	} `json:"catalog"`
	Steps []struct {
		Title  string          `json:"title"`
		RPC    json.RawMessage `json:"rpc"`
		Expect string          `json:"expect"`
	} `json:"verification_steps"`
}

// TestCopyrightOverHTTP runs the copyright walk-through (docs/copyright.md) through the
// real router: register an image by upload, verify it by re-uploading, read
// its certificate (JSON, whose eth_calls run on the chain, and HTML), register
// catalogs (JSON and NDJSON) and check a catalog work's proof on chain; then
// transfer and license a direct work, and rebuild the read model.
func TestCopyrightOverHTTP(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "core", "CORE_ENTERPRISE", "sup1", "SUPPLIER", "sup2", "SUPPLIER", "bank", "FINANCIER")
	cr := copyrightregistry.NewCopyrightRegistry()
	registry := s.Server.Config.Deployment.CopyrightRegistry
	image := []byte("\x89PNG\r\n\x1a\n a product image")
	title := `Logo <script>alert("x")</script> & co`
	var logo servertest.Work

	t.Run("RegisterUpload", func(t *testing.T) {
		s := s.On(t)
		r := s.Upload("sup1", "/v1/works", map[string]string{"title": title, "metadata": `{"b": 2, "a": "<i>"}`}, image, "Idempotency-Key", "logo-1")
		servertest.Decode(t, r, http.StatusCreated, &logo)
		if logo.SHA256 != servertest.SHA256Hex(image) || logo.Status != "registered" || logo.Kind != "direct" || logo.Title != title || logo.Owner.ID != s.IDs["sup1"] {
			t.Fatalf("registered: %s", r.Body)
		}
		// The hash covers the canonical form: sorted keys, no whitespace, no HTML escaping.
		if logo.MetadataHash != "0x"+servertest.SHA256Hex([]byte(`{"a":"<i>","b":2}`)) {
			t.Fatalf("metadata %s hash %s: want the sha256 of its canonical form", logo.Metadata, logo.MetadataHash)
		}
		_, at := blockOf(s, t, logo.BlockNumber)
		if logo.RegisteredAt == nil || !logo.RegisteredAt.Equal(at) {
			t.Fatalf("registered_at %v, want the block's time %v", logo.RegisteredAt, at)
		}
		// A retry sends another multipart boundary; the key still replays.
		r = s.Upload("sup1", "/v1/works", map[string]string{"title": title, "metadata": `{"b": 2, "a": "<i>"}`}, image, "Idempotency-Key", "logo-1")
		servertest.Decode(t, r, http.StatusCreated, nil)
		if r.Header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("a retried upload was not replayed: %s", r.Body)
		}
	})

	t.Run("GetAndVerify", func(t *testing.T) {
		s := s.On(t)
		var got servertest.Work
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/0x"+strings.ToUpper(logo.SHA256), nil, &got)
		if got.TxHash != logo.TxHash || got.Owner.Name != "sup1" {
			t.Fatalf("get: %+v", got)
		}
		var v struct {
			Registered bool             `json:"registered"`
			Work       *servertest.Work `json:"work"`
		}
		servertest.Decode(t, s.Upload("bank", "/v1/works/verify", nil, image), http.StatusOK, &v)
		if !v.Registered || v.Work.Owner.ID != s.IDs["sup1"] || v.Work.TxHash != logo.TxHash || !v.Work.RegisteredAt.Equal(*logo.RegisteredAt) {
			t.Fatalf("verify by upload: %+v", v)
		}
		v.Work = nil
		s.Must(http.StatusOK, "bank", "POST", "/v1/works/verify", map[string]any{"sha256": servertest.SHA256Hex([]byte("never registered"))}, &v)
		if v.Registered || v.Work != nil {
			t.Fatalf("verify unknown: %+v", v)
		}
	})

	t.Run("Certificate", func(t *testing.T) {
		s := s.On(t)
		var c certificate
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+logo.SHA256+"/certificate", nil, &c)
		hash, at := blockOf(s, t, c.BlockNumber)
		if c.SHA256 != logo.SHA256 || c.TxHash != logo.TxHash || c.BlockHash != hash.Hex() || c.BlockTimestamp != at.Unix() ||
			!strings.EqualFold(c.Contract, registry.Hex()) || c.ChainID != "1337" || c.Owner.DID == "" || c.Kind != "direct" {
			t.Fatalf("certificate: %+v (block %s at %v)", c, hash.Hex(), at)
		}
		ran := 0
		for _, st := range c.Steps {
			if strings.Contains(string(st.RPC), "eth_call") {
				w, err := cr.UnpackWork(ethCall(s, t, st.RPC))
				if err != nil || !strings.EqualFold(w.Owner.Hex(), logo.Owner.Address) || int64(w.RegisteredAt) != at.Unix() || w.BlockNumber != c.BlockNumber {
					t.Fatalf("step %q: work() = %+v, %v", st.Title, w, err)
				}
				ran++
			}
		}
		if ran != 1 || len(c.Steps) < 4 {
			t.Fatalf("%d steps, %d eth_calls: %+v", len(c.Steps), ran, c.Steps)
		}
	})

	t.Run("CertificateHTML", func(t *testing.T) {
		s := s.On(t)
		for _, q := range []struct{ path, accept string }{{"/certificate", "text/html,application/xhtml+xml;q=0.9"}, {"/certificate?format=html", ""}} {
			r, err := s.Request("bank", "GET", "/v1/works/"+logo.SHA256+q.path, nil, "Accept", q.accept)
			if err != nil || r.Status != http.StatusOK || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") {
				t.Fatalf("%s: %v %d %s", q.path, err, r.Status, r.Header.Get("Content-Type"))
			}
			page := string(r.Body)
			if strings.Contains(page, "<script>") || !strings.Contains(page, "Logo &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co") ||
				!strings.Contains(page, logo.TxHash) || !strings.Contains(page, "eth_call") {
				t.Fatalf("%s: the page does not show the escaped title, the transaction and the steps:\n%s", q.path, page)
			}
		}
	})

	var catWork servertest.Work
	t.Run("Catalog", func(t *testing.T) {
		s := s.On(t)
		body, hashes := servertest.CatalogBody("spring-2026", "spring", 25)
		var cat struct {
			Root      string `json:"root"`
			WorkCount int    `json:"work_count"`
			Status    string `json:"status"`
			TxHash    string `json:"tx_hash"`
		}
		s.Must(http.StatusCreated, "sup2", "POST", "/v1/works/catalogs", body, &cat)
		if cat.WorkCount != 25 || cat.Status != "registered" || cat.TxHash == "" {
			t.Fatalf("catalog: %+v", cat)
		}
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/catalogs/"+cat.Root, nil, &cat)
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+hashes[17], nil, &catWork)
		if catWork.Kind != "catalog" || catWork.Status != "registered" || catWork.Owner.ID != s.IDs["sup2"] || catWork.Catalog.Root != cat.Root ||
			catWork.Catalog.LeafIndex != 17 || catWork.TxHash != cat.TxHash {
			t.Fatalf("catalog work: %+v", catWork)
		}
		root, proof := common.HexToHash(cat.Root), hashesOf(catWork.Catalog.Proof)
		h := common.HexToHash(hashes[17])
		if !merkle.Verify(root, merkle.Leaf(h), proof) {
			t.Fatal("the proof does not verify off chain")
		}
		var c certificate
		s.Must(http.StatusOK, "bank", "GET", "/v1/works/"+hashes[17]+"/certificate", nil, &c)
		checked := false
		for _, st := range c.Steps {
			if strings.Contains(st.Title, "check the proof") {
				ok, err := cr.UnpackVerifyWork(ethCall(s, t, st.RPC))
				checked = ok && err == nil
			}
		}
		if !checked || c.Catalog == nil || c.Catalog.Root != cat.Root {
			t.Fatalf("the certificate's verifyWork step does not return true on chain: %+v", c)
		}
		tampered := append([][32]byte(nil), proof...)
		tampered[0][5] ^= 1
		out := ethCall(s, t, json.RawMessage(fmt.Sprintf(`{"method":"eth_call","params":[{"to":%q,"data":"0x%x"},"latest"]}`,
			registry.Hex(), cr.PackVerifyWork(root, h, tampered))))
		if ok, _ := cr.UnpackVerifyWork(out); ok || merkle.Verify(root, merkle.Leaf(h), tampered) {
			t.Fatal("a tampered proof verifies")
		}
	})

	t.Run("CatalogNDJSON", func(t *testing.T) {
		s := s.On(t)
		var lines []string
		for i := range 3 {
			lines = append(lines, fmt.Sprintf(`{"sha256":%q,"title":"nd %d"}`, servertest.SHA256Hex([]byte(fmt.Sprint("nd", i))), i))
		}
		var cat struct {
			CatalogID string `json:"catalog_id"`
			WorkCount int    `json:"work_count"`
			Status    string `json:"status"`
		}
		r, err := s.Request("core", "POST", "/v1/works/catalogs?catalog_id=nd-1", strings.Join(lines, "\n")+"\n", "Content-Type", "application/x-ndjson")
		if err != nil {
			t.Fatal(err)
		}
		servertest.Decode(t, r, http.StatusCreated, &cat)
		if cat.CatalogID != "nd-1" || cat.WorkCount != 3 || cat.Status != "registered" {
			t.Fatalf("NDJSON catalog: %s", r.Body)
		}
	})

	t.Run("TransferAndLicense", func(t *testing.T) {
		s := s.On(t)
		path := "/v1/works/" + logo.SHA256
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "sup2", "POST", path+"/transfer", map[string]any{"to": s.IDs["sup2"]})
		s.Refuse(t, servertest.Refused(http.StatusConflict, "catalog_work", ""), "sup2", "POST", "/v1/works/"+catWork.SHA256+"/transfer", map[string]any{"to": s.IDs["core"]})
		var got servertest.Work
		s.Must(http.StatusCreated, "sup1", "POST", path+"/transfer", map[string]any{"to": s.IDs["core"]}, &got)
		if got.Owner.ID != s.IDs["core"] {
			t.Fatalf("transferred: %+v", got.Owner)
		}
		s.Must(http.StatusCreated, "core", "POST", path+"/licenses", map[string]any{
			"licensee": s.IDs["bank"], "terms_sha256": servertest.SHA256Hex([]byte("terms")), "expires_at": time.Now().Add(24 * time.Hour).UTC().Format(time.RFC3339),
		}, &got)
		if len(got.Licenses) != 1 || got.Licenses[0].Licensee.ID != s.IDs["bank"] || got.Licenses[0].Revoked {
			t.Fatalf("licensed: %+v", got.Licenses)
		}
		s.Must(http.StatusOK, "core", "DELETE", path+"/licenses/"+s.IDs["bank"], nil, &got)
		if len(got.Licenses) != 1 || !got.Licenses[0].Revoked {
			t.Fatalf("revoked: %+v", got.Licenses)
		}
		s.Refuse(t, servertest.Refused(http.StatusNotFound, "not_found", ""), "core", "DELETE", path+"/licenses/"+s.IDs["bank"], nil)
	})

	t.Run("ReindexKeepsWorks", func(t *testing.T) {
		s := s.On(t)
		dump := func() string {
			var out string
			for _, q := range []string{`SELECT string_agg(w::text, E'\n' ORDER BY sha256) FROM works w`,
				`SELECT string_agg(c::text, E'\n' ORDER BY root) FROM copyright_catalogs c`,
				`SELECT string_agg(l::text, E'\n' ORDER BY sha256, licensee) FROM work_licenses l`} {
				var part string
				if err := s.Server.Pool.QueryRow(context.Background(), q).Scan(&part); err != nil {
					t.Fatal(err)
				}
				out += part + "\n"
			}
			return out
		}
		live := dump()
		if err := s.Server.Indexer.Reindex(context.Background()); err != nil {
			t.Fatal(err)
		}
		if rebuilt := dump(); rebuilt != live {
			t.Fatalf("the rebuilt copyright read model differs:\nlive:\n%s\nrebuilt:\n%s", live, rebuilt)
		}
	})
}

func hashesOf(hs []string) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = common.HexToHash(h)
	}
	return out
}
