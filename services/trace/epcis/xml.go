package epcis

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrNotXML means an XML input is not well-formed, nests deeper than
// MaxXMLDepth, or uses an entity XML does not predefine. It is an ErrNotEPCIS.
var ErrNotXML = fmt.Errorf("%w: not well-formed XML", ErrNotEPCIS)

// MaxXMLDepth is how deeply ParseXML lets elements nest. EPCIS events need
// about ten levels; user extensions get the rest.
const MaxXMLDepth = 64

// standardContext is the EPCIS 2.0 JSON-LD context every converted document names.
const standardContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

// epcisNamespaces are the namespaces of the EPCIS XML schemas themselves:
// their elements and attributes are standard fields, written without prefix.
var epcisNamespaces = map[string]bool{
	"":                                true,
	"urn:epcglobal:epcis:xsd:1":       true,
	"urn:epcglobal:epcis:xsd:2":       true,
	"urn:epcglobal:epcis-query:xsd:1": true,
	"urn:epcglobal:epcis-query:xsd:2": true,
}

// xsiNS is XML Schema instance: xsi:type annotations are typing, not data;
// xsdNS is XML Schema, whose names such annotations use.
const (
	xsiNS = "http://www.w3.org/2001/XMLSchema-instance"
	xsdNS = "http://www.w3.org/2001/XMLSchema"
)

// xnode is one XML element of an event, namespaces resolved.
type xnode struct {
	name  xml.Name
	attrs []xml.Attr
	text  strings.Builder
	kids  []*xnode
}

// ParseXML reads an EPCIS 2.0 XML document (EPCISDocument or
// EPCISQueryDocument) with a streaming decoder and returns its events, each
// converted to the JSON-LD structure Parse reads (the mapping of the EPCIS
// 2.0 standard: namespaces to JSON-LD prefixes, repeated elements to arrays,
// the type attribute of a bizTransaction, source or destination to its
// "type" member, sensor attributes to members), validated. An event's
// MarshalJSON is its JSON-LD equivalent, and its Event Hash ID is that of the
// JSON-LD twin. extension and baseExtension wrappers (EPCIS 1.x) are
// transparent, as in GS1's reference implementation. The decoder expands no
// entity beyond XML's five and reads no DTD; nesting is capped at MaxXMLDepth.
func ParseXML(r io.Reader) ([]Event, error) {
	var events []Event
	err := ReadXML(r, func(e Event) error {
		events = append(events, e)
		return nil
	})
	return events, err
}

// ReadXML is ParseXML one event at a time: it calls fn with each event,
// validated, as soon as the event's end tag is read, and keeps nothing of it,
// so a large document never has all its events in memory at once. It stops
// at the first error, fn's included, and returns it.
func ReadXML(r io.Reader, fn func(Event) error) error {
	x := &xmlReader{dec: xml.NewDecoder(r), fn: fn, prefixOf: map[string]string{}, bound: map[string]string{}}
	x.dec.Strict = true
	return x.read()
}

type xmlReader struct {
	dec      *xml.Decoder
	fn       func(Event) error
	n        int               // events passed to fn
	prefixOf map[string]string // namespace → the prefix its members are written with
	bound    map[string]string // prefix → namespace, declared in the events' @context
	ctx      []any             // the events' @context, rebuilt when bound grows
}

// emit validates one converted event and hands it to fn. Its @context
// declares every namespace of the document read so far, as a JSON-LD
// document's @context would.
func (x *xmlReader) emit(obj map[string]any) error {
	if x.ctx == nil {
		x.ctx = []any{standardContext}
		if len(x.bound) > 0 {
			decl := make(map[string]any, len(x.bound))
			for p, ns := range x.bound {
				decl[p] = ns
			}
			x.ctx = append(x.ctx, decl)
		}
	}
	evs, err := parseDocument(map[string]any{"@context": x.ctx, "type": "EPCISDocument", "epcisBody": map[string]any{"eventList": []any{obj}}})
	if err != nil {
		var ve *ValidationError
		if errors.As(err, &ve) && ve.Event >= 0 {
			ve.Event = x.n
		}
		return err
	}
	x.n++
	return x.fn(evs[0])
}

// read walks the document: outside events it only tracks where it is;
// each event element is built into an xnode tree and converted.
func (x *xmlReader) read() error {
	var path []string // local names of the open elements outside an event
	var stack []*xnode
	depth, sawList, root := 0, false, ""
	for {
		tok, err := x.dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return &ValidationError{Event: -1, Detail: err.Error(), Err: ErrNotXML}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > MaxXMLDepth {
				return invalid(ErrNotXML, "", "elements nest deeper than %d levels", MaxXMLDepth)
			}
			x.declare(t.Attr)
			if root == "" {
				root = t.Name.Local
				if root != "EPCISDocument" && root != "EPCISQueryDocument" {
					return invalid(ErrNotEPCIS, "", "the XML root element is %s, not EPCISDocument or EPCISQueryDocument", root)
				}
			}
			wrapper := (t.Name.Local == "extension" || t.Name.Local == "baseExtension") && epcisNamespaces[t.Name.Space]
			switch {
			case len(stack) > 0 && wrapper:
				stack = append(stack, stack[len(stack)-1]) // its children belong to the parent
			case len(stack) > 0:
				n := &xnode{name: t.Name, attrs: t.Attr}
				parent := stack[len(stack)-1]
				parent.kids = append(parent.kids, n)
				stack = append(stack, n)
			case inEventList(path) && !wrapper:
				stack = append(stack, &xnode{name: t.Name, attrs: t.Attr})
			default:
				sawList = sawList || t.Name.Local == "EventList"
				path = append(path, t.Name.Local)
			}
		case xml.EndElement:
			depth--
			switch {
			case len(stack) == 1:
				if err := x.emit(x.event(stack[0])); err != nil {
					return err
				}
				stack = stack[:0]
			case len(stack) > 1:
				stack = stack[:len(stack)-1]
			default:
				path = path[:len(path)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == "" {
		return invalid(ErrNotXML, "", "no root element")
	}
	if !sawList {
		return invalid(ErrNotEPCIS, "EPCISBody.EventList", "an %s needs EPCISBody/EventList", root)
	}
	return nil
}

// inEventList reports whether the innermost open element, wrappers aside,
// is EventList: an element opened now is an event.
func inEventList(path []string) bool {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] != "extension" && path[i] != "baseExtension" {
			return path[i] == "EventList"
		}
	}
	return false
}

// declare records the namespaces an element declares. The first prefix
// declared for a namespace is the one its members are written with; a
// prefix already bound to another namespace (a redeclaration deeper down) is
// replaced by a new one, so that every prefix of the @context means one
// namespace. The EPCIS schemas', the standard context's and XML Schema's
// namespaces need no declaration.
func (x *xmlReader) declare(attrs []xml.Attr) {
	for _, a := range attrs {
		ns := a.Value
		if a.Name.Space == "xmlns" && !epcisNamespaces[ns] && ns != xsiNS && ns != xsdNS && contextPrefix(ns) == "" {
			x.bind(a.Name.Local, ns)
		}
	}
}

// bind gives namespace ns the prefix p (a new one if p is empty or taken),
// unless it has one already, and returns its prefix.
func (x *xmlReader) bind(p, ns string) string {
	if q, ok := x.prefixOf[ns]; ok {
		return q
	}
	for i := len(x.bound) + 1; p == "" || x.bound[p] != "" || contextPrefixes[p] != ""; i++ {
		p = fmt.Sprintf("ns%d", i)
	}
	x.prefixOf[ns], x.bound[p], x.ctx = p, ns, nil
	return p
}

// contextPrefix returns the standard context's prefix for ns ("" if none);
// cbvmda's XML namespace lacks the context IRI's final colon.
func contextPrefix(ns string) string {
	for p, iri := range contextPrefixes {
		if ns == iri || ns+":" == iri {
			return p
		}
	}
	return ""
}

// key is the JSON-LD member name of an XML name: the local name for the
// EPCIS schemas' own, else "prefix:local", the standard context's prefix or
// the one bound for the namespace.
func (x *xmlReader) key(n xml.Name) string {
	if epcisNamespaces[n.Space] {
		return n.Local
	}
	if p := contextPrefix(n.Space); p != "" {
		return p + ":" + n.Local
	}
	return x.bind("", n.Space) + ":" + n.Local
}

// dataAttrs are an element's attributes that carry data: not namespace
// declarations, not xsi typing.
func dataAttrs(attrs []xml.Attr) []xml.Attr {
	var out []xml.Attr
	for _, a := range attrs {
		if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") || a.Name.Space == xsiNS {
			continue
		}
		out = append(out, a)
	}
	return out
}
