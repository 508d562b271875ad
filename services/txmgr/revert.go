package txmgr

import (
	"encoding/hex"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"
)

// revertData is the revert data an RPC error carries, if any. It reads the
// JSON-RPC error's data field only, knowing no ABI; contracts.RevertData does
// the same for callers that decode against the contracts, which txmgr must not
// import.
func revertData(err error) ([]byte, bool) {
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

// isRevert reports whether err says the call itself fails (it reverted or
// cannot fit in any gas limit), as opposed to the node failing to answer.
func isRevert(err error) bool {
	if _, ok := revertData(err); ok {
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
	if data, ok := revertData(err); ok {
		return m.decode(data)
	}
	return CodeReverted, err.Error()
}

// decode turns revert data into an error code and detail: the Decoder's when
// it knows the data, else a revert string or panic code, else the raw data.
func (m *Manager) decode(data []byte) (code, detail string) {
	if m.opts.Decoder != nil {
		if code, detail, ok := m.opts.Decoder(data); ok {
			return code, detail
		}
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return CodeReverted, reason
	}
	return CodeReverted, "execution reverted: 0x" + hex.EncodeToString(data)
}
