package copyright

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// multipartSlack is what a multipart body may hold beyond its file: the title,
// the metadata and the part headers.
const multipartSlack = MaxMetadata + 16<<10

// isMultipart reports whether the request is a multipart/form-data upload.
func isMultipart(c echo.Context) bool {
	mt, _, err := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	return err == nil && mt == echo.MIMEMultipartForm
}

// readUpload streams a multipart upload: the sha256 of part "file" (never
// kept), and the "title" and "metadata" fields when given. A file above
// maxFile is a 413; an unknown part a 400.
func readUpload(c echo.Context, maxFile int64) (WorkRequest, error) {
	var req WorkRequest
	mr, err := c.Request().MultipartReader()
	if err != nil {
		return req, problem.BadRequest("malformed_multipart", "read the multipart body: %v", err)
	}
	seenFile := false
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return req, uploadError(err)
		}
		if name := part.FormName(); seen[name] {
			p := problem.BadRequest("duplicate_field", "form field %q is sent more than once", name)
			p.Field = name
			return req, p
		}
		seen[part.FormName()] = true
		switch part.FormName() {
		case "file":
			h := sha256.New()
			n, err := io.Copy(h, io.LimitReader(part, maxFile+1))
			if err != nil {
				return req, uploadError(err)
			}
			if n > maxFile {
				p := problem.New(http.StatusRequestEntityTooLarge, CodeFileTooLarge, "the file is larger than %d bytes", maxFile)
				p.Field = "file"
				return req, p
			}
			req.SHA256, seenFile = hex.EncodeToString(h.Sum(nil)), true
		case "title", "metadata":
			b, err := io.ReadAll(io.LimitReader(part, MaxMetadata+1))
			if err != nil {
				return req, uploadError(err)
			}
			if part.FormName() == "title" {
				req.Title = string(b)
			} else {
				req.Metadata = b
			}
		default:
			p := problem.BadRequest("unknown_field", "unknown form field %q; send file, title and metadata", part.FormName())
			p.Field = part.FormName()
			return req, p
		}
	}
	if !seenFile {
		p := problem.BadRequest("missing_file", "send the work as the form field \"file\"")
		p.Field = "file"
		return req, p
	}
	return req, nil
}

func uploadError(err error) error {
	if api.BodyTooLarge(err) {
		return problem.New(http.StatusRequestEntityTooLarge, "body_too_large", "the upload exceeds its size limit")
	}
	return problem.BadRequest("malformed_multipart", "read the multipart body: %v", err)
}

// uploadedHash reads the sha256 of an uploaded file, or of a JSON {sha256}.
func uploadedHash(c echo.Context, maxFile int64) (Hash, error) {
	if isMultipart(c) {
		req, err := readUpload(c, maxFile)
		if err != nil {
			return Hash{}, err
		}
		return ParseHash("file", req.SHA256)
	}
	var req struct {
		SHA256 string `json:"sha256"`
	}
	if err := api.Bind(c, &req); err != nil {
		return Hash{}, err
	}
	return ParseHash("sha256", req.SHA256)
}

// pathHash parses the :sha256 path parameter: a malformed one is a 400.
func pathHash(c echo.Context) (Hash, error) {
	return ParseHash("sha256", c.Param("sha256"))
}
