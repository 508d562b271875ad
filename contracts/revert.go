package contracts

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/duochain/duochain/contracts/bindings/cashtoken"
	"github.com/duochain/duochain/contracts/bindings/copyrightregistry"
	"github.com/duochain/duochain/contracts/bindings/identityregistry"
	"github.com/duochain/duochain/contracts/bindings/receivable"
	"github.com/duochain/duochain/contracts/bindings/traceanchor"
)

// Revert is a custom error a contract reverted with, decoded by name.
type Revert struct {
	Name string // Solidity error name, e.g. "ReceivableInvoiceAlreadyTokenized"
	Args []any  // its arguments, in declaration order, as go-ethereum's abi unpacks them
}

// Error implements error.
func (r *Revert) Error() string {
	parts := make([]string, len(r.Args))
	for i, a := range r.Args {
		switch v := a.(type) {
		case [32]byte:
			parts[i] = "0x" + hex.EncodeToString(v[:])
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return r.Name + "(" + strings.Join(parts, ", ") + ")"
}

// knownErrors holds every custom error of every duochain contract by selector.
var knownErrors = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, meta := range []*abi.ABI{
		mustABI(identityregistry.IdentityRegistryMetaData.ParseABI()),
		mustABI(cashtoken.CashTokenMetaData.ParseABI()),
		mustABI(receivable.ReceivableMetaData.ParseABI()),
		mustABI(traceanchor.TraceAnchorMetaData.ParseABI()),
		mustABI(copyrightregistry.CopyrightRegistryMetaData.ParseABI()),
	} {
		for _, e := range meta.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(err)
	}
	return a
}

// DecodeRevert extracts the custom error from an error returned by a call, a gas
// estimate or a transaction send. It reports false when err carries no revert
// data or the data matches no duochain error.
func DecodeRevert(err error) (*Revert, bool) {
	data, ok := RevertData(err)
	if !ok {
		return nil, false
	}
	return DecodeRevertData(data)
}

// RevertData is the revert data an RPC error carries, if any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, decErr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if decErr != nil || len(data) == 0 {
		return nil, false
	}
	return data, true
}

// DecodeError is DecodeRevertData in the shape of txmgr.Decoder, which
// services/server hands the transaction manager (txmgr knows no contract): the
// error's name as the code and the error with its arguments as the detail,
// e.g. "IdentityUnauthorized" and "IdentityUnauthorized(0x…, 0x…)".
func DecodeError(data []byte) (name, detail string, ok bool) {
	r, ok := DecodeRevertData(data)
	if !ok {
		return "", "", false
	}
	return r.Name, r.Error(), true
}

// DecodeRevertData decodes raw revert data (selector and ABI-encoded arguments).
func DecodeRevertData(data []byte) (*Revert, bool) {
	if len(data) < 4 {
		return nil, false
	}
	e, ok := knownErrors[[4]byte(data[:4])]
	if !ok {
		return nil, false
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, false
	}
	return &Revert{Name: e.Name, Args: args}, true
}
