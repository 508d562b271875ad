package epcis

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Sentinel errors. Parse returns them wrapped in a *ValidationError, which
// names the event and the field; test for them with errors.Is.
var (
	// ErrNotEPCIS means the input is not JSON, or neither an EPCIS document
	// (EPCISDocument, EPCISQueryDocument) nor a bare event.
	ErrNotEPCIS = errors.New("not an EPCIS 2.0 JSON document or event")
	// ErrNotJSON means the input is not one JSON object at all (a syntax
	// error, trailing data, another kind of JSON value). It is an ErrNotEPCIS.
	ErrNotJSON = fmt.Errorf("%w: not one JSON object", ErrNotEPCIS)
	// ErrMissingType means an event has no type.
	ErrMissingType = errors.New("missing event type")
	// ErrUnknownType means an event's type is not one of the five EPCIS 2.0 event types.
	ErrUnknownType = errors.New("unknown event type")
	// ErrMissingEventTime means an event has no eventTime.
	ErrMissingEventTime = errors.New("missing eventTime")
	// ErrBadEventTime means an eventTime is not a date-time with seconds and a UTC offset.
	ErrBadEventTime = errors.New("bad eventTime")
	// ErrMissingTimeZoneOffset means an event has no eventTimeZoneOffset.
	ErrMissingTimeZoneOffset = errors.New("missing eventTimeZoneOffset")
	// ErrBadTimeZoneOffset means an eventTimeZoneOffset is not ±hh:mm within -14:00..+14:00.
	ErrBadTimeZoneOffset = errors.New("bad eventTimeZoneOffset")
	// ErrMissingAction means an event other than a TransformationEvent has no action.
	ErrMissingAction = errors.New("missing action")
	// ErrBadAction means an action is not OBSERVE, ADD or DELETE, is not
	// allowed for the event type, or is present on a TransformationEvent.
	ErrBadAction = errors.New("bad action")
	// ErrNoWhat means an event names no object: no EPC, no parent, no
	// quantity, no input or output that its type and action require.
	ErrNoWhat = errors.New("event names no object (no \"what\")")
	// ErrMissingParentID means an AssociationEvent has no parentID.
	ErrMissingParentID = errors.New("missing parentID")
	// ErrMissingBizTransaction means a TransactionEvent has no business transaction.
	ErrMissingBizTransaction = errors.New("missing bizTransactionList")
	// ErrBadField means a field has the wrong JSON shape or does not belong
	// to the event type.
	ErrBadField = errors.New("bad field")
)

// ValidationError says which event of a document failed and why.
type ValidationError struct {
	Event  int    // index of the event in the document's event list; -1 for the document
	Field  string // the field at fault, e.g. "epcList[2]"; empty if none
	Detail string // what is wrong, in words
	Err    error  // one of the sentinel errors above
}

// Error implements error.
func (e *ValidationError) Error() string {
	where := "document"
	if e.Event >= 0 {
		where = fmt.Sprintf("event %d", e.Event)
	}
	if e.Field != "" {
		where += " field " + e.Field
	}
	return fmt.Sprintf("epcis: %s: %v: %s", where, e.Err, e.Detail)
}

// Unwrap returns the sentinel error.
func (e *ValidationError) Unwrap() error { return e.Err }

func invalid(err error, field, format string, args ...any) *ValidationError {
	return &ValidationError{Event: -1, Field: field, Detail: fmt.Sprintf(format, args...), Err: err}
}

// whatFields lists, per event type, the fields that may name objects.
var whatFields = map[Type][]string{
	ObjectEvent:         {"epcList", "quantityList"},
	AggregationEvent:    {"parentID", "childEPCs", "childQuantityList"},
	AssociationEvent:    {"parentID", "childEPCs", "childQuantityList"},
	TransactionEvent:    {"parentID", "epcList", "quantityList"},
	TransformationEvent: {"inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList"},
}

var allWhatFields = []string{"parentID", "epcList", "childEPCs", "inputEPCList", "outputEPCList",
	"quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"}

// validate checks what trace relies on and returns the parsed eventTime.
func validate(ev map[string]any) (time.Time, *ValidationError) {
	raw, ok := ev["type"]
	if !ok {
		return time.Time{}, invalid(ErrMissingType, "type", "every event needs a type")
	}
	s, _ := raw.(string)
	typ := Type(s)
	if whatFields[typ] == nil {
		return time.Time{}, invalid(ErrUnknownType, "type", "%v is not ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent or AssociationEvent", raw)
	}
	t, err := validateTime(ev)
	if err != nil {
		return time.Time{}, err
	}
	if err := validateAction(typ, ev); err != nil {
		return time.Time{}, err
	}
	if err := validateShapes(typ, ev); err != nil {
		return time.Time{}, err
	}
	return t, validateWhat(typ, ev)
}

func validateTime(ev map[string]any) (time.Time, *ValidationError) {
	raw, ok := ev["eventTime"]
	if !ok {
		return time.Time{}, invalid(ErrMissingEventTime, "eventTime", "every event needs an eventTime")
	}
	s, _ := raw.(string)
	t, ok := parseTimestamp(s, true)
	if !ok || len(s) < 19 || s[16] != ':' {
		return time.Time{}, invalid(ErrBadEventTime, "eventTime", "%q is not a date-time with seconds and a UTC offset", raw)
	}
	raw, ok = ev["eventTimeZoneOffset"]
	if !ok {
		return time.Time{}, invalid(ErrMissingTimeZoneOffset, "eventTimeZoneOffset", "every event needs an eventTimeZoneOffset")
	}
	if s, _ := raw.(string); !validOffset(s) {
		return time.Time{}, invalid(ErrBadTimeZoneOffset, "eventTimeZoneOffset", "%q is not ±hh:mm between -14:00 and +14:00", raw)
	}
	return t, nil
}

// validOffset matches ^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$.
func validOffset(s string) bool {
	if len(s) != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' || !digits(2, 2)(s[1:3]) || !digits(2, 2)(s[4:6]) {
		return false
	}
	return s[1:3] < "14" && s[4] <= '5' || s[1:] == "14:00"
}

func validateAction(typ Type, ev map[string]any) *ValidationError {
	raw, ok := ev["action"]
	if typ == TransformationEvent {
		if ok {
			return invalid(ErrBadAction, "action", "a TransformationEvent has no action")
		}
		return nil
	}
	if !ok {
		return invalid(ErrMissingAction, "action", "a %s needs an action", typ)
	}
	a, _ := raw.(string)
	switch Action(a) {
	case Observe, Add, Delete:
	default:
		return invalid(ErrBadAction, "action", "%v is not OBSERVE, ADD or DELETE", raw)
	}
	if _, hasILMD := ev["ilmd"]; typ == ObjectEvent && hasILMD && Action(a) != Add {
		return invalid(ErrBadAction, "action", "an ObjectEvent with ilmd must have action ADD, not %s", a)
	}
	return nil
}

// validateShapes checks the JSON shape of every field the accessors read,
// and that "what" fields belong to the event type.
func validateShapes(typ Type, ev map[string]any) *ValidationError {
	allowed := map[string]bool{}
	for _, f := range whatFields[typ] {
		allowed[f] = true
	}
	for _, f := range allWhatFields {
		if _, ok := ev[f]; ok && !allowed[f] {
			return invalid(ErrBadField, f, "a %s has no %s", typ, f)
		}
	}
	for _, f := range []string{"parentID", "bizStep", "disposition", "transformationID"} {
		if v, ok := ev[f]; ok {
			if s, isString := v.(string); !isString || s == "" {
				return invalid(ErrBadField, f, "must be a non-empty string")
			}
		}
	}
	for _, f := range []string{"epcList", "childEPCs", "inputEPCList", "outputEPCList"} {
		if err := checkList(ev, f, func(e any) string {
			if s, ok := e.(string); !ok || s == "" {
				return "must be a non-empty string"
			}
			return ""
		}); err != nil {
			return err
		}
	}
	for _, f := range []string{"quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"} {
		if err := checkList(ev, f, checkQuantity); err != nil {
			return err
		}
	}
	for _, f := range []string{"readPoint", "bizLocation"} {
		if v, ok := ev[f]; ok {
			m, isObject := v.(map[string]any)
			if id, isString := m["id"].(string); !isObject || !isString || id == "" {
				return invalid(ErrBadField, f, "must be an object with a non-empty string id")
			}
		}
	}
	for list, id := range map[string]string{"bizTransactionList": "bizTransaction", "sourceList": "source", "destinationList": "destination"} {
		if err := checkList(ev, list, typedRef(id)); err != nil {
			return err
		}
	}
	return nil
}

// checkList checks that field, if present, is an array whose elements pass
// check (which returns what is wrong, or "").
func checkList(ev map[string]any, field string, check func(any) string) *ValidationError {
	v, ok := ev[field]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		return invalid(ErrBadField, field, "must be an array")
	}
	for i, e := range list {
		if msg := check(e); msg != "" {
			return invalid(ErrBadField, fmt.Sprintf("%s[%d]", field, i), "%s", msg)
		}
	}
	return nil
}

func checkQuantity(e any) string {
	m, ok := e.(map[string]any)
	if !ok {
		return "must be an object"
	}
	if c, ok := m["epcClass"].(string); !ok || c == "" {
		return "needs a non-empty string epcClass"
	}
	if q, ok := m["quantity"]; ok {
		if _, isNumber := q.(json.Number); !isNumber {
			return "quantity must be a number"
		}
	}
	if u, ok := m["uom"]; ok {
		if _, isString := u.(string); !isString {
			return "uom must be a string"
		}
	}
	return ""
}

// typedRef checks an element of bizTransactionList, sourceList or
// destinationList: an object with the identifier under key and an optional
// string type, nothing else (anything else would not be covered by the hash).
func typedRef(key string) func(any) string {
	return func(e any) string {
		m, ok := e.(map[string]any)
		if !ok {
			return "must be an object"
		}
		if id, ok := m[key].(string); !ok || id == "" {
			return "needs a non-empty string " + key
		}
		if t, ok := m["type"]; ok {
			if _, isString := t.(string); !isString {
				return "type must be a string"
			}
		}
		for k := range m {
			if k != key && k != "type" {
				return fmt.Sprintf("unexpected member %q", k)
			}
		}
		return ""
	}
}

func validateWhat(typ Type, ev map[string]any) *ValidationError {
	n := func(field string) int {
		l, _ := ev[field].([]any)
		return len(l)
	}
	_, hasParent := ev["parentID"]
	deleting := ev["action"] == string(Delete)
	switch typ {
	case ObjectEvent:
		_, hasReadPoint := ev["readPoint"]
		sensors, _ := ev["sensorElementList"].([]any)
		if n("epcList")+n("quantityList") == 0 && (len(sensors) == 0 || !hasReadPoint) {
			return invalid(ErrNoWhat, "epcList", "an ObjectEvent needs epcList or quantityList entries, or sensorElementList with a readPoint")
		}
	case AggregationEvent, AssociationEvent:
		if typ == AssociationEvent && !hasParent {
			return invalid(ErrMissingParentID, "parentID", "an AssociationEvent needs a parentID")
		}
		if n("childEPCs")+n("childQuantityList") == 0 && !(deleting && hasParent) {
			return invalid(ErrNoWhat, "childEPCs", "a %s needs childEPCs or childQuantityList entries unless it deletes a parentID", typ)
		}
	case TransactionEvent:
		if n("bizTransactionList") == 0 {
			return invalid(ErrMissingBizTransaction, "bizTransactionList", "a TransactionEvent needs at least one business transaction")
		}
		if n("epcList")+n("quantityList") == 0 && !hasParent && !deleting {
			return invalid(ErrNoWhat, "epcList", "a TransactionEvent needs parentID, epcList or quantityList entries unless it deletes")
		}
	case TransformationEvent:
		in, out := n("inputEPCList")+n("inputQuantityList"), n("outputEPCList")+n("outputQuantityList")
		_, hasID := ev["transformationID"]
		if in+out == 0 || ((in == 0 || out == 0) && !hasID) {
			return invalid(ErrNoWhat, "inputEPCList", "a TransformationEvent needs inputs and outputs, or a transformationID with inputs or outputs")
		}
	}
	return nil
}
