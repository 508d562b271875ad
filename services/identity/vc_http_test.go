package identity_test

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
	"github.com/duochain/duochain/services/server/servertest"
	"github.com/duochain/duochain/services/txmgr"
)

// verifyOffline is the check `duochain vc verify` prints, made with only the
// chain: identity.Verify against the stack's registry, an error naming the
// reasons when the credential is not valid.
func verifyOffline(s *servertest.Stack, raw []byte) (identity.Result, error) {
	s.T.Helper()
	res, err := identity.Verify(context.Background(), s.Sim.Client(), s.Server.Config.Deployment.IdentityRegistry, raw)
	if err != nil {
		s.T.Fatal(err)
	}
	if !res.Valid {
		return res, fmt.Errorf("credential not valid: %s", strings.Join(res.Reasons, ", "))
	}
	return res, nil
}

// operatorTx sends data to the identity registry as the operator through the
// transaction manager, and waits until it is confirmed and projected.
func operatorTx(s *servertest.Stack, data []byte) {
	s.T.Helper()
	ctx := context.Background()
	tx, err := s.Server.Pool.Begin(ctx)
	if err != nil {
		s.T.Fatal(err)
	}
	defer tx.Rollback(ctx)
	id, err := s.Server.Ops.Enqueue(ctx, tx, txmgr.NewOperation{Kind: "test.identity", Signer: crypto.PubkeyToAddress(s.Server.Config.OperatorKey.PublicKey),
		To: s.Server.Config.Deployment.IdentityRegistry, Data: data, ResourceType: "organization"})
	if err != nil {
		s.T.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		s.T.Fatal(err)
	}
	s.Server.Ops.Notify()
	deadline := time.Now().Add(20 * time.Second)
	for {
		op, err := s.Server.Ops.Get(ctx, id)
		if err != nil {
			s.T.Fatal(err)
		}
		if op.State == txmgr.StateConfirmed {
			if err := s.Server.Indexer.WaitFor(ctx, op.BlockNumber); err != nil {
				s.T.Fatal(err)
			}
			return
		}
		if op.State == txmgr.StateFailed || time.Now().After(deadline) {
			s.T.Fatalf("operation %d: %s %s", id, op.State, op.ErrorDetail)
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
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "merchant", "SUPPLIER", "other", "SUPPLIER")
	merchant := "/v1/organizations/" + s.IDs["merchant"]
	expires := s.ChainTime().AddDate(1, 0, 0).Format(time.RFC3339)

	// The document goes in; only its sha256 goes on chain.
	licence := []byte("%PDF-1.7 marketplace seller licence of the merchant")
	body, ct := multipartCredential("MARKETPLACE_SELLER", expires, licence)
	r, err := s.Request("verifier", "POST", merchant+"/credentials", body, "Content-Type", ct)
	if err != nil || r.Status != http.StatusCreated {
		t.Fatalf("issue from a multipart document: %v %d %s", err, r.Status, r.Body)
	}
	licenceSum := sha256.Sum256(licence)
	registration := []byte("business registration certificate")
	s.Must(http.StatusCreated, "verifier", "POST", merchant+"/credentials", map[string]any{
		"topic": "KYB", "document": base64.StdEncoding.EncodeToString(registration), "expires_at": expires}, nil)
	regSum := sha256.Sum256(registration)

	var v servertest.Verification
	s.Must(http.StatusOK, "other", "GET", merchant+"/verification?topics=KYB,MARKETPLACE_SELLER", nil, &v)
	if !v.Verified || v.Verdicts() != "KYB=verified MARKETPLACE_SELLER=verified" {
		t.Fatalf("verification: %+v", v)
	}
	for _, tv := range v.Topics {
		e := tv.Evidence
		want := hex.EncodeToString(map[string][]byte{"KYB": regSum[:], "MARKETPLACE_SELLER": licenceSum[:]}[tv.Topic])
		if e == nil || e.Issuer.ID != s.IDs["verifier"] || e.Issuer.Name != "verifier" || e.DocumentSHA256 != "0x"+want || e.BlockNumber == 0 || len(e.TxHash) != 66 {
			t.Fatalf("evidence of %s: %+v (document want %s)", tv.Topic, e, want)
		}
	}
	s.Must(http.StatusOK, "other", "GET", merchant+"/verification", nil, &v)
	if v.Verdicts() != "KYB=verified MARKETPLACE_SELLER=verified" {
		t.Fatalf("default topics: %s", v.Verdicts())
	}
	s.Must(http.StatusOK, "other", "GET", "/v1/organizations/"+s.IDs["other"]+"/verification?topics=MARKETPLACE_SELLER,KYB", nil, &v)
	if v.Verified || v.Verdicts() != "MARKETPLACE_SELLER=missing KYB=verified" || v.Topics[0].Evidence != nil {
		t.Fatalf("other's verification: %+v", v)
	}

	seller := s.ExportVC("merchant", "merchant", "MARKETPLACE_SELLER")
	kyb := s.ExportVC("verifier", "merchant", "KYB") // the issuer may export it too
	var vc identity.VC
	if err := json.Unmarshal(seller, &vc); err != nil {
		t.Fatal(err)
	}
	var issuerOrg struct{ Address string }
	s.Must(http.StatusOK, "other", "GET", "/v1/organizations/"+s.IDs["verifier"], nil, &issuerOrg)
	if !strings.EqualFold(vc.Issuer.Address.Hex(), issuerOrg.Address) || vc.CredentialSubject.DocumentHash.Hex() != "0x"+hex.EncodeToString(licenceSum[:]) ||
		vc.CredentialStatus.Registry != s.Server.Config.Deployment.IdentityRegistry {
		t.Fatalf("exported credential: %s", seller)
	}
	for name, raw := range map[string][]byte{"seller": seller, "kyb": kyb} {
		if got := s.VerifyVC(raw); !got.Valid || len(got.Reasons) != 0 {
			t.Fatalf("verify %s: %+v", name, got)
		}
		if got, err := verifyOffline(s, raw); err != nil || !got.Valid {
			t.Fatalf("vc verify %s: %+v %v", name, got, err)
		}
	}
	tampered := bytes.Replace(seller, []byte(`"topic":"MARKETPLACE_SELLER"`), []byte(`"topic":"KYB"`), 1)
	if bytes.Equal(tampered, seller) {
		t.Fatal("the tamper did not apply")
	}
	if got := s.VerifyVC(tampered); got.Valid || !slices.Contains(got.Reasons, identity.ReasonSignatureInvalid) {
		t.Fatalf("tampered: %+v", got)
	}

	// Revoked by its issuer: the read model and the chain both say so.
	s.Must(http.StatusOK, "verifier", "DELETE", merchant+"/credentials/MARKETPLACE_SELLER", nil, nil)
	if got := s.VerifyVC(seller); got.Valid || fmt.Sprint(got.Reasons) != "[revoked]" {
		t.Fatalf("revoked: %+v", got)
	}
	if got, err := verifyOffline(s, seller); err == nil || !strings.Contains(err.Error(), "revoked") || got.Valid {
		t.Fatalf("vc verify revoked: %+v %v", got, err)
	}
	s.Must(http.StatusOK, "other", "GET", merchant+"/verification?topics=MARKETPLACE_SELLER", nil, &v)
	if v.Verdicts() != "MARKETPLACE_SELLER=revoked" || v.Verified {
		t.Fatalf("after revocation: %+v", v)
	}
	servertest.CheckProblem(t, s.Get("merchant", merchant+"/credentials/MARKETPLACE_SELLER/vc"), servertest.Refused(http.StatusConflict, "credential_revoked", ""))

	// Expired by chain time.
	s.Must(http.StatusCreated, "verifier", "POST", merchant+"/credentials", map[string]any{
		"topic": "TRIAL", "document_sha256": strings.Repeat("11", 32), "expires_at": s.ChainTime().Add(time.Hour).Format(time.RFC3339)}, nil)
	trial := s.ExportVC("merchant", "merchant", "TRIAL")
	if got := s.VerifyVC(trial); !got.Valid {
		t.Fatalf("trial before expiry: %+v", got)
	}
	if err := s.Miner.Advance(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if got := s.VerifyVC(trial); got.Valid || fmt.Sprint(got.Reasons) != "[expired]" {
		t.Fatalf("trial after expiry: %+v", got)
	}
	s.Must(http.StatusOK, "other", "GET", merchant+"/verification?topics=TRIAL,KYB", nil, &v)
	if v.Verdicts() != "TRIAL=expired KYB=verified" {
		t.Fatalf("after expiry: %s", v.Verdicts())
	}
	servertest.CheckProblem(t, s.Get("merchant", merchant+"/credentials/TRIAL/vc"), servertest.Refused(http.StatusConflict, "credential_expired", ""))

	// The issuer loses its VERIFIER role: everything it issued stops verifying.
	reg := identityregistry.NewIdentityRegistry()
	operatorTx(s, reg.PackRevokeRole(vc.Issuer.Address, identity.RoleHash("VERIFIER")))
	if got := s.VerifyVC(kyb); got.Valid || fmt.Sprint(got.Reasons) != "[issuer_not_trusted]" {
		t.Fatalf("issuer without its role: %+v", got)
	}
	s.Must(http.StatusOK, "other", "GET", merchant+"/verification?topics=KYB", nil, &v)
	if v.Verdicts() != "KYB=issuer_not_trusted" {
		t.Fatalf("issuer without its role: %s", v.Verdicts())
	}
}
