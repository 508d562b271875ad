package identity_test

import (
	"bytes"
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

	"github.com/duochain/duochain/services/identity"
	"github.com/duochain/duochain/services/server/servertest"
)

// TestIdentityVCBadInput runs the refusals of the verification, export,
// verify and issue-from-document routes through the real router: each is a
// problem+json with a stable code and records nothing.
func TestIdentityVCBadInput(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "merchant", "SUPPLIER", "other", "SUPPLIER")
	merchant := "/v1/organizations/" + s.IDs["merchant"]
	badTopics := servertest.Refused(http.StatusBadRequest, "invalid_topics", "")
	notFound := servertest.Refused(http.StatusNotFound, "not_found", "")
	unauthorized := servertest.Refused(http.StatusUnauthorized, "unauthorized", "")

	t.Run("Verification", func(t *testing.T) {
		s := s.On(t)
		var topics []string // one more than a request may ask about
		for i := range 17 {
			topics = append(topics, fmt.Sprintf("T%d", i))
		}
		for _, q := range []string{"kyb", "KYB,,MARKETPLACE_SELLER", "KYB,", "", "KYB%20", "1KYB", strings.Repeat("A", 33), strings.Join(topics, ",")} {
			s.Refuse(t, badTopics, "other", "GET", merchant+"/verification?topics="+q, nil)
		}
		s.Refuse(t, notFound, "other", "GET", "/v1/organizations/999999/verification?topics=KYB", nil)
		s.Refuse(t, notFound, "other", "GET", "/v1/organizations/abc/verification", nil)
		s.Refuse(t, unauthorized, "", "GET", merchant+"/verification", nil)
		s.Refuse(t, unauthorized, "", "GET", merchant+"/verification", nil, "Authorization", "Bearer dck_not_a_key")
		// Duplicates count once.
		var v servertest.Verification
		s.Must(http.StatusOK, "other", "GET", merchant+"/verification?topics=KYB,KYB", nil, &v)
		if v.Verdicts() != "KYB=verified" {
			t.Fatalf("duplicates: %s", v.Verdicts())
		}
	})

	t.Run("Export", func(t *testing.T) {
		s := s.On(t)
		s.Refuse(t, notFound, "merchant", "GET", "/v1/organizations/999999/credentials/KYB/vc", nil)
		s.Refuse(t, notFound, "merchant", "GET", merchant+"/credentials/NOPE/vc", nil)
		s.Refuse(t, notFound, "merchant", "GET", merchant+"/credentials/kyb/vc", nil)
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "other", "GET", merchant+"/credentials/KYB/vc", nil)
		s.Refuse(t, unauthorized, "", "GET", merchant+"/credentials/KYB/vc", nil)
		s.ExportVC("operator", "merchant", "KYB") // operators may
	})

	t.Run("Verify", func(t *testing.T) {
		s := s.On(t)
		for _, body := range []string{"not json", `{"@context":`, `["not", "an", "object"]`, `"a string"`, ``} {
			s.Refuse(t, servertest.Refused(http.StatusBadRequest, "malformed_json", ""), "", "POST", "/v1/credentials/verify", body)
		}
		vc := string(s.ExportVC("merchant", "merchant", "KYB"))
		s.Refuse(t, servertest.Refused(http.StatusUnsupportedMediaType, "unsupported_media_type", ""), "", "POST", "/v1/credentials/verify", vc, "Content-Type", "text/plain")
		for _, body := range []string{`{}`, `{"hello":"world"}`, strings.Replace(vc, `"proof"`, `"proof2"`, 1)} {
			if got := s.VerifyVC([]byte(body)); got.Valid || fmt.Sprint(got.Reasons) != "[malformed]" {
				t.Fatalf("verify %s: %+v", body, got)
			}
		}
		// Made up by a stranger: claiming the real issuer's address it cannot
		// sign as it; signing as itself it is no trusted issuer.
		var forged identity.VC
		if err := json.Unmarshal([]byte(vc), &forged); err != nil {
			t.Fatal(err)
		}
		stranger, _ := crypto.GenerateKey()
		signAs := func(v identity.VC) []byte {
			d, _ := v.Digest()
			sig, _ := crypto.Sign(d.Bytes(), stranger)
			sig[64] += 27
			v.Proof.ProofValue = "0x" + hex.EncodeToString(sig)
			b, _ := json.Marshal(v)
			return b
		}
		if got := s.VerifyVC(signAs(forged)); got.Valid || fmt.Sprint(got.Reasons) != "[signature_invalid]" {
			t.Fatalf("claiming the real issuer: %+v", got)
		}
		self := forged
		self.Issuer.Address = crypto.PubkeyToAddress(stranger.PublicKey)
		self.Proof.VerificationMethod = fmt.Sprintf("did:pkh:eip155:%d:%s#blockchainAccountId", self.CredentialStatus.ChainID, self.Issuer.Address.Hex())
		if got := s.VerifyVC(signAs(self)); got.Valid || !slices.Contains(got.Reasons, identity.ReasonIssuerNotTrusted) || slices.Contains(got.Reasons, identity.ReasonSignatureInvalid) {
			t.Fatalf("self-made issuer: %+v", got)
		}
		// The media types of the VC data model are accepted.
		for _, ct := range []string{"application/vc", "application/vc+ld+json", "application/ld+json"} {
			r, err := s.Request("", "POST", "/v1/credentials/verify", vc, "Content-Type", ct)
			if err != nil || r.Status != http.StatusOK || !bytes.Contains(r.Body, []byte(`"valid":true`)) {
				t.Fatalf("verify as %s: %v %d %s", ct, err, r.Status, r.Body)
			}
		}
	})

	t.Run("IssueFromDocument", func(t *testing.T) {
		s := s.On(t)
		path := merchant + "/credentials"
		expires := time.Now().AddDate(1, 0, 0).UTC().Format(time.RFC3339)
		badDoc := servertest.Refused(http.StatusUnprocessableEntity, "invalid_document", "document")
		for _, body := range []map[string]any{
			{"topic": "KYB", "expires_at": expires},
			{"topic": "KYB", "expires_at": expires, "document": "aGVsbG8=", "document_sha256": strings.Repeat("ab", 32)},
			{"topic": "KYB", "expires_at": expires, "document": "not base64!"},
			{"topic": "KYB", "expires_at": expires, "document": ""},
		} {
			s.Refuse(t, badDoc, "verifier", "POST", path, body)
		}
		form := func(fields map[string]string, files ...string) (string, string) {
			var b bytes.Buffer
			w := multipart.NewWriter(&b)
			for k, v := range fields {
				_ = w.WriteField(k, v)
			}
			for _, f := range files {
				fw, _ := w.CreateFormFile(f, "doc.pdf")
				_, _ = fw.Write([]byte("document"))
			}
			_ = w.Close()
			return b.String(), w.FormDataContentType()
		}
		cases := []struct {
			want   servertest.Refusal
			fields map[string]string
			files  []string
		}{
			{servertest.Refused(http.StatusBadRequest, "unknown_field", "colour"), map[string]string{"topic": "KYB", "expires_at": expires, "colour": "red"}, []string{"document"}},
			{servertest.Refused(http.StatusBadRequest, "unknown_field", "scan"), map[string]string{"topic": "KYB", "expires_at": expires}, []string{"scan"}},
			{servertest.Refused(http.StatusBadRequest, "unknown_field", "document"), map[string]string{"topic": "KYB", "expires_at": expires}, []string{"document", "document"}},
			{servertest.Refused(http.StatusUnprocessableEntity, "invalid_topic", "topic"), map[string]string{"expires_at": expires}, []string{"document"}},
			{servertest.Refused(http.StatusUnprocessableEntity, "invalid", "expires_at"), map[string]string{"topic": "KYB", "expires_at": "next year"}, []string{"document"}},
			{badDoc, map[string]string{"topic": "KYB", "expires_at": expires, "document_sha256": strings.Repeat("ab", 32)}, []string{"document"}},
			{servertest.Refused(http.StatusBadRequest, "malformed_form", ""), map[string]string{}, nil},
		}
		for _, c := range cases {
			body, ct := form(c.fields, c.files...)
			s.Refuse(t, c.want, "verifier", "POST", path, body, "Content-Type", ct)
		}
		body, ct := form(map[string]string{"topic": "KYB", "expires_at": expires}, "document")
		s.Refuse(t, servertest.Refused(http.StatusForbidden, "forbidden", ""), "other", "POST", path, body, "Content-Type", ct)
		s.Refuse(t, servertest.Refused(http.StatusBadRequest, "malformed_form", ""), "verifier", "POST", path, body, "Content-Type", "multipart/form-data")
	})
}
