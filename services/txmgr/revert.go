package txmgr

import (
	"encoding/hex"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/duochain/duochain/contracts"
)

// DecodeContractError is the default Decoder: a custom error of the duochain
// contracts, with its name as the code and the error with its arguments as the
// detail, e.g. "IdentityUnauthorized" and "IdentityUnauthorized(0x…, 0x…)".
func DecodeContractError(data []byte) (code, detail string, ok bool) {
	r, ok := contracts.DecodeRevertData(data)
	if !ok {
		return "", "", false
	}
	return r.Name, r.Error(), true
}

// isRevert reports whether err says the call itself fails (it reverted or
// cannot fit in any gas limit), as opposed to the node failing to answer.
func isRevert(err error) bool {
	if _, ok := contracts.RevertData(err); ok {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"execution reverted", "gas required exceeds", "out of gas", "invalid opcode"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// alreadySent reports whether a broadcast error only says the node has the
// transaction, or that its nonce was mined: not an error by itself, the
// receipt tells.
func alreadySent(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"already known", "known transaction", "already imported", "nonce too low"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// describeRevert turns a revert error into an error code and detail.
func (m *Manager) describeRevert(err error) (code, detail string) {
	if data, ok := contracts.RevertData(err); ok {
		return m.decode(data)
	}
	return CodeReverted, err.Error()
}

// decode turns revert data into an error code and detail: the Decoder's when
// it knows the data, else a revert string or panic code, else the raw data.
func (m *Manager) decode(data []byte) (code, detail string) {
	if code, detail, ok := m.opts.Decoder(data); ok {
		return code, detail
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return CodeReverted, reason
	}
	return CodeReverted, "execution reverted: 0x" + hex.EncodeToString(data)
}
