package trace

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/trace/epcis"
)

// Input formats of POST /v1/trace/events.
const (
	FormatJSON   = "json"   // a JSON array of events, an EPCIS document, or one event
	FormatNDJSON = "ndjson" // one event (or document) per line
	FormatXML    = "xml"    // an EPCIS 2.0 XML document (EPCISDocument or EPCISQueryDocument)
)

// Prepared is an event parsed, validated and hashed, ready to store. It does
// not keep the parsed event: a 64 MiB request would hold gigabytes of maps.
type Prepared struct {
	Hash [32]byte
	Body []byte // the event as stored and served: self-contained JSON
	Time int64  // event time, microseconds since the epoch (Postgres precision)
	Type int16
	Keys [][]byte // epc_key of every identifier it names, without repeats
	Biz  []bizRow
}

type bizRow struct {
	tail, typ, value string
	receiving        bool
}

// epcisCodes are the stable problem codes of the EPCIS validation errors.
var epcisCodes = []struct {
	err  error
	code string
}{
	{epcis.ErrNotEPCIS, "not_epcis"},
	{epcis.ErrNotJSON, "malformed_json"}, // after not_epcis: the last match wins
	{epcis.ErrNotXML, "malformed_xml"},
	{epcis.ErrMissingType, "missing_event_type"},
	{epcis.ErrUnknownType, "unknown_event_type"},
	{epcis.ErrMissingEventTime, "missing_event_time"},
	{epcis.ErrBadEventTime, "bad_event_time"},
	{epcis.ErrMissingTimeZoneOffset, "missing_event_time_zone_offset"},
	{epcis.ErrBadTimeZoneOffset, "bad_event_time_zone_offset"},
	{epcis.ErrMissingAction, "missing_action"},
	{epcis.ErrBadAction, "bad_action"},
	{epcis.ErrNoWhat, "no_what"},
	{epcis.ErrMissingParentID, "missing_parent_id"},
	{epcis.ErrMissingBizTransaction, "missing_biz_transaction"},
	{epcis.ErrBadField, "bad_field"},
	{errBadEPC, "bad_epc"},
	{errBadBizTransaction, "invalid_biz_transaction"},
}

// Decode reads the body of POST /v1/trace/events in format: every event is
// parsed, validated and hashed. A bad event is a 400 problem whose field
// names it: "[3].eventTime" in an array, "epcisBody.eventList[3].eventTime"
// in a document, "line[7].eventTime" (1-based) in NDJSON. No event at all is
// a 400 empty_batch.
func Decode(body []byte, format string) ([]Prepared, error) {
	return DecodeReader(bytes.NewReader(body), format)
}

// decodeChunk is how many lines or array elements are read before they are
// decoded (on every CPU from parallelUnits): only they, not the body, are
// held besides the prepared events.
const decodeChunk = 4096

// DecodeReader is Decode reading the body from r as it arrives. NDJSON lines
// and the elements of a JSON array are decoded a chunk at a time, so what it
// holds is the prepared events (each keeping its own bytes), never the body
// as well; a document, or one event, is read whole. It answers as reading the
// whole body first did: a body over its limit is a 413 whatever else is wrong,
// and a malformed array a malformed_json before any bad event.
func DecodeReader(r io.Reader, format string) ([]Prepared, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []Prepared
	var err error
	if format == FormatXML {
		body, err := io.ReadAll(br)
		if err != nil {
			return nil, bodyProblem(err)
		}
		return decodeXML(body)
	}
	if format == FormatNDJSON {
		out, err = decodeLines(br)
	} else if first, perr := peekNonSpace(br); perr == nil && first == '[' {
		out, err = decodeArray(br)
	} else if perr != nil && !errors.Is(perr, io.EOF) {
		return nil, bodyProblem(perr)
	} else {
		var body []byte
		if body, err = io.ReadAll(br); err != nil {
			return nil, bodyProblem(err)
		}
		out, err = decodeUnits([]unit{{raw: bytes.TrimSpace(body), list: "epcisBody.eventList"}})
	}
	if err != nil {
		var p *problem.Error
		if errors.As(err, &p) && p.Status != http.StatusRequestEntityTooLarge {
			// The rest unread might be past the limit, which answers first.
			if _, rerr := io.Copy(io.Discard, br); rerr != nil {
				return nil, bodyProblem(rerr)
			}
		}
		return nil, err
	}
	if len(out) == 0 {
		return nil, problem.BadRequest("empty_batch", "the request holds no event")
	}
	return out, nil
}

// bodyProblem is the problem of a body that could not be read.
func bodyProblem(err error) error {
	var pe *problem.Error
	if errors.As(err, &pe) { // the body reader's own answer (408 body_too_slow)
		return pe
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return problem.New(http.StatusRequestEntityTooLarge, "body_too_large", "the body exceeds %d bytes; send events in several requests", mbe.Limit)
	}
	return problem.BadRequest("malformed_json", "read the body: %v", err)
}

// peekNonSpace skips leading white space and returns the next byte, unread.
func peekNonSpace(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n', '\v', '\f':
			_, _ = br.Discard(1)
		default:
			return b[0], nil
		}
	}
}

// decodeLines decodes NDJSON a chunk of lines at a time.
func decodeLines(br *bufio.Reader) ([]Prepared, error) {
	var out []Prepared
	units := make([]unit, 0, decodeChunk)
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, bodyProblem(err)
		}
		if raw = bytes.TrimSpace(raw); len(raw) > 0 {
			units = append(units, unit{raw: raw, at: "line[" + strconv.Itoa(line) + "]", list: ".epcisBody.eventList"})
		}
		if len(units) == decodeChunk || (err != nil && len(units) > 0) {
			evs, derr := decodeUnits(units)
			if derr != nil {
				return nil, derr
			}
			out = append(out, evs...)
			units = units[:0]
		}
		if err != nil {
			return out, nil
		}
	}
}

// decodeArray decodes a JSON array of events a chunk of elements at a time.
// Once an element is refused the rest is only checked for syntax, which
// answers first, as when the array was parsed whole before any event.
func decodeArray(br *bufio.Reader) ([]Prepared, error) {
	malformed := func(err error) error {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return bodyProblem(err)
		}
		return problem.BadRequest("malformed_json", "the body is not a JSON array of events: %v", err)
	}
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil { // '['
		return nil, malformed(err)
	}
	var out []Prepared
	var refused error
	units := make([]unit, 0, decodeChunk)
	flush := func() {
		if refused == nil && len(units) > 0 {
			evs, err := decodeUnits(units)
			if refused = err; err == nil {
				out = append(out, evs...)
			}
		}
		units = units[:0]
	}
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, malformed(err)
		}
		if refused == nil {
			units = append(units, unit{raw: bytes.TrimSpace(raw), at: "[" + strconv.Itoa(i) + "]", list: ".epcisBody.eventList"})
		}
		if len(units) == decodeChunk {
			flush()
		}
	}
	if _, err := dec.Token(); err != nil { // ']'
		return nil, malformed(err)
	}
	if tok, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err == nil {
			err = fmt.Errorf("invalid character %v after top-level value", tok)
		}
		return nil, malformed(err)
	}
	flush()
	if refused != nil {
		return nil, refused
	}
	return out, nil
}

// unit is one JSON value of a request: a line, an array element or the body.
type unit struct {
	raw  []byte
	at   string // where it is: "line[7]", "[3]", or "" for the whole body
	list string // how its event list is named after at, when it is a document
}

// where names event i of u.
func (u unit) where(bare bool, i int) string {
	if bare {
		return u.at
	}
	return fmt.Sprintf("%s%s[%d]", u.at, u.list, i)
}

// parallelUnits is the request size from which units are decoded on every CPU.
const parallelUnits = 256

// decodeUnits decodes units in order, on every CPU for large requests; the
// first bad unit in request order is the error.
func decodeUnits(units []unit) ([]Prepared, error) {
	res := make([][]Prepared, len(units))
	errs := make([]error, len(units))
	workers := runtime.GOMAXPROCS(0)
	if len(units) < parallelUnits || workers == 1 {
		for i, u := range units {
			if res[i], errs[i] = decodeUnit(u); errs[i] != nil {
				return nil, errs[i]
			}
		}
	} else {
		var wg sync.WaitGroup
		var failed atomic.Bool
		chunk := (len(units) + workers - 1) / workers
		for from := 0; from < len(units); from += chunk {
			to := min(from+chunk, len(units))
			wg.Go(func() {
				for i := from; i < to && !failed.Load(); i++ {
					if res[i], errs[i] = decodeUnit(units[i]); errs[i] != nil {
						failed.Store(true)
					}
				}
			})
		}
		wg.Wait()
		// A worker that stopped early stopped after a failure in another
		// chunk; the first error by position is the one to report, and every
		// unit before it was decoded.
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
	}
	n := 0
	for _, r := range res {
		n += len(r)
	}
	out := make([]Prepared, 0, n)
	for _, r := range res {
		out = append(out, r...)
	}
	return out, nil
}

// decodeUnit parses, validates and hashes the events of one unit. A bare
// event is kept byte for byte; the events of a document are written
// self-contained, with the document's @context.
func decodeUnit(u unit) ([]Prepared, error) {
	bare := !bytes.Contains(u.raw, []byte(`"epcisBody"`))
	if !bare && bytes.Contains(u.raw, []byte(`"queryResults"`)) {
		// An EPCISQueryDocument: errors point at the event where it is.
		u.list = strings.Replace(u.list, "epcisBody.eventList", "epcisBody.queryResults.resultsBody.eventList", 1)
	}
	evs, err := epcis.Parse(bytes.NewReader(u.raw))
	if err != nil {
		return nil, validationProblem(err, func(i int) string { return u.where(bare, i) })
	}
	out := make([]Prepared, 0, len(evs))
	for i, ev := range evs {
		b := u.raw
		if !bare || len(evs) != 1 {
			if b, err = json.Marshal(ev); err != nil {
				return nil, fmt.Errorf("marshal event: %w", err)
			}
		}
		p, err := prepare(ev, b)
		if err != nil {
			return nil, validationProblem(err, func(int) string { return u.where(bare, i) })
		}
		out = append(out, p)
	}
	return out, nil
}

// decodeXML reads an EPCIS 2.0 XML document, one event at a time: each is
// prepared as soon as it is read and only the Prepared is kept. An event is
// stored as its JSON-LD equivalent, which hashes as the XML does; errors name
// it as "EPCISBody.EventList[3]" (in a query document
// "EPCISBody.QueryResults.resultsBody.EventList[3]").
func decodeXML(body []byte) ([]Prepared, error) {
	list := "EPCISBody.EventList"
	if bytes.Contains(body, []byte("QueryResults")) {
		list = "EPCISBody.QueryResults.resultsBody.EventList"
	}
	where := func(i int) string { return fmt.Sprintf("%s[%d]", list, i) }
	var out []Prepared
	err := epcis.ReadXML(bytes.NewReader(body), func(ev epcis.Event) error {
		b, err := json.Marshal(ev)
		if err != nil {
			return fmt.Errorf("marshal event: %w", err)
		}
		p, err := prepare(ev, b)
		if err != nil {
			return validationProblem(err, func(int) string { return where(len(out)) })
		}
		out = append(out, p)
		return nil
	})
	var ve *epcis.ValidationError
	switch {
	case errors.As(err, &ve) && ve.Event < 0:
		return nil, validationProblem(err, func(int) string { return "" })
	case err != nil:
		return nil, validationProblem(err, where)
	case len(out) == 0:
		return nil, problem.BadRequest("empty_batch", "the request holds no event")
	}
	return out, nil
}

// validationProblem turns a parse or validation error into a 400 naming the
// event (where) and the field.
func validationProblem(err error, where func(event int) string) error {
	var ve *epcis.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	code := "invalid_event"
	for _, c := range epcisCodes {
		if errors.Is(ve.Err, c.err) {
			code = c.code
		}
	}
	at := where(max(ve.Event, 0))
	field := ve.Field
	if at != "" && field != "" {
		field = at + "." + field
	} else if at != "" {
		field = at
	}
	p := problem.New(http.StatusBadRequest, code, "%s: %v: %s", nonEmpty(at, "body"), ve.Err, ve.Detail)
	p.Field = field
	return p
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// errBadEPC is the validation error of an identifier that is not a URI.
var errBadEPC = errors.New("bad EPC")

// errBadBizTransaction is the validation error of a business transaction
// (identifier or type) that cannot be stored and looked up: one with a control
// character (NUL above all) or invalid UTF-8, or longer than maxBizField bytes.
var errBadBizTransaction = errors.New("invalid business transaction")

// maxBizField is the longest business transaction identifier or type, in
// bytes: two of them stay well under the 2,704-byte btree row limit of
// trace_event_biz's primary key.
const maxBizField = 1024

// checkBizField reports what is wrong with a business transaction identifier
// or type, or "" when it can be stored.
func checkBizField(v string) string {
	if len(v) > maxBizField {
		return fmt.Sprintf("%d bytes long, at most %d", len(v), maxBizField)
	}
	if !utf8.ValidString(v) {
		return "not valid UTF-8"
	}
	for _, r := range v {
		if unicode.IsControl(r) {
			return fmt.Sprintf("%q holds the control character %U", v, r)
		}
	}
	return ""
}

// prepare hashes ev and collects its index rows.
func prepare(ev epcis.Event, body []byte) (Prepared, error) {
	p := Prepared{Body: body, Time: ev.EventTime().UnixMicro(), Type: typeCodes[ev.Type()]}
	ids := ev.EPCs()
	for _, id := range ids {
		if !epcis.ValidID(id) {
			return p, &epcis.ValidationError{Field: idField(ev, id), Detail: fmt.Sprintf("%q is not an EPC URI or GS1 Digital Link", id), Err: errBadEPC}
		}
	}
	for _, c := range ev.EPCClasses() {
		if !epcis.ValidID(c) {
			return p, &epcis.ValidationError{Field: "epcClass", Detail: fmt.Sprintf("%q is not an EPC class URI or GS1 Digital Link", c), Err: errBadEPC}
		}
		ids = append(ids, c)
	}
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		k := epcKey(id)
		if !seen[string(k)] {
			seen[string(k)] = true
			p.Keys = append(p.Keys, k)
		}
	}
	receiving := receivingStep(ev.BizStep())
	seenBiz := map[string]bool{}
	for i, bt := range ev.BizTransactions() {
		for _, f := range []struct{ name, v string }{{"bizTransaction", bt.BizTransaction}, {"type", bt.Type}} {
			if why := checkBizField(f.v); why != "" {
				return p, &epcis.ValidationError{Field: fmt.Sprintf("bizTransactionList[%d].%s", i, f.name), Detail: why, Err: errBadBizTransaction}
			}
		}
		if seenBiz[bt.BizTransaction] {
			continue
		}
		seenBiz[bt.BizTransaction] = true
		p.Biz = append(p.Biz, bizRow{tail: refTail(bt.BizTransaction), typ: cbvTerm(bt.Type, "urn:epcglobal:cbv:btt:", "BTT"),
			value: bt.BizTransaction, receiving: receiving})
	}
	h, err := ev.Hash()
	if err != nil {
		return p, fmt.Errorf("hash event: %w", err)
	}
	p.Hash = h
	return p, nil
}

// idField finds which field of ev names id, for an error message.
func idField(ev epcis.Event, id string) string {
	if ev.ParentID() == id {
		return "parentID"
	}
	for _, l := range []struct {
		name string
		ids  []string
	}{{"epcList", ev.EPCList()}, {"childEPCs", ev.ChildEPCs()}, {"inputEPCList", ev.InputEPCList()}, {"outputEPCList", ev.OutputEPCList()}} {
		for i, e := range l.ids {
			if e == id {
				return fmt.Sprintf("%s[%d]", l.name, i)
			}
		}
	}
	return "epcList"
}
