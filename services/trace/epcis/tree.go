package epcis

import (
	"encoding/json"
	"slices"
	"strings"
)

// node is the generic tree the pre-hash is computed from: an element name,
// its value (empty for containers) and its children. It mirrors the data
// model GS1's reference implementation builds from XML and JSON alike, so
// that both serialisations of an event hash the same.
type node struct {
	name  string
	value string
	kids  []*node
	// pair marks an element of bizTransactionList, sourceList or
	// destinationList: its kids are the type (if any) and then the identifier,
	// always in that order.
	pair bool
}

// treeBuilder turns one event's JSON into a node tree.
type treeBuilder struct {
	prefixes map[string]string // JSON-LD prefixes declared by the document
	terms    vocabSet          // expanded vocabulary URIs of the event
	ignore   map[string]bool   // top-level keys left out of the hash
	// scope is what the object converted last declared with @xmlns members
	// (nil: nothing), which its own member name is expanded with.
	scope map[string]string
	arena []node  // nodes are carved from chunks, not allocated one by one
	ptrs  []*node // and so are the slices of children
}

// newNode returns a new node holding n. A tree is built and dropped as a
// whole, so its nodes can share a few chunk allocations.
func (b *treeBuilder) newNode(n node) *node {
	if len(b.arena) == cap(b.arena) {
		b.arena = make([]node, 0, 32)
	}
	b.arena = append(b.arena, n)
	return &b.arena[len(b.arena)-1]
}

// kids returns an empty slice of children with room for exactly n, carved
// from a shared chunk. Its capacity is exact, so appending past n moves it
// out of the chunk instead of overwriting a neighbour.
func (b *treeBuilder) kids(n int) []*node {
	if n > cap(b.ptrs)-len(b.ptrs) {
		b.ptrs = make([]*node, 0, max(64, n))
	}
	lo := len(b.ptrs)
	b.ptrs = b.ptrs[:lo+n]
	return b.ptrs[lo : lo : lo+n]
}

// buildTree returns the event tree: the root is named after the event type.
func buildTree(ev map[string]any, prefixes map[string]string, ignore map[string]bool) *node {
	b := &treeBuilder{prefixes: prefixes, terms: vocabTerms(ev, prefixes), ignore: ignore}
	typ, _ := ev["type"].(string)
	root := b.newNode(node{name: typ, kids: b.objectKids(ev, true)})
	b.correctStructure(root)
	return root
}

// objectKids converts the members of a JSON object. A list member becomes
// one child per element, all named after the member.
func (b *treeBuilder) objectKids(obj map[string]any, top bool) []*node {
	// The members are read once (map iteration is not cheap) into a small
	// array, which also tells how many children they make.
	type member struct {
		key string
		v   any
	}
	var membersBuf [16]member
	members := membersBuf[:0]
	n := 0
	var scope map[string]string
	for key, v := range obj {
		if isXMLNS(key) {
			scope = b.declare(scope, key, v)
			continue
		}
		if key == "comment" || key == "rdfs:comment" || key == "#text" || (top && (key == "@context" || b.ignore[key])) {
			continue
		}
		members = append(members, member{key, v})
		if list, ok := v.([]any); ok {
			n += len(list)
		} else {
			n++
		}
	}
	outer := b.prefixes
	if scope != nil {
		b.prefixes = scope
	}
	kids := b.kids(n)
	for _, m := range members {
		key, v := m.key, m.v
		name := b.expandKey(key)
		if list, ok := v.([]any); ok {
			for _, e := range list {
				if k := b.convert(e); k != nil {
					k.name = b.nameIn(name, key)
					kids = append(kids, k)
				}
			}
			continue
		}
		if k := b.convert(v); k != nil {
			k.name = b.nameIn(name, key)
			kids = append(kids, k)
		}
	}
	b.prefixes = outer
	b.scope = scope
	// The pre-hash sorts siblings, except beside a member named
	// bizTransaction, source or destination, where the reference keeps the
	// JSON member order (which a Go map does not have): sorting by name
	// makes that case deterministic.
	sortKids(kids)
	return kids
}

// sortKids sorts nodes stably by name, then value: by insertion for the
// handful of members an object usually has, which needs no closure or
// swapper allocation.
func sortKids(kids []*node) {
	less := func(a, b *node) bool {
		if a.name != b.name {
			return a.name < b.name
		}
		return a.value < b.value
	}
	if len(kids) > 16 {
		slices.SortStableFunc(kids, func(a, b *node) int {
			if less(a, b) {
				return -1
			}
			if less(b, a) {
				return 1
			}
			return 0
		})
		return
	}
	for i := 1; i < len(kids); i++ {
		for j := i; j > 0 && less(kids[j], kids[j-1]); j-- {
			kids[j], kids[j-1] = kids[j-1], kids[j]
		}
	}
}

// convert converts one JSON value into an unnamed node; nil for JSON null,
// which JSON-LD treats as absent.
func (b *treeBuilder) convert(v any) *node {
	switch v := v.(type) {
	case string:
		if r, ok := b.terms.bareStringReplacement(v); ok {
			v = r
		}
		return b.newNode(node{value: b.expandValue(v)})
	case json.Number:
		if n, ok := canonicalNumber(v.String()); ok {
			return b.newNode(node{value: n})
		}
		return b.newNode(node{value: v.String()})
	case bool:
		// xsd:boolean's lexical form, as the XML serialisation carries it.
		if v {
			return b.newNode(node{value: "true"})
		}
		return b.newNode(node{value: "false"})
	case map[string]any:
		n := b.newNode(node{kids: b.objectKids(v, false)})
		// The XML-style JSON-LD form of an element with text and attributes
		// or namespace declarations, {"#text": "4711", "@xmlns:ex": "…"}:
		// the text is the element's value, as XML's text is.
		if text, ok := v["#text"]; ok {
			if t := b.convert(text); t != nil && len(t.kids) == 0 {
				n.value = t.value
			}
		}
		return n
	case []any:
		n := b.newNode(node{})
		for _, e := range v {
			if k := b.convert(e); k != nil {
				n.kids = append(n.kids, k)
			}
		}
		b.scope = nil // an anonymous list declares nothing for its member
		return n
	}
	return nil
}

// declare adds the namespace declaration key ("@xmlns:p": iri) to scope, a
// copy of the prefixes in force made on the first declaration. Like an XML
// namespace declaration, it holds for the object that carries it and the
// object's member name; a default namespace ("@xmlns") names no prefix.
func (b *treeBuilder) declare(scope map[string]string, key string, v any) map[string]string {
	iri, ok := v.(string)
	if !ok || len(key) <= len("@xmlns:") {
		return scope
	}
	if scope == nil {
		scope = make(map[string]string, len(b.prefixes)+1)
		for p, ns := range b.prefixes {
			scope[p] = ns
		}
	}
	scope[key[len("@xmlns:"):]] = iri
	return scope
}

// nameIn returns the member name of the node just converted: name, unless
// its object declared namespaces, which then expand key.
func (b *treeBuilder) nameIn(name, key string) string {
	if b.scope == nil {
		return name
	}
	outer := b.prefixes
	b.prefixes = b.scope
	name = b.expandKey(key)
	b.prefixes, b.scope = outer, nil
	return name
}

// isXMLNS reports whether key is an XML namespace declaration carried into
// JSON-LD ("@xmlns" or "@xmlns:prefix"): a declaration, not event data.
func isXMLNS(key string) bool {
	return len(key) >= 6 && key[0] == '@' && key[1:6] == "xmlns" && (len(key) == 6 || key[6] == ':')
}

// expandKey writes a compact IRI key with a document-declared prefix as
// "{namespace}local", the way XML namespaces appear in the pre-hash.
func (b *treeBuilder) expandKey(key string) string {
	if len(b.prefixes) == 0 {
		return key
	}
	p, local, ok := strings.Cut(key, ":")
	if iri, declared := b.prefixes[p]; ok && declared {
		return "{" + iri + "}" + local
	}
	return key
}

// expandValue expands a compact IRI value with a document-declared prefix.
func (b *treeBuilder) expandValue(v string) string {
	if len(b.prefixes) == 0 {
		return v
	}
	p, local, ok := strings.Cut(v, ":")
	if iri, declared := b.prefixes[p]; ok && declared {
		return stripBraces.Replace(iri) + local
	}
	return v
}

var stripBraces = strings.NewReplacer("{", "", "}", "")

// pairLists are the lists whose elements are a type plus an identifier
// named like the list without "List".
var pairLists = map[string]bool{"bizTransactionList": true, "sourceList": true, "destinationList": true}

// correctStructure reshapes the JSON tree into the XML data model: members
// named "…List" become one list node whose children drop the "List" suffix
// (epcList → epc, sensorElementList → sensorElement, quantityList →
// quantityElement, …), and childEPCs values become epc children.
func (b *treeBuilder) correctStructure(n *node) {
	if needsReshape(n.kids) {
		b.reshape(n)
	}
	for _, k := range n.kids {
		if !pairLists[k.name] {
			b.correctStructure(k)
		}
	}
	switch {
	case n.name == "inputEPC" || n.name == "outputEPC":
		n.name = "epc"
	case n.name == "inputQuantity" || n.name == "outputQuantity" || n.name == "childQuantity",
		n.name == "quantity" && len(n.kids) > 0:
		n.name = "quantityElement"
	}
}

// needsReshape reports whether any of kids is a list or childEPCs, the
// members reshape changes; most levels have none and keep their slice.
func needsReshape(kids []*node) bool {
	for _, k := range kids {
		if k.name == "childEPCs" || strings.HasSuffix(k.name, "List") {
			return true
		}
	}
	return false
}

// reshape groups the "…List" members of n into list nodes and its
// childEPCs values into one childEPCs node, after the other members.
func (b *treeBuilder) reshape(n *node) {
	var lists, childEPCs []*node
	// Each list takes at least one member's place; childEPCs may add one.
	kept := b.kids(len(n.kids) + 1)
	for _, k := range n.kids {
		switch {
		case strings.HasSuffix(k.name, "List"):
			// A level has few lists: finding one by name beats a map.
			var list *node
			for _, l := range lists {
				if l.name == k.name {
					list = l
					break
				}
			}
			if list == nil {
				list = b.newNode(node{name: k.name, kids: b.kids(countNamed(n.kids, k.name))})
				lists = append(lists, list)
			}
			el := b.newNode(node{name: strings.TrimSuffix(k.name, "List"), value: k.value, kids: k.kids})
			if pairLists[k.name] {
				el = b.typedPair(el)
			}
			list.kids = append(list.kids, el)
		case k.name == "childEPCs":
			childEPCs = append(childEPCs, b.newNode(node{name: "epc", value: k.value}))
		default:
			kept = append(kept, k)
		}
	}
	kept = append(kept, lists...)
	if len(childEPCs) > 0 {
		kept = append(kept, b.newNode(node{name: "childEPCs", kids: childEPCs}))
	}
	n.kids = kept
}

// countNamed returns how many of kids are named name.
func countNamed(kids []*node, name string) int {
	c := 0
	for _, k := range kids {
		if k.name == name {
			c++
		}
	}
	return c
}

// typedPair turns a bizTransaction, source or destination element into a
// pair: its type, then its identifier. Anything else in the element is not
// part of the standard and is rejected by validation.
func (b *treeBuilder) typedPair(el *node) *node {
	p := b.newNode(node{name: el.name, pair: true, kids: b.kids(2)})
	for _, want := range [2]string{"type", el.name} {
		for _, k := range el.kids {
			if k.name == want {
				p.kids = append(p.kids, k)
				break
			}
		}
	}
	return p
}
