package epcis

import "testing"

// TestNormaliseGS1URI checks EPC URI and GS1 Digital Link normalisation.
// Unless marked, each expectation is what GS1's reference implementation's
// normaliser returns for the same input (checked by running it).
func TestNormaliseGS1URI(t *testing.T) {
	tests := []struct{ in, want string }{
		// EPC pure identity URIs, one per scheme.
		{"urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()", "https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29"},
		{"urn:epc:id:sgtin:415056789012.0.987654", "https://id.gs1.org/01/04150567890128/21/987654"},
		{"urn:epc:id:sscc:4012345.3111111111", "https://id.gs1.org/00/340123451111111111"},
		{"urn:epc:id:sgln:4012345.00005.0", "https://id.gs1.org/414/4012345000054"},
		{"urn:epc:id:sgln:75251990950.7.8(%2F+0(9.c%2a'379By5", "https://id.gs1.org/414/7525199095079/254/8%28%2F%2B0%289.c%2a'379By5"},
		{"urn:epc:id:sgln:513964346916..By9", "https://id.gs1.org/414/5139643469167/254/By9"},
		{"urn:epc:id:grai:4012345.00022.334455", "https://id.gs1.org/8003/04012345000221334455"},
		{"urn:epc:id:giai:4012345.ABC345", "https://id.gs1.org/8004/4012345ABC345"},
		{"urn:epc:id:gsrn:3021564153.1132581", "https://id.gs1.org/8018/302156415311325811"},
		{"urn:epc:id:gsrnp:435568.21574702359", "https://id.gs1.org/8017/435568215747023598"},
		{"urn:epc:id:gdti:25609657537.4.==8x;", "https://id.gs1.org/253/2560965753741==8x;"},
		{"urn:epc:id:gdti:987659999999..9", "https://id.gs1.org/253/98765999999929"},
		{"urn:epc:id:cpi:32951626980.97B114-3%2F39.4689", "https://id.gs1.org/8010/3295162698097B114-3%2F39/8011/4689"},
		{"urn:epc:id:sgcn:4012345.99999.44", "https://id.gs1.org/255/401234599999044"},
		{"urn:epc:id:ginc:5563598686.)ay0C=%5Fc=2;')!C", "https://id.gs1.org/401/5563598686%29ay0C=%5Fc=2;'%29%21C"},
		{"urn:epc:id:ginc:76154379307.a.8%2513Cb8z", "https://id.gs1.org/401/76154379307a.8%2513Cb8z"},
		{"urn:epc:id:gsin:4012345.222333444", "https://id.gs1.org/402/40123452223334442"},
		{"urn:epc:id:itip:689868372.5762.29.12.'C%411cb%2ay+0%7A)=6B%41*", "https://id.gs1.org/8006/568986837276232912/21/'C%411cb%2ay%2B0%7A%29=6B%41%2A"},
		{"urn:epc:id:upui:072296615019.1.!x", "https://id.gs1.org/01/10722966150199/235/%21x"},
		{"urn:epc:id:pgln:999999999999.", "https://id.gs1.org/417/9999999999994"},
		// EPC class and pattern URIs.
		{"urn:epc:class:lgtin:73834688.62038.3.20.,7:x=", "https://id.gs1.org/01/67383468820386/10/3.20.%2C7%3Ax="},
		{"urn:epc:idpat:sgtin:4012345.066666.*", "https://id.gs1.org/01/04012345666663"},
		{"urn:epc:idpat:gdti:61411242186.7.*", "https://id.gs1.org/253/6141124218675"},
		{"urn:epc:idpat:upui:12600835418.37.*", "https://id.gs1.org/01/31260083541870"},
		{"urn:epc:idpat:itip:4012345.012345.01.02.*", "https://id.gs1.org/8006/040123451234560102"},
		{"urn:epc:idpat:cpi:4012345.ABC.*", "https://id.gs1.org/8010/4012345ABC"},
		// Not convertible: wrong partition, extra component, unknown scheme.
		{"urn:epc:id:sscc:9257122131527.9495", ""},
		{"urn:epc:id:gsrnp:15738401965.046700.2!c", ""},
		{"urn:epc:idpat:gdti:7580858638.37.1", ""},
		{"urn:epc:id:sgtin:4012345.011111.%23", ""},
		{"urn:epc:id:bic:CSQU3054383", ""},
		// Deliberately TDS-correct where the reference's patterns are not:
		// a 12-digit company prefix leaves the GRAI asset type or GDTI
		// document type empty ("CP.." not "CP..."), and a GDTI with a wrong
		// partition is no GDTI (the reference shifts digits into the serial).
		{"urn:epc:id:grai:111024776183..C", "https://id.gs1.org/8003/01110247761837C"},
		{"urn:epc:idpat:sgcn:057173001234..*", "https://id.gs1.org/255/0571730012347"},
		{"urn:epc:id:gdti:4663204.452471.3az", ""},
		// GS1 Digital Link: custom domain, short names, query, GTIN padding.
		{"https://example.com/gtin/09780345418913/21/765tz?abc=211121", "https://id.gs1.org/01/09780345418913/21/765tz"},
		{"https://id.gs1.de/8018/87/235/ABC-12/01/42952594", "https://id.gs1.org/01/00000042952594"},
		{"http://id.gs1.org/cpv/ABC-12/21/_7/8003/88225265238708X", "https://id.gs1.org/8003/88225265238708X"},
		{"https://id.gs1.de/8010/65300889/8017/527023234071/giai/ABC-12", "https://id.gs1.org/8004/ABC-12"},
		{"https://a.b.c/x/y/414/1969909999016/402/080614768865702185/417/ABC-12/gdti/70618107877674?x=1", "https://id.gs1.org/253/70618107877674"},
		{"https://id.gs1.de/cpid/25145173768767X?a=/01/1234", "https://id.gs1.org/8010/25145173768767X"},
		{"https://id.gs1.org/01/09780345418913/22/V1/21/S1", "https://id.gs1.org/01/09780345418913/21/S1"},
		{"https://id.gs1.org/01/09780345418913/10/LOT/21/S1", "https://id.gs1.org/01/09780345418913/21/S1"},
		// Not constrainable: fragment, escapes in a serial, no key.
		{"https://a.b.c/x/y/01/28301396863494/8004/23898076144622X/255/25630810532468X#frag", ""},
		{"https://id.gs1.org/01/09780345418913/21/A%2FB", ""},
		{"http://transaction.acme.com/po/12345678", ""},
		{"geo:50.9,6.9", ""},
	}
	for _, tt := range tests {
		got, ok := normaliseGS1URI(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("normaliseGS1URI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckDigit(t *testing.T) {
	for key, want := range map[string]string{
		"8061414112345":     "80614141123458", // from the reference data (epclist_normalisation)
		"37610425002123456": "376104250021234569",
		"401234512345":      "4012345123456",
	} {
		if got := withCheckDigit(key); got != want {
			t.Errorf("withCheckDigit(%s) = %s, want %s", key, got, want)
		}
	}
}
