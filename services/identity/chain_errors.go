package identity

import (
	"net/http"

	"github.com/duochain/duochain/services/problem"
)

// ChainErrors is how the API answers the IdentityRegistry's custom errors.
// services/server registers it with problem. A code, once given, never
// changes: clients see it.
func ChainErrors() map[string]problem.ChainError {
	return map[string]problem.ChainError{
		"IdentitySelfIssue":                {Status: http.StatusUnprocessableEntity, Code: "self_issue"},
		"IdentityUnauthorized":             {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"IdentityNotIssuer":                {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"IdentityAlreadyRegistered":        {Status: http.StatusConflict, Code: problem.CodeConflict},
		"IdentityCredentialNotFound":       {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		"IdentityCredentialAlreadyRevoked": {Status: http.StatusConflict, Code: "already_revoked"},
		"IdentityInvalidExpiry":            {Status: http.StatusUnprocessableEntity, Code: "invalid_expiry"},
		// The zero address cannot be an organization.
		"IdentityInvalidAccount": {Status: http.StatusUnprocessableEntity, Code: "invalid_account"},
		// The codes the service gives for the same refusal before the chain.
		"IdentityEmptyDid":    {Status: http.StatusUnprocessableEntity, Code: "invalid_did"},
		"IdentityUnknownRole": {Status: http.StatusUnprocessableEntity, Code: "unknown_role"},
		// No organization has the address.
		"IdentityNotRegistered": {Status: http.StatusNotFound, Code: problem.CodeNotFound},
		// The organization already has the status asked: the state is at odds.
		"IdentityStatusUnchanged": {Status: http.StatusConflict, Code: "status_unchanged"},
		// The operator suspending itself or dropping its own OPERATOR role, as
		// self_issue, self_transfer and self_financing name their rule.
		"IdentityCannotRemoveSelf": {Status: http.StatusUnprocessableEntity, Code: "self_removal"},
	}
}
