package servertest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"testing"
	"time"
)

// Work is the part of a work the tests read.
type Work struct {
	SHA256       string          `json:"sha256"`
	Title        string          `json:"title"`
	Metadata     json.RawMessage `json:"metadata"`
	MetadataHash string          `json:"metadata_hash"`
	Kind         string          `json:"kind"`
	Status       string          `json:"status"`
	Owner        struct {
		ID      string `json:"id"`
		Name    string `json:"name"`
		Address string `json:"address"`
	} `json:"owner"`
	RegisteredAt *time.Time `json:"registered_at"`
	TxHash       string     `json:"tx_hash"`
	BlockNumber  uint64     `json:"block_number"`
	Catalog      *struct {
		ID        string   `json:"id"`
		Root      string   `json:"root"`
		LeafIndex int      `json:"leaf_index"`
		Leaf      string   `json:"leaf"`
		Proof     []string `json:"proof"`
	} `json:"catalog"`
	Licenses []struct {
		Licensee struct {
			ID string `json:"id"`
		} `json:"licensee"`
		Revoked bool `json:"revoked"`
	} `json:"licenses"`
}

// SHA256Hex is the hex sha256 of b.
func SHA256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// Upload sends a multipart form as org: fields, and file as the part "file"
// unless it is nil. Every call uses a fresh random boundary, as clients do.
func (s *Stack) Upload(org, path string, fields map[string]string, file []byte, hdr ...string) Reply {
	s.T.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			s.T.Fatal(err)
		}
	}
	if file != nil {
		fw, err := mw.CreateFormFile("file", "work.png")
		if err != nil {
			s.T.Fatal(err)
		}
		if _, err := fw.Write(file); err != nil {
			s.T.Fatal(err)
		}
	}
	if err := mw.Close(); err != nil {
		s.T.Fatal(err)
	}
	r, err := s.Request(org, http.MethodPost, path, body.String(), append([]string{"Content-Type", mw.FormDataContentType()}, hdr...)...)
	if err != nil {
		s.T.Fatal(err)
	}
	return r
}

// Decode fails t unless r has status want, and decodes its body into out.
func Decode(t *testing.T, r Reply, want int, out any) {
	t.Helper()
	if r.Status != want {
		t.Fatalf("status %d, want %d: %s", r.Status, want, r.Body)
	}
	if out != nil {
		if err := json.Unmarshal(r.Body, out); err != nil {
			t.Fatalf("%s: %v", r.Body, err)
		}
	}
}

// CatalogBody is a JSON catalog of n works named label:i.
func CatalogBody(id, label string, n int) (map[string]any, []string) {
	var works []map[string]any
	var hashes []string
	for i := range n {
		h := SHA256Hex([]byte(fmt.Sprintf("%s:%d", label, i)))
		hashes = append(hashes, h)
		works = append(works, map[string]any{"sha256": h, "title": fmt.Sprintf("%s #%d", label, i), "metadata": map[string]any{"n": i}})
	}
	return map[string]any{"catalog_id": id, "works": works}, hashes
}
