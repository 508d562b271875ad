package receivable

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

// The contract's ReceivableIds, mirrored: an id depends only on what the
// creating transaction says (its invoice fingerprint or parent, and a salt),
// never on the order transactions are mined in, so a transaction mined again
// after a reorg creates the id it created the first time. Ids are the top 63
// bits of a keccak256 and fit a bigint.
var (
	tagRoot    = crypto.Keccak256Hash([]byte("duochain.receivable.root"))
	tagPart    = crypto.Keccak256Hash([]byte("duochain.receivable.part"))
	tagRequest = crypto.Keccak256Hash([]byte("duochain.receivable.request"))
	tagFunded  = crypto.Keccak256Hash([]byte("duochain.receivable.funded"))
)

// NewSalt returns a fresh random salt for a creating transaction.
func NewSalt() [32]byte {
	var s [32]byte
	if _, err := rand.Read(s[:]); err != nil {
		panic("receivable: no randomness: " + err.Error()) // crypto/rand does not fail on Linux
	}
	return s
}

// RootID is the id submit or issue gives the root of fingerprint with salt.
func RootID(fingerprint, salt [32]byte) int64 { return deriveID(tagRoot[:], fingerprint[:], salt[:]) }

// PartID is the id split gives part index of parent with salt.
func PartID(parent int64, salt [32]byte, index int) int64 {
	return deriveID(tagPart[:], word(parent), salt[:], word(int64(index)))
}

// RequestID is the id requestFinancing gives a request on receivable id with salt.
func RequestID(id int64, salt [32]byte) int64 { return deriveID(tagRequest[:], word(id), salt[:]) }

// FundedID is the id of the receivable a partial funding of request creates.
func FundedID(request int64) int64 { return deriveID(tagFunded[:], word(request)) }

func word(v int64) []byte { return common32(big.NewInt(v)) }

func common32(v *big.Int) []byte {
	b := make([]byte, 32)
	return v.FillBytes(b)
}

func deriveID(words ...[]byte) int64 {
	h := crypto.Keccak256(words...)
	return int64(binary.BigEndian.Uint64(h[:8]) >> 1)
}
