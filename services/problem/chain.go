package problem

import "net/http"

// chainCodes maps the contracts' custom errors to API codes and statuses.
var chainCodes = map[string]struct {
	status int
	code   string
}{
	"ReceivableInvoiceAlreadyTokenized": {http.StatusConflict, "invoice_already_tokenized"},
	"ReceivableInsufficientValue":       {http.StatusUnprocessableEntity, "insufficient_value"},
	"ReceivableNotVerified":             {http.StatusUnprocessableEntity, "not_verified"},
	"ReceivablePastDue":                 {http.StatusUnprocessableEntity, "past_due"},
	"ReceivableTermTooLong":             {http.StatusUnprocessableEntity, "term_too_long"},
	"ReceivableInvalidDueDate":          {http.StatusUnprocessableEntity, "due_date_in_past"},
	"ReceivableInvalidValue":            {http.StatusUnprocessableEntity, "invalid_amount"},
	"ReceivableBelowMinimum":            {http.StatusUnprocessableEntity, "below_minimum"},
	"ReceivableInvalidPartCount":        {http.StatusUnprocessableEntity, "invalid_parts"},
	"ReceivableInvalidPrice":            {http.StatusUnprocessableEntity, "invalid_price"},
	"ReceivableInvalidRecipient":        {http.StatusUnprocessableEntity, "invalid_recipient"},
	"ReceivableNotRoot":                 {http.StatusUnprocessableEntity, "not_root"},
	"ReceivableNotYetOverdue":           {http.StatusUnprocessableEntity, "not_yet_overdue"},
	"ReceivableInvalidStatus":           {http.StatusConflict, "invalid_status"},
	"ReceivableLocked":                  {http.StatusConflict, "locked"},
	"ReceivableCertificateFrozen":       {http.StatusConflict, "frozen"},
	"ReceivableRootFrozen":              {http.StatusConflict, "frozen"},
	"ReceivableFinancingNotOpen":        {http.StatusConflict, "financing_not_open"},
	"ReceivableNotFound":                {http.StatusNotFound, CodeNotFound},
	"ReceivableFinancingNotFound":       {http.StatusNotFound, CodeNotFound},
	"ReceivableUnauthorized":            {http.StatusForbidden, CodeForbidden},
	"ReceivableNotHolder":               {http.StatusForbidden, CodeForbidden},
	"ReceivableNotObligor":              {http.StatusForbidden, CodeForbidden},
	"ReceivableNotFinancier":            {http.StatusForbidden, CodeForbidden},
	"ReceivableNotRequester":            {http.StatusForbidden, CodeForbidden},
	"ReceivableIdTaken":                 {http.StatusConflict, "id_taken"},
	"ReceivableFingerprintMismatch":     {http.StatusConflict, "invoice_mismatch"},
	"ReceivableSubmissionLapsed":        {http.StatusConflict, "lapsed"},
	"ReceivableNotYetLapsed":            {http.StatusUnprocessableEntity, "not_yet_lapsed"},
	"ReceivableSelfTransfer":            {http.StatusUnprocessableEntity, "self_transfer"},
	"ReceivableSelfFinancing":           {http.StatusUnprocessableEntity, "self_financing"},
	"ReceivablePriceBelowFloor":         {http.StatusUnprocessableEntity, "price_below_floor"},
	"ReceivableTermsMismatch":           {http.StatusConflict, "terms_mismatch"},
	"ReceivableFinancingExpired":        {http.StatusConflict, "financing_expired"},
	"ReceivableInvalidFloor":            {http.StatusUnprocessableEntity, "invalid_floor"},
	"ReceivableInvalidExpiry":           {http.StatusUnprocessableEntity, "invalid_expiry"},
	"IdentitySelfIssue":                 {http.StatusUnprocessableEntity, "self_issue"},
	"IdentityUnauthorized":              {http.StatusForbidden, CodeForbidden},
	"IdentityNotIssuer":                 {http.StatusForbidden, CodeForbidden},
	"IdentityAlreadyRegistered":         {http.StatusConflict, CodeConflict},
	"IdentityCredentialNotFound":        {http.StatusNotFound, CodeNotFound},
	"IdentityCredentialAlreadyRevoked":  {http.StatusConflict, "already_revoked"},
	"IdentityInvalidExpiry":             {http.StatusUnprocessableEntity, "invalid_expiry"},
	"CashUnauthorized":                  {http.StatusForbidden, CodeForbidden},
	"CashZeroAmount":                    {http.StatusUnprocessableEntity, "invalid_amount"},
	"ERC20InsufficientBalance":          {http.StatusUnprocessableEntity, "insufficient_cash"},
	"ERC20InsufficientAllowance":        {http.StatusUnprocessableEntity, "insufficient_allowance"},
	"EnforcedPause":                     {http.StatusConflict, "paused"},
	// CopyrightRegistry: the same codes the copyright service answers before the chain.
	"CopyrightAlreadyRegistered":        {http.StatusConflict, "work_already_registered"},
	"CopyrightCatalogAlreadyRegistered": {http.StatusConflict, "catalog_already_registered"},
	"CopyrightUnauthorized":             {http.StatusForbidden, CodeForbidden},
	"CopyrightNotOwner":                 {http.StatusForbidden, CodeForbidden},
	"CopyrightWorkNotFound":             {http.StatusNotFound, CodeNotFound},
	"CopyrightLicenseNotFound":          {http.StatusNotFound, CodeNotFound},
	"CopyrightInvalidTitle":             {http.StatusBadRequest, "invalid_title"},
	"CopyrightZeroContentHash":          {http.StatusBadRequest, "invalid_hash"},
	"CopyrightZeroRoot":                 {http.StatusBadRequest, "invalid_hash"},
	"CopyrightEmptyCatalog":             {http.StatusBadRequest, "empty_catalog"},
	"CopyrightInvalidLicensee":          {http.StatusUnprocessableEntity, "invalid_recipient"},
	"CopyrightInvalidExpiry":            {http.StatusUnprocessableEntity, "invalid_expiry"},
	"TraceRootAlreadyAnchored":          {http.StatusConflict, "root_already_anchored"},
	"TraceUnauthorized":                 {http.StatusForbidden, CodeForbidden},
	"TraceEmptyBatch":                   {http.StatusUnprocessableEntity, "empty_batch"},
	"TraceZeroRoot":                     {http.StatusUnprocessableEntity, "zero_root"},
}

// FromChain is the problem for an operation the chain refused with the custom
// error name (and its rendering as detail).
func FromChain(name, detail string) *Error {
	if c, ok := chainCodes[name]; ok {
		return New(c.status, c.code, "the chain refused: %s", detail)
	}
	return New(http.StatusUnprocessableEntity, "chain_refused", "the chain refused: %s", detail)
}
