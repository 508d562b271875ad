package identity

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"time"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// documentHash is the sha256 that goes on chain for a credential request: of
// the document when one was sent (base64 in JSON, or a multipart file), else
// the given document_sha256. Exactly one of them must be present; the document
// itself is not kept.
func (req CredentialRequest) documentHash() ([32]byte, error) {
	given := 0
	for _, ok := range []bool{req.DocumentSHA256 != "", req.Document != "", req.documentBytes != nil} {
		if ok {
			given++
		}
	}
	if given != 1 {
		return [32]byte{}, problem.Invalid("invalid_document", "document", "send exactly one of document_sha256 (64 hex digits) or document (base64, or a multipart file)")
	}
	switch {
	case req.documentBytes != nil:
		if len(req.documentBytes) == 0 {
			return [32]byte{}, problem.Invalid("invalid_document", "document", "the document is empty")
		}
		return sha256.Sum256(req.documentBytes), nil
	case req.Document != "":
		b, err := base64.StdEncoding.DecodeString(req.Document)
		if err != nil || len(b) == 0 {
			return [32]byte{}, problem.Invalid("invalid_document", "document", "document must be the file's bytes in standard base64")
		}
		return sha256.Sum256(b), nil
	}
	h, err := parseHash(req.DocumentSHA256)
	if err != nil {
		return h, problem.Invalid("invalid_hash", "document_sha256", "document_sha256 must be 64 hex digits")
	}
	return h, nil
}

// canonical is what a multipart credential request says, as JSON, for its
// idempotency hash: topic, expires_at and the document's sha256.
func (req CredentialRequest) canonical() []byte {
	doc, err := req.documentHash()
	sum := hex.EncodeToString(doc[:])
	if err != nil {
		sum = ""
	}
	b, _ := json.Marshal(struct {
		Topic          string `json:"topic"`
		ExpiresAt      string `json:"expires_at"`
		DocumentSHA256 string `json:"document_sha256"`
	}{req.Topic, req.ExpiresAt.UTC().Format(time.RFC3339Nano), sum})
	return b
}

// IsMultipart reports whether a request's Content-Type is multipart/form-data.
func IsMultipart(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "multipart/form-data"
}

// ParseCredentialForm reads a multipart/form-data credential request: fields
// topic and expires_at, and either a file part document or a field
// document_sha256.
func ParseCredentialForm(contentType string, body []byte) (CredentialRequest, error) {
	var req CredentialRequest
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return req, problem.BadRequest("malformed_form", "multipart/form-data needs a boundary")
	}
	form, err := multipart.NewReader(bytes.NewReader(body), params["boundary"]).ReadForm(api.MaxBody)
	if err != nil {
		return req, problem.BadRequest("malformed_form", "malformed multipart body: %v", err)
	}
	defer form.RemoveAll()
	if len(form.Value)+len(form.File) == 0 {
		return req, problem.BadRequest("malformed_form", "the form holds no parts; send topic, expires_at and document")
	}
	for name, vs := range form.Value {
		if len(vs) != 1 {
			return req, problem.BadRequest("malformed_form", "field %q is given %d times", name, len(vs))
		}
		switch v := vs[0]; name {
		case "topic":
			req.Topic = v
		case "document_sha256":
			req.DocumentSHA256 = v
		case "expires_at":
			if req.ExpiresAt, err = time.Parse(time.RFC3339, v); err != nil {
				return req, problem.Invalid(problem.CodeInvalid, "expires_at", "expires_at must be an RFC 3339 time")
			}
		default:
			p := problem.BadRequest("unknown_field", "unknown field %q", name)
			p.Field = name
			return req, p
		}
	}
	for name, fs := range form.File {
		if name != "document" || len(fs) != 1 {
			p := problem.BadRequest("unknown_field", "send one file, as the part named document")
			p.Field = name
			return req, p
		}
		f, err := fs[0].Open()
		if err != nil {
			return req, fmt.Errorf("open the uploaded document: %w", err)
		}
		req.documentBytes, err = io.ReadAll(f)
		f.Close()
		if err != nil {
			return req, fmt.Errorf("read the uploaded document: %w", err)
		}
		if req.documentBytes == nil {
			req.documentBytes = []byte{}
		}
	}
	return req, nil
}

// ExportVC signs org's credential for topic as a W3C Verifiable Credential with
// the custodial key of its issuer, the key that sent issueCredential. The
// organization itself, the issuer and operators may export it; a revoked or
// expired (at now, chain time) credential is not exported.
func (s *Service) ExportVC(ctx context.Context, p api.Organization, org Organization, topic string, now time.Time) (*VC, error) {
	creds, err := s.Store.Credentials(ctx, org.Address)
	if err != nil {
		return nil, err
	}
	var cred *Credential
	for i := range creds {
		if creds[i].Topic == topic {
			cred = &creds[i]
		}
	}
	if cred == nil {
		return nil, problem.NotFound("organization %s holds no %s credential", org.ID, topic)
	}
	if p.Address != org.Address && p.Address != cred.Issuer && !p.Has("OPERATOR") {
		return nil, problem.Forbidden("only the organization, its issuer or an operator exports its credentials")
	}
	if cred.Revoked {
		return nil, problem.Conflict("credential_revoked", "the %s credential of organization %s is revoked", topic, org.ID)
	}
	if !cred.ExpiresAt.After(now) {
		return nil, problem.Conflict("credential_expired", "the %s credential of organization %s expired at %s", topic, org.ID, cred.ExpiresAt.Format(time.RFC3339))
	}
	issuer, err := s.Store.ByRef(ctx, cred.Issuer.Hex())
	if problem.IsNotFound(err) {
		return nil, problem.Conflict("issuer_key_unavailable", "issuer %s is not an organization of this platform; it signs its own credentials", cred.Issuer)
	}
	if err != nil {
		return nil, err
	}
	signer, err := s.Keys.Signer(cred.Issuer)
	if err != nil {
		return nil, &problem.Error{Status: http.StatusConflict, Code: "issuer_key_unavailable", Title: "Issuer key unavailable",
			Detail: fmt.Sprintf("this platform does not hold the key of issuer %s", cred.Issuer), Err: err}
	}
	if s.Chain == nil {
		return nil, errors.New("export a credential: no chain configured")
	}
	id, err := s.Chain.ChainID(ctx)
	if err != nil {
		return nil, problem.Unavailable(5*time.Second, err, "the chain is unreachable")
	}
	vc := NewVC(id.Uint64(), s.Registry, issuer, org, *cred, time.Now())
	if err := vc.Sign(signer); err != nil {
		return nil, fmt.Errorf("sign the %s credential of organization %s: %w", topic, org.ID, err)
	}
	return vc, nil
}
