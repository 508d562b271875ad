package problem

import (
	"fmt"
	"net/http"
	"regexp"
	"sync"
)

// CodeChainRefused is the answer to a failed operation whose error no
// capability registered: a custom error of no known contract, a plain revert
// (txmgr's "reverted"), or a transaction the node refused for good.
const CodeChainRefused = "chain_refused"

// ChainError is how the API answers one custom error of a contract.
type ChainError struct {
	Status int    // HTTP status, 4xx: the chain refused what the client asked
	Code   string // stable, snake_case
}

// chainErrors holds every capability's table, by Solidity error name. Written
// at start, read by every failed write: hence the lock.
var chainErrors = struct {
	sync.RWMutex
	m map[string]ChainError
}{m: map[string]ChainError{}}

// snakeCase is what a stable code looks like.
var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// RegisterChainErrors adds a capability's table of its contracts' custom errors
// (Solidity error name to answer). Each capability knows its own errors;
// problem knows none. Registering a name again with the same answer does
// nothing, so a process may wire a capability more than once (tests boot many
// servers). It panics, at start, on a name already registered with another
// answer (two tables disagreeing would otherwise depend on wiring order), on
// a code that is not snake_case or is CodeChainRefused, and on a status
// outside 4xx (a failed operation is the write's outcome, never a server
// failure to retry).
func RegisterChainErrors(table map[string]ChainError) {
	chainErrors.Lock()
	defer chainErrors.Unlock()
	for name, e := range table {
		switch {
		case name == "":
			panic("problem: chain error with no name")
		case !snakeCase.MatchString(e.Code) || e.Code == CodeChainRefused:
			panic(fmt.Sprintf("problem: chain error %s: code %q is not a stable snake_case code of its own", name, e.Code))
		case e.Status < 400 || e.Status > 499:
			panic(fmt.Sprintf("problem: chain error %s: status %d is not 4xx", name, e.Status))
		}
		if old, ok := chainErrors.m[name]; ok && old != e {
			panic(fmt.Sprintf("problem: chain error %s registered as %d %s and again as %d %s", name, old.Status, old.Code, e.Status, e.Code))
		}
	}
	for name, e := range table { // all of it or, after a panic, none
		chainErrors.m[name] = e
	}
}

// ChainErrorOf is the registered answer to the custom error name.
func ChainErrorOf(name string) (ChainError, bool) {
	chainErrors.RLock()
	defer chainErrors.RUnlock()
	e, ok := chainErrors.m[name]
	return e, ok
}

// FromChain is the problem for an operation the chain refused with the custom
// error name (and its rendering as detail): the registered answer, else 422
// CodeChainRefused.
func FromChain(name, detail string) *Error {
	if c, ok := ChainErrorOf(name); ok {
		return New(c.Status, c.Code, "the chain refused: %s", detail)
	}
	return New(http.StatusUnprocessableEntity, CodeChainRefused, "the chain refused: %s", detail)
}
