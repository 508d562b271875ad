package epcis

import (
	"encoding/json"
	"sort"
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
	terms    map[string]bool   // expanded vocabulary URIs of the event
	ignore   map[string]bool   // top-level keys left out of the hash
}

// buildTree returns the event tree: the root is named after the event type.
func buildTree(ev map[string]any, prefixes map[string]string, ignore map[string]bool) *node {
	b := treeBuilder{prefixes: prefixes, terms: vocabTerms(ev, prefixes), ignore: ignore}
	typ, _ := ev["type"].(string)
	root := &node{name: typ, kids: b.objectKids(ev, true)}
	correctStructure(root)
	return root
}

// objectKids converts the members of a JSON object. A list member becomes
// one child per element, all named after the member.
func (b treeBuilder) objectKids(obj map[string]any, top bool) []*node {
	var kids []*node
	for key, v := range obj {
		if key == "comment" || key == "rdfs:comment" || key == "#text" || (top && (key == "@context" || b.ignore[key])) {
			continue
		}
		name := b.expandKey(key)
		if list, ok := v.([]any); ok {
			for _, e := range list {
				if k := b.convert(e); k != nil {
					k.name = name
					kids = append(kids, k)
				}
			}
			continue
		}
		if k := b.convert(v); k != nil {
			k.name = name
			kids = append(kids, k)
		}
	}
	// The pre-hash sorts siblings, except beside a member named
	// bizTransaction, source or destination, where the reference keeps the
	// JSON member order (which a Go map does not have): sorting by name
	// makes that case deterministic.
	sort.SliceStable(kids, func(i, j int) bool {
		if kids[i].name != kids[j].name {
			return kids[i].name < kids[j].name
		}
		return kids[i].value < kids[j].value
	})
	return kids
}

// convert converts one JSON value into an unnamed node; nil for JSON null,
// which JSON-LD treats as absent.
func (b treeBuilder) convert(v any) *node {
	switch v := v.(type) {
	case string:
		if r, ok := bareStringReplacement(v, b.terms); ok {
			v = r
		}
		return &node{value: b.expandValue(v)}
	case json.Number:
		if n, ok := canonicalNumber(v.String()); ok {
			return &node{value: n}
		}
		return &node{value: v.String()}
	case bool:
		// xsd:boolean's lexical form, as the XML serialisation carries it.
		if v {
			return &node{value: "true"}
		}
		return &node{value: "false"}
	case map[string]any:
		return &node{kids: b.objectKids(v, false)}
	case []any:
		n := &node{}
		for _, e := range v {
			if k := b.convert(e); k != nil {
				n.kids = append(n.kids, k)
			}
		}
		return n
	}
	return nil
}

// expandKey writes a compact IRI key with a document-declared prefix as
// "{namespace}local", the way XML namespaces appear in the pre-hash.
func (b treeBuilder) expandKey(key string) string {
	p, local, ok := strings.Cut(key, ":")
	if iri, declared := b.prefixes[p]; ok && declared {
		return "{" + iri + "}" + local
	}
	return key
}

// expandValue expands a compact IRI value with a document-declared prefix.
func (b treeBuilder) expandValue(v string) string {
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
func correctStructure(n *node) {
	var kept, lists, childEPCs []*node
	byName := map[string]*node{}
	for _, k := range n.kids {
		switch {
		case strings.HasSuffix(k.name, "List"):
			list := byName[k.name]
			if list == nil {
				list = &node{name: k.name}
				byName[k.name] = list
				lists = append(lists, list)
			}
			el := &node{name: strings.TrimSuffix(k.name, "List"), value: k.value, kids: k.kids}
			if pairLists[k.name] {
				el = typedPair(el)
			}
			list.kids = append(list.kids, el)
		case k.name == "childEPCs":
			childEPCs = append(childEPCs, &node{name: "epc", value: k.value})
		default:
			kept = append(kept, k)
		}
	}
	kept = append(kept, lists...)
	if len(childEPCs) > 0 {
		kept = append(kept, &node{name: "childEPCs", kids: childEPCs})
	}
	n.kids = kept
	for _, k := range n.kids {
		if !pairLists[k.name] {
			correctStructure(k)
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

// typedPair turns a bizTransaction, source or destination element into a
// pair: its type, then its identifier. Anything else in the element is not
// part of the standard and is rejected by validation.
func typedPair(el *node) *node {
	p := &node{name: el.name, pair: true}
	for _, want := range []string{"type", el.name} {
		for _, k := range el.kids {
			if k.name == want {
				p.kids = append(p.kids, k)
				break
			}
		}
	}
	return p
}
