package identity

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Keys is the custodial key store: one secp256k1 key per organization, kept in
// a go-ethereum keystore directory encrypted with a secret from configuration.
// The server signs on the organizations' behalf.
type Keys struct {
	ks     *keystore.KeyStore
	secret string
	mu     sync.Mutex
}

// OpenKeys opens (or creates) the keystore in dir. light selects cheap scrypt
// parameters, for development and tests only.
func OpenKeys(dir, secret string, light bool) *Keys {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return &Keys{ks: keystore.NewKeyStore(dir, n, p), secret: secret}
}

// New creates a key and returns its address.
func (k *Keys) New() (common.Address, error) {
	a, err := k.ks.NewAccount(k.secret)
	if err != nil {
		return common.Address{}, fmt.Errorf("create custodial key: %w", err)
	}
	return a.Address, nil
}

// Import adds an existing private key to the store; importing a key it already
// holds is not an error.
func (k *Keys) Import(key *ecdsa.PrivateKey) (common.Address, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if k.ks.HasAddress(addr) {
		return addr, nil
	}
	a, err := k.ks.ImportECDSA(key, k.secret)
	if err != nil {
		return common.Address{}, fmt.Errorf("import key: %w", err)
	}
	return a.Address, nil
}

// Signer returns a signer for addr, unlocking its key on first use.
func (k *Keys) Signer(addr common.Address) (*Signer, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	acct := accounts.Account{Address: addr}
	if err := k.ks.Unlock(acct, k.secret); err != nil {
		return nil, fmt.Errorf("unlock key %s: %w", addr, err)
	}
	return &Signer{ks: k.ks, acct: acct}, nil
}

// Signer signs transactions with one custodial key.
type Signer struct {
	ks   *keystore.KeyStore
	acct accounts.Account
}

// Address is the signer's account.
func (s *Signer) Address() common.Address { return s.acct.Address }

// SignTx signs tx for chainID.
func (s *Signer) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return s.ks.SignTx(s.acct, tx, chainID)
}

// SignHash signs a 32-byte digest and returns the 65-byte Ethereum signature
// r ‖ s ‖ v with v = 27 or 28, as eth_signTypedData_v4 does.
func (s *Signer) SignHash(digest []byte) ([]byte, error) {
	sig, err := s.ks.SignHash(s.acct, digest)
	if err != nil {
		return nil, fmt.Errorf("sign with %s: %w", s.acct.Address, err)
	}
	sig[64] += 27
	return sig, nil
}
