// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentrancyattacker

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ReentrancyAttackerMetaData contains all meta data concerning the ReentrancyAttacker contract.
var ReentrancyAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"AttackerCallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"AttackerNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC3525Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"successes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReentrancyAttacker",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516109786100325f395f8181610225015261033d01526109785ff3fe608060405234801561000f575f5ffd5b506004361061009a575f3560e01c80636a540a3e116100635780636a540a3e146101315780637339acce14610146578063b36ae5e61461014f578063be6002c214610157578063d4b839921461016a575f5ffd5b80629ce20b1461009e57806301ffc9a7146100cf578063150b7a02146100f25780633522bfd0146101055780635754a0421461011a575b5f5ffd5b6100b16100ac366004610533565b610194565b6040516001600160e01b031990911681526020015b60405180910390f35b6100e26100dd36600461059f565b6101af565b60405190151581526020016100c6565b6100b16101003660046105cd565b6101ff565b610118610113366004610637565b61021a565b005b61012360025481565b6040519081526020016100c6565b610139610297565b6040516100c69190610686565b61012360035481565b610139610323565b610139610165366004610637565b610330565b5f5461017c906001600160a01b031681565b6040516001600160a01b0390911681526020016100c6565b5f61019d610405565b50629ce20b60e01b9695505050505050565b5f6001600160e01b031982166301ffc9a760e01b14806101df57506001600160e01b03198216630a85bd0160e11b145b806101f957506001600160e01b03198216629ce20b60e01b145b92915050565b5f610208610405565b50630a85bd0160e11b95945050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461026a57604051635fa9b39360e01b81523360048201526024015b60405180910390fd5b5f80546001600160a01b0319166001600160a01b0385161790556001610291828483610752565b50505050565b600480546102a4906106cf565b80601f01602080910402602001604051908101604052809291908181526020018280546102d0906106cf565b801561031b5780601f106102f25761010080835404028352916020019161031b565b820191905f5260205f20905b8154815290600101906020018083116102fe57829003601f168201915b505050505081565b600180546102a4906106cf565b6060336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461037d57604051635fa9b39360e01b8152336004820152602401610261565b5f5f856001600160a01b0316858560405161039992919061080c565b5f604051808303815f865af19150503d805f81146103d2576040519150601f19603f3d011682016040523d82523d5f602084013e6103d7565b606091505b5091509150816103fc5780604051634ac5b44560e01b81526004016102619190610686565b95945050505050565b5f546001600160a01b03161580610428575060018054610424906106cf565b1590505b1561042f57565b60028054905f61043e8361081b565b90915550505f805460405182916001600160a01b0316906104619060019061083f565b5f604051808303815f865af19150503d805f811461049a576040519150601f19603f3d011682016040523d82523d5f602084013e61049f565b606091505b509150915081156104c25760038054905f6104b98361081b565b91905055505050565b60046104ce82826108b0565b505050565b80356001600160a01b03811681146104e9575f5ffd5b919050565b5f5f83601f8401126104fe575f5ffd5b50813567ffffffffffffffff811115610515575f5ffd5b60208301915083602082850101111561052c575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215610548575f5ffd5b610551876104d3565b9550602087013594506040870135935060608701359250608087013567ffffffffffffffff811115610581575f5ffd5b61058d89828a016104ee565b979a9699509497509295939492505050565b5f602082840312156105af575f5ffd5b81356001600160e01b0319811681146105c6575f5ffd5b9392505050565b5f5f5f5f5f608086880312156105e1575f5ffd5b6105ea866104d3565b94506105f8602087016104d3565b935060408601359250606086013567ffffffffffffffff81111561061a575f5ffd5b610626888289016104ee565b969995985093965092949392505050565b5f5f5f60408486031215610649575f5ffd5b610652846104d3565b9250602084013567ffffffffffffffff81111561066d575f5ffd5b610679868287016104ee565b9497909650939450505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806106e357607f821691505b60208210810361070157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104ce57805f5260205f20601f840160051c8101602085101561072c5750805b601f840160051c820191505b8181101561074b575f8155600101610738565b5050505050565b67ffffffffffffffff83111561076a5761076a6106bb565b61077e8361077883546106cf565b83610707565b5f601f8411600181146107af575f85156107985750838201355b5f19600387901b1c1916600186901b17835561074b565b5f83815260208120601f198716915b828110156107de57868501358255602094850194600190920191016107be565b50868210156107fa575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b818382375f9101908152919050565b5f6001820161083857634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f5f835461084c816106cf565b6001821680156108635760018114610878576108a5565b60ff19831686528115158202860193506108a5565b865f5260205f205f5b8381101561089d57815488820152600190910190602001610881565b505081860193505b509195945050505050565b815167ffffffffffffffff8111156108ca576108ca6106bb565b6108de816108d884546106cf565b84610707565b6020601f821160018114610910575f83156108f95750848201515b5f19600385901b1c1916600184901b17845561074b565b5f84815260208120601f198516915b8281101561093f578785015182556020948501946001909201910161091f565b508482101561095c57868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fea164736f6c634300081e000a",
}

// ReentrancyAttacker is an auto generated Go binding around an Ethereum contract.
type ReentrancyAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrancyAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewReentrancyAttacker creates a new instance of ReentrancyAttacker.
func NewReentrancyAttacker() *ReentrancyAttacker {
	parsed, err := ReentrancyAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrancyAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrancyAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrancyAttacker *ReentrancyAttacker) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrancyAttacker.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrancyAttacker *ReentrancyAttacker) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrancyAttacker.abi.Pack("arm", target, data)
}

// PackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempts() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) PackAttempts() []byte {
	enc, err := reentrancyAttacker.abi.Pack("attempts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempts() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) TryPackAttempts() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("attempts")
}

// UnpackAttempts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) UnpackAttempts(data []byte) (*big.Int, error) {
	out, err := reentrancyAttacker.abi.Unpack("attempts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, bytes data) returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) PackExec(to common.Address, data []byte) []byte {
	enc, err := reentrancyAttacker.abi.Pack("exec", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, bytes data) returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) TryPackExec(to common.Address, data []byte) ([]byte, error) {
	return reentrancyAttacker.abi.Pack("exec", to, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address to, bytes data) returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrancyAttacker.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a540a3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRevert() view returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) PackLastRevert() []byte {
	enc, err := reentrancyAttacker.abi.Pack("lastRevert")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a540a3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRevert() view returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) TryPackLastRevert() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("lastRevert")
}

// UnpackLastRevert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) UnpackLastRevert(data []byte) ([]byte, error) {
	out, err := reentrancyAttacker.abi.Unpack("lastRevert", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOnERC3525Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x009ce20b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC3525Received(address , uint256 , uint256 , uint256 , bytes ) returns(bytes4)
func (reentrancyAttacker *ReentrancyAttacker) PackOnERC3525Received(arg0 common.Address, arg1 *big.Int, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := reentrancyAttacker.abi.Pack("onERC3525Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC3525Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x009ce20b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC3525Received(address , uint256 , uint256 , uint256 , bytes ) returns(bytes4)
func (reentrancyAttacker *ReentrancyAttacker) TryPackOnERC3525Received(arg0 common.Address, arg1 *big.Int, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return reentrancyAttacker.abi.Pack("onERC3525Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC3525Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x009ce20b.
//
// Solidity: function onERC3525Received(address , uint256 , uint256 , uint256 , bytes ) returns(bytes4)
func (reentrancyAttacker *ReentrancyAttacker) UnpackOnERC3525Received(data []byte) ([4]byte, error) {
	out, err := reentrancyAttacker.abi.Unpack("onERC3525Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (reentrancyAttacker *ReentrancyAttacker) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := reentrancyAttacker.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (reentrancyAttacker *ReentrancyAttacker) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return reentrancyAttacker.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (reentrancyAttacker *ReentrancyAttacker) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := reentrancyAttacker.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackReentryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb36ae5e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) PackReentryData() []byte {
	enc, err := reentrancyAttacker.abi.Pack("reentryData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb36ae5e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) TryPackReentryData() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("reentryData")
}

// UnpackReentryData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb36ae5e6.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrancyAttacker *ReentrancyAttacker) UnpackReentryData(data []byte) ([]byte, error) {
	out, err := reentrancyAttacker.abi.Unpack("reentryData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function successes() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) PackSuccesses() []byte {
	enc, err := reentrancyAttacker.abi.Pack("successes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function successes() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) TryPackSuccesses() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("successes")
}

// UnpackSuccesses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (reentrancyAttacker *ReentrancyAttacker) UnpackSuccesses(data []byte) (*big.Int, error) {
	out, err := reentrancyAttacker.abi.Unpack("successes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (reentrancyAttacker *ReentrancyAttacker) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := reentrancyAttacker.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (reentrancyAttacker *ReentrancyAttacker) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return reentrancyAttacker.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (reentrancyAttacker *ReentrancyAttacker) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := reentrancyAttacker.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) PackTarget() []byte {
	enc, err := reentrancyAttacker.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) TryPackTarget() ([]byte, error) {
	return reentrancyAttacker.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrancyAttacker *ReentrancyAttacker) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrancyAttacker.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reentrancyAttacker *ReentrancyAttacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrancyAttacker.abi.Errors["AttackerCallFailed"].ID.Bytes()[:4]) {
		return reentrancyAttacker.UnpackAttackerCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrancyAttacker.abi.Errors["AttackerNotOwner"].ID.Bytes()[:4]) {
		return reentrancyAttacker.UnpackAttackerNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrancyAttackerAttackerCallFailed represents a AttackerCallFailed error raised by the ReentrancyAttacker contract.
type ReentrancyAttackerAttackerCallFailed struct {
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttackerCallFailed(bytes reason)
func ReentrancyAttackerAttackerCallFailedErrorID() common.Hash {
	return common.HexToHash("0x4ac5b445ad62bf1b138a34077e5593731d85db142d767b211873de812ee5bbfa")
}

// UnpackAttackerCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttackerCallFailed(bytes reason)
func (reentrancyAttacker *ReentrancyAttacker) UnpackAttackerCallFailedError(raw []byte) (*ReentrancyAttackerAttackerCallFailed, error) {
	out := new(ReentrancyAttackerAttackerCallFailed)
	if err := reentrancyAttacker.abi.UnpackIntoInterface(out, "AttackerCallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrancyAttackerAttackerNotOwner represents a AttackerNotOwner error raised by the ReentrancyAttacker contract.
type ReentrancyAttackerAttackerNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttackerNotOwner(address caller)
func ReentrancyAttackerAttackerNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x5fa9b393c11ed9c5488c4d24ab62bf7fa71b03c42162f2257bb23f87091958fc")
}

// UnpackAttackerNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttackerNotOwner(address caller)
func (reentrancyAttacker *ReentrancyAttacker) UnpackAttackerNotOwnerError(raw []byte) (*ReentrancyAttackerAttackerNotOwner, error) {
	out := new(ReentrancyAttackerAttackerNotOwner)
	if err := reentrancyAttacker.abi.UnpackIntoInterface(out, "AttackerNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
