package identity_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"testing"
	"time"

	"github.com/duochain/duochain/services/server/servertest"
)

// TestIdentityRetriesAndText runs, through the real router: a multipart
// credential retried with its Idempotency-Key but another boundary replays the
// first answer; names, DIDs and topics that are not text (NUL, invalid UTF-8)
// are 400 problems, not database errors; a revocation of a malformed topic or
// of a credential the organization does not hold is refused before anything
// is sent to the chain.
func TestIdentityRetriesAndText(t *testing.T) {
	s := servertest.New(t)
	s.OnboardAll("verifier", "VERIFIER", "merchant", "SUPPLIER")
	merchant := "/v1/organizations/" + s.IDs["merchant"]

	t.Run("MultipartRetryReplays", func(t *testing.T) {
		s := s.On(t)
		expires := s.ChainTime().AddDate(1, 0, 0).Format(time.RFC3339)
		doc := []byte("%PDF-1.7 seller licence")
		body, ct := multipartCredential("MARKETPLACE_SELLER", expires, doc)
		first, err := s.Request("verifier", "POST", merchant+"/credentials", body, "Content-Type", ct, "Idempotency-Key", "seller-1")
		if err != nil || first.Status != http.StatusCreated {
			t.Fatalf("issue: %v %d %s", err, first.Status, first.Body)
		}
		again, ct2 := multipartCredential("MARKETPLACE_SELLER", expires, doc) // another random boundary
		if ct2 == ct {
			t.Fatal("the retry has the same boundary")
		}
		r, err := s.Request("verifier", "POST", merchant+"/credentials", again, "Content-Type", ct2, "Idempotency-Key", "seller-1")
		if err != nil || r.Status != http.StatusCreated || r.Header.Get("Idempotent-Replayed") != "true" || !bytes.Equal(r.Body, first.Body) {
			t.Fatalf("retry with another boundary: %v %d %v %s, want the first answer %s", err, r.Status, r.Header, r.Body, first.Body)
		}
		// Another document under the same key is another request.
		other, ct3 := multipartCredential("MARKETPLACE_SELLER", expires, []byte("another licence"))
		r, err = s.Request("verifier", "POST", merchant+"/credentials", other, "Content-Type", ct3, "Idempotency-Key", "seller-1")
		if err != nil {
			t.Fatal(err)
		}
		servertest.CheckProblem(t, r, servertest.Refused(http.StatusUnprocessableEntity, "idempotency_key_reused", "Idempotency-Key"))
	})

	t.Run("NotText", func(t *testing.T) {
		s := s.On(t)
		bad := func(field string) servertest.Refusal {
			return servertest.Refused(http.StatusBadRequest, "invalid_text", field)
		}
		s.Refuse(t, bad("name"), "operator", "POST", "/v1/organizations", map[string]any{"name": "Acme\x00Corp", "roles": []string{"SUPPLIER"}})
		s.Refuse(t, bad("did"), "operator", "POST", "/v1/organizations", map[string]any{"name": "Acme", "did": "did:web:acme\x00.test", "roles": []string{"SUPPLIER"}})
		s.Refuse(t, bad(""), "operator", "POST", "/v1/organizations", "{\"name\":\"Acme\xff\xfe\",\"roles\":[\"SUPPLIER\"]}")
		expires := s.ChainTime().AddDate(1, 0, 0).Format(time.RFC3339)
		s.Refuse(t, bad("topic"), "verifier", "POST", merchant+"/credentials", map[string]any{"topic": "KYB\x00", "document_sha256": "ab" + string(bytes.Repeat([]byte("cd"), 31)), "expires_at": expires})
		s.Refuse(t, bad(""), "verifier", "POST", merchant+"/credentials", "{\"topic\":\"KYB\xff\",\"document_sha256\":\""+string(bytes.Repeat([]byte("cd"), 32))+"\",\"expires_at\":\""+expires+"\"}")
		var b bytes.Buffer
		w := multipart.NewWriter(&b)
		_ = w.WriteField("topic", "K\xffB")
		_ = w.WriteField("expires_at", expires)
		_ = w.WriteField("document_sha256", string(bytes.Repeat([]byte("cd"), 32)))
		_ = w.Close()
		s.Refuse(t, bad("topic"), "verifier", "POST", merchant+"/credentials", b.String(), "Content-Type", w.FormDataContentType())
	})

	t.Run("Revoke", func(t *testing.T) {
		s := s.On(t)
		invalid := servertest.Refused(http.StatusBadRequest, "invalid_topic", "topic")
		for _, topic := range []string{"K%00B", "KYB%00", "%FF", "1KYB", "KYB-X", "%C5%BFYB"} {
			s.Refuse(t, invalid, "verifier", "DELETE", merchant+"/credentials/"+topic, nil)
		}
		s.Refuse(t, servertest.Refused(http.StatusNotFound, "not_found", ""), "verifier", "DELETE", merchant+"/credentials/NEVER_ISSUED", nil)
		// The credential it holds still revokes, named in any case.
		var v servertest.Verification
		if st := s.Call("verifier", "DELETE", merchant+"/credentials/kyb", nil, nil); st != http.StatusOK {
			t.Fatalf("revoke KYB: %d", st)
		}
		s.Must(http.StatusOK, "verifier", "GET", merchant+"/verification?topics=KYB", nil, &v)
		if v.Verdicts() != "KYB=revoked" {
			t.Fatalf("after revocation: %s", v.Verdicts())
		}
	})
}
