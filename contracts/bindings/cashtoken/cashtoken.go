// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package cashtoken

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

// CashTokenMetaData contains all meta data concerning the CashToken contract.
var CashTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"CashUnauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CashZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CashBurned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"CashMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CashToken",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610d48380380610d4883398101604081905261002e916100ff565b8181600361003c8382610205565b5060046100498282610205565b5050506001600160a01b03909216608052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610085575f5ffd5b81516001600160401b0381111561009e5761009e610062565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cc576100cc610062565b6040528181528382016020018510156100e3575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610111575f5ffd5b83516001600160a01b0381168114610127575f5ffd5b60208501519093506001600160401b03811115610142575f5ffd5b61014e86828701610076565b604086015190935090506001600160401b0381111561016b575f5ffd5b61017786828701610076565b9150509250925092565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610062565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608051610a636102e55f395f8181610187015281816102f801526104360152610a635ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c806342966c681161006e57806342966c681461013f57806370a08231146101525780637b1039991461017a57806395d89b41146101b1578063a9059cbb146101b9578063dd62ed3e146101cc575f5ffd5b806306fdde03146100b5578063095ea7b3146100d357806318160ddd146100f657806323b872dd14610108578063313ce5671461011b57806340c10f191461012a575b5f5ffd5b6100bd610204565b6040516100ca91906108a6565b60405180910390f35b6100e66100e13660046108f6565b610294565b60405190151581526020016100ca565b6002545b6040519081526020016100ca565b6100e661011636600461091e565b6102ad565b604051600281526020016100ca565b61013d6101383660046108f6565b6102d0565b005b61013d61014d366004610958565b61040e565b6100fa61016036600461096f565b6001600160a01b03165f9081526020819052604090205490565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016100ca565b6100bd61053b565b6100e66101c73660046108f6565b61054a565b6100fa6101da36600461098f565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b606060038054610213906109c0565b80601f016020809104026020016040519081016040528092919081815260200182805461023f906109c0565b801561028a5780601f106102615761010080835404028352916020019161028a565b820191905f5260205f20905b81548152906001019060200180831161026d57829003601f168201915b5050505050905090565b5f336102a1818585610557565b60019150505b92915050565b5f336102ba858285610569565b6102c58585856105e5565b506001949350505050565b60405163ac4ab3fb60e01b81523360048201525f516020610a375f395f51905f5260248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ac4ab3fb90604401602060405180830381865afa158015610345573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061036991906109f8565b6103a0576040516318571e1160e31b81523360048201525f516020610a375f395f51905f5260248201526044015b60405180910390fd5b805f036103c0576040516375ed768d60e11b815260040160405180910390fd5b6103ca8282610642565b60405181815233906001600160a01b038416907f015af1d41ce035db16ba8f38b3add1efc56891ea4c5905148a4446dc6b149ed59060200160405180910390a35050565b60405163ac4ab3fb60e01b81523360048201525f516020610a375f395f51905f5260248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ac4ab3fb90604401602060405180830381865afa158015610483573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a791906109f8565b6104d9576040516318571e1160e31b81523360048201525f516020610a375f395f51905f526024820152604401610397565b805f036104f9576040516375ed768d60e11b815260040160405180910390fd5b610503338261067a565b60405181815233907f05230370b6557fee092c9239a5f817fa549e2eacc91878fe7f316412e89700aa9060200160405180910390a250565b606060048054610213906109c0565b5f336102a18185856105e5565b61056483838360016106ae565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156105df57818110156105d157604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610397565b6105df84848484035f6106ae565b50505050565b6001600160a01b03831661060e57604051634b637e8f60e11b81525f6004820152602401610397565b6001600160a01b0382166106375760405163ec442f0560e01b81525f6004820152602401610397565b610564838383610780565b6001600160a01b03821661066b5760405163ec442f0560e01b81525f6004820152602401610397565b6106765f8383610780565b5050565b6001600160a01b0382166106a357604051634b637e8f60e11b81525f6004820152602401610397565b610676825f83610780565b6001600160a01b0384166106d75760405163e602df0560e01b81525f6004820152602401610397565b6001600160a01b03831661070057604051634a1406b160e11b81525f6004820152602401610397565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156105df57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161077291815260200190565b60405180910390a350505050565b6001600160a01b0383166107aa578060025f82825461079f9190610a17565b9091555061081a9050565b6001600160a01b0383165f90815260208190526040902054818110156107fc5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610397565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661083657600280548290039055610854565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161089991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146108f1575f5ffd5b919050565b5f5f60408385031215610907575f5ffd5b610910836108db565b946020939093013593505050565b5f5f5f60608486031215610930575f5ffd5b610939846108db565b9250610947602085016108db565b929592945050506040919091013590565b5f60208284031215610968575f5ffd5b5035919050565b5f6020828403121561097f575f5ffd5b610988826108db565b9392505050565b5f5f604083850312156109a0575f5ffd5b6109a9836108db565b91506109b7602084016108db565b90509250929050565b600181811c908216806109d457607f821691505b6020821081036109f257634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215610a08575f5ffd5b81518015158114610988575f5ffd5b808201808211156102a757634e487b7160e01b5f52601160045260245ffdfe2d3bad300b00885935bb2fc2555245354da820d601f1c0004d184375cf72f096a164736f6c634300081e000a",
}

// CashToken is an auto generated Go binding around an Ethereum contract.
type CashToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CashToken) GetABI() abi.ABI {
	return c.abi
}

// NewCashToken creates a new instance of CashToken.
func NewCashToken() *CashToken {
	parsed, err := CashTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CashToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CashToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, string name_, string symbol_) returns()
func (cashToken *CashToken) PackConstructor(registry_ common.Address, name_ string, symbol_ string) []byte {
	enc, err := cashToken.abi.Pack("", registry_, name_, symbol_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cashToken *CashToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := cashToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cashToken *CashToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return cashToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cashToken *CashToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := cashToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cashToken *CashToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := cashToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cashToken *CashToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return cashToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cashToken *CashToken) UnpackApprove(data []byte) (bool, error) {
	out, err := cashToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cashToken *CashToken) PackBalanceOf(account common.Address) []byte {
	enc, err := cashToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cashToken *CashToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return cashToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cashToken *CashToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := cashToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (cashToken *CashToken) PackBurn(amount *big.Int) []byte {
	enc, err := cashToken.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (cashToken *CashToken) TryPackBurn(amount *big.Int) ([]byte, error) {
	return cashToken.abi.Pack("burn", amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (cashToken *CashToken) PackDecimals() []byte {
	enc, err := cashToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (cashToken *CashToken) TryPackDecimals() ([]byte, error) {
	return cashToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (cashToken *CashToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := cashToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cashToken *CashToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := cashToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cashToken *CashToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return cashToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (cashToken *CashToken) PackName() []byte {
	enc, err := cashToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (cashToken *CashToken) TryPackName() ([]byte, error) {
	return cashToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (cashToken *CashToken) UnpackName(data []byte) (string, error) {
	out, err := cashToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (cashToken *CashToken) PackRegistry() []byte {
	enc, err := cashToken.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (cashToken *CashToken) TryPackRegistry() ([]byte, error) {
	return cashToken.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (cashToken *CashToken) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := cashToken.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (cashToken *CashToken) PackSymbol() []byte {
	enc, err := cashToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (cashToken *CashToken) TryPackSymbol() ([]byte, error) {
	return cashToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (cashToken *CashToken) UnpackSymbol(data []byte) (string, error) {
	out, err := cashToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (cashToken *CashToken) PackTotalSupply() []byte {
	enc, err := cashToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (cashToken *CashToken) TryPackTotalSupply() ([]byte, error) {
	return cashToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (cashToken *CashToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := cashToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cashToken *CashToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := cashToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cashToken *CashToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return cashToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cashToken *CashToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := cashToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cashToken *CashToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := cashToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cashToken *CashToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return cashToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cashToken *CashToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := cashToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// CashTokenApproval represents a Approval event raised by the CashToken contract.
type CashTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CashTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CashTokenApproval) ContractEventName() string {
	return CashTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (cashToken *CashToken) UnpackApprovalEvent(log *types.Log) (*CashTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cashToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CashTokenApproval)
	if len(log.Data) > 0 {
		if err := cashToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cashToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CashTokenCashBurned represents a CashBurned event raised by the CashToken contract.
type CashTokenCashBurned struct {
	By     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CashTokenCashBurnedEventName = "CashBurned"

// ContractEventName returns the user-defined event name.
func (CashTokenCashBurned) ContractEventName() string {
	return CashTokenCashBurnedEventName
}

// UnpackCashBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CashBurned(address indexed by, uint256 amount)
func (cashToken *CashToken) UnpackCashBurnedEvent(log *types.Log) (*CashTokenCashBurned, error) {
	event := "CashBurned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cashToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CashTokenCashBurned)
	if len(log.Data) > 0 {
		if err := cashToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cashToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CashTokenCashMinted represents a CashMinted event raised by the CashToken contract.
type CashTokenCashMinted struct {
	To     common.Address
	Amount *big.Int
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const CashTokenCashMintedEventName = "CashMinted"

// ContractEventName returns the user-defined event name.
func (CashTokenCashMinted) ContractEventName() string {
	return CashTokenCashMintedEventName
}

// UnpackCashMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CashMinted(address indexed to, uint256 amount, address indexed by)
func (cashToken *CashToken) UnpackCashMintedEvent(log *types.Log) (*CashTokenCashMinted, error) {
	event := "CashMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cashToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CashTokenCashMinted)
	if len(log.Data) > 0 {
		if err := cashToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cashToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CashTokenTransfer represents a Transfer event raised by the CashToken contract.
type CashTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CashTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CashTokenTransfer) ContractEventName() string {
	return CashTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (cashToken *CashToken) UnpackTransferEvent(log *types.Log) (*CashTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cashToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CashTokenTransfer)
	if len(log.Data) > 0 {
		if err := cashToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cashToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (cashToken *CashToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cashToken.abi.Errors["CashUnauthorized"].ID.Bytes()[:4]) {
		return cashToken.UnpackCashUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["CashZeroAmount"].ID.Bytes()[:4]) {
		return cashToken.UnpackCashZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return cashToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return cashToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return cashToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return cashToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return cashToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cashToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return cashToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CashTokenCashUnauthorized represents a CashUnauthorized error raised by the CashToken contract.
type CashTokenCashUnauthorized struct {
	Account common.Address
	Role    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CashUnauthorized(address account, bytes32 role)
func CashTokenCashUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0xc2b8f088a94ac03f365e33e15b9258d3ddc8c817541dd9dd26fefb4da1b54672")
}

// UnpackCashUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CashUnauthorized(address account, bytes32 role)
func (cashToken *CashToken) UnpackCashUnauthorizedError(raw []byte) (*CashTokenCashUnauthorized, error) {
	out := new(CashTokenCashUnauthorized)
	if err := cashToken.abi.UnpackIntoInterface(out, "CashUnauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenCashZeroAmount represents a CashZeroAmount error raised by the CashToken contract.
type CashTokenCashZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CashZeroAmount()
func CashTokenCashZeroAmountErrorID() common.Hash {
	return common.HexToHash("0xebdaed1ae0e4c9a63d6237806717954673b73f5e38feb320cbbdf3bb52b51725")
}

// UnpackCashZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CashZeroAmount()
func (cashToken *CashToken) UnpackCashZeroAmountError(raw []byte) (*CashTokenCashZeroAmount, error) {
	out := new(CashTokenCashZeroAmount)
	if err := cashToken.abi.UnpackIntoInterface(out, "CashZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CashToken contract.
type CashTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CashTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (cashToken *CashToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CashTokenERC20InsufficientAllowance, error) {
	out := new(CashTokenERC20InsufficientAllowance)
	if err := cashToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CashToken contract.
type CashTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CashTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (cashToken *CashToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CashTokenERC20InsufficientBalance, error) {
	out := new(CashTokenERC20InsufficientBalance)
	if err := cashToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CashToken contract.
type CashTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CashTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (cashToken *CashToken) UnpackERC20InvalidApproverError(raw []byte) (*CashTokenERC20InvalidApprover, error) {
	out := new(CashTokenERC20InvalidApprover)
	if err := cashToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CashToken contract.
type CashTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CashTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (cashToken *CashToken) UnpackERC20InvalidReceiverError(raw []byte) (*CashTokenERC20InvalidReceiver, error) {
	out := new(CashTokenERC20InvalidReceiver)
	if err := cashToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CashToken contract.
type CashTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CashTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (cashToken *CashToken) UnpackERC20InvalidSenderError(raw []byte) (*CashTokenERC20InvalidSender, error) {
	out := new(CashTokenERC20InvalidSender)
	if err := cashToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CashTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CashToken contract.
type CashTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CashTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (cashToken *CashToken) UnpackERC20InvalidSpenderError(raw []byte) (*CashTokenERC20InvalidSpender, error) {
	out := new(CashTokenERC20InvalidSpender)
	if err := cashToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
