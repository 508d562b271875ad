package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/txmgr"
)

// verificationJSON is GET /v1/organizations/{id}/verification as a client reads it.
type verificationJSON struct {
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

// verdicts is topic=verdict for every topic of v, in order.
func (v verificationJSON) verdicts() string {
	var out []string
	for _, t := range v.Topics {
		out = append(out, t.Topic+"="+t.Verdict)
	}
	return strings.Join(out, " ")
}

// verifyResult is the answer of POST /v1/credentials/verify and /v1/trace/verify.
type verifyResult struct {
	Valid   bool     `json:"valid"`
	Reasons []string `json:"reasons"`
}

// chainTime is the latest block's time.
func (s *stack) chainTime() time.Time {
	s.t.Helper()
	h, err := s.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC()
}

// exportVC fetches org's credential for topic as who.
func (s *stack) exportVC(who, org, topic string) []byte {
	s.t.Helper()
	r, err := s.request(who, "GET", "/v1/organizations/"+s.ids[org]+"/credentials/"+topic+"/vc", nil)
	if err != nil || r.status != http.StatusOK {
		s.t.Fatalf("export %s of %s as %s: %v %d %s", topic, org, who, err, r.status, r.body)
	}
	return r.body
}

// verifyVC posts a credential to the public verify route (no API key).
func (s *stack) verifyVC(raw []byte) verifyResult {
	s.t.Helper()
	r, err := s.request("", "POST", "/v1/credentials/verify", string(raw))
	if err != nil || r.status != http.StatusOK {
		s.t.Fatalf("verify: %v %d %s", err, r.status, r.body)
	}
	var v verifyResult
	if err := json.Unmarshal(r.body, &v); err != nil {
		s.t.Fatal(err)
	}
	return v
}

// verifyCLI runs the `duochain vc verify` check on the stack's chain.
func (s *stack) verifyCLI(raw []byte) (verifyResult, error) {
	s.t.Helper()
	var out bytes.Buffer
	err := verifyCredential(context.Background(), s.sim.Client(), s.m.Config.Deployment.IdentityRegistry, raw, &out)
	var v verifyResult
	if jerr := json.Unmarshal(out.Bytes(), &v); jerr != nil {
		s.t.Fatalf("vc verify printed %q: %v", out.String(), jerr)
	}
	return v, err
}

// operatorTx sends data to the identity registry as the operator through the
// transaction manager, and waits until it is confirmed and projected.
func (s *stack) operatorTx(data []byte) {
	s.t.Helper()
	ctx := context.Background()
	tx, err := s.m.Pool.Begin(ctx)
	if err != nil {
		s.t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	id, err := s.m.Tx.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "test.identity", Signer: crypto.PubkeyToAddress(s.m.Config.OperatorKey.PublicKey),
		To: s.m.Config.Deployment.IdentityRegistry, Data: data, ResourceType: "organization"})
	if err != nil {
		s.t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		s.t.Fatal(err)
	}
	s.m.Tx.Notify()
	deadline := time.Now().Add(20 * time.Second)
	for {
		op, err := s.m.Tx.Get(ctx, id)
		if err != nil {
			s.t.Fatal(err)
		}
		if op.State == txmgr.StateConfirmed {
			if err := s.m.Indexer.WaitFor(ctx, op.BlockNumber); err != nil {
				s.t.Fatal(err)
			}
			return
		}
		if op.State == txmgr.StateFailed || time.Now().After(deadline) {
			s.t.Fatalf("operation %d: %s %s", id, op.State, op.ErrorDetail)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// multipartCredential is a multipart/form-data credential request with doc as the file.
func multipartCredential(topic, expires string, doc []byte) (body, contentType string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	_ = w.WriteField("topic", topic)
	_ = w.WriteField("expires_at", expires)
	f, _ := w.CreateFormFile("document", "licence.pdf")
	_, _ = f.Write(doc)
	_ = w.Close()
	return b.String(), w.FormDataContentType()
}

// TestCredentialVCOverHTTP is the marketplace story through the real router:
// marketplace A (a verifier) issues KYB and MARKETPLACE_SELLER from documents,
// the merchant exports them as signed credentials, anyone verifies them through
// the API or the CLI against the chain, and they stop verifying once revoked,
// expired, or issued by a verifier that lost its role.
func TestCredentialVCOverHTTP(t *testing.T) {
	s := newStack(t)
	s.onboardAll("verifier", "VERIFIER", "merchant", "SUPPLIER", "other", "SUPPLIER")
	merchant := "/v1/organizations/" + s.ids["merchant"]
	expires := s.chainTime().AddDate(1, 0, 0).Format(time.RFC3339)

	// The document goes in; only its sha256 goes on chain.
	licence := []byte("%PDF-1.7 marketplace seller licence of the merchant")
	body, ct := multipartCredential("MARKETPLACE_SELLER", expires, licence)
	r, err := s.request("verifier", "POST", merchant+"/credentials", body, "Content-Type", ct)
	if err != nil || r.status != http.StatusCreated {
		t.Fatalf("issue from a multipart document: %v %d %s", err, r.status, r.body)
	}
	licenceSum := sha256.Sum256(licence)
	registration := []byte("business registration certificate")
	s.must(http.StatusCreated, "verifier", "POST", merchant+"/credentials", map[string]any{
		"topic": "KYB", "document": base64.StdEncoding.EncodeToString(registration), "expires_at": expires}, nil)
	regSum := sha256.Sum256(registration)

	var v verificationJSON
	s.must(http.StatusOK, "other", "GET", merchant+"/verification?topics=KYB,MARKETPLACE_SELLER", nil, &v)
	if !v.Verified || v.verdicts() != "KYB=verified MARKETPLACE_SELLER=verified" {
		t.Fatalf("verification: %+v", v)
	}
	for _, tv := range v.Topics {
		e := tv.Evidence
		want := hex.EncodeToString(map[string][]byte{"KYB": regSum[:], "MARKETPLACE_SELLER": licenceSum[:]}[tv.Topic])
		if e == nil || e.Issuer.ID != s.ids["verifier"] || e.Issuer.Name != "verifier" || e.DocumentSHA256 != "0x"+want || e.BlockNumber == 0 || len(e.TxHash) != 66 {
			t.Fatalf("evidence of %s: %+v (document want %s)", tv.Topic, e, want)
		}
	}
	s.must(http.StatusOK, "other", "GET", merchant+"/verification", nil, &v)
	if v.verdicts() != "KYB=verified MARKETPLACE_SELLER=verified" {
		t.Fatalf("default topics: %s", v.verdicts())
	}
	s.must(http.StatusOK, "other", "GET", "/v1/organizations/"+s.ids["other"]+"/verification?topics=MARKETPLACE_SELLER,KYB", nil, &v)
	if v.Verified || v.verdicts() != "MARKETPLACE_SELLER=missing KYB=verified" || v.Topics[0].Evidence != nil {
		t.Fatalf("other's verification: %+v", v)
	}

	seller := s.exportVC("merchant", "merchant", "MARKETPLACE_SELLER")
	kyb := s.exportVC("verifier", "merchant", "KYB") // the issuer may export it too
	var vc identity.VC
	if err := json.Unmarshal(seller, &vc); err != nil {
		t.Fatal(err)
	}
	var issuerOrg struct{ Address string }
	s.must(http.StatusOK, "other", "GET", "/v1/organizations/"+s.ids["verifier"], nil, &issuerOrg)
	if !strings.EqualFold(vc.Issuer.Address.Hex(), issuerOrg.Address) || vc.CredentialSubject.DocumentHash.Hex() != "0x"+hex.EncodeToString(licenceSum[:]) ||
		vc.CredentialStatus.Registry != s.m.Config.Deployment.IdentityRegistry {
		t.Fatalf("exported credential: %s", seller)
	}
	for name, raw := range map[string][]byte{"seller": seller, "kyb": kyb} {
		if got := s.verifyVC(raw); !got.Valid || len(got.Reasons) != 0 {
			t.Fatalf("verify %s: %+v", name, got)
		}
		if got, err := s.verifyCLI(raw); err != nil || !got.Valid {
			t.Fatalf("vc verify %s: %+v %v", name, got, err)
		}
	}
	tampered := bytes.Replace(seller, []byte(`"topic":"MARKETPLACE_SELLER"`), []byte(`"topic":"KYB"`), 1)
	if bytes.Equal(tampered, seller) {
		t.Fatal("the tamper did not apply")
	}
	if got := s.verifyVC(tampered); got.Valid || !slices.Contains(got.Reasons, identity.ReasonSignatureInvalid) {
		t.Fatalf("tampered: %+v", got)
	}

	// Revoked by its issuer: the read model and the chain both say so.
	s.must(http.StatusOK, "verifier", "DELETE", merchant+"/credentials/MARKETPLACE_SELLER", nil, nil)
	if got := s.verifyVC(seller); got.Valid || fmt.Sprint(got.Reasons) != "[revoked]" {
		t.Fatalf("revoked: %+v", got)
	}
	if got, err := s.verifyCLI(seller); err == nil || !strings.Contains(err.Error(), "revoked") || got.Valid {
		t.Fatalf("vc verify revoked: %+v %v", got, err)
	}
	s.must(http.StatusOK, "other", "GET", merchant+"/verification?topics=MARKETPLACE_SELLER", nil, &v)
	if v.verdicts() != "MARKETPLACE_SELLER=revoked" || v.Verified {
		t.Fatalf("after revocation: %+v", v)
	}
	checkProblem(t, s.get("merchant", merchant+"/credentials/MARKETPLACE_SELLER/vc"), refusal{http.StatusConflict, "credential_revoked", ""})

	// Expired by chain time.
	s.must(http.StatusCreated, "verifier", "POST", merchant+"/credentials", map[string]any{
		"topic": "TRIAL", "document_sha256": strings.Repeat("11", 32), "expires_at": s.chainTime().Add(time.Hour).Format(time.RFC3339)}, nil)
	trial := s.exportVC("merchant", "merchant", "TRIAL")
	if got := s.verifyVC(trial); !got.Valid {
		t.Fatalf("trial before expiry: %+v", got)
	}
	if err := s.miner.Advance(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if got := s.verifyVC(trial); got.Valid || fmt.Sprint(got.Reasons) != "[expired]" {
		t.Fatalf("trial after expiry: %+v", got)
	}
	s.must(http.StatusOK, "other", "GET", merchant+"/verification?topics=TRIAL,KYB", nil, &v)
	if v.verdicts() != "TRIAL=expired KYB=verified" {
		t.Fatalf("after expiry: %s", v.verdicts())
	}
	checkProblem(t, s.get("merchant", merchant+"/credentials/TRIAL/vc"), refusal{http.StatusConflict, "credential_expired", ""})

	// The issuer loses its VERIFIER role: everything it issued stops verifying.
	reg := identityregistry.NewIdentityRegistry()
	s.operatorTx(reg.PackRevokeRole(vc.Issuer.Address, identity.RoleHash("VERIFIER")))
	if got := s.verifyVC(kyb); got.Valid || fmt.Sprint(got.Reasons) != "[issuer_not_trusted]" {
		t.Fatalf("issuer without its role: %+v", got)
	}
	s.must(http.StatusOK, "other", "GET", merchant+"/verification?topics=KYB", nil, &v)
	if v.verdicts() != "KYB=issuer_not_trusted" {
		t.Fatalf("issuer without its role: %s", v.verdicts())
	}
}

// get sends a GET as org and returns the reply, failing the test when it cannot.
func (s *stack) get(org, path string) httpReply {
	s.t.Helper()
	r, err := s.request(org, "GET", path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return r
}
