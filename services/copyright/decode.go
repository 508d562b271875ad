package copyright

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/duochain/duochain/services/api"
	"github.com/duochain/duochain/services/problem"
)

// maxLine is the longest NDJSON line of a catalog.
const maxLine = MaxMetadata + 4096

// catalogDecoder reads a catalog body (JSON {catalog_id, works:[...]} or
// NDJSON) as a stream, one work at a time: a catalog of a million works never
// is a million structs, nor its body held. It keeps only each valid work's
// sha256, in order, and is the pgx.CopyFromSource of the rows it stages.
//
// It answers as reading the whole body first did: a body over its limit is a
// 413 whatever else is wrong with it; then malformed JSON; then, in JSON, a
// field of the wrong type or unknown; then the catalog_id, no works, too many
// works, the first invalid work, and works given twice. So after the first
// refusal it reads on, checking only what could still take precedence.
type catalogDecoder struct {
	sum    hash.Hash // of every byte read, for the idempotency key
	body   io.Reader // the body, through sum
	ndjson bool
	dec    *json.Decoder  // JSON
	budget *budget        // what dec may read
	sc     *bufio.Scanner // NDJSON
	line   int
	state  int // JSON: 0 before the object, 1 in it, 2 in works, 3 done

	catalogID string
	sawWorks  bool
	n         int        // works decoded
	hashes    [][32]byte // sha256 of the valid works, in order, while none is invalid
	row       []any

	readErr error // the body could not be read (413 above all)
	syntax  error // malformed JSON: nothing more can be decoded
	soft    error // the first wrong type or unknown field (JSON)
	invalid error // the first invalid work
}

func newCatalogDecoder(body io.Reader, ndjson bool, catalogID string) *catalogDecoder {
	d := &catalogDecoder{sum: sha256.New(), ndjson: ndjson, catalogID: catalogID}
	d.body = io.TeeReader(body, d.sum)
	if ndjson {
		d.sc = bufio.NewScanner(d.body)
		d.sc.Buffer(make([]byte, 64<<10), maxLine)
	} else {
		d.budget = &budget{r: d.body}
		d.dec = json.NewDecoder(d.budget)
		d.dec.DisallowUnknownFields()
	}
	return d
}

// failed reports whether the catalog is refused already: its works are
// decoded on only to find a refusal that takes precedence.
func (d *catalogDecoder) failed() bool {
	return d.readErr != nil || d.syntax != nil || d.soft != nil || d.invalid != nil || d.n > MaxCatalogWorks
}

// Next implements pgx.CopyFromSource: it decodes the next valid work. Once
// the catalog is refused it reads the rest and reports the end.
func (d *catalogDecoder) Next() bool {
	for {
		r, ok := d.nextWork()
		if !ok {
			return false
		}
		d.n++
		if d.failed() {
			continue
		}
		w, err := r.validate(fmt.Sprintf("works[%d]", d.n-1))
		if err != nil {
			d.invalid, d.hashes = err, nil
			continue
		}
		d.hashes = append(d.hashes, [32]byte(w.hash))
		d.row = []any{w.hash[:], w.title, nullable(w.meta), w.metaHash[:], int64(d.n - 1)}
		return true
	}
}

// Values implements pgx.CopyFromSource.
func (d *catalogDecoder) Values() ([]any, error) { return d.row, nil }

// Err implements pgx.CopyFromSource: a refused catalog ends its COPY as any
// other, and its transaction is rolled back.
func (d *catalogDecoder) Err() error { return nil }

// readFailed records an error of reading the body.
func (d *catalogDecoder) readFailed(err error) {
	var mbe *http.MaxBytesError
	var pe *problem.Error
	if errors.As(err, &pe) { // the body reader's own answer (408 body_too_slow)
		d.readErr = pe
	} else if errors.As(err, &mbe) {
		d.readErr = api.DecodeError(err)
	} else {
		d.readErr = problem.BadRequest("malformed_json", "read the body: %v", err)
	}
}

// nextWork returns the next work of the body, false at its end or once it
// cannot be decoded further.
func (d *catalogDecoder) nextWork() (WorkRequest, bool) {
	if d.readErr != nil || d.syntax != nil {
		return WorkRequest{}, false
	}
	if d.ndjson {
		return d.nextLine()
	}
	return d.nextElement()
}

func (d *catalogDecoder) nextLine() (WorkRequest, bool) {
	if d.n > MaxCatalogWorks { // refused as too large: the rest is only read
		return WorkRequest{}, false
	}
	for d.sc.Scan() {
		d.line++
		b := bytes.TrimSpace(d.sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var w WorkRequest
		if err := dec.Decode(&w); err != nil || dec.More() {
			msg := "not one JSON object"
			if err != nil {
				msg = err.Error()
			}
			p := problem.BadRequest("malformed_json", "line %d: %s", d.line, msg)
			if strings.HasPrefix(msg, "json: unknown field ") {
				p.Code, p.Field = "unknown_field", strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`)
			}
			d.syntax = p
			return w, false
		}
		return w, true
	}
	if err := d.sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		d.syntax = problem.BadRequest("malformed_json", "a line is longer than %d bytes", maxLine)
	} else if err != nil {
		d.readFailed(err)
	}
	return WorkRequest{}, false
}

// jsonFailed records an error of the JSON decoder: of reading, of syntax, or
// of a type (soft: decoding goes on).
func (d *catalogDecoder) jsonFailed(err error) {
	var mbe *http.MaxBytesError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var pe *problem.Error
	switch {
	case errors.As(err, &mbe), errors.As(err, &pe):
		d.readFailed(err)
	case errors.Is(err, errValueTooLarge):
		d.syntax = problem.BadRequest("malformed_json", "%v", err)
	case errors.As(err, &typ) || strings.HasPrefix(err.Error(), "json: unknown field "):
		if d.soft == nil {
			d.soft = api.DecodeError(err)
		}
	case errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		d.syntax = api.DecodeError(err)
	default:
		d.readFailed(err)
	}
}

// nextElement walks the JSON object to the next element of works.
func (d *catalogDecoder) nextElement() (WorkRequest, bool) {
	for {
		switch d.state {
		case 0:
			tok, err := d.token()
			if err != nil {
				d.jsonFailed(err)
				return WorkRequest{}, false
			}
			if tok == nil { // null: an empty request
				d.state = 3
				continue
			}
			if t, ok := tok.(json.Delim); !ok || t != '{' {
				d.syntax = problem.BadRequest("invalid_type", "the body must be an object")
				return WorkRequest{}, false
			}
			d.state = 1
		case 1:
			if !d.more() {
				if _, err := d.token(); err != nil { // '}'
					d.jsonFailed(err)
					return WorkRequest{}, false
				}
				d.state = 3
				continue
			}
			tok, err := d.token()
			if err != nil {
				d.jsonFailed(err)
				return WorkRequest{}, false
			}
			key, _ := tok.(string)
			if !d.field(key) {
				return WorkRequest{}, false
			}
		case 2:
			if !d.more() {
				if _, err := d.token(); err != nil { // ']'
					d.jsonFailed(err)
					return WorkRequest{}, false
				}
				d.state = 1
				continue
			}
			if d.n > MaxCatalogWorks { // refused as too large: the rest is only checked for syntax
				if err := d.skipValue(); err != nil {
					d.jsonFailed(err)
					return WorkRequest{}, false
				}
				continue
			}
			var w WorkRequest
			if err := d.decode(&w); err != nil {
				d.elementFailed(err)
				if d.syntax != nil || d.readErr != nil {
					return w, false
				}
			}
			return w, true
		default:
			if d.more() {
				d.syntax = problem.BadRequest("malformed_json", "the body holds more than one JSON value")
			}
			return WorkRequest{}, false
		}
	}
}

// field decodes the value of the object's field key, entering works; false
// when decoding cannot go on.
func (d *catalogDecoder) field(key string) bool {
	switch {
	case strings.EqualFold(key, "catalog_id"):
		var id *string
		if err := d.decode(&id); err != nil {
			var typ *json.UnmarshalTypeError
			if errors.As(err, &typ) {
				typ.Field = "catalog_id"
			}
			d.jsonFailed(err)
			return d.syntax == nil && d.readErr == nil
		}
		d.catalogID = ""
		if id != nil {
			d.catalogID = *id
		}
	case strings.EqualFold(key, "works"):
		if d.sawWorks {
			p := problem.BadRequest("duplicate_field", "field %q is given more than once", key)
			p.Field = "works"
			d.syntax = p
			return false
		}
		d.sawWorks = true
		tok, err := d.token()
		if err != nil {
			d.jsonFailed(err)
			return false
		}
		switch t := tok.(type) {
		case nil:
		case json.Delim:
			if t == '[' {
				d.state = 2
				return true
			}
			if err := d.skipRest(1); err != nil {
				d.jsonFailed(err)
				return false
			}
			d.soft = cmpOr(d.soft, worksNotArray())
		default:
			d.soft = cmpOr(d.soft, worksNotArray())
		}
	default:
		if err := d.skipValue(); err != nil {
			d.jsonFailed(err)
			return false
		}
		p := problem.BadRequest("unknown_field", "unknown field %q", key)
		p.Field = key
		d.soft = cmpOr(d.soft, error(p))
	}
	return true
}

// elementFailed records the error of decoding works[d.n], named as Bind names it.
func (d *catalogDecoder) elementFailed(err error) {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		typ.Field = strings.TrimSuffix("works."+typ.Field, ".")
	} else if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		f = strings.Trim(f, `"`)
		p := problem.BadRequest("unknown_field", "unknown field %q", f)
		p.Field = fmt.Sprintf("works[%d].%s", d.n, f)
		d.soft = cmpOr(d.soft, error(p))
		return
	}
	d.jsonFailed(err)
}

func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// skipValue reads past the next JSON value without keeping it.
func (d *catalogDecoder) skipValue() error {
	tok, err := d.token()
	if err != nil {
		return err
	}
	if t, ok := tok.(json.Delim); ok && (t == '{' || t == '[') {
		return d.skipRest(1)
	}
	return nil
}

// skipRest reads to the end of depth open objects or arrays.
func (d *catalogDecoder) skipRest(depth int) error {
	for depth > 0 {
		tok, err := d.token()
		if err != nil {
			return err
		}
		if t, ok := tok.(json.Delim); ok {
			if t == '{' || t == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

// maxValue is the most the JSON decoder may buffer for one step (a token,
// a work): a single huge string is refused, not held.
const maxValue = api.MaxBody

// errValueTooLarge is the error of a JSON step past maxValue.
var errValueTooLarge = fmt.Errorf("a value of the catalog is longer than %d bytes", maxValue)

// budget is the body as the JSON decoder reads it: at most limit bytes in all.
type budget struct {
	r           io.Reader
	read, limit int64
}

func (b *budget) Read(p []byte) (int, error) {
	if b.read >= b.limit {
		return 0, errValueTooLarge
	}
	p = p[:min(int64(len(p)), b.limit-b.read)]
	n, err := b.r.Read(p)
	b.read += int64(n)
	return n, err
}

// step lets the decoder buffer up to maxValue bytes past what it consumed.
func (d *catalogDecoder) step() { d.budget.limit = d.dec.InputOffset() + maxValue }

func (d *catalogDecoder) token() (json.Token, error) { d.step(); return d.dec.Token() }
func (d *catalogDecoder) more() bool                 { d.step(); return d.dec.More() }
func (d *catalogDecoder) decode(v any) error         { d.step(); return d.dec.Decode(v) }

// stagedCatalog is a decoded catalog whose works are staged: what the rest
// of its registration needs.
type stagedCatalog struct {
	catalogID string
	works     int
	leaves    [][32]byte // in work order
	first     [][]byte   // the sha256 of the first works, for a refusal
	sum       [32]byte   // of the body
}

// finish reads the rest of the body and returns the catalog, or the refusal
// that reading all of it first would have given.
func (d *catalogDecoder) finish() (*stagedCatalog, error) {
	for d.Next() { // a caller that stopped early
	}
	if d.readErr == nil {
		if _, err := io.Copy(io.Discard, d.body); err != nil {
			d.readFailed(err)
		}
	}
	for _, err := range []error{d.readErr, d.syntax, d.soft} {
		if err != nil {
			return nil, err
		}
	}
	if id := strings.TrimSpace(d.catalogID); id == "" || len(d.catalogID) > MaxTitle || !storableText(d.catalogID) {
		p := problem.BadRequest(problem.CodeInvalid, "catalog_id must be 1 to %d bytes of UTF-8 text without NUL", MaxTitle)
		p.Field = "catalog_id"
		return nil, p
	}
	if d.n == 0 {
		p := problem.BadRequest(CodeEmptyCatalog, "a catalog holds at least one work")
		p.Field = "works"
		return nil, p
	}
	if d.n > MaxCatalogWorks {
		p := problem.New(http.StatusRequestEntityTooLarge, CodeCatalogTooLarge, "a catalog holds at most %d works", MaxCatalogWorks)
		p.Field = "works"
		return nil, p
	}
	if d.invalid != nil {
		return nil, d.invalid
	}
	if err := duplicates(d.hashes); err != nil {
		return nil, err
	}
	c := &stagedCatalog{catalogID: d.catalogID, works: d.n, leaves: d.hashes}
	for _, h := range d.hashes[:min(len(d.hashes), 1000)] {
		c.first = append(c.first, bytes.Clone(h[:]))
	}
	for i, h := range c.leaves { // in place: the hashes are needed no more
		c.leaves[i] = leafOf(Hash(h))
	}
	copy(c.sum[:], d.sum.Sum(nil))
	d.hashes = nil
	return c, nil
}

// duplicates refuses hashes holding a hash more than once, naming each
// repetition and its first place. It sorts positions, not hashes: 4 bytes a work.
func duplicates(hashes [][32]byte) error {
	idx := make([]int32, len(hashes))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return bytes.Compare(hashes[a][:], hashes[b][:]) })
	type dup struct{ first, at int32 }
	var dups []dup
	for k, first := 1, int32(0); k < len(idx); k++ {
		if hashes[idx[k]] != hashes[idx[k-1]] {
			continue
		}
		if k == 1 || hashes[idx[k-1]] != hashes[idx[k-2]] {
			first = idx[k-1] // stable: the group's first place
		}
		dups = append(dups, dup{first, idx[k]})
	}
	if len(dups) == 0 {
		return nil
	}
	slices.SortFunc(dups, func(a, b dup) int { return int(a.at - b.at) })
	list := make([]string, 0, 11)
	for _, x := range dups[:min(len(dups), 10)] {
		list = append(list, fmt.Sprintf("%s (works[%d] and works[%d])", Hash(hashes[x.at]), x.first, x.at))
	}
	detail := strings.Join(list, ", ")
	if len(dups) > 10 {
		detail = fmt.Sprintf("%s and %d more", detail, len(dups)-10)
	}
	return problem.Conflict(CodeDuplicateInCatalog, "%d works appear more than once in the catalog: %s", len(dups), detail)
}

func worksNotArray() error {
	p := problem.BadRequest("invalid_type", "field %q must be an array", "works")
	p.Field = "works"
	return p
}
