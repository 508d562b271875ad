// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package traceanchor

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

// ITraceAnchorBatch is an auto generated low-level Go binding around an user-defined struct.
type ITraceAnchorBatch struct {
	Anchorer    common.Address
	ItemCount   uint64
	AnchoredAt  uint64
	BlockNumber uint64
}

// TraceAnchorMetaData contains all meta data concerning the TraceAnchor contract.
var TraceAnchorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"TraceEmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"}],\"name\":\"TraceRootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"TraceUnauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TraceZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"itemCount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"batchId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"itemCount\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"batchId\",\"type\":\"string\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"anchored\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"anchorer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"itemCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"internalType\":\"structITraceAnchor.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"itemHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyItem\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TraceAnchor",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161083e38038061083e833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516107b361008b5f395f818160b601528181610296015261034a01526107b35ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80633423e548146100595780636fcad60514610081578063788c4531146100945780637b103999146100a9578063dd649146146100e0575b5f5ffd5b61006c610067366004610608565b6101c0565b60405190151581526020015b60405180910390f35b61006c61008f366004610608565b6101f5565b6100a76100a2366004610687565b61025b565b005b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610078565b6101726100ee36600461070a565b604080516080810182525f808252602082018190529181018290526060810191909152505f9081526020818152604091829020825160808101845281546001600160a01b038116825267ffffffffffffffff600160a01b90910481169382019390935260019091015480831693820193909352600160401b90920416606082015290565b604051610078919081516001600160a01b0316815260208083015167ffffffffffffffff90811691830191909152604080840151821690830152606092830151169181019190915260800190565b5f848152602081905260408120546001600160a01b0316158015906101ec57506101ec83838787610581565b95945050505050565b6040515f602082018190526021820185905290819060410160408051601f1981840301815291815281516020928301205f898152928390529120549091506001600160a01b031615801590610251575061025184848884610581565b9695505050505050565b60405163ac4ab3fb60e01b81523360048201527fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c6060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ac4ab3fb90604401602060405180830381865afa1580156102e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103079190610721565b1580156103bd575060405163ac4ab3fb60e01b81523360048201527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92960248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ac4ab3fb90604401602060405180830381865afa158015610397573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103bb9190610721565b155b156103e257604051637b62380b60e01b81523360048201526024015b60405180910390fd5b83610400576040516333b6b19560e11b815260040160405180910390fd5b8267ffffffffffffffff165f0361042d57604051631e1453c560e21b8152600481018590526024016103d9565b5f84815260208190526040902080546001600160a01b031615610492576001810154815460405163035f1adf60e41b815260048101889052600160401b90920467ffffffffffffffff1660248301526001600160a01b031660448201526064016103d9565b604080516080810182523380825267ffffffffffffffff808816602080850191825242838116868801908152438516606088019081525f8e815293849052928890209651875494518616600160a01b026001600160e01b03199095166001600160a01b03919091161793909317865591516001909501805491518416600160401b026fffffffffffffffffffffffffffffffff199092169590931694909417939093179055915190919087907fc28f87e5ceee13638504b08fd78e60420ffa80731d081600cb3e2c36672611de90610571908990899089908890610740565b60405180910390a3505050505050565b5f8261058e868685610598565b1495945050505050565b5f81815b848110156105d0576105c6828787848181106105ba576105ba610792565b905060200201356105d9565b915060010161059c565b50949350505050565b5f8183106105f3575f828152602084905260409020610601565b5f8381526020839052604090205b9392505050565b5f5f5f5f6060858703121561061b575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561063f575f5ffd5b8501601f8101871361064f575f5ffd5b803567ffffffffffffffff811115610665575f5ffd5b8760208260051b8401011115610679575f5ffd5b949793965060200194505050565b5f5f5f5f6060858703121561069a575f5ffd5b84359350602085013567ffffffffffffffff811681146106b8575f5ffd5b9250604085013567ffffffffffffffff8111156106d3575f5ffd5b8501601f810187136106e3575f5ffd5b803567ffffffffffffffff8111156106f9575f5ffd5b876020828401011115610679575f5ffd5b5f6020828403121561071a575f5ffd5b5035919050565b5f60208284031215610731575f5ffd5b81518015158114610601575f5ffd5b67ffffffffffffffff8516815260606020820152826060820152828460808301375f608084830101525f6080601f19601f860116830101905067ffffffffffffffff8316604083015295945050505050565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081e000a",
}

// TraceAnchor is an auto generated Go binding around an Ethereum contract.
type TraceAnchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TraceAnchor) GetABI() abi.ABI {
	return c.abi
}

// NewTraceAnchor creates a new instance of TraceAnchor.
func NewTraceAnchor() *TraceAnchor {
	parsed, err := TraceAnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TraceAnchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TraceAnchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (traceAnchor *TraceAnchor) PackConstructor(registry_ common.Address) []byte {
	enc, err := traceAnchor.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x788c4531.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(bytes32 root, uint64 itemCount, string batchId) returns()
func (traceAnchor *TraceAnchor) PackAnchor(root [32]byte, itemCount uint64, batchId string) []byte {
	enc, err := traceAnchor.abi.Pack("anchor", root, itemCount, batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x788c4531.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(bytes32 root, uint64 itemCount, string batchId) returns()
func (traceAnchor *TraceAnchor) TryPackAnchor(root [32]byte, itemCount uint64, batchId string) ([]byte, error) {
	return traceAnchor.abi.Pack("anchor", root, itemCount, batchId)
}

// PackAnchored is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd649146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchored(bytes32 root) view returns((address,uint64,uint64,uint64))
func (traceAnchor *TraceAnchor) PackAnchored(root [32]byte) []byte {
	enc, err := traceAnchor.abi.Pack("anchored", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchored is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd649146.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchored(bytes32 root) view returns((address,uint64,uint64,uint64))
func (traceAnchor *TraceAnchor) TryPackAnchored(root [32]byte) ([]byte, error) {
	return traceAnchor.abi.Pack("anchored", root)
}

// UnpackAnchored is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd649146.
//
// Solidity: function anchored(bytes32 root) view returns((address,uint64,uint64,uint64))
func (traceAnchor *TraceAnchor) UnpackAnchored(data []byte) (ITraceAnchorBatch, error) {
	out, err := traceAnchor.abi.Unpack("anchored", data)
	if err != nil {
		return *new(ITraceAnchorBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(ITraceAnchorBatch)).(*ITraceAnchorBatch)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (traceAnchor *TraceAnchor) PackRegistry() []byte {
	enc, err := traceAnchor.abi.Pack("registry")
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
func (traceAnchor *TraceAnchor) TryPackRegistry() ([]byte, error) {
	return traceAnchor.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (traceAnchor *TraceAnchor) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := traceAnchor.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3423e548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (traceAnchor *TraceAnchor) PackVerify(root [32]byte, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := traceAnchor.abi.Pack("verify", root, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3423e548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (traceAnchor *TraceAnchor) TryPackVerify(root [32]byte, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return traceAnchor.abi.Pack("verify", root, leaf, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3423e548.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, bytes32[] proof) view returns(bool)
func (traceAnchor *TraceAnchor) UnpackVerify(data []byte) (bool, error) {
	out, err := traceAnchor.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcad605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyItem(bytes32 root, bytes32 itemHash, bytes32[] proof) view returns(bool)
func (traceAnchor *TraceAnchor) PackVerifyItem(root [32]byte, itemHash [32]byte, proof [][32]byte) []byte {
	enc, err := traceAnchor.abi.Pack("verifyItem", root, itemHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcad605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyItem(bytes32 root, bytes32 itemHash, bytes32[] proof) view returns(bool)
func (traceAnchor *TraceAnchor) TryPackVerifyItem(root [32]byte, itemHash [32]byte, proof [][32]byte) ([]byte, error) {
	return traceAnchor.abi.Pack("verifyItem", root, itemHash, proof)
}

// UnpackVerifyItem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcad605.
//
// Solidity: function verifyItem(bytes32 root, bytes32 itemHash, bytes32[] proof) view returns(bool)
func (traceAnchor *TraceAnchor) UnpackVerifyItem(data []byte) (bool, error) {
	out, err := traceAnchor.abi.Unpack("verifyItem", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TraceAnchorBatchAnchored represents a BatchAnchored event raised by the TraceAnchor contract.
type TraceAnchorBatchAnchored struct {
	Root       [32]byte
	Anchorer   common.Address
	ItemCount  uint64
	BatchId    string
	AnchoredAt uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const TraceAnchorBatchAnchoredEventName = "BatchAnchored"

// ContractEventName returns the user-defined event name.
func (TraceAnchorBatchAnchored) ContractEventName() string {
	return TraceAnchorBatchAnchoredEventName
}

// UnpackBatchAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address indexed anchorer, uint64 itemCount, string batchId, uint64 anchoredAt)
func (traceAnchor *TraceAnchor) UnpackBatchAnchoredEvent(log *types.Log) (*TraceAnchorBatchAnchored, error) {
	event := "BatchAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != traceAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TraceAnchorBatchAnchored)
	if len(log.Data) > 0 {
		if err := traceAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range traceAnchor.abi.Events[event].Inputs {
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
func (traceAnchor *TraceAnchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], traceAnchor.abi.Errors["TraceEmptyBatch"].ID.Bytes()[:4]) {
		return traceAnchor.UnpackTraceEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], traceAnchor.abi.Errors["TraceRootAlreadyAnchored"].ID.Bytes()[:4]) {
		return traceAnchor.UnpackTraceRootAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], traceAnchor.abi.Errors["TraceUnauthorized"].ID.Bytes()[:4]) {
		return traceAnchor.UnpackTraceUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], traceAnchor.abi.Errors["TraceZeroRoot"].ID.Bytes()[:4]) {
		return traceAnchor.UnpackTraceZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TraceAnchorTraceEmptyBatch represents a TraceEmptyBatch error raised by the TraceAnchor contract.
type TraceAnchorTraceEmptyBatch struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TraceEmptyBatch(bytes32 root)
func TraceAnchorTraceEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0x78514f149baf18a1b3a8e65963ba94fde252fd28512bc0f007b70f98b96586e5")
}

// UnpackTraceEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TraceEmptyBatch(bytes32 root)
func (traceAnchor *TraceAnchor) UnpackTraceEmptyBatchError(raw []byte) (*TraceAnchorTraceEmptyBatch, error) {
	out := new(TraceAnchorTraceEmptyBatch)
	if err := traceAnchor.abi.UnpackIntoInterface(out, "TraceEmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TraceAnchorTraceRootAlreadyAnchored represents a TraceRootAlreadyAnchored error raised by the TraceAnchor contract.
type TraceAnchorTraceRootAlreadyAnchored struct {
	Root        [32]byte
	BlockNumber uint64
	Anchorer    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TraceRootAlreadyAnchored(bytes32 root, uint64 blockNumber, address anchorer)
func TraceAnchorTraceRootAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x35f1adf05455dc111a70c3cf9ff17c668026236f1c8d358aa837a7e7d90680a9")
}

// UnpackTraceRootAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TraceRootAlreadyAnchored(bytes32 root, uint64 blockNumber, address anchorer)
func (traceAnchor *TraceAnchor) UnpackTraceRootAlreadyAnchoredError(raw []byte) (*TraceAnchorTraceRootAlreadyAnchored, error) {
	out := new(TraceAnchorTraceRootAlreadyAnchored)
	if err := traceAnchor.abi.UnpackIntoInterface(out, "TraceRootAlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TraceAnchorTraceUnauthorized represents a TraceUnauthorized error raised by the TraceAnchor contract.
type TraceAnchorTraceUnauthorized struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TraceUnauthorized(address account)
func TraceAnchorTraceUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x7b62380bbc085e652025d9be38dd4becaadb368a40dd135a516ff0df0eac7094")
}

// UnpackTraceUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TraceUnauthorized(address account)
func (traceAnchor *TraceAnchor) UnpackTraceUnauthorizedError(raw []byte) (*TraceAnchorTraceUnauthorized, error) {
	out := new(TraceAnchorTraceUnauthorized)
	if err := traceAnchor.abi.UnpackIntoInterface(out, "TraceUnauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TraceAnchorTraceZeroRoot represents a TraceZeroRoot error raised by the TraceAnchor contract.
type TraceAnchorTraceZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TraceZeroRoot()
func TraceAnchorTraceZeroRootErrorID() common.Hash {
	return common.HexToHash("0x676d632a412077716bea5ca8159df24f3c788b7da8e4c3df3d47582aee884d9a")
}

// UnpackTraceZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TraceZeroRoot()
func (traceAnchor *TraceAnchor) UnpackTraceZeroRootError(raw []byte) (*TraceAnchorTraceZeroRoot, error) {
	out := new(TraceAnchorTraceZeroRoot)
	if err := traceAnchor.abi.UnpackIntoInterface(out, "TraceZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
