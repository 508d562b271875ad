package copyright

import (
	"net/http"

	"github.com/duochain/duochain/services/problem"
)

// ChainErrors is how the API answers the CopyrightRegistry's custom errors:
// the codes the service gives when it refuses first. services/server
// registers it with problem. A code, once given, never changes: clients see it.
func ChainErrors() map[string]problem.ChainError {
	return map[string]problem.ChainError{
		"CopyrightAlreadyRegistered":        {Status: http.StatusConflict, Code: CodeAlreadyRegistered},
		"CopyrightCatalogAlreadyRegistered": {Status: http.StatusConflict, Code: CodeCatalogRegistered},
		"CopyrightUnauthorized":             {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"CopyrightNotOwner":                 {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"CopyrightWorkNotFound":             {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		"CopyrightLicenseNotFound":          {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		"CopyrightInvalidTitle":             {Status: http.StatusBadRequest, Code: CodeInvalidTitle},
		"CopyrightZeroContentHash":          {Status: http.StatusBadRequest, Code: CodeInvalidHash},
		"CopyrightZeroRoot":                 {Status: http.StatusBadRequest, Code: CodeInvalidHash},
		"CopyrightEmptyCatalog":             {Status: http.StatusBadRequest, Code: CodeEmptyCatalog},
		"CopyrightInvalidLicensee":          {Status: http.StatusUnprocessableEntity, Code: "invalid_recipient"},
		"CopyrightInvalidExpiry":            {Status: http.StatusUnprocessableEntity, Code: "invalid_expiry"},
	}
}

// Titles are the short summaries of this capability's codes clients see
// most; services/server registers them with problem.
func Titles() map[string]string {
	return map[string]string{
		"work_already_registered":    "Work already registered",
		"work_pending":               "Work not confirmed yet",
		"duplicate_works":            "Duplicate works in the catalog",
		"empty_catalog":              "Empty catalog",
		"catalog_already_registered": "Catalog already registered",
		"invalid_hash":               "Invalid SHA-256",
		"file_too_large":             "File too large",
	}
}
