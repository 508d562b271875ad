package trace

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/duochain/duochain/services/problem"
	"github.com/duochain/duochain/services/trace/epcis"
)

// Input formats of POST /v1/trace/events.
const (
	FormatJSON   = "json"   // a JSON array of events, an EPCIS document, or one event
	FormatNDJSON = "ndjson" // one event (or document) per line
)

// Prepared is an event parsed, validated and hashed, ready to store.
type Prepared struct {
	Hash  [32]byte
	Event epcis.Event
	Body  []byte // the event as stored and served: self-contained JSON
	Time  int64  // event time, microseconds since the epoch (Postgres precision)
	Type  int16
	Keys  [][]byte // epc_key of every identifier it names, without repeats
	Biz   []bizRow
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
}

// Decode reads the body of POST /v1/trace/events in format: every event is
// parsed, validated and hashed. A bad event is a 400 problem whose field
// names it: "[3].eventTime" in an array, "epcisBody.eventList[3].eventTime"
// in a document, "line[7].eventTime" (1-based) in NDJSON. No event at all is
// a 400 empty_batch.
func Decode(body []byte, format string) ([]Prepared, error) {
	var out []Prepared
	add := func(raw []byte, where func(event int) string, bare bool) error {
		evs, err := epcis.Parse(bytes.NewReader(raw))
		if err != nil {
			return validationProblem(err, where)
		}
		for i, ev := range evs {
			b := raw
			if !bare || len(evs) != 1 {
				if b, err = json.Marshal(ev); err != nil {
					return fmt.Errorf("marshal event: %w", err)
				}
			}
			p, err := prepare(ev, b)
			if err != nil {
				return validationProblem(err, func(int) string { return where(i) })
			}
			out = append(out, p)
		}
		return nil
	}
	switch format {
	case FormatNDJSON:
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(make([]byte, 0, 64<<10), len(body)+1)
		for line := 1; sc.Scan(); line++ {
			raw := bytes.TrimSpace(sc.Bytes())
			if len(raw) == 0 {
				continue
			}
			at := fmt.Sprintf("line[%d]", line)
			bare := !bytes.Contains(raw, []byte(`"epcisBody"`))
			err := add(raw, func(event int) string {
				if bare {
					return at
				}
				return fmt.Sprintf("%s.epcisBody.eventList[%d]", at, event)
			}, bare)
			if err != nil {
				return nil, err
			}
		}
	default:
		raw := bytes.TrimSpace(body)
		if len(raw) > 0 && raw[0] == '[' {
			var list []json.RawMessage
			if err := json.Unmarshal(raw, &list); err != nil {
				return nil, problem.BadRequest("malformed_json", "the body is not a JSON array of events: %v", err)
			}
			for i, e := range list {
				if err := add(bytes.TrimSpace(e), func(int) string { return fmt.Sprintf("[%d]", i) }, true); err != nil {
					return nil, err
				}
			}
			break
		}
		bare := !bytes.Contains(raw, []byte(`"epcisBody"`))
		err := add(raw, func(event int) string {
			if bare {
				return ""
			}
			return fmt.Sprintf("epcisBody.eventList[%d]", event)
		}, bare)
		if err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
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
	if errors.Is(ve.Err, epcis.ErrNotEPCIS) && ve.Field == "" {
		code = "malformed_json"
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

// prepare hashes ev and collects its index rows.
func prepare(ev epcis.Event, body []byte) (Prepared, error) {
	p := Prepared{Event: ev, Body: body, Time: ev.EventTime().UnixMicro(), Type: typeCodes[ev.Type()]}
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
	for _, bt := range ev.BizTransactions() {
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
