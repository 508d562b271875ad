package receivable

import (
	"net/http"

	"github.com/duochain/duochain/services/problem"
)

// ChainErrors is how the API answers the custom errors of the contracts this
// capability owns: Receivable (with the OpenZeppelin ERC-721, Pausable,
// ReentrancyGuard and SafeERC20 errors its ABI declares) and CashToken (with
// OpenZeppelin's ERC-20 errors). services/server registers it with problem.
// A code, once given, never changes: clients see it.
func ChainErrors() map[string]problem.ChainError {
	return map[string]problem.ChainError{
		"ReceivableInvoiceAlreadyTokenized": {Status: http.StatusConflict, Code: "invoice_already_tokenized"},
		"ReceivableInsufficientValue":       {Status: http.StatusUnprocessableEntity, Code: "insufficient_value"},
		"ReceivableNotVerified":             {Status: http.StatusUnprocessableEntity, Code: "not_verified"},
		"ReceivablePastDue":                 {Status: http.StatusUnprocessableEntity, Code: "past_due"},
		"ReceivableTermTooLong":             {Status: http.StatusUnprocessableEntity, Code: "term_too_long"},
		"ReceivableInvalidDueDate":          {Status: http.StatusUnprocessableEntity, Code: "due_date_in_past"},
		"ReceivableInvalidValue":            {Status: http.StatusUnprocessableEntity, Code: "invalid_amount"},
		"ReceivableBelowMinimum":            {Status: http.StatusUnprocessableEntity, Code: "below_minimum"},
		"ReceivableInvalidPartCount":        {Status: http.StatusUnprocessableEntity, Code: "invalid_parts"},
		"ReceivableInvalidPrice":            {Status: http.StatusUnprocessableEntity, Code: "invalid_price"},
		"ReceivableInvalidRecipient":        {Status: http.StatusUnprocessableEntity, Code: "invalid_recipient"},
		"ReceivableNotRoot":                 {Status: http.StatusUnprocessableEntity, Code: "not_root"},
		"ReceivableNotYetOverdue":           {Status: http.StatusUnprocessableEntity, Code: "not_yet_overdue"},
		"ReceivableInvalidStatus":           {Status: http.StatusConflict, Code: "invalid_status"},
		"ReceivableLocked":                  {Status: http.StatusConflict, Code: "locked"},
		"ReceivableIsFrozen":                {Status: http.StatusConflict, Code: "frozen"},
		"ReceivableRootFrozen":              {Status: http.StatusConflict, Code: "frozen"},
		"ReceivableFinancingNotOpen":        {Status: http.StatusConflict, Code: "financing_not_open"},
		"ReceivableNotFound":                {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		"ReceivableFinancingNotFound":       {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		"ReceivableUnauthorized":            {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ReceivableNotHolder":               {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ReceivableNotObligor":              {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ReceivableNotFinancier":            {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ReceivableNotRequester":            {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ReceivableIdTaken":                 {Status: http.StatusConflict, Code: "id_taken"},
		"ReceivableFingerprintMismatch":     {Status: http.StatusConflict, Code: "invoice_mismatch"},
		"ReceivableSubmissionLapsed":        {Status: http.StatusConflict, Code: "lapsed"},
		"ReceivableNotYetLapsed":            {Status: http.StatusUnprocessableEntity, Code: "not_yet_lapsed"},
		"ReceivableSelfTransfer":            {Status: http.StatusUnprocessableEntity, Code: "self_transfer"},
		"ReceivableSelfFinancing":           {Status: http.StatusUnprocessableEntity, Code: "self_financing"},
		"ReceivablePriceBelowFloor":         {Status: http.StatusUnprocessableEntity, Code: "price_below_floor"},
		"ReceivableTermsMismatch":           {Status: http.StatusConflict, Code: "terms_mismatch"},
		"ReceivableFinancingExpired":        {Status: http.StatusConflict, Code: "financing_expired"},
		"ReceivableInvalidFloor":            {Status: http.StatusUnprocessableEntity, Code: "invalid_floor"},
		"ReceivableInvalidExpiry":           {Status: http.StatusUnprocessableEntity, Code: "invalid_expiry"},
		// A zero fingerprint names no invoice.
		"ReceivableInvalidFingerprint": {Status: http.StatusUnprocessableEntity, Code: "invalid_fingerprint"},
		// The freeze flag already reads as asked: the state, not the request, is at odds.
		"ReceivableFreezeUnchanged": {Status: http.StatusConflict, Code: "freeze_unchanged"},
		// The same shortfall as ERC20InsufficientAllowance, for an ERC-3525 value allowance.
		"ReceivableInsufficientAllowance": {Status: http.StatusUnprocessableEntity, Code: "insufficient_allowance"},
		"ReceivableMergeUnsupported":      {Status: http.StatusUnprocessableEntity, Code: "merge_unsupported"},
		// A receiving contract that refuses the receivable is an invalid
		// recipient, as OpenZeppelin's ERC721InvalidReceiver says for its hook.
		"ReceivableRejectedByReceiver": {Status: http.StatusUnprocessableEntity, Code: "invalid_recipient"},
		"ReceivableInvalidPolicy":      {Status: http.StatusUnprocessableEntity, Code: "invalid_policy"},
		"ReceivableBatchTooLarge":      {Status: http.StatusUnprocessableEntity, Code: problem.CodeTooManyItems},

		// OpenZeppelin errors the Receivable ABI declares.
		"EnforcedPause": {Status: http.StatusConflict, Code: "paused"},
		"ExpectedPause": {Status: http.StatusConflict, Code: "not_paused"},
		// A reentrant call comes from a receiver hook that called back in.
		"ReentrancyGuardReentrantCall": {Status: http.StatusUnprocessableEntity, Code: "reentrant_call"},
		// The cash token refused a transfer the receivable contract made.
		"SafeERC20FailedOperation":   {Status: http.StatusUnprocessableEntity, Code: "cash_transfer_failed"},
		"ERC721NonexistentToken":     {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		"ERC721IncorrectOwner":       {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ERC721InsufficientApproval": {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		// Approving as neither the owner nor one of its operators.
		"ERC721InvalidApprover": {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"ERC721InvalidReceiver": {Status: http.StatusUnprocessableEntity, Code: "invalid_recipient"},
		// Minting an id that exists: what ReceivableIdTaken says.
		"ERC721InvalidSender": {Status: http.StatusConflict, Code: "id_taken"},
		// The zero address where an account is needed.
		"ERC721InvalidOwner":    {Status: http.StatusUnprocessableEntity, Code: "invalid_account"},
		"ERC721InvalidOperator": {Status: http.StatusUnprocessableEntity, Code: "invalid_account"},

		// CashToken, and the OpenZeppelin ERC-20 errors its ABI declares.
		"CashUnauthorized":           {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"CashZeroAmount":             {Status: http.StatusUnprocessableEntity, Code: "invalid_amount"},
		"ERC20InsufficientBalance":   {Status: http.StatusUnprocessableEntity, Code: "insufficient_cash"},
		"ERC20InsufficientAllowance": {Status: http.StatusUnprocessableEntity, Code: "insufficient_allowance"},
		"ERC20InvalidReceiver":       {Status: http.StatusUnprocessableEntity, Code: "invalid_recipient"},
		// The zero address where an account is needed.
		"ERC20InvalidSender":   {Status: http.StatusUnprocessableEntity, Code: "invalid_account"},
		"ERC20InvalidApprover": {Status: http.StatusUnprocessableEntity, Code: "invalid_account"},
		"ERC20InvalidSpender":  {Status: http.StatusUnprocessableEntity, Code: "invalid_account"},
	}
}

// Titles are the short summaries of this capability's codes clients see
// most; services/server registers them with problem.
func Titles() map[string]string {
	return map[string]string{
		"invoice_already_tokenized": "Invoice already tokenized",
		"insufficient_value":        "Insufficient value",
		"not_verified":              "Organization not verified",
		"past_due":                  "Past due",
		"amount_precision":          "Too many decimal places",
		"term_too_long":             "Term too long",
	}
}
