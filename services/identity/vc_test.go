package identity

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// keySigner signs with a raw key, as a custodial Signer does.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) SignHash(d []byte) ([]byte, error) {
	sig, err := crypto.Sign(d, k.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

func sampleVC(t *testing.T, key *ecdsa.PrivateKey) *VC {
	t.Helper()
	issuer := Organization{ID: "2", Name: "Marketplace A", Address: crypto.PubkeyToAddress(key.PublicKey), DID: "did:web:a.example"}
	subject := Organization{ID: "3", Name: "Merchant", Address: common.HexToAddress("0x00000000000000000000000000000000000000aa"), DID: "did:web:m.example"}
	cred := Credential{Topic: "KYB", Issuer: issuer.Address, DocumentHash: common.HexToHash("0x01"), IssuedAt: time.Unix(1_800_000_000, 0),
		ExpiresAt: time.Unix(1_900_000_000, 0), TxHash: common.HexToHash("0xbeef"), BlockNumber: 42}
	v := NewVC(1337, common.HexToAddress("0x00000000000000000000000000000000000000cc"), issuer, subject, cred, time.Unix(1_800_000_100, 0))
	if err := v.Sign(keySigner{key}); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestVCEncodeType pins the EIP-712 type string docs/identity.md documents: a third
// party hashes exactly this.
func TestVCEncodeType(t *testing.T) {
	td := (&VC{}).TypedData()
	got := string(td.EncodeType("VerifiableCredential"))
	want := "VerifiableCredential(string[] context,string id,string[] type,Issuer issuer,string validFrom,string validUntil," +
		"CredentialSubject credentialSubject,CredentialStatus credentialStatus,Proof proof)" +
		"CredentialStatus(string id,string type,uint256 chainId,address registry,bytes32 transactionHash,uint256 blockNumber)" +
		"CredentialSubject(string id,address address,string topic,bytes32 documentHash)" +
		"Issuer(string id,address address,string name)" +
		"Proof(string type,string created,string verificationMethod,string proofPurpose)"
	if got != want {
		t.Fatalf("encodeType\n got %s\nwant %s", got, want)
	}
}

// TestVCSignAndRecover signs a credential and recovers its signer, after a
// JSON round trip as a holder would store it.
func TestVCSignAndRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	raw, err := json.Marshal(sampleVC(t, key))
	if err != nil {
		t.Fatal(err)
	}
	v, err := ParseVC(raw)
	if err != nil {
		t.Fatalf("parse %s: %v", raw, err)
	}
	got, err := v.Signer()
	if err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("signer %s, %v; want %s", got, err, crypto.PubkeyToAddress(key.PublicKey))
	}
}

// TestVCTamperBreaksSignature changes each signed field in the JSON and
// checks the signature no longer recovers to the issuer.
func TestVCTamperBreaksSignature(t *testing.T) {
	key, _ := crypto.GenerateKey()
	issuer := crypto.PubkeyToAddress(key.PublicKey)
	raw, _ := json.Marshal(sampleVC(t, key))
	cases := map[string]func(m map[string]any){
		"id":          func(m map[string]any) { m["id"] = "urn:other" },
		"issuer.id":   func(m map[string]any) { obj(m, "issuer")["id"] = "did:web:evil.example" },
		"issuer.name": func(m map[string]any) { obj(m, "issuer")["name"] = "Marketplace B" },
		"validFrom":   func(m map[string]any) { m["validFrom"] = "2027-01-15T08:00:01Z" },
		"validUntil":  func(m map[string]any) { m["validUntil"] = "2099-01-01T00:00:00Z" },
		"subject.id":  func(m map[string]any) { obj(m, "credentialSubject")["id"] = "did:web:other.example" },
		"subject.address": func(m map[string]any) {
			obj(m, "credentialSubject")["address"] = "0x00000000000000000000000000000000000000bb"
		},
		"subject.topic":        func(m map[string]any) { obj(m, "credentialSubject")["topic"] = "MARKETPLACE_SELLER" },
		"subject.documentHash": func(m map[string]any) { obj(m, "credentialSubject")["documentHash"] = common.HexToHash("0x02").Hex() },
		"status.id":            func(m map[string]any) { obj(m, "credentialStatus")["id"] = "eip155:1:0x0" },
		"status.chainId":       func(m map[string]any) { obj(m, "credentialStatus")["chainId"] = 1 },
		"status.registry": func(m map[string]any) {
			obj(m, "credentialStatus")["registry"] = "0x00000000000000000000000000000000000000dd"
		},
		"status.txHash": func(m map[string]any) {
			obj(m, "credentialStatus")["transactionHash"] = common.HexToHash("0xdead").Hex()
		},
		"status.blockNumber": func(m map[string]any) { obj(m, "credentialStatus")["blockNumber"] = 43 },
		"proof.created":      func(m map[string]any) { obj(m, "proof")["created"] = "2030-01-01T00:00:00Z" },
		"proof.method":       func(m map[string]any) { obj(m, "proof")["verificationMethod"] = "did:pkh:eip155:1337:0x0#x" },
		"proof.value": func(m map[string]any) {
			p := obj(m, "proof")
			v := p["proofValue"].(string)
			p["proofValue"] = v[:10] + "00" + v[12:]
		},
	}
	for name, tamper := range cases {
		t.Run(name, func(t *testing.T) {
			var m map[string]any
			_ = json.Unmarshal(raw, &m)
			tamper(m)
			b, _ := json.Marshal(m)
			v, err := ParseVC(b)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if got, err := v.Signer(); err == nil && got == issuer {
				t.Fatalf("tampered %s still recovers to the issuer", name)
			}
		})
	}
}

// TestParseVCRefuses lists what is not a duochain credential.
func TestParseVCRefuses(t *testing.T) {
	key, _ := crypto.GenerateKey()
	raw, _ := json.Marshal(sampleVC(t, key))
	cases := map[string]func(m map[string]any){
		"unknown field": func(m map[string]any) { m["evidence"] = "x" },
		"context":       func(m map[string]any) { m["@context"] = []string{"https://www.w3.org/2018/credentials/v1"} },
		"type":          func(m map[string]any) { m["type"] = []string{"VerifiableCredential"} },
		"no proof":      func(m map[string]any) { delete(m, "proof") },
		"proof type":    func(m map[string]any) { obj(m, "proof")["type"] = "Ed25519Signature2020" },
		"topic":         func(m map[string]any) { obj(m, "credentialSubject")["topic"] = "kyb" },
		"validFrom":     func(m map[string]any) { m["validFrom"] = "yesterday" },
		"address":       func(m map[string]any) { obj(m, "issuer")["address"] = "0x12" },
		// One address form (docs/identity.md, "Exported credentials"): EIP-55 checksummed, no other case.
		"issuer.address in another case": func(m map[string]any) {
			obj(m, "issuer")["address"] = flipCase(obj(m, "issuer")["address"].(string))
		},
		"credentialSubject.address in another case": func(m map[string]any) {
			obj(m, "credentialSubject")["address"] = flipCase(obj(m, "credentialSubject")["address"].(string))
		},
		"credentialStatus.registry in another case": func(m map[string]any) {
			obj(m, "credentialStatus")["registry"] = flipCase(obj(m, "credentialStatus")["registry"].(string))
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			var m map[string]any
			_ = json.Unmarshal(raw, &m)
			change(m)
			b, _ := json.Marshal(m)
			if _, err := ParseVC(b); err == nil {
				t.Fatalf("ParseVC accepted %s", b)
			}
		})
	}
	if _, err := ParseVC(raw); err != nil {
		t.Fatalf("ParseVC refused the untouched credential: %v", err)
	}
}

// flipCase turns every hex letter of the address in s (after its last "0x") to the other case.
func flipCase(s string) string {
	i := strings.LastIndex(s, "0x") + 2
	b := []byte(s)
	for j := i; j < len(b) && j < i+40; j++ {
		switch c := b[j]; {
		case c >= 'a' && c <= 'f':
			b[j] = c - 'a' + 'A'
		case c >= 'A' && c <= 'F':
			b[j] = c - 'A' + 'a'
		}
	}
	return string(b)
}

// TestParseVCRefusesAmbiguousKeys: encoding/json matches keys regardless of
// case and lets the last duplicate win, where JavaScript and Python readers see
// other values; a credential two readers could read differently is refused.
func TestParseVCRefusesAmbiguousKeys(t *testing.T) {
	key, _ := crypto.GenerateKey()
	raw, _ := json.Marshal(sampleVC(t, key))
	s := string(raw)
	fake := `"credentialSubject":{"id":"did:web:fake.test","address":"0x000000000000000000000000000000000000dEaD","topic":"KYB","documentHash":"0x` + strings.Repeat("00", 32) + `"},`
	cases := map[string]string{
		"subject renamed upper-case after a fake": "{" + fake + strings.Replace(s[1:], `"credentialSubject"`, `"CREDENTIALSUBJECT"`, 1),
		"duplicate subject after a fake":          "{" + fake + s[1:],
		"duplicate subject before a fake":         strings.TrimSuffix(s, "}") + "," + strings.TrimSuffix(fake, ",") + "}",
		"only an upper-case subject":              strings.Replace(s, `"credentialSubject"`, `"CREDENTIALSUBJECT"`, 1),
		"mixed-case nested key":                   strings.Replace(s, `"topic"`, `"Topic"`, 1),
		"duplicate nested key":                    strings.Replace(s, `"topic":"KYB"`, `"topic":"FAKE","topic":"KYB"`, 1),
		"nested keys differing in case":           strings.Replace(s, `"topic":"KYB"`, `"topic":"KYB","TOPIC":"KYB"`, 1),
		"kelvin sign":                             strings.Replace(s, `"blockNumber"`, `"bloc\u212aNumber"`, 1),
		"escaped duplicate":                       strings.Replace(s, `"proof":`, `"proof":{},"pr\u006fof":`, 1),
		"missing key":                             strings.Replace(s, `,"name":"Marketplace A"`, ``, 1),
		"trailing value":                          s + ` {}`,
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if b == s {
				t.Fatal("the case changes nothing")
			}
			if _, err := ParseVC([]byte(b)); err == nil {
				t.Fatalf("ParseVC accepted %s", b)
			}
		})
	}
}

func obj(m map[string]any, k string) map[string]any { return m[k].(map[string]any) }

// TestVCDigestByHand recomputes a credential's EIP-712 digest from the
// description in docs/identity.md alone, without go-ethereum's typed-data
// code, and recovers the issuer from proofValue with it: what a third party
// would write.
func TestVCDigestByHand(t *testing.T) {
	key, _ := crypto.GenerateKey()
	raw, _ := json.Marshal(sampleVC(t, key))
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	k := crypto.Keccak256
	str := func(v any) []byte { return k([]byte(v.(string))) }
	addr := func(v any) []byte { return common.LeftPadBytes(common.HexToAddress(v.(string)).Bytes(), 32) }
	b32 := func(v any) []byte { return common.HexToHash(v.(string)).Bytes() }
	num := func(v any) []byte { return common.LeftPadBytes(big.NewInt(int64(v.(float64))).Bytes(), 32) }
	strArr := func(v any) []byte {
		var cat []byte
		for _, s := range v.([]any) {
			cat = append(cat, str(s)...)
		}
		return k(cat)
	}
	hashStruct := func(typ string, fields ...[]byte) []byte {
		return k(append(k([]byte(typ)), bytes.Join(fields, nil)...))
	}
	const (
		issuerT  = "Issuer(string id,address address,string name)"
		subjectT = "CredentialSubject(string id,address address,string topic,bytes32 documentHash)"
		statusT  = "CredentialStatus(string id,string type,uint256 chainId,address registry,bytes32 transactionHash,uint256 blockNumber)"
		proofT   = "Proof(string type,string created,string verificationMethod,string proofPurpose)"
		vcT      = "VerifiableCredential(string[] context,string id,string[] type,Issuer issuer,string validFrom,string validUntil," +
			"CredentialSubject credentialSubject,CredentialStatus credentialStatus,Proof proof)" + statusT + subjectT + issuerT + proofT
		domainT = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	)
	is, su, st, pr := obj(m, "issuer"), obj(m, "credentialSubject"), obj(m, "credentialStatus"), obj(m, "proof")
	// Every address is written EIP-55 checksummed, the composed ones too.
	for _, a := range []any{is["address"], su["address"], st["registry"]} {
		if a.(string) != common.HexToAddress(a.(string)).Hex() {
			t.Fatalf("address %s is not EIP-55 checksummed", a)
		}
	}
	if want := "did:pkh:eip155:1337:" + common.HexToAddress(is["address"].(string)).Hex() + "#blockchainAccountId"; pr["verificationMethod"] != want {
		t.Fatalf("verificationMethod %s, want %s", pr["verificationMethod"], want)
	}
	if want := "eip155:1337:" + st["registry"].(string); st["id"] != want {
		t.Fatalf("credentialStatus.id %s, want %s", st["id"], want)
	}
	message := hashStruct(vcT,
		strArr(m["@context"]), str(m["id"]), strArr(m["type"]),
		hashStruct(issuerT, str(is["id"]), addr(is["address"]), str(is["name"])),
		str(m["validFrom"]), str(m["validUntil"]),
		hashStruct(subjectT, str(su["id"]), addr(su["address"]), str(su["topic"]), b32(su["documentHash"])),
		hashStruct(statusT, str(st["id"]), str(st["type"]), num(st["chainId"]), addr(st["registry"]), b32(st["transactionHash"]), num(st["blockNumber"])),
		hashStruct(proofT, str(pr["type"]), str(pr["created"]), str(pr["verificationMethod"]), str(pr["proofPurpose"])))
	domain := hashStruct(domainT, str("duochain"), str("1"), num(st["chainId"]), addr(st["registry"]))
	digest := k([]byte{0x19, 0x01}, domain, message)

	v, _ := ParseVC(raw)
	want, err := v.Digest()
	if err != nil || !bytes.Equal(digest, want.Bytes()) {
		t.Fatalf("digest by hand %x, implementation %x (%v)", digest, want, err)
	}
	sig := common.FromHex(pr["proofValue"].(string))
	sig[64] -= 27
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("proofValue does not recover to the issuer: %v", err)
	}
}
