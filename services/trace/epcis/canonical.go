package epcis

import (
	"slices"
	"strings"
)

// field is one entry of the canonical property order: an element name and,
// for containers, the order of its children.
type field struct {
	name string
	sub  []field
}

func leaves(names ...string) []field {
	fs := make([]field, len(names))
	for i, n := range names {
		fs[i] = field{name: n}
	}
	return fs
}

var (
	epcOrder      = leaves("epc")
	quantityOrder = []field{{"quantityElement", leaves("epcClass", "quantity", "uom")}}

	// eventOrder is the canonical property order of the Event Hash ID
	// algorithm (CBV 2.0), as GS1's reference implementation applies it.
	// bizTransactionList, sourceList, destinationList and ilmd are not in it:
	// like user extensions they follow, sorted, after the ordered fields.
	eventOrder = []field{
		{name: "eventTime"},
		{name: "eventTimeZoneOffset"},
		{name: "certificationInfo"},
		{name: "parentID"},
		{"epcList", epcOrder},
		{"inputEPCList", epcOrder},
		{"childEPCs", epcOrder},
		{"quantityList", quantityOrder},
		{"childQuantityList", quantityOrder},
		{"inputQuantityList", quantityOrder},
		{"outputEPCList", epcOrder},
		{"outputQuantityList", quantityOrder},
		{name: "action"},
		{name: "transformationID"},
		{name: "bizStep"},
		{name: "disposition"},
		{"persistentDisposition", leaves("set", "unset")},
		{"readPoint", leaves("id")},
		{"bizLocation", leaves("id")},
		{"sensorElementList", []field{{"sensorElement", []field{
			{"sensorMetadata", leaves("time", "startTime", "endTime", "deviceID",
				"deviceMetadata", "rawData", "dataProcessingMethod", "bizRules")},
			{"sensorReport", leaves("type", "exception", "deviceID", "deviceMetadata",
				"rawData", "dataProcessingMethod", "time", "microorganism",
				"chemicalSubstance", "value", "component", "stringValue",
				"booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue",
				"meanValue", "sDev", "percRank", "percValue", "uom",
				"coordinateReferenceSystem")},
		}}}},
	}

	// notHashed are the top-level elements the algorithm leaves out.
	notHashed = map[string]bool{"recordTime": true, "eventID": true, "type": true, "errorDeclaration": true}
)

// preHash builds the canonical pre-hash string of an event tree: the event
// type, the fields in canonical order, then every remaining element
// (bizTransactionList, sourceList, destinationList, ilmd, user extensions, and
// anything the order did not consume) sorted.
func preHash(root *node) string {
	var b strings.Builder
	b.WriteString("eventType=" + root.name)
	b.WriteString(ordered(&root.kids, eventOrder))
	var rest []*node
	for _, k := range root.kids {
		if !notHashed[k.name] {
			rest = append(rest, k)
		}
	}
	b.WriteString(generic(rest))
	return b.String()
}

// ordered writes the children of a list in the given order, each group of
// same-named children sorted, followed by the user extensions of this level.
// It removes what it consumed from kids: whatever is left is written later by
// generic, after the ordered part of the whole event.
func ordered(kids *[]*node, order []field) string {
	var b strings.Builder
	exts := takeExtensions(kids)
	for _, f := range order {
		var vals []string
		var matched []*node
		for _, k := range *kids {
			if !k.pair && k.name == f.name {
				matched = append(matched, k)
			}
		}
		for _, k := range matched {
			if s := orderedChild(k, f.sub); s != "" {
				vals = append(vals, s)
			}
			if len(k.kids) == 0 {
				*kids = slices.DeleteFunc(*kids, func(x *node) bool { return x == k })
			}
		}
		slices.Sort(vals)
		b.WriteString(strings.Join(vals, ""))
	}
	if len(exts) > 0 {
		b.WriteString(generic(exts))
	}
	return b.String()
}

// orderedChild writes one child: name, "=value" if it has a value (times in
// UTC with milliseconds, everything else canonicalised), then its children
// in their own order.
func orderedChild(k *node, sub []field) string {
	var grand string
	if sub != nil {
		grand = ordered(&k.kids, sub)
	}
	var text string
	if k.value != "" {
		text = trimSpace(k.value)
		if isTimeField(k.name) {
			text = canonicalTime(text)
		} else {
			text = canonicalValue(text)
		}
		if text != "" {
			text = "=" + text
		}
	}
	if text == "" && grand == "" {
		return ""
	}
	return k.name + text + grand
}

func isTimeField(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "time") && !strings.Contains(l, "offset")
}

// takeExtensions removes and returns the user extensions of a nested
// element (readPoint, sensorReport, …), those named "{namespace/}local",
// which are written after the element's standard fields. At event level
// (recognised by its eventTime or action) extensions stay where they are.
func takeExtensions(kids *[]*node) []*node {
	if len(*kids) <= 1 {
		return nil
	}
	for _, k := range *kids {
		if !k.pair && (strings.Contains(k.name, "eventTime") || strings.Contains(k.name, "action")) {
			return nil
		}
	}
	isExt := func(k *node) bool {
		return !k.pair && strings.Contains(k.name, "{") && strings.Contains(k.name, "/}")
	}
	var exts []*node
	for _, k := range *kids {
		if isExt(k) {
			exts = append(exts, k)
		}
	}
	*kids = slices.DeleteFunc(*kids, isExt)
	return exts
}

// generic writes elements with no prescribed order: each as name, "=value"
// when it has one, then its own children, and the siblings sorted. The type
// and identifier of a bizTransaction, source or destination keep their order.
func generic(kids []*node) string {
	vals := make([]string, 0, len(kids))
	keepOrder := false
	for _, k := range kids {
		if k.pair {
			vals = append(vals, generic(k.kids))
			continue
		}
		switch k.name {
		case "bizTransaction", "source", "destination":
			keepOrder = true
		}
		text := trimSpace(k.value)
		if text != "" {
			text = "=" + canonicalValue(text)
		}
		vals = append(vals, k.name+text+generic(k.kids))
	}
	if len(vals) > 1 && !keepOrder {
		slices.Sort(vals)
	}
	return strings.Join(vals, "")
}
