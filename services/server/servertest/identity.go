package servertest

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// Verification is GET /v1/organizations/{id}/verification as a client reads it.
type Verification struct {
	Verified bool `json:"verified"`
	Topics   []struct {
		Topic    string `json:"topic"`
		Verdict  string `json:"verdict"`
		Evidence *struct {
			Issuer struct {
				ID, Address, Name string
			} `json:"issuer"`
			DocumentSHA256 string `json:"document_sha256"`
			TxHash         string `json:"tx_hash"`
			BlockNumber    uint64 `json:"block_number"`
			ExpiresAt      string `json:"expires_at"`
		} `json:"evidence"`
	} `json:"topics"`
}

// Verdicts is topic=verdict for every topic of v, in order.
func (v Verification) Verdicts() string {
	var out []string
	for _, t := range v.Topics {
		out = append(out, t.Topic+"="+t.Verdict)
	}
	return strings.Join(out, " ")
}

// VerifyResult is the answer of POST /v1/credentials/verify and /v1/trace/verify.
type VerifyResult struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
}

// ChainTime is the latest block's time.
func (s *Stack) ChainTime() time.Time {
	s.T.Helper()
	h, err := s.Sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.T.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC()
}

// ExportVC fetches org's credential for topic as who.
func (s *Stack) ExportVC(who, org, topic string) []byte {
	s.T.Helper()
	r, err := s.Request(who, "GET", "/v1/organizations/"+s.IDs[org]+"/credentials/"+topic+"/vc", nil)
	if err != nil || r.Status != http.StatusOK {
		s.T.Fatalf("export %s of %s as %s: %v %d %s", topic, org, who, err, r.Status, r.Body)
	}
	return r.Body
}

// VerifyVC posts a credential to the public verify route (no API key).
func (s *Stack) VerifyVC(raw []byte) VerifyResult {
	s.T.Helper()
	r, err := s.Request("", "POST", "/v1/credentials/verify", string(raw))
	if err != nil || r.Status != http.StatusOK {
		s.T.Fatalf("verify: %v %d %s", err, r.Status, r.Body)
	}
	var v VerifyResult
	if err := json.Unmarshal(r.Body, &v); err != nil {
		s.T.Fatal(err)
	}
	return v
}

// Get sends a GET as org and returns the reply, failing the test when it cannot.
func (s *Stack) Get(org, path string) Reply {
	s.T.Helper()
	r, err := s.Request(org, "GET", path, nil)
	if err != nil {
		s.T.Fatal(err)
	}
	return r
}
