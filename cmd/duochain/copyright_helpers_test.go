package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"mime/multipart"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// work is the part of a work the tests read.
type work struct {
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

// sha is the hex sha256 of b.
func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// upload sends a multipart form as org: fields, and file as the part "file"
// unless it is nil. Every call uses a fresh random boundary, as clients do.
func (s *stack) upload(org, path string, fields map[string]string, file []byte, hdr ...string) httpReply {
	s.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			s.t.Fatal(err)
		}
	}
	if file != nil {
		fw, err := mw.CreateFormFile("file", "work.png")
		if err != nil {
			s.t.Fatal(err)
		}
		if _, err := fw.Write(file); err != nil {
			s.t.Fatal(err)
		}
	}
	if err := mw.Close(); err != nil {
		s.t.Fatal(err)
	}
	r, err := s.request(org, http.MethodPost, path, body.String(), append([]string{"Content-Type", mw.FormDataContentType()}, hdr...)...)
	if err != nil {
		s.t.Fatal(err)
	}
	return r
}

// decode fails t unless r has status want, and decodes its body into out.
func decode(t *testing.T, r httpReply, want int, out any) {
	t.Helper()
	if r.status != want {
		t.Fatalf("status %d, want %d: %s", r.status, want, r.body)
	}
	if out != nil {
		if err := json.Unmarshal(r.body, out); err != nil {
			t.Fatalf("%s: %v", r.body, err)
		}
	}
}

// refuseUpload is refuse for a multipart upload.
func (s *stack) refuseUpload(t *testing.T, want refusal, org, path string, fields map[string]string, file []byte) problemJSON {
	t.Helper()
	ops := s.count(t, `SELECT count(*) FROM operations`)
	p := checkProblem(t, s.on(t).upload(org, path, fields, file), want)
	if n := s.count(t, `SELECT count(*) FROM operations`); n != ops {
		t.Errorf("refused upload to %s recorded %d operations", path, n-ops)
	}
	return p
}

// ethCall runs a JSON-RPC eth_call request body from a certificate step on the stack's chain.
func (s *stack) ethCall(t *testing.T, step json.RawMessage) []byte {
	t.Helper()
	var rpc struct {
		Method string `json:"method"`
		Params []json.RawMessage
	}
	if err := json.Unmarshal(step, &rpc); err != nil || rpc.Method != "eth_call" {
		t.Fatalf("not an eth_call: %s (%v)", step, err)
	}
	var msg struct {
		To   common.Address `json:"to"`
		Data string         `json:"data"`
	}
	if err := json.Unmarshal(rpc.Params[0], &msg); err != nil {
		t.Fatal(err)
	}
	out, err := s.sim.Client().CallContract(context.Background(), ethereum.CallMsg{To: &msg.To, Data: common.FromHex(msg.Data)}, nil)
	if err != nil {
		t.Fatalf("eth_call %s: %v", step, err)
	}
	return out
}

// blockOf reads block n's hash and time from the stack's chain.
func (s *stack) blockOf(t *testing.T, n uint64) (common.Hash, time.Time) {
	t.Helper()
	h, err := s.sim.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return h.Hash(), time.Unix(int64(h.Time), 0).UTC()
}

// catalogBody is a JSON catalog of n works named label:i.
func catalogBody(id, label string, n int) (map[string]any, []string) {
	var works []map[string]any
	var hashes []string
	for i := range n {
		h := sha([]byte(fmt.Sprintf("%s:%d", label, i)))
		hashes = append(hashes, h)
		works = append(works, map[string]any{"sha256": h, "title": fmt.Sprintf("%s #%d", label, i), "metadata": map[string]any{"n": i}})
	}
	return map[string]any{"catalog_id": id, "works": works}, hashes
}
