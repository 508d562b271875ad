package epcis

import (
	"slices"
	"strings"
)

// This file holds the standard vocabulary the hash needs: the bare-string
// terms that the EPCIS 2.0 JSON-LD context (epcis-context.jsonld) maps to CBV
// and GS1 web URIs, and the rewriting of old CBV URNs to those URIs.

const (
	cbvBase = "https://ref.gs1.org/cbv/"
	gs1Voc  = "https://gs1.org/voc/"
)

// vocab is one family of bare-string terms: a term t stands for prefix+t.
// The map holds each term's URI, built once rather than per event.
type vocab struct {
	terms map[string]string
}

func newVocab(prefix, words string) vocab {
	v := vocab{terms: map[string]string{}}
	for _, w := range strings.Fields(words) {
		v.terms[w] = prefix + w
	}
	return v
}

var (
	vocabBizStep = newVocab(cbvBase+"BizStep-", `accepting arriving assembling
		collecting commissioning consigning creating_class_instance cycle_counting
		decommissioning departing destroying disassembling dispensing encoding
		entering_exiting holding inspecting installing killing loading other
		packing picking receiving removing repackaging repairing replacing
		reserving retail_selling sampling sensor_reporting shipping
		staging_outbound stock_taking stocking storing transporting unloading
		unpacking void_shipping`)
	vocabDisposition = newVocab(cbvBase+"Disp-", `active available
		completeness_verified completeness_inferred conformant container_closed
		container_open damaged destroyed dispensed disposed encoded expired
		in_progress in_transit inactive mismatch_instance mismatch_class
		mismatch_quantity needs_replacement no_pedigree_match non_conformant
		non_sellable_other partially_dispensed recalled reserved retail_sold
		returned sellable_accessible sellable_not_accessible stolen unavailable
		unknown`)
	vocabBizTransactionType = newVocab(cbvBase+"BTT-", `bol cert desadv inv
		pedigree po poc prodorder recadv rma testprd testres upevt`)
	vocabSourceDestType = newVocab(cbvBase+"SDT-", `owning_party
		possessing_party location`)
	vocabErrorReason = newVocab(cbvBase+"ER-", `did_not_occur incorrect_data`)
	vocabComponent   = newVocab(cbvBase+"Comp-", `x y z axial_distance azimuth
		height spherical_radius polar_angle elevation_angle easting northing
		latitude longitude altitude`)
	vocabSensorException = newVocab(gs1Voc, `ALARM_CONDITION ERROR_CONDITION`)
	vocabMeasurementType = newVocab(gs1Voc, `AbsoluteHumidity AbsorbedDose
		AbsorbedDoseRate Acceleration Radioactivity Altitude AmountOfSubstance
		AmountOfSubstancePerUnitVolume Angle AngularAcceleration AngularMomentum
		AngularVelocity Area Capacitance Conductance Conductivity Count Density
		Dimensionless DoseEquivalent DoseEquivalentRate DynamicViscosity
		ElectricCharge ElectricCurrent ElectricCurrentDensity
		ElectricFieldStrength Energy Exposure Force Frequency Illuminance
		Inductance Irradiance KinematicViscosity Length LinearMomentum Luminance
		LuminousFlux LuminousIntensity MagneticFlux MagneticFluxDensity
		MagneticVectorPotential Mass MassConcentration MassFlowRate
		MassPerAreaTime MemoryCapacity MolalityOfSolute MolarEnergy MolarMass
		MolarVolume Power Pressure RadiantFlux RadiantIntensity RelativeHumidity
		Resistance Resistivity SolidAngle SpecificVolume Speed SurfaceDensity
		SurfaceTension Temperature Time Torque Voltage Volume VolumeFlowRate
		VolumeFraction VolumetricFlux Wavenumber`)
)

// contextPrefixes are the prefixes the standard EPCIS context defines. JSON-LD
// expansion knows them whether or not a document repeats them.
var contextPrefixes = map[string]string{
	"epcis":   "https://ref.gs1.org/epcis/",
	"cbv":     cbvBase,
	"cbvmda":  "urn:epcglobal:cbv:mda:",
	"gs1":     gs1Voc,
	"rdfs":    "http://www.w3.org/2000/01/rdf-schema#",
	"owl":     "http://www.w3.org/2002/07/owl#",
	"xsd":     "http://www.w3.org/2001/XMLSchema#",
	"dcterms": "http://purl.org/dc/terms/",
}

// expandVocabValue returns the IRI JSON-LD expansion gives s in a property
// typed @vocab with the term family v, or "" when s stays relative.
func expandVocabValue(s string, v vocab, prefixes map[string]string) string {
	if uri, ok := v.terms[s]; ok {
		return uri
	}
	p, rest, ok := strings.Cut(s, ":")
	if !ok {
		return ""
	}
	if iri, ok := prefixes[p]; ok {
		return iri + rest
	}
	if iri, ok := contextPrefixes[p]; ok {
		return iri + rest
	}
	return s
}

// vocabSet is a set of vocabulary URIs, kept as a slice: an event names a
// handful, and bareStringReplacement must look at every one anyway. Only an
// unusually large set gets a map, so that adding stays linear overall.
type vocabSet struct {
	terms []string
	seen  map[string]bool // nil while terms is short
}

// add adds s, when it is a CBV or GS1 vocabulary URI.
func (v *vocabSet) add(s string) {
	if !strings.HasPrefix(s, "https://ref.gs1.org/cbv") && !strings.HasPrefix(s, "https://gs1.org/voc") {
		return
	}
	if v.seen != nil {
		if v.seen[s] {
			return
		}
		v.seen[s] = true
	} else if slices.Contains(v.terms, s) {
		return
	} else if len(v.terms) == 32 {
		v.seen = make(map[string]bool, 64)
		for _, t := range v.terms {
			v.seen[t] = true
		}
		v.seen[s] = true
	}
	v.terms = append(v.terms, s)
}

// vocabTerms collects what JSON-LD expansion turns the event's vocabulary
// values into, keeping only CBV and GS1 vocabulary URIs. GS1's reference
// implementation then replaces any string value v of the event for which
// exactly one collected URI ends in "-v" or "/v" (see replaceBareStrings).
// The reference collects over the whole document; we collect per event so
// that an event's hash never depends on its neighbours.
func vocabTerms(ev map[string]any, prefixes map[string]string) vocabSet {
	found := vocabSet{terms: make([]string, 0, 8)}
	expand := func(val any, v vocab) {
		switch val := val.(type) {
		case string:
			found.add(expandVocabValue(val, v, prefixes))
		case []any:
			for _, e := range val {
				if s, ok := e.(string); ok {
					found.add(expandVocabValue(s, v, prefixes))
				}
			}
		}
	}
	for k, v := range ev {
		if k != "@context" {
			walkStrings(v, &found)
		}
	}
	expand(ev["bizStep"], vocabBizStep)
	expand(ev["disposition"], vocabDisposition)
	if pd, ok := ev["persistentDisposition"].(map[string]any); ok {
		expand(pd["set"], vocabDisposition)
		expand(pd["unset"], vocabDisposition)
	}
	for _, bt := range objectsOf(ev["bizTransactionList"]) {
		expand(bt["type"], vocabBizTransactionType)
	}
	for _, list := range []string{"sourceList", "destinationList"} {
		for _, sd := range objectsOf(ev[list]) {
			expand(sd["type"], vocabSourceDestType)
		}
	}
	for _, se := range objectsOf(ev["sensorElementList"]) {
		for _, r := range objectsOf(se["sensorReport"]) {
			expand(r["type"], vocabMeasurementType)
			expand(r["exception"], vocabSensorException)
			expand(r["component"], vocabComponent)
		}
	}
	if ed, ok := ev["errorDeclaration"].(map[string]any); ok {
		expand(ed["reason"], vocabErrorReason)
	}
	return found
}

// bareStringReplacement returns the vocabulary URI that the bare string s
// stands for, when exactly one of the set ends in "-s" or "/s".
func (v vocabSet) bareStringReplacement(s string) (string, bool) {
	var match string
	n := 0
	for _, t := range v.terms {
		if len(t) > len(s) && strings.HasSuffix(t, s) && (t[len(t)-len(s)-1] == '-' || t[len(t)-len(s)-1] == '/') {
			match = t
			n++
		}
	}
	return match, n == 1
}

// cbvURNs maps the CBV 1.x URN prefixes to their CBV 2.0 web URI prefixes.
var cbvURNs = strings.NewReplacer(
	"urn:epcglobal:cbv:bizstep:", cbvBase+"BizStep-",
	"urn:epcglobal:cbv:disp:", cbvBase+"Disp-",
	"urn:epcglobal:cbv:btt:", cbvBase+"BTT-",
	"urn:epcglobal:cbv:sdt:", cbvBase+"SDT-",
	"urn:epcglobal:cbv:er:", cbvBase+"ER-",
)

// hasCBVURN reports whether s holds one of the URN prefixes cbvURNs
// rewrites, so that values it would leave alone skip the replacer.
func hasCBVURN(s string) bool {
	const urn = "urn:epcglobal:cbv:"
	for {
		i := strings.Index(s, urn)
		if i < 0 {
			return false
		}
		s = s[i+len(urn):]
		for _, kind := range [...]string{"bizstep:", "disp:", "btt:", "sdt:", "er:"} {
			if strings.HasPrefix(s, kind) {
				return true
			}
		}
	}
}

// stringsOf returns v itself when it is a string, or the strings of a list.
func stringsOf(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// objectsOf returns v itself when it is an object, or the objects of a list.
func objectsOf(v any) []map[string]any {
	switch v := v.(type) {
	case map[string]any:
		return []map[string]any{v}
	case []any:
		var out []map[string]any
		for _, e := range v {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

// walkStrings adds every string value below v to found.
func walkStrings(v any, found *vocabSet) {
	switch v := v.(type) {
	case string:
		found.add(v)
	case []any:
		for _, e := range v {
			walkStrings(e, found)
		}
	case map[string]any:
		for k, e := range v {
			if !isXMLNS(k) {
				walkStrings(e, found)
			}
		}
	}
}
