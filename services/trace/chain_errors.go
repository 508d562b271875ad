package trace

import (
	"net/http"

	"github.com/duochain/duochain/services/problem"
)

// ChainErrors is how the API answers the TraceAnchor's custom errors.
// services/server registers it with problem. A code, once given, never
// changes: clients see it.
func ChainErrors() map[string]problem.ChainError {
	return map[string]problem.ChainError{
		"TraceRootAlreadyAnchored": {Status: http.StatusConflict, Code: "root_already_anchored"},
		"TraceUnauthorized":        {Status: http.StatusForbidden, Code: problem.CodeForbidden},
		"TraceEmptyBatch":          {Status: http.StatusUnprocessableEntity, Code: "empty_batch"},
		"TraceZeroRoot":            {Status: http.StatusUnprocessableEntity, Code: "zero_root"},
	}
}
