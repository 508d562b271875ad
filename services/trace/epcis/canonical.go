package epcis

import (
	"slices"
	"strings"
	"unicode/utf8"
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

// orderIndex maps each field name of an order to its position, so that a
// level's children are matched against the order in one pass instead of one
// scan per field. Built once per distinct order slice.
var orderIndex = map[*field]map[string]int{}

func init() {
	var index func(order []field)
	index = func(order []field) {
		if len(order) == 0 || orderIndex[&order[0]] != nil {
			return
		}
		m := make(map[string]int, len(order))
		for i, f := range order {
			m[f.name] = i
			index(f.sub)
		}
		orderIndex[&order[0]] = m
	}
	index(eventOrder)
}

// preHash appends the canonical pre-hash string of an event tree to buf: the
// event type, the fields in canonical order, then every remaining element
// (bizTransactionList, sourceList, destinationList, ilmd, user extensions, and
// anything the order did not consume) sorted. Everything is written into the
// one buffer; sorting siblings permutes byte ranges of it (see sortSegments).
func preHash(buf []byte, root *node) []byte {
	buf = append(buf, "eventType="...)
	buf = append(buf, root.name...)
	buf = ordered(buf, &root.kids, eventOrder)
	rest := root.kids[:0:0]
	for _, k := range root.kids {
		if !notHashed[k.name] {
			rest = append(rest, k)
		}
	}
	return generic(buf, rest)
}

// ordered writes the children of a list in the given order, each group of
// same-named children sorted, followed by the user extensions of this level.
// It removes what it consumed from kids: whatever is left is written later by
// generic, after the ordered part of the whole event.
func ordered(buf []byte, kids *[]*node, order []field) []byte {
	exts := takeExtensions(kids)
	index := orderIndex[&order[0]]
	// The children the order names, with their field's position, stably
	// grouped by it (an insertion sort: levels are small).
	type match struct {
		k   *node
		pos int
	}
	var matchedBuf [16]match
	matched := matchedBuf[:0]
	for _, k := range *kids {
		if k.pair {
			continue
		}
		if pos, ok := index[k.name]; ok {
			matched = append(matched, match{k, pos})
		}
	}
	for i := 1; i < len(matched); i++ {
		for j := i; j > 0 && matched[j].pos < matched[j-1].pos; j-- {
			matched[j], matched[j-1] = matched[j-1], matched[j]
		}
	}
	consumed := false
	var ends [8]int
	for i := 0; i < len(matched); {
		pos := matched[i].pos
		sub := order[pos].sub
		start, segs := len(buf), ends[:0]
		for ; i < len(matched) && matched[i].pos == pos; i++ {
			k := matched[i].k
			buf = orderedChild(buf, k, sub)
			segs = append(segs, len(buf))
			if len(k.kids) == 0 {
				consumed = true
			}
		}
		buf = sortSegments(buf, start, segs)
	}
	if consumed {
		// Drop the matched children that have nothing left for generic.
		*kids = slices.DeleteFunc(*kids, func(k *node) bool {
			if len(k.kids) > 0 {
				return false
			}
			for _, m := range matched {
				if m.k == k {
					return true
				}
			}
			return false
		})
	}
	if len(exts) > 0 {
		buf = generic(buf, exts)
	}
	return buf
}

// orderedChild writes one child: name, "=value" if it has a value (times in
// UTC with milliseconds, everything else canonicalised), then its children
// in their own order. A child with neither value nor children writes nothing.
func orderedChild(buf []byte, k *node, sub []field) []byte {
	start := len(buf)
	buf = append(buf, k.name...)
	hasText := false
	if text := trimSpace(k.value); text != "" {
		if isTimeField(k.name) {
			// The canonical time of a non-empty value is never empty.
			buf = appendCanonicalTime(append(buf, '='), text)
			hasText = true
		} else if text = canonicalValue(text); text != "" {
			buf = append(append(buf, '='), text...)
			hasText = true
		}
	}
	if sub != nil {
		mark := len(buf)
		buf = ordered(buf, &k.kids, sub)
		if !hasText && len(buf) == mark {
			return buf[:start]
		}
	} else if !hasText {
		return buf[:start]
	}
	return buf
}

// isTimeField reports whether an element holds a timestamp: its name
// contains "time" and not "offset", in any case. ASCII names (all of the
// standard's) are matched in place, without a lower-cased copy.
func isTimeField(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			l := strings.ToLower(name)
			return strings.Contains(l, "time") && !strings.Contains(l, "offset")
		}
	}
	return containsFoldASCII(name, "time") && !containsFoldASCII(name, "offset")
}

// containsFoldASCII reports whether the ASCII string s contains the
// lower-case ASCII word sub, ignoring the case of s.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
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
func generic(buf []byte, kids []*node) []byte {
	keepOrder := false
	var ends [8]int
	start, segs := len(buf), ends[:0]
	for _, k := range kids {
		if k.pair {
			buf = generic(buf, k.kids)
			segs = append(segs, len(buf))
			continue
		}
		switch k.name {
		case "bizTransaction", "source", "destination":
			keepOrder = true
		}
		buf = append(buf, k.name...)
		if text := trimSpace(k.value); text != "" {
			buf = append(buf, '=')
			buf = append(buf, canonicalValue(text)...)
		}
		buf = generic(buf, k.kids)
		segs = append(segs, len(buf))
	}
	if !keepOrder {
		buf = sortSegments(buf, start, segs)
	}
	return buf
}
