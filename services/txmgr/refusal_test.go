package txmgr

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestRefusalClassification: the texts geth and Besu answer eth_sendRawTransaction
// with, as they reach the client, told apart into refusals for good (with their
// code) and passing ones ("").
func TestRefusalClassification(t *testing.T) {
	to := common.HexToAddress("0xd0c0a")
	capped := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), GasTipCap: big.NewInt(100), GasFeeCap: big.NewInt(1000), Gas: 21000, To: &to})
	uncapped := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), GasTipCap: big.NewInt(100), GasFeeCap: big.NewInt(999), Gas: 21000, To: &to})
	m := &Manager{opts: Options{MaxFeeCap: big.NewInt(1000)}}
	for _, c := range []struct {
		says string
		tx   *types.Transaction
		code string
	}{
		// geth
		{"oversized data: transaction size 132102, limit 131072", capped, CodeTxOversized},
		{"413 Request Entity Too Large: ", capped, CodeTxOversized},
		{"intrinsic gas too low: gas 21000, minimum needed 21176", capped, CodeIntrinsicGas},
		{"insufficient gas for floor data gas cost: gas 21000, minimum needed 25000", capped, CodeIntrinsicGas},
		{"exceeds block gas limit", capped, CodeGasLimit},
		{"transaction gas limit too high (cap: 16777216, tx: 30000000)", capped, CodeGasLimit},
		{"invalid sender: invalid chain id for signer", capped, CodeInvalidSender},
		{"transaction type not supported: tx type 2 not supported by this pool", capped, CodeTxType},
		{"tx fee (1.20 ether) exceeds the configured cap (1.00 ether)", capped, CodeFeeRefused},
		{"max priority fee per gas higher than max fee per gas", capped, CodeFeeRefused},
		{"transaction gas price below minimum: gas tip cap 100, minimum needed 2000", capped, CodeFeeCapTooLow},
		{"transaction gas price below minimum: gas tip cap 100, minimum needed 2000", uncapped, ""},
		{"max fee per gas less than block base fee", capped, ""},
		{"already known", capped, ""},
		{"nonce too low: next nonce 5, tx nonce 3", capped, ""},
		{"nonce too high", capped, ""},
		{"replacement transaction underpriced", capped, ""},
		{"transaction underpriced", capped, ""},
		{"txpool is full", capped, ""},
		{"insufficient funds for gas * price + value: balance 0, tx cost 21000", capped, ""},
		{`Post "http://127.0.0.1:8545": dial tcp 127.0.0.1:8545: connect: connection refused`, capped, ""},
		{"context deadline exceeded", capped, ""},
		// Besu
		{"Intrinsic gas exceeds gas limit", capped, CodeIntrinsicGas},
		{"Transaction gas limit exceeds block gas limit", capped, CodeGasLimit},
		{"Invalid signature", capped, CodeInvalidSender},
		{"Wrong chainId", capped, CodeInvalidSender},
		{"Sender account not authorized to send transactions", capped, CodeInvalidSender},
		{"Invalid transaction type", capped, CodeTxType},
		{"Transaction fee cap exceeded", capped, CodeFeeRefused},
		{"Max priority fee per gas exceeds max fee per gas", capped, CodeFeeRefused},
		{"Gas price below configured minimum gas price", capped, CodeFeeCapTooLow},
		{"Gas price below current base fee", capped, ""},
		{"Known transaction", capped, ""},
		{"Nonce too low", capped, ""},
		{"Upfront cost exceeds account balance", capped, ""},
		{"Transaction nonce is too distant from current sender nonce", capped, ""},
		{"Replacement transaction underpriced", capped, ""},
	} {
		r, ok := m.refused(errors.New(c.says), c.tx)
		if ok != (c.code != "") || r.code != c.code {
			t.Errorf("%q: code %q, for good %v; want %q", c.says, r.code, ok, c.code)
		}
	}
}
