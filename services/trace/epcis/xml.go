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

// xsiNS is XML Schema instance: xsi:type annotations are typing, not data.
const xsiNS = "http://www.w3.org/2001/XMLSchema-instance"

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
	x := &xmlReader{dec: xml.NewDecoder(r), prefixOf: map[string]string{}, used: map[string]string{}}
	x.dec.Strict = true
	events, query, err := x.read()
	if err != nil {
		return nil, err
	}
	ctx := []any{standardContext}
	if len(x.used) > 0 {
		decl := make(map[string]any, len(x.used))
		for p, ns := range x.used {
			decl[p] = ns
		}
		ctx = append(ctx, decl)
	}
	body := map[string]any{"eventList": events}
	typ := "EPCISDocument"
	if query {
		typ, body = "EPCISQueryDocument", map[string]any{"queryResults": map[string]any{"resultsBody": body}}
	}
	return parseDocument(map[string]any{"@context": ctx, "type": typ, "epcisBody": body})
}

type xmlReader struct {
	dec      *xml.Decoder
	prefixOf map[string]string // namespace → the prefix the document declared for it
	used     map[string]string // prefix → namespace, for the converted events' @context
}

// read walks the document: outside events it only tracks where it is;
// each event element is built into an xnode tree and converted.
func (x *xmlReader) read() (events []any, query bool, err error) {
	var path []string // local names of the open elements outside an event
	var stack []*xnode
	depth, sawList, root := 0, false, ""
	for {
		tok, err := x.dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, false, &ValidationError{Event: -1, Detail: err.Error(), Err: ErrNotXML}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > MaxXMLDepth {
				return nil, false, invalid(ErrNotXML, "", "elements nest deeper than %d levels", MaxXMLDepth)
			}
			x.declare(t.Attr)
			if root == "" {
				root = t.Name.Local
				if root != "EPCISDocument" && root != "EPCISQueryDocument" {
					return nil, false, invalid(ErrNotEPCIS, "", "the XML root element is %s, not EPCISDocument or EPCISQueryDocument", root)
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
				if t.Name.Local == "EventList" {
					sawList = true
					query = query || contains(path, "QueryResults")
				}
				path = append(path, t.Name.Local)
			}
		case xml.EndElement:
			depth--
			switch {
			case len(stack) == 1:
				events = append(events, x.event(stack[0]))
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
		return nil, false, invalid(ErrNotXML, "", "no root element")
	}
	if !sawList {
		return nil, false, invalid(ErrNotEPCIS, "EPCISBody.EventList", "an %s needs EPCISBody/EventList", root)
	}
	return events, query, nil
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

func contains(path []string, name string) bool {
	for _, p := range path {
		if p == name {
			return true
		}
	}
	return false
}

// declare records the namespace prefixes an element declares; the first
// prefix declared for a namespace is the one its members are written with.
func (x *xmlReader) declare(attrs []xml.Attr) {
	for _, a := range attrs {
		if a.Name.Space == "xmlns" {
			if _, ok := x.prefixOf[a.Value]; !ok {
				x.prefixOf[a.Value] = a.Name.Local
			}
		}
	}
}

// key is the JSON-LD member name of an XML name: the local name for the
// EPCIS schemas' own, else "prefix:local". A namespace of the standard
// context (gs1, cbvmda, …; cbvmda's XML namespace lacks the final colon)
// takes the context's prefix and needs no declaration; any other takes the
// document's prefix for it, declared in the events' @context.
func (x *xmlReader) key(n xml.Name) string {
	if epcisNamespaces[n.Space] {
		return n.Local
	}
	for p, iri := range contextPrefixes {
		if n.Space == iri || n.Space+":" == iri {
			return p + ":" + n.Local
		}
	}
	p, ok := x.prefixOf[n.Space]
	if !ok || p == "" {
		p = fmt.Sprintf("ns%d", len(x.used)+1)
		x.prefixOf[n.Space] = p
	}
	if _, ok := x.used[p]; !ok {
		x.used[p] = n.Space
	}
	return p + ":" + n.Local
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
