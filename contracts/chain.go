// Package contracts holds duochain's Solidity sources, their compiled artifacts and
// Go bindings, and the Go side that every user of the contracts shares: the pinned
// EVM fork, deployment, and decoding of custom-error reverts.
package contracts

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// EVMVersion is the fork the contracts are compiled for (compile.js pins the same
// value). Geth and Hyperledger Besu both run it; chains we start enable exactly it.
const EVMVersion = "cancun"

// ChainConfig returns a post-merge chain configuration with every fork up to and
// including Cancun active from genesis and none after it. go-ethereum's own dev
// configuration also enables unreleased forks whose gas rules differ from any
// production network, so local chains and the simulated backend use this instead.
func ChainConfig(chainID *big.Int) *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 new(big.Int).Set(chainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		MergeNetsplitBlock:      big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		BlobScheduleConfig:      &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig},
	}
}

// Genesis returns a genesis block on ChainConfig with the system contracts that
// the active forks call into, plus alloc.
func Genesis(chainID *big.Int, gasLimit uint64, alloc types.GenesisAlloc) *core.Genesis {
	all := core.SystemContractAllocs()
	for addr, account := range alloc {
		all[addr] = account
	}
	return &core.Genesis{
		Config:     ChainConfig(chainID),
		GasLimit:   gasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      all,
	}
}
