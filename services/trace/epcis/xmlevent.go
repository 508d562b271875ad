package epcis

import (
	"encoding/json"
	"encoding/xml"
	"strings"
)

// The EPCIS 2.0 XML ↔ JSON-LD mapping of the standard event fields whose
// shape differs between the two: wrapped lists, typed pairs, attributes.
var (
	// epcLists hold <epc> children; JSON-LD has an array of strings.
	epcLists = map[string]bool{"epcList": true, "childEPCs": true, "inputEPCList": true, "outputEPCList": true}
	// quantityLists hold <quantityElement> children; JSON-LD has an array of objects.
	quantityLists = map[string]bool{"quantityList": true, "childQuantityList": true, "inputQuantityList": true, "outputQuantityList": true}
	// typedLists hold elements with a type attribute and the identifier as
	// text; JSON-LD has {"type": …, "<element>": …}.
	typedLists = map[string]string{"bizTransactionList": "bizTransaction", "sourceList": "source", "destinationList": "destination"}
	// wrappedLists hold one kind of child; JSON-LD has the array of them.
	wrappedLists = map[string]string{"sensorElementList": "sensorElement", "correctiveEventIDs": "correctiveEventID"}
	// alwaysArrays are members JSON-LD always writes as arrays, even of one.
	alwaysArrays = map[string]bool{"sensorReport": true, "set": true, "unset": true}
	// numberAttrs are sensor attributes JSON-LD writes as numbers.
	numberAttrs = map[string]bool{"value": true, "minValue": true, "maxValue": true, "meanValue": true,
		"sDev": true, "percRank": true, "percValue": true}
)

// event converts one event element to its JSON-LD object.
func (x *xmlReader) event(n *xnode) map[string]any {
	obj := x.object(n, true)
	obj["type"] = n.name.Local
	return obj
}

// object converts an element's data attributes and children into a JSON
// object; text beside them is "#text" (the XML-style JSON-LD form). top
// marks the event itself, whose text is never data.
func (x *xmlReader) object(n *xnode, top bool) map[string]any {
	obj := map[string]any{}
	for _, a := range dataAttrs(n.attrs) {
		obj[x.key(a.Name)] = attrValue(a)
	}
	keys := make([]string, len(n.kids))
	count := map[string]int{}
	for i, k := range n.kids {
		keys[i] = x.key(k.name)
		count[keys[i]]++
	}
	for i, k := range n.kids {
		if isNil(k) {
			continue // xsi:nil is JSON null: absent
		}
		key, v := keys[i], x.value(k)
		if count[key] == 1 && !alwaysArrays[key] {
			obj[key] = v
			continue
		}
		list, _ := obj[key].([]any)
		obj[key] = append(list, v)
	}
	if text := trimSpace(n.text.String()); text != "" && !top {
		obj["#text"] = expandGS1Prefix(text)
	}
	return obj
}

// value converts one child element: the standard shapes first, then the
// generic rule: text alone is a string, anything else an object.
func (x *xmlReader) value(n *xnode) any {
	local := ""
	if epcisNamespaces[n.name.Space] {
		local = n.name.Local
	}
	switch {
	case epcLists[local]:
		return x.texts(n)
	case quantityLists[local]:
		list := []any{}
		for _, k := range n.kids {
			q := x.object(k, false)
			if s, ok := q["quantity"].(string); ok && json.Valid([]byte(s)) && isDecimalLiteral(s) {
				q["quantity"] = json.Number(s)
			}
			list = append(list, q)
		}
		return list
	case typedLists[local] != "":
		list := []any{}
		for _, k := range n.kids {
			el := x.object(k, false)
			if text, ok := el["#text"]; ok {
				delete(el, "#text")
				el[k.name.Local] = text
			}
			list = append(list, el)
		}
		return list
	case wrappedLists[local] != "":
		list := []any{}
		for _, k := range n.kids {
			list = append(list, x.value(k))
		}
		return list
	}
	if len(n.kids) == 0 && len(dataAttrs(n.attrs)) == 0 {
		return expandGS1Prefix(trimSpace(n.text.String()))
	}
	return x.object(n, false)
}

// isNil reports whether an element is marked xsi:nil="true".
func isNil(n *xnode) bool {
	for _, a := range n.attrs {
		if a.Name.Space == xsiNS && a.Name.Local == "nil" && trimSpace(a.Value) == "true" {
			return true
		}
	}
	return false
}

// texts returns the text of each child, for lists of EPCs.
func (x *xmlReader) texts(n *xnode) []any {
	out := make([]any, 0, len(n.kids))
	for _, k := range n.kids {
		out = append(out, trimSpace(k.text.String()))
	}
	return out
}

// attrValue is an attribute as JSON: sensor measurements as numbers,
// booleanValue as a boolean, anything else a string.
func attrValue(a xml.Attr) any {
	v := trimSpace(a.Value)
	if a.Name.Space == "" || epcisNamespaces[a.Name.Space] {
		switch {
		case numberAttrs[a.Name.Local] && json.Valid([]byte(v)) && isDecimalLiteral(v):
			return json.Number(v)
		case a.Name.Local == "booleanValue" && (v == "true" || v == "false"):
			return v == "true"
		}
	}
	return expandGS1Prefix(v)
}

// expandGS1Prefix writes a value in the gs1: or cbv: compact form (as XML
// carries sensor types, for example) as the web URI JSON-LD expands it to,
// as GS1's reference does for XML.
func expandGS1Prefix(v string) string {
	if rest, ok := strings.CutPrefix(v, "gs1:"); ok {
		return gs1Voc + rest
	}
	if rest, ok := strings.CutPrefix(v, "cbv:"); ok {
		return cbvBase + rest
	}
	return v
}
