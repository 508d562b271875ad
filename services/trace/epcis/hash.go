package epcis

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// errEmptyEvent is returned by the hash methods of the zero Event.
var errEmptyEvent = errors.New("epcis: empty event (not from Parse)")

// PreHash returns the canonical pre-hash string of the GS1 EPCIS Event Hash
// ID algorithm (CBV 2.0): the event type, the fields in canonical order (times
// in UTC with milliseconds, CBV terms and EPC URIs as web URIs, GS1
// identifiers as constrained canonical GS1 Digital Link URIs, numbers without
// trailing zeros, lists sorted), then bizTransactionList, sourceList,
// destinationList, ilmd and user extensions, sorted. recordTime, eventID,
// errorDeclaration and comments are left out.
//
// It follows GS1's reference implementation, with these deliberate
// differences, all in cases its own test data does not cover:
//   - bare CBV terms are recognised from the event itself, not from every
//     event of the document, so that a hash never depends on neighbours;
//   - a bizTransaction, source or destination is always written type first
//     (as from XML), whatever the JSON member order, and extension members
//     beside one named "source", "destination" or "bizTransaction" are
//     sorted by name (the reference keeps their JSON order);
//   - a fraction of a second is rounded half up on its fourth digit, as the
//     algorithm states (the reference rounds half to even on microseconds);
//   - JSON booleans are written "true"/"false" (as from XML), JSON null is
//     absent, and a timestamp without offset is taken as UTC;
//   - an event's own @context, and an ignoreFields directive inside the
//     event, are not event data and are not hashed;
//   - EPC URIs convert only when well-formed per the EPC Tag Data Standard
//     (the reference also converts GDTIs with a wrong partition, and misses
//     GRAI, GDTI and SGCN URIs with a 12-digit company prefix).
func (e Event) PreHash() (string, error) {
	b, err := e.preHash()
	return string(b), err
}

// preHash returns the pre-hash as bytes, which Hash digests without a copy.
func (e Event) preHash() ([]byte, error) {
	if e.fields == nil {
		return nil, errEmptyEvent
	}
	return preHash(make([]byte, 0, 512), buildTree(e.fields, e.prefixes, e.hashIgnore())), nil
}

// Hash returns the SHA-256 digest of the pre-hash string: the value a Merkle
// leaf commits to, and the digest inside HashID.
func (e Event) Hash() ([32]byte, error) {
	p, err := e.preHash()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(p), nil
}

// HashID returns the EPCIS Event Hash ID, "ni:///sha-256;<hex>?ver=CBV2.0"
// (RFC 6920 named information), as GS1's tools print it.
func (e Event) HashID() (string, error) {
	h, err := e.Hash()
	if err != nil {
		return "", err
	}
	const prefix, suffix = "ni:///sha-256;", "?ver=CBV2.0"
	var id [len(prefix) + 64 + len(suffix)]byte
	copy(id[:], prefix)
	hex.Encode(id[len(prefix):], h[:])
	copy(id[len(prefix)+64:], suffix)
	return string(id[:]), nil
}
