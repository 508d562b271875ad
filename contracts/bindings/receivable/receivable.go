// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package receivable

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

// IReceivableFinancingRequest is an auto generated low-level Go binding around an user-defined struct.
type IReceivableFinancingRequest struct {
	ReceivableId uint64
	FinancedId   uint64
	Status       uint8
	Holder       common.Address
	ExpiresAt    uint64
	Financier    common.Address
	Value        *big.Int
	Price        *big.Int
	MinPrice     *big.Int
}

// IReceivablePart is an auto generated low-level Go binding around an user-defined struct.
type IReceivablePart struct {
	To    common.Address
	Value *big.Int
}

// IReceivablePolicy is an auto generated low-level Go binding around an user-defined struct.
type IReceivablePolicy struct {
	MaxTerm       uint64
	GracePeriod   uint64
	MinSplitValue *big.Int
	LapsePeriod   uint32
}

// IReceivableReceivable is an auto generated low-level Go binding around an user-defined struct.
type IReceivableReceivable struct {
	Value    *big.Int
	RootId   uint64
	ParentId uint64
	Frozen   bool
	LockedBy uint64
}

// IReceivableRoot is an auto generated low-level Go binding around an user-defined struct.
type IReceivableRoot struct {
	Obligor       common.Address
	DueDate       uint64
	Status        uint8
	Frozen        bool
	Creditor      common.Address
	IssuedAt      uint64
	LapsePeriod   uint32
	FaceValue     *big.Int
	RedeemedValue *big.Int
	Fingerprint   [32]byte
	DocumentHash  [32]byte
}

// ReceivableMetaData contains all meta data concerning the Receivable contract.
var ReceivableMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"cash_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReceivableBatchTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"ReceivableBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableFinancingExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ReceivableFinancingNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumIReceivable.FinancingStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ReceivableFinancingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ReceivableFingerprintMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"ReceivableFreezeUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ReceivableIdTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"ReceivableInsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"ReceivableInsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableInvalidDueDate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"}],\"name\":\"ReceivableInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReceivableInvalidFingerprint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPrice\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidFloor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidPartCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minSplitValue\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"lapsePeriod\",\"type\":\"uint32\"}],\"name\":\"ReceivableInvalidPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ReceivableInvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"enumIReceivable.RootStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ReceivableInvalidStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"existingId\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvoiceAlreadyTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ReceivableIsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ReceivableLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toId\",\"type\":\"uint256\"}],\"name\":\"ReceivableMergeUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotFinancier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ReceivableNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotObligor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"ReceivableNotRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"ReceivableNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lapsesAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableNotYetLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"overdueAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableNotYetOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivablePastDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"ReceivablePriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ReceivableRejectedByReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"ReceivableRootFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"}],\"name\":\"ReceivableSelfFinancing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"ReceivableSelfTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lapsedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableSubmissionLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDueDate\",\"type\":\"uint64\"}],\"name\":\"ReceivableTermTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"ReceivableTermsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"ReceivableUnauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"}],\"name\":\"ApprovalValue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"baseURI\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"BaseURIUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"FinancingCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"}],\"name\":\"FinancingDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"financedId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"FinancingFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"FinancingRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minSplitValue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lapsePeriod\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"}],\"name\":\"ReceivableConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReceivableFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"ReceivableIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ReceivableLapsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReceivableOverdue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReceivableRedeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ReceivableRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReceivableRepaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentValue\",\"type\":\"uint256\"}],\"name\":\"ReceivableSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lapsesAt\",\"type\":\"uint64\"}],\"name\":\"ReceivableSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ReceivableTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RootFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_oldSlot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_newSlot\",\"type\":\"uint256\"}],\"name\":\"SlotChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"}],\"name\":\"TransferValue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KYB\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PARTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancelFinancing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cash\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contractURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"declineFinancing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"financingRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"receivableId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"financedId\",\"type\":\"uint64\"},{\"internalType\":\"enumIReceivable.FinancingStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"value\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"price\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minPrice\",\"type\":\"uint128\"}],\"internalType\":\"structIReceivable.FinancingRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"financedId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId_\",\"type\":\"uint256\"}],\"name\":\"fundedIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"issue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"lapse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"markOverdue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"partIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"payout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"policy\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"minSplitValue\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"lapsePeriod\",\"type\":\"uint32\"}],\"internalType\":\"structIReceivable.Policy\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"receivable\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"value\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"rootId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"lockedBy\",\"type\":\"uint64\"}],\"internalType\":\"structIReceivable.Receivable\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"requestFinancing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"requestIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"root\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"enumIReceivable.RootStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lapsePeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"faceValue\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"redeemedValue\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIReceivable.Root\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"rootIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"}],\"name\":\"rootOfFingerprint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"baseURI_\",\"type\":\"string\"}],\"name\":\"setBaseURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minSplitValue\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"lapsePeriod\",\"type\":\"uint32\"}],\"name\":\"setPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setReceivableFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setRootFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"slotURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structIReceivable.Part[]\",\"name\":\"parts\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valueDecimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Receivable",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051615bd4380380615bd483398101604081905261002e9161011f565b6040518060400160405280601381526020017f44756f636861696e2052656365697661626c65000000000000000000000000008152506040518060400160405280600381526020016244524360e81b815250815f908161008e91906101ef565b50600161009b82826101ef565b5050506001600160a01b039182166080908152911660a0526040805191820181526301e13380825262015180602083015260649082015262278d006060909101819052706400000000000151800000000001e133806007556008805463ffffffff191690911790556102a9565b6001600160a01b038116811461011c575f5ffd5b50565b5f5f60408385031215610130575f5ffd5b825161013b81610108565b602084015190925061014c81610108565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061017f57607f821691505b60208210810361019d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101ea57805f5260205f20601f840160051c810160208510156101c85750805b601f840160051c820191505b818110156101e7575f81556001016101d4565b50505b505050565b81516001600160401b0381111561020857610208610157565b61021c81610216845461016b565b846101a3565b6020601f82116001811461024e575f83156102375750848201515b5f19600385901b1c1916600184901b1784556101e7565b5f84815260208120601f198516915b8281101561027d578785015182556020948501946001909201910161025d565b508482101561029a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a0516158e76102ed5f395f81816108510152818161105b0152818161185d0152613d5301525f81816107ed01528181612b74015261395401526158e75ff3fe608060405234801561000f575f5ffd5b506004361061037d575f3560e01c806370a08231116101d4578063b88d4fde11610109578063dd91d923116100a9578063e985e9c511610079578063e985e9c514610976578063ec660a8014610989578063f64f1de81461099c578063f7213d76146109af575f5ffd5b8063dd91d92314610928578063e345e0bc1461093b578063e56bf0271461094e578063e8a3d4851461096e575f5ffd5b8063c87b56dd116100e4578063c87b56dd146108e7578063d01c6818146108fa578063d2a75cca1461090d578063db006a7514610915575f5ffd5b8063b88d4fde146108ae578063bc524e58146108c1578063c48f69fe146108d4575f5ffd5b80638cb0a51111610174578063961be3911161014f578063961be3911461084f5780639cc7f70814610875578063a22cb46514610888578063b17dc9111461089b575f5ffd5b80638cb0a5111461082c578063950bff9f1461083f57806395d89b4114610847575f5ffd5b806377144e3f116101af57806377144e3f146107d85780637b103999146107eb5780637bbc23a4146108115780638456cb5914610824575f5ffd5b806370a082311461079f57806371a599f6146107b257806375e81469146107c5575f5ffd5b8063310ed7f0116102b557806342842e0e116102555780636352211e116102255780636352211e146107515780636b075a23146107645780636be1320b146107845780636c0360eb14610797575f5ffd5b806342842e0e146107015780635022ad8b1461071457806355f804b3146107335780635c975abb14610746575f5ffd5b80633f4ba83a116102905780633f4ba83a146106b357806340c98020146106bb5780634206be52146106ce578063421d5af8146106e1575f5ffd5b8063310ed7f01461067e578063371fd8e6146106915780633e7e8669146106a4575f5ffd5b80630f485c02116103205780632335c757116102fb5780632335c7571461063257806323b872dd14610645578063263f3e7e146106585780632f6ceded1461066b575f5ffd5b80630f485c02146104f2578063111d7d50146105135780631d7edd8b14610526575f5ffd5b806306fdde031161035b57806306fdde031461048c578063081812fc146104a1578063095ea7b3146104cc57806309c3dd87146104df575f5ffd5b806301ffc9a71461038157806302209f30146103a95780630505c8c9146103be575b5f5ffd5b61039461038f366004614d9b565b6109bc565b60405190151581526020015b60405180910390f35b6103bc6103b7366004614dc3565b610a01565b005b610434604080516080810182525f80825260208201819052918101829052606081019190915250604080516080810182526007546001600160401b038082168352600160401b8204166020830152600160801b90046001600160801b03169181019190915260085463ffffffff16606082015290565b6040516103a091905f6080820190506001600160401b0383511682526001600160401b0360208401511660208301526001600160801b03604084015116604083015263ffffffff606084015116606083015292915050565b610494610abe565b6040516103a09190614e1f565b6104b46104af366004614e31565b610b4d565b6040516001600160a01b0390911681526020016103a0565b6103bc6104da366004614e5e565b610b74565b6104946104ed366004614e31565b610b83565b610505610500366004614e86565b610bed565b6040519081526020016103a0565b610505610521366004614eb9565b610d4f565b6105cb610534366004614e31565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f908152600a6020908152604091829020825160a08101845281546001600160801b03811682526001600160401b03600160801b8204811694830194909452600160c01b90048316938101939093526001015460ff811615156060840152610100900416608082015290565b6040516103a091905f60a0820190506001600160801b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151151560608301526001600160401b03608084015116608083015292915050565b610505610640366004614ef8565b61109c565b6103bc610653366004614f4e565b61161b565b610505610666366004614e31565b611643565b6103bc610679366004614f77565b611670565b6103bc61068c366004614eb9565b611701565b6103bc61069f366004614e31565b611724565b604051600281526020016103a0565b6103bc611892565b6103bc6106c9366004614fe6565b6118b2565b6105056106dc366004614e31565b611a4e565b6106f46106ef366004614e31565b611a58565b6040516103a09190615062565b6103bc61070f366004614f4e565b611b76565b610505610722366004614e31565b5f908152600c602052604090205490565b6103bc610741366004615147565b611b90565b60065460ff16610394565b6104b461075f366004614e31565b611bfe565b6107776107723660046151a3565b611c08565b6040516103a09190615222565b6103bc610792366004615264565b611dfb565b610494611e99565b6105056107ad366004615284565b611ea8565b6103bc6107c0366004614dc3565b611eed565b6103bc6107d3366004615264565b611f9b565b6105056107e636600461529d565b6120a5565b7f00000000000000000000000000000000000000000000000000000000000000006104b4565b6103bc61081f366004614e31565b6121e1565b6103bc6122a6565b6103bc61083a366004614e86565b6122c6565b610505606481565b610494612361565b7f00000000000000000000000000000000000000000000000000000000000000006104b4565b610505610883366004614e31565b612370565b6103bc6108963660046152f1565b612396565b6105056108a9366004615264565b6123a1565b6103bc6108bc36600461532f565b6123ac565b6105056108cf366004614eb9565b61245b565b6103bc6108e2366004614e31565b612467565b6104946108f5366004614e31565b61252c565b61050561090836600461529d565b612590565b610505604081565b6103bc610923366004614e31565b6126ac565b6103bc610936366004614e31565b6126d7565b610505610949366004615409565b6127be565b61096161095c366004614e31565b612806565b6040516103a09190615443565b61049461295a565b61039461098436600461553b565b61298a565b6103bc610997366004614e31565b6129b7565b6105056109aa366004615264565b612af4565b6105056225aca160e91b81565b5f6001600160e01b03198216630354d60560e61b14806109ec57506001600160e01b031982166370b0048160e11b145b806109fb57506109fb82612aff565b92915050565b5f5160206158bb5f395f51905f52610a193382612b4e565b610a2283612c0c565b505f838152600a60205260409020600181015483151560ff909116151503610a6d57604051636be1e61360e01b81526004810185905283151560248201526044015b60405180910390fd5b60018101805460ff1916841515908117909155604051908152339085907fcce26fc8f2fa45b77a7a3cadd117045efefdbc68d7366055bcbf783d19c32d76906020015b60405180910390a350505050565b60605f8054610acc90615563565b80601f0160208091040260200160405190810160405280929190818152602001828054610af890615563565b8015610b435780601f10610b1a57610100808354040283529160200191610b43565b820191905f5260205f20905b815481529060010190602001808311610b2657829003601f168201915b5050505050905090565b5f610b5782612c0c565b505f828152600460205260409020546001600160a01b03166109fb565b610b7f828233612c44565b5050565b5f818152600960205260409020546060906001600160a01b0316610bbd57604051630f5b1cf960e01b815260048101839052602401610a64565b6109fb610bc983612c51565b604051602001610bd991906155b2565b604051602081830303815290604052612ce0565b5f610bf6612db3565b610bfe612e22565b5f610c0885612c0c565b9050610c15813387612e46565b610cba575f858152600d602090815260408083206001600160a01b0385168452825280832033845290915290205483811015610c7b57604051631ad2eae560e01b8152600481018790523360248201526044810182905260648101859052608401610a64565b5f198114610cb857610c8d84826155e0565b5f878152600d602090815260408083206001600160a01b038716845282528083203384529091529020555b505b610cc5858285612ea7565b335f818152600e6020526040812080549192919083610ce3836155f3565b90915550604080516001600160a01b039093166020840152820152606001604051602081830303815290604052805190602001209050610d3086838787610d2b8b875f612fab565b61300f565b9250610d3e86848688613357565b5050610d48613508565b9392505050565b5f610d58612db3565b610d60612e22565b7f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea00610d8b3382612b4e565b5f610d9586613532565b60028101549091506001600160a01b03163314610dda57600281015460405163b70622e160e01b8152610a649188916001600160a01b0390911690339060040161560b565b60038101546001600160801b03168514610e2657600381015460405163022178f760e41b8152600481018890526001600160801b03909116602482015260448101869052606401610a64565b6001810154600160a01b90046001600160401b03164210610e81576001810154604051630fb3e48360e41b815260048101889052600160a01b9091046001600160401b03908116602483015242166044820152606401610a64565b831580610e8d57508484115b15610ebc5760405163013c675960e21b8152600481018790526024810186905260448101859052606401610a64565b60048101546001600160801b0316841015610f0757600481810154604051636d7ac99160e01b81529182018890526001600160801b0316602482015260448101859052606401610a64565b80546001808301546001600160401b039092165f818152600a60205260409020918201805468ffffffffffffffff0019169055815490926001600160a01b031691906001600160801b03168803610f7657610f6283836135d0565b610f6d33845f6136e6565b50829550610f94565b610f8183838a612ea7565b610f918383338b610d2b8e61381e565b95505b8354600385018054600160801b6001600160801b038b81168202921691909117909155600160811b6001600160401b03898116600160401b0270ffffffffffffffffff000000000000000019909416939093171786558254604080519290910490921681526001600160a01b03841660208201523381830152606081018a9052608081018990529051879185918c917ff294d92fec2fea8b8486bab81bdf75cb3f6b55afef6e717b045cc3d82aee1e3b919081900360a00190a46110836001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633848a61385c565b61108f83878a33613357565b5050505050610d48613508565b5f6110a5612db3565b6110ad612e22565b5f6110b7886138c3565b90506110e3877f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea00612b4e565b6110ec87613929565b5f888152600a6020526040812090611103826139f1565b9050801561112e576040516330addbf760e21b8152600481018b905260248101829052604401610a64565b826001600160a01b0316896001600160a01b03161480611179575081546001600160401b03600160801b909104165f908152600960205260409020546001600160a01b038a81169116145b156111a957604051637682f76360e11b8152600481018b90526001600160a01b038a166024820152604401610a64565b875f036111cc5760405163a0e504ab60e01b815260048101899052602401610a64565b81546001600160801b03168810156111ee576111e98a848a612ea7565b61123f565b6111f88a846135d0565b81546001600160801b031688111561123f5781546040516320771d3f60e01b8152600481018c90526001600160801b03909116602482015260448101899052606401610a64565b86158061124b57508787115b15611273576040516321431db560e01b81526004810189905260248101889052604401610a64565b81546001600160401b03600160801b90910481165f90815260096020526040902054600160a01b9004811690429088161115806112c15750806001600160401b0316876001600160401b0316115b156112fa5760405163c602eead60e01b81526001600160401b038089166004830152428116602483015282166044820152606401610a64565b6113048b87613a8a565b945084158061133b57505f5f868152600b6020526040902054600160801b900460ff1660048111156113385761133861503a565b14155b1561135c57604051639e6057ff60e01b815260048101869052602401610a64565b60408051610120810182526001600160401b038d1681525f6020820152908101600181526001600160a01b038087166020808401919091526001600160401b03808c16604080860191909152928f1660608501526001600160801b03808f1660808601525f60a08601819052908e1660c090950194909452898452600b82529282902084518154928601518516600160401b026001600160801b0319909316941693909317178083559083015190829060ff60801b1916600160801b83600481111561142a5761142a61503a565b02179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060808201518160010160146101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060c0820151816003015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060e08201518160030160106101000a8154816001600160801b0302191690836001600160801b03160217905550610100820151816004015f6101000a8154816001600160801b0302191690836001600160801b03160217905550905050848360010160016101000a8154816001600160401b0302191690836001600160401b03160217905550896001600160a01b03168b867fcae4951604c9423c2c655a0602ba615e3dff598a030dac3e3e4a086dc0426bd3865f0160109054906101000a90046001600160401b0316888e878f8f6040516115fd969594939291906001600160401b0396871681526001600160a01b0395909516602086015260408501939093529084166060840152608083015290911660a082015260c00190565b60405180910390a450505050611611613508565b9695505050505050565b611623612db3565b61162b612e22565b611636838383613acf565b61163e613508565b505050565b5f61164d82612c0c565b50505f908152600a6020526040902054600160801b90046001600160401b031690565b611678612db3565b611680612e22565b5f5160206158bb5f395f51905f526116983382612b4e565b60648211156116c457604051638317dcff60e01b81526004810183905260646024820152604401610a64565b5f5b828110156116f7576116ef8484838181106116e3576116e361562a565b90506020020135613b52565b6001016116c6565b5050610b7f613508565b604051630ec7247360e11b81526004810184905260248101839052604401610a64565b61172c612db3565b611734612e22565b5f61173e82613d83565b80549091506001600160a01b0316331461177d578054604051635b0a496560e11b8152610a649184916001600160a01b0390911690339060040161560b565b60028154600160e01b900460ff16600681111561179c5761179c61503a565b141580156117c7575060058154600160e01b900460ff1660068111156117c4576117c461503a565b14155b156117f5578054604051634c529c5760e11b8152610a64918491600160e01b90910460ff169060040161563e565b8054600160e21b60ff60e01b1990911617815560028101546040516001600160801b0390911680825290339084907fcbe4b70d2fb25e36bbd348a08212e43d04efd22b5b09f890d040a5a95d7591789060200160405180910390a36118856001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461385c565b505061188f613508565b50565b5f5160206158bb5f395f51905f526118aa3382612b4e565b61188f613e00565b5f5160206158bb5f395f51905f526118ca3382612b4e565b6001600160401b03851615806118ec57506312cc0300856001600160401b0316115b8061190357506301e13380846001600160401b0316115b8061190c575082155b8061191d57506001600160801b0383115b8061192c575063ffffffff8216155b8061194057506301e133808263ffffffff16115b156119845760405163c7fbf81f60e01b81526001600160401b038087166004830152851660248201526044810184905263ffffffff83166064820152608401610a64565b60408051608080820183526001600160401b0388811680845290881660208085018290526001600160801b0389811686880181905263ffffffff8a166060978801819052600780546001600160801b0319168717600160401b870217909316600160801b909202919091179091556008805463ffffffff1916821790558651938452908301919091529381018790529182019290925233917fe576fd6722b272cd958619bab8ec3cb590022352ff412baf3b08c64732f56288910160405180910390a25050505050565b5f6109fb8261381e565b6040805161012080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c0840182905260e084018290526101008401829052858252600b8152908490208451928301855280546001600160401b038082168552600160401b820416928401929092529293919291830190600160801b900460ff166004811115611af457611af461503a565b6004811115611b0557611b0561503a565b815260018201546001600160a01b038082166020840152600160a01b9091046001600160401b03166040830152600283015416606082015260038201546001600160801b038082166080840152600160801b909104811660a083015260049092015490911660c09091015292915050565b61163e83838360405180602001604052805f8152506123ac565b5f5160206158bb5f395f51905f52611ba83382612b4e565b600f611bb5838583615696565b50336001600160a01b03167f287fb35d24416ff0dd04e0934f29883f30a8ed9a5a8aef3bf65d165b01aa0e428484604051611bf192919061574f565b60405180910390a2505050565b5f6109fb82612c0c565b6060611c12612db3565b611c1a612e22565b5f611c24866138c3565b905083801580611c345750604081115b15611c5e576040805163c7ed9c6960e01b8152610a64918391600401918252602082015260400190565b5f805b82811015611c9a57878782818110611c7b57611c7b61562a565b9050604002016020013582611c90919061577d565b9150600101611c61565b50611ca6888483612ea7565b816001600160401b03811115611cbe57611cbe61531b565b604051908082528060200260200182016040528015611ce7578160200160208202803683370190505b5093505f5b82811015611d6d57611d4889858a8a85818110611d0b57611d0b61562a565b611d219260206040909202019081019150615284565b8b8b86818110611d3357611d3361562a565b90506040020160200135610d2b8e8c88612fab565b858281518110611d5a57611d5a61562a565b6020908102919091010152600101611cec565b505f5b82811015611de757611ddf89868381518110611d8e57611d8e61562a565b60200260200101518a8a85818110611da857611da861562a565b905060400201602001358b8b86818110611dc457611dc461562a565b611dda9260206040909202019081019150615284565b613357565b600101611d70565b50505050611df3613508565b949350505050565b611e03612db3565b611e0b612e22565b5f611e168383613e52565b805460ff60e01b1916600360e01b17815590505f611e348483613f4c565b60018301548354600385015460408051918252602082018590529394506001600160a01b0392831693929091169187917fa9c610b4000a54337b474d690b35716bc48b40a9e21b066e4cac94cdbd13edad910160405180910390a45050610b7f613508565b6060600f8054610acc90615563565b5f6001600160a01b038216611ed2576040516322718ad960e21b81525f6004820152602401610a64565b506001600160a01b03165f9081526003602052604090205490565b5f5160206158bb5f395f51905f52611f053382612b4e565b5f611f0f84613d83565b8054909150831515600160e81b90910460ff16151503611f4d57604051636be1e61360e01b8152600481018590528315156024820152604401610a64565b805460ff60e81b1916600160e81b841515908102919091178255604051908152339085907fc711816ebb2a344f2c126f271aa799f75f1d297322b437cd079052049b20706090602001610ab0565b611fa3612db3565b611fab612e22565b5f611fb68383613e52565b8054909150611fd6908490600160a01b90046001600160401b0316613fbf565b60018101545f9061200490600160e01b810463ffffffff1690600160a01b90046001600160401b0316615790565b9050806001600160401b03164210612049576040516303d68bdd60e51b8152600481018590526001600160401b03808316602483015242166044820152606401610a64565b8154600160e11b60ff60e01b19821617835560018301546040516001600160a01b0391821692919091169086907f66a54b69bc353c43744ae40a4d00298a39072bd378e17c530da2c991fd269743905f90a45050610b7f613508565b5f6120ae612db3565b6120b6612e22565b7fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c606120e13382612b4e565b61210b887fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c6612b4e565b336001600160a01b0389160361214557604051630c01d28f60e21b81525f60048201526001600160a01b0389166024820152604401610a64565b612156883389898989896001614002565b6008549092505f9061216e9063ffffffff1642615790565b604080518a81526001600160401b038a811660208301528183018a90526060820189905283166080820152905191925033916001600160a01b038c169186917f38a9065b3eb4ff8855b8c5c17f7d4fc131dda2e771ff4c42ee79bc4ebff015929181900360a00190a45050611611613508565b6121e9612db3565b6121f1612e22565b5f6121fb82613532565b60018101549091506001600160a01b031633146122405760018101546040516385b1a11960e01b8152610a649184916001600160a01b0390911690339060040161560b565b8054600360801b60ff60801b198216178255612265906001600160401b0316836145ba565b805460405133916001600160401b03169084907f8b6202d3f4a1d3b37b9ef40366f593052687ef031b0b06d59fc732ef8a276a33905f90a45061188f613508565b5f5160206158bb5f395f51905f526122be3382612b4e565b61188f6145f8565b5f6122d084612c0c565b90506122dd813386612e46565b612300578381336040516333acabbd60e11b8152600401610a649392919061560b565b5f848152600d602090815260408083206001600160a01b038581168552908352818420908716808552908352928190208590555184815286917f621b050de0ad08b51d19b48b3e6df75348c4de6bdd93e81b252ca62e28265b1b9101610ab0565b606060018054610acc90615563565b5f61237a82612c0c565b50505f908152600a60205260409020546001600160801b031690565b610b7f338383614635565b5f610d488383613a8a565b6123b4612db3565b6123bc612e22565b6001600160a01b0383166123e557604051633250574960e11b81525f6004820152602401610a64565b5f6123f18484336136e6565b9050846001600160a01b0316816001600160a01b03161461243f576040516364283d7b60e01b81526001600160a01b0380871660048301526024820185905282166044820152606401610a64565b61244c33868686866146d3565b50612455613508565b50505050565b5f611df3848484612fab565b61246f612db3565b612477612e22565b5f61248182613532565b60028101549091506001600160a01b031633146124c657600281015460405163b70622e160e01b8152610a649184916001600160a01b0390911690339060040161560b565b8054600160821b60ff60801b1982161782556124eb906001600160401b0316836145ba565b805460405133916001600160401b03169084907f1e9be0a8bfb93959c1e31fd073b71dff7dbdb529b6b15abbf7fbd83cbc66c782905f90a45061188f613508565b606061253782612c0c565b505f612541611e99565b90505f81511161255f5760405180602001604052805f815250610d48565b8061256984612c51565b60405160200161257a9291906157af565b6040516020818303038152906040529392505050565b5f612599612db3565b6125a1612e22565b7fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c66125cc3382612b4e565b6125f6887fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c60612b4e565b336001600160a01b0389160361263057604051630c01d28f60e21b81525f60048201526001600160a01b0389166024820152604401610a64565b612641338989898989896002614002565b604080518981526001600160401b0389166020820152908101879052606081018690529092506001600160a01b03891690339084907f81c3f594f735467223cc958e6b00c95eb64307744071e260c8b9344573fa3ef19060800160405180910390a450611611613508565b6126b4612db3565b6126bc612e22565b6126c5816138c3565b506126cf81613b52565b61188f613508565b6126df612db3565b6126e7612e22565b5f6126f182613d83565b905060018154600160e01b900460ff1660068111156127125761271261503a565b14612740578054604051634c529c5760e11b8152610a64918491600160e01b90910460ff169060040161563e565b60018101545f9061276e90600160e01b810463ffffffff1690600160a01b90046001600160401b0316615790565b9050806001600160401b03164210156127b457604051630102fee560e11b8152600481018490526001600160401b03808316602483015242166044820152606401610a64565b61188583836147ea565b5f828152600d60205260408120816127d585612c0c565b6001600160a01b03908116825260208083019390935260409182015f90812091861681529252902054905092915050565b6040805161016080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c0840182905260e0840182905261010084018290526101208401829052610140840182905285825260098152908490208451928301855280546001600160a01b0381168452600160a01b81046001600160401b0316928401929092529293919291830190600160e01b900460ff1660068111156128b9576128b961503a565b60068111156128ca576128ca61503a565b81528154600160e81b900460ff161515602082015260018201546001600160a01b0381166040830152600160a01b81046001600160401b03166060830152600160e01b900463ffffffff16608082015260028201546001600160801b0380821660a0840152600160801b9091041660c0820152600382015460e08201526004909101546101009091015292915050565b60606129856040518060400160405280600881526020016718dbdb9d1c9858dd60c21b815250612ce0565b905090565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6129bf612db3565b6129c7612e22565b5f6129d182613d83565b905060028154600160e01b900460ff1660068111156129f2576129f261503a565b14612a20578054604051634c529c5760e11b8152610a64918491600160e01b90910460ff169060040161563e565b60075481545f91612a4c916001600160401b03600160401b909204821691600160a01b90910416615790565b9050806001600160401b0316421015612a9257604051636a024a1160e01b8152600481018490526001600160401b03808316602483015242166044820152606401610a64565b815460ff60e01b1916600560e01b1780835560408051600160a01b9092046001600160401b0316825251339185917f07b6f061b5464ba1a65b93ee74aa28d75f2da78f823dc9d46c6af9c013cefe499181900360200190a3505061188f613508565b5f610d488383614866565b5f6001600160e01b031982166380ac58cd60e01b1480612b2f57506001600160e01b03198216635b5e139f60e01b145b806109fb57506301ffc9a760e01b6001600160e01b03198316146109fb565b60405163ac4ab3fb60e01b81526001600160a01b038381166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063ac4ab3fb90604401602060405180830381865afa158015612bb9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bdd91906157c3565b610b7f5760405163d82b42dd60e01b81526001600160a01b038316600482015260248101829052604401610a64565b5f818152600260205260408120546001600160a01b0316806109fb57604051637e27328960e01b815260048101849052602401610a64565b61163e83838360016148ab565b60605f612c5d836149af565b60010190505f816001600160401b03811115612c7b57612c7b61531b565b6040519080825280601f01601f191660200182016040528015612ca5576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084612caf57509392505050565b60605f600f8054612cf090615563565b80601f0160208091040260200160405190810160405280929190818152602001828054612d1c90615563565b8015612d675780601f10612d3e57610100808354040283529160200191612d67565b820191905f5260205f20905b815481529060010190602001808311612d4a57829003601f168201915b5050505050905080515f14612d9d578083604051602001612d899291906157af565b604051602081830303815290604052610d48565b60405180602001604052805f8152509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612df357604051633ee5aeb560e01b815260040160405180910390fd5b612e2060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614a86565b565b60065460ff1615612e205760405163d93c066560e01b815260040160405180910390fd5b5f6001600160a01b03831615801590611df35750826001600160a01b0316846001600160a01b03161480612e7f5750612e7f848461298a565b80611df35750505f908152600460205260409020546001600160a01b03908116911614919050565b612eb183836135d0565b5f838152600a6020526040812090612ec8826139f1565b90508015612ef3576040516330addbf760e21b81526004810186905260248101829052604401610a64565b81546001600160801b03168310612f395781546040516320771d3f60e01b8152600481018790526001600160801b03909116602482015260448101849052606401610a64565b81545f90612f519085906001600160801b03166155e0565b600754909150600160801b90046001600160801b0316811015612fa357600754604051633e08368360e11b815260048101839052600160801b9091046001600160801b03166024820152604401610a64565b505050505050565b604080517fb71214222ba14371cb7ff616d4b9d081200d5ca1a16f545893d30cf765a66ec2602082015290810184905260608101839052608081018290525f90611df39060a0015b6040516020818303038152906040528051906020012060c11c90565b5f6001600160a01b0384166130425760405163906b9c5560e01b81526001600160a01b0385166004820152602401610a64565b846001600160a01b0316846001600160a01b03160361308657604051630c01d28f60e21b8152600481018790526001600160a01b0386166024820152604401610a64565b61308f84613929565b61309882614a8d565b600754600160801b90046001600160801b0316808410156130de57604051633e08368360e11b8152600481018590526001600160801b0382166024820152604401610a64565b5f878152600a6020526040812080549091906131049087906001600160801b03166157de565b905080825f015f6101000a8154816001600160801b0302191690836001600160801b031602179055505f825f0160109054906101000a90046001600160401b031690506040518060a00160405280886001600160801b03168152602001826001600160401b031681526020018b6001600160401b031681526020015f151581526020015f6001600160401b0316815250600a5f8881526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160186101000a8154816001600160401b0302191690836001600160401b031602179055506060820151816001015f6101000a81548160ff02191690831515021790555060808201518160010160016101000a8154816001600160401b0302191690836001600160401b031602179055509050506132808887614ad7565b806001600160401b03165f877fe4f48c240d3b994948aa54f3e2f5fca59263dfe1d52b6e4cf39a5d249b5ccb6560405160405180910390a4858a5f51602061589b5f395f51905f52896040516132d891815260200190565b60405180910390a3604080516001600160a01b03808c1682528a1660208201529081018890526001600160801b03831660608201526001600160401b038216908b9088907f3596b1e16127427103223308fc55fb8bc495bdc55754b90099abe56ecb4ccc399060800160405180910390a4509398975050505050505050565b6001600160a01b0381163b15612455576040516301ffc9a760e01b8152629ce20b60e01b60048201526001600160a01b038216906301ffc9a790602401602060405180830381865afa9250505080156133cd575060408051601f3d908101601f191682019092526133ca918101906157c3565b60015b1561245557806133dd5750612455565b50604051629ce20b60e01b815233600482015260248101859052604481018490526064810183905260a060848201525f60a48201526001600160a01b03821690629ce20b9060c4016020604051808303815f875af192505050801561345f575060408051601f3d908101601f1916820190925261345c918101906157fd565b60015b6134c6573d80801561348c576040519150601f19603f3d011682016040523d82523d5f602084013e613491565b606091505b5080515f036134be57604051636206fc1f60e01b81526001600160a01b0383166004820152602401610a64565b805160208201fd5b6001600160e01b03198116629ce20b60e01b1461350157604051636206fc1f60e01b81526001600160a01b0383166004820152602401610a64565b5050505050565b612e205f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612e1a565b5f818152600b60205260408120908154600160801b900460ff16600481111561355d5761355d61503a565b0361357e57604051631a9203b360e21b815260048101839052602401610a64565b60018154600160801b900460ff16600481111561359d5761359d61503a565b146135cb57805460405163f3cfa2a360e01b8152610a64918491600160801b90910460ff1690600401615818565b919050565b5f828152600a602090815260408083208054600160801b90046001600160401b03168452600990925290912060028154600160e01b900460ff16600681111561361b5761361b61503a565b146136595781548154604051634c529c5760e11b8152610a6492600160801b90046001600160401b031691600160e01b900460ff169060040161582c565b8054600160e81b900460ff161561369757815460405163f203f43d60e01b8152600160801b9091046001600160401b03166004820152602401610a64565b600182015460ff16156136c0576040516308e1099760e21b815260048101859052602401610a64565b80546136dd908590600160a01b90046001600160401b0316613fbf565b61245583613929565b5f6136f2848484614b38565b90506001600160a01b0381161580159061371457506001600160a01b03841615155b15610d4857836001600160a01b0316816001600160a01b03160361375d57604051630c01d28f60e21b8152600481018490526001600160a01b0382166024820152604401610a64565b61376783826135d0565b61377084613929565b5f838152600a6020526040812090613787826139f1565b905080156137b2576040516330addbf760e21b81526004810186905260248101829052604401610a64565b8154604080516001600160a01b0389811682526001600160801b0384166020830152861692600160801b90046001600160401b03169188917fa5ce6e278db859c229b83f198a22ef18712a9cc3ae4cd63eb2eb8d59da8e7eed910160405180910390a450509392505050565b604080517fc71d0aa43825ede12e6ba31a76b3194eb934accf4e892ea6f3b13be6b253e31d60208201529081018290525f906109fb90606001612ff3565b6040516001600160a01b0384811660248301528381166044830152606482018390526124559186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050614c2a565b5f818152600260205260409020546001600160a01b0316806138fb57604051630f5b1cf960e01b815260048101839052602401610a64565b613906813384612e46565b6135cb578181336040516333acabbd60e11b8152600401610a649392919061560b565b60405163ba03e20560e01b81526001600160a01b0382811660048301526225aca160e91b60248301527f0000000000000000000000000000000000000000000000000000000000000000169063ba03e20590604401602060405180830381865afa158015613999573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139bd91906157c3565b61188f57604051630ea4179b60e41b81526001600160a01b03821660048201526225aca160e91b6024820152604401610a64565b60018101545f9061010090046001600160401b0316808203613a1557505f92915050565b6001600160401b0381165f908152600b6020526040902060018154600160801b900460ff166004811115613a4b57613a4b61503a565b141580613a6c57506001810154600160a01b90046001600160401b03164210155b15613a7a57505f9392505050565b506001600160401b031692915050565b604080517fb64d32c516cb2669daaf8ab2fa5e8dcfe861c317b034fc306317b88ed45bd8a06020820152908101839052606081018290525f90610d4890608001612ff3565b6001600160a01b038216613af857604051633250574960e11b81525f6004820152602401610a64565b5f613b048383336136e6565b9050836001600160a01b0316816001600160a01b031614612455576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610a64565b5f613b5c82612c0c565b5f838152600a602090815260408083208054600160801b90046001600160401b0316845260099092529091209192509060048154600160e01b900460ff166006811115613bab57613bab61503a565b14613be95781548154604051634c529c5760e11b8152610a6492600160801b90046001600160401b031691600160e01b900460ff169060040161582c565b8054600160e81b900460ff1615613c2757815460405163f203f43d60e01b8152600160801b9091046001600160401b03166004820152602401610a64565b600182015460ff1615613c50576040516308e1099760e21b815260048101859052602401610a64565b81546001600160801b0319811683556002820180546001600160801b0392831692839291601091613c8b918591600160801b90910416615849565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550613cb885614c96565b6040516001600160801b03821681525f9086905f51602061589b5f395f51905f529060200160405180910390a38254604080516001600160801b03841681523360208201526001600160a01b03871692600160801b90046001600160401b03169188917f7a83f95951a23506c355f4ed4c9af4b8e60b55e8039fba0c72e7015f5305302d910160405180910390a46135016001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016856001600160801b038416614cce565b5f818152600a6020526040812054600160801b90046001600160401b0316808203613dc457604051630f5b1cf960e01b815260048101849052602401610a64565b828114613dee576040516318498dfd60e31b81526004810184905260248101829052604401610a64565b50505f90815260096020526040902090565b613e08614cff565b6006805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f613e5c83613d83565b905081816003015414613e995760038101546040516328b1082360e21b815260048101859052602481019190915260448101839052606401610a64565b80546001600160a01b03163314613ed5578054604051635b0a496560e11b8152610a649185916001600160a01b0390911690339060040161560b565b613eff337fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c6612b4e565b60018154600160e01b900460ff166006811115613f1e57613f1e61503a565b146109fb578054604051634c529c5760e11b8152610a64918591600160e01b90910460ff169060040161563e565b60038101545f908152600c60209081526040808320839055848352600a909152902080546001600160801b0319811682556001600160801b031690613f9084614c96565b5f845f51602061589b5f395f51905f5284604051613fb091815260200190565b60405180910390a35092915050565b806001600160401b03164210610b7f576040516335515e4b60e21b8152600481018390526001600160401b03808316602483015242166044820152606401610a64565b5f61400c88613929565b86158061401f57506001600160801b0387115b156140405760405163a0e504ab60e01b815260048101889052602401610a64565b426001600160401b038082169088161161408057604051636af1094760e01b81526001600160401b03808916600483015282166024820152604401610a64565b6007545f90614098906001600160401b031683615790565b9050806001600160401b0316886001600160401b031611156140e057604051636ba9e41160e11b81526001600160401b03808a16600483015282166024820152604401610a64565b866140fe576040516304a47ab760e21b815260040160405180910390fd5b5f878152600c602052604090205480156141b2575f81815260096020526040902060018154600160e01b900460ff16600681111561413e5761413e61503a565b14158061417e5750600181015461417290600160e01b810463ffffffff1690600160a01b90046001600160401b0316615790565b6001600160401b031642105b156141a65760405163adf0117b60e01b8152600481018a905260248101839052604401610a64565b6141b082826147ea565b505b6141bc8887614866565b93506141c784614a8d565b83600c5f8a81526020019081526020015f20819055506040518061016001604052808d6001600160a01b031681526020018a6001600160401b031681526020018660068111156142195761421961503a565b81525f60208201526001600160a01b038d1660408201526001600160401b038516606082015260800160018760068111156142565761425661503a565b14614261575f61426b565b60085463ffffffff165b63ffffffff1681526001600160801b038c166020808301919091525f6040808401829052606084018d905260809093018b90528781526009825282902083518154928501516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039091161791909117808255918301519091829060ff60e01b1916600160e01b8360068111156143045761430461503a565b02179055506060820151815f01601d6101000a81548160ff0219169083151502179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160010160146101000a8154816001600160401b0302191690836001600160401b0316021790555060c082015181600101601c6101000a81548163ffffffff021916908363ffffffff16021790555060e0820151816002015f6101000a8154816001600160801b0302191690836001600160801b031602179055506101008201518160020160106101000a8154816001600160801b0302191690836001600160801b03160217905550610120820151816003015561014082015181600401559050506040518060a001604052808b6001600160801b03168152602001856001600160401b031681526020015f6001600160401b031681526020015f151581526020015f6001600160401b0316815250600a5f8681526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160186101000a8154816001600160401b0302191690836001600160401b031602179055506060820151816001015f6101000a81548160ff02191690831515021790555060808201518160010160016101000a8154816001600160401b0302191690836001600160401b031602179055509050506145548b85614ad7565b835f857fe4f48c240d3b994948aa54f3e2f5fca59263dfe1d52b6e4cf39a5d249b5ccb6560405160405180910390a4835f5f51602061589b5f395f51905f528c6040516145a391815260200190565b60405180910390a350505098975050505050505050565b5f828152600a60205260409020600181015461010090046001600160401b031682900361163e57600101805468ffffffffffffffff00191690555050565b614600612e22565b6006805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258613e353390565b6001600160a01b03821661466757604051630b61174360e31b81526001600160a01b0383166004820152602401610a64565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561350157604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290614715908890889087908790600401615868565b6020604051808303815f875af192505050801561474f575060408051601f3d908101601f1916820190925261474c918101906157fd565b60015b6147ae573d80801561477c576040519150601f19603f3d011682016040523d82523d5f602084013e614781565b606091505b5080515f036134be57604051633250574960e11b81526001600160a01b0385166004820152602401610a64565b6001600160e01b03198116630a85bd0160e11b14612fa357604051633250574960e11b81526001600160a01b0385166004820152602401610a64565b805460ff60e01b1916600360e11b1781555f6148068383613f4c565b60018301548354600385015460408051918252602082018590529394506001600160a01b0392831693929091169186917f97cc3635243d95fcf0a91c196f08df651fc9628d550e0aff275f85671245619d910160405180910390a4505050565b604080517f09d77890e7d58c55f6d7d6c296e672e2cb62d92dd2421dc77783600da00ce2c16020820152908101839052606081018290525f90610d4890608001612ff3565b80806148bf57506001600160a01b03821615155b15614980575f6148ce84612c0c565b90506001600160a01b038316158015906148fa5750826001600160a01b0316816001600160a01b031614155b801561490d575061490b818461298a565b155b156149365760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610a64565b811561497e5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106149ed5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310614a19576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310614a3757662386f26fc10000830492506010015b6305f5e1008310614a4f576305f5e100830492506008015b6127108310614a6357612710830492506004015b60648310614a75576064830492506002015b600a83106109fb5760010192915050565b80825d5050565b801580614ab657505f818152600a6020526040902054600160801b90046001600160401b031615155b1561188f57604051639e6057ff60e01b815260048101829052602401610a64565b6001600160a01b038216614b0057604051633250574960e11b81525f6004820152602401610a64565b5f614b0c83835f6136e6565b90506001600160a01b0381161561163e576040516339e3563760e11b81525f6004820152602401610a64565b5f828152600260205260408120546001600160a01b0390811690831615614b6457614b64818486614d22565b6001600160a01b03811615614b9e57614b7f5f855f5f6148ab565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615614bcc576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f5f60205f8451602086015f885af180614c49576040513d5f823e3d81fd5b50505f513d91508115614c60578060011415614c6d565b6001600160a01b0384163b155b1561245557604051635274afe760e01b81526001600160a01b0385166004820152602401610a64565b5f614ca25f835f6136e6565b90506001600160a01b038116610b7f57604051637e27328960e01b815260048101839052602401610a64565b6040516001600160a01b0383811660248301526044820183905261163e91859182169063a9059cbb90606401613891565b60065460ff16612e2057604051638dfc202b60e01b815260040160405180910390fd5b614d2d838383612e46565b61163e576001600160a01b038316614d5b57604051637e27328960e01b815260048101829052602401610a64565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610a64565b6001600160e01b03198116811461188f575f5ffd5b5f60208284031215614dab575f5ffd5b8135610d4881614d86565b801515811461188f575f5ffd5b5f5f60408385031215614dd4575f5ffd5b823591506020830135614de681614db6565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610d486020830184614df1565b5f60208284031215614e41575f5ffd5b5035919050565b80356001600160a01b03811681146135cb575f5ffd5b5f5f60408385031215614e6f575f5ffd5b614e7883614e48565b946020939093013593505050565b5f5f5f60608486031215614e98575f5ffd5b83359250614ea860208501614e48565b929592945050506040919091013590565b5f5f5f60608486031215614ecb575f5ffd5b505081359360208301359350604090920135919050565b80356001600160401b03811681146135cb575f5ffd5b5f5f5f5f5f5f60c08789031215614f0d575f5ffd5b86359550614f1d60208801614e48565b94506040870135935060608701359250614f3960808801614ee2565b9598949750929591949360a090920135925050565b5f5f5f60608486031215614f60575f5ffd5b614f6984614e48565b9250614ea860208501614e48565b5f5f60208385031215614f88575f5ffd5b82356001600160401b03811115614f9d575f5ffd5b8301601f81018513614fad575f5ffd5b80356001600160401b03811115614fc2575f5ffd5b8560208260051b8401011115614fd6575f5ffd5b6020919091019590945092505050565b5f5f5f5f60808587031215614ff9575f5ffd5b61500285614ee2565b935061501060208601614ee2565b925060408501359150606085013563ffffffff8116811461502f575f5ffd5b939692955090935050565b634e487b7160e01b5f52602160045260245ffd5b6005811061505e5761505e61503a565b9052565b5f610120820190506001600160401b0383511682526001600160401b036020840151166020830152604083015161509c604084018261504e565b5060608301516150b760608401826001600160a01b03169052565b5060808301516150d260808401826001600160401b03169052565b5060a08301516150ed60a08401826001600160a01b03169052565b5060c083015161510860c08401826001600160801b03169052565b5060e083015161512360e08401826001600160801b03169052565b506101008301516151406101008401826001600160801b03169052565b5092915050565b5f5f60208385031215615158575f5ffd5b82356001600160401b0381111561516d575f5ffd5b8301601f8101851361517d575f5ffd5b80356001600160401b03811115615192575f5ffd5b856020828401011115614fd6575f5ffd5b5f5f5f5f606085870312156151b6575f5ffd5b8435935060208501356001600160401b038111156151d2575f5ffd5b8501601f810187136151e2575f5ffd5b80356001600160401b038111156151f7575f5ffd5b8760208260061b840101111561520b575f5ffd5b949760209190910196509394604001359392505050565b602080825282518282018190525f918401906040840190835b8181101561525957835183526020938401939092019160010161523b565b509095945050505050565b5f5f60408385031215615275575f5ffd5b50508035926020909101359150565b5f60208284031215615294575f5ffd5b610d4882614e48565b5f5f5f5f5f5f60c087890312156152b2575f5ffd5b6152bb87614e48565b9550602087013594506152d060408801614ee2565b959894975094956060810135955060808101359460a0909101359350915050565b5f5f60408385031215615302575f5ffd5b61530b83614e48565b91506020830135614de681614db6565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215615342575f5ffd5b61534b85614e48565b935061535960208601614e48565b92506040850135915060608501356001600160401b0381111561537a575f5ffd5b8501601f8101871361538a575f5ffd5b80356001600160401b038111156153a3576153a361531b565b604051601f8201601f19908116603f011681016001600160401b03811182821017156153d1576153d161531b565b6040528181528282016020018910156153e8575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f6040838503121561541a575f5ffd5b8235915061542a60208401614e48565b90509250929050565b6007811061505e5761505e61503a565b81516001600160a01b031681526101608101602083015161546f60208401826001600160401b03169052565b5060408301516154826040840182615433565b506060830151615496606084018215159052565b5060808301516154b160808401826001600160a01b03169052565b5060a08301516154cc60a08401826001600160401b03169052565b5060c08301516154e460c084018263ffffffff169052565b5060e08301516154ff60e08401826001600160801b03169052565b5061010083015161551c6101008401826001600160801b03169052565b5061012083015161012083015261014083015161014083015292915050565b5f5f6040838503121561554c575f5ffd5b61555583614e48565b915061542a60208401614e48565b600181811c9082168061557757607f821691505b60208210810361559557634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b65736c6f74732f60d01b81525f610d48600683018461559b565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109fb576109fb6155cc565b5f60018201615604576156046155cc565b5060010190565b9283526001600160a01b03918216602084015216604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b82815260408101610d486020830184615433565b601f82111561163e57805f5260205f20601f840160051c810160208510156156775750805b601f840160051c820191505b81811015613501575f8155600101615683565b6001600160401b038311156156ad576156ad61531b565b6156c1836156bb8354615563565b83615652565b5f601f8411600181146156f2575f85156156db5750838201355b5f19600387901b1c1916600186901b178355613501565b5f83815260208120601f198716915b828110156157215786850135825560209485019460019092019101615701565b508682101561573d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b808201808211156109fb576109fb6155cc565b6001600160401b0381811683821601908111156109fb576109fb6155cc565b5f611df36157bd838661559b565b8461559b565b5f602082840312156157d3575f5ffd5b8151610d4881614db6565b6001600160801b0382811682821603908111156109fb576109fb6155cc565b5f6020828403121561580d575f5ffd5b8151610d4881614d86565b82815260408101610d48602083018461504e565b6001600160401b038316815260408101610d486020830184615433565b6001600160801b0381811683821601908111156109fb576109fb6155cc565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061161190830184614df156fe0b2aac84f3ec956911fd78eae5311062972ff949f38412e8da39069d9f068cc697667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929a164736f6c634300081e000a",
}

// Receivable is an auto generated Go binding around an Ethereum contract.
type Receivable struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Receivable) GetABI() abi.ABI {
	return c.abi
}

// NewReceivable creates a new instance of Receivable.
func NewReceivable() *Receivable {
	parsed, err := ReceivableMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Receivable{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Receivable) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address cash_) returns()
func (receivable *Receivable) PackConstructor(registry_ common.Address, cash_ common.Address) []byte {
	enc, err := receivable.abi.Pack("", registry_, cash_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKYB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7213d76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KYB() view returns(bytes32)
func (receivable *Receivable) PackKYB() []byte {
	enc, err := receivable.abi.Pack("KYB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKYB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7213d76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KYB() view returns(bytes32)
func (receivable *Receivable) TryPackKYB() ([]byte, error) {
	return receivable.abi.Pack("KYB")
}

// UnpackKYB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7213d76.
//
// Solidity: function KYB() view returns(bytes32)
func (receivable *Receivable) UnpackKYB(data []byte) ([32]byte, error) {
	out, err := receivable.abi.Unpack("KYB", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (receivable *Receivable) PackMAXBATCH() []byte {
	enc, err := receivable.abi.Pack("MAX_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (receivable *Receivable) TryPackMAXBATCH() ([]byte, error) {
	return receivable.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (receivable *Receivable) UnpackMAXBATCH(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPARTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2a75cca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PARTS() view returns(uint256)
func (receivable *Receivable) PackMAXPARTS() []byte {
	enc, err := receivable.abi.Pack("MAX_PARTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPARTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2a75cca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PARTS() view returns(uint256)
func (receivable *Receivable) TryPackMAXPARTS() ([]byte, error) {
	return receivable.abi.Pack("MAX_PARTS")
}

// UnpackMAXPARTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2a75cca.
//
// Solidity: function MAX_PARTS() view returns(uint256)
func (receivable *Receivable) UnpackMAXPARTS(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("MAX_PARTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe345e0bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(uint256 tokenId, address operator) view returns(uint256)
func (receivable *Receivable) PackAllowance(tokenId *big.Int, operator common.Address) []byte {
	enc, err := receivable.abi.Pack("allowance", tokenId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe345e0bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(uint256 tokenId, address operator) view returns(uint256)
func (receivable *Receivable) TryPackAllowance(tokenId *big.Int, operator common.Address) ([]byte, error) {
	return receivable.abi.Pack("allowance", tokenId, operator)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe345e0bc.
//
// Solidity: function allowance(uint256 tokenId, address operator) view returns(uint256)
func (receivable *Receivable) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("allowance", data)
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
// Solidity: function approve(address to, uint256 tokenId) returns()
func (receivable *Receivable) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (receivable *Receivable) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("approve", to, tokenId)
}

// PackApprove0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cb0a511.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(uint256 tokenId, address operator, uint256 value) returns()
func (receivable *Receivable) PackApprove0(tokenId *big.Int, operator common.Address, value *big.Int) []byte {
	enc, err := receivable.abi.Pack("approve0", tokenId, operator, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cb0a511.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(uint256 tokenId, address operator, uint256 value) returns()
func (receivable *Receivable) TryPackApprove0(tokenId *big.Int, operator common.Address, value *big.Int) ([]byte, error) {
	return receivable.abi.Pack("approve0", tokenId, operator, value)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (receivable *Receivable) PackBalanceOf(owner common.Address) []byte {
	enc, err := receivable.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (receivable *Receivable) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return receivable.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (receivable *Receivable) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cc7f708.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(uint256 tokenId) view returns(uint256)
func (receivable *Receivable) PackBalanceOf0(tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("balanceOf0", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cc7f708.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(uint256 tokenId) view returns(uint256)
func (receivable *Receivable) TryPackBalanceOf0(tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("balanceOf0", tokenId)
}

// UnpackBalanceOf0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cc7f708.
//
// Solidity: function balanceOf(uint256 tokenId) view returns(uint256)
func (receivable *Receivable) UnpackBalanceOf0(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("balanceOf0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c0360eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseURI() view returns(string)
func (receivable *Receivable) PackBaseURI() []byte {
	enc, err := receivable.abi.Pack("baseURI")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c0360eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseURI() view returns(string)
func (receivable *Receivable) TryPackBaseURI() ([]byte, error) {
	return receivable.abi.Pack("baseURI")
}

// UnpackBaseURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c0360eb.
//
// Solidity: function baseURI() view returns(string)
func (receivable *Receivable) UnpackBaseURI(data []byte) (string, error) {
	out, err := receivable.abi.Unpack("baseURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCancelFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bbc23a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelFinancing(uint256 requestId) returns()
func (receivable *Receivable) PackCancelFinancing(requestId *big.Int) []byte {
	enc, err := receivable.abi.Pack("cancelFinancing", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bbc23a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelFinancing(uint256 requestId) returns()
func (receivable *Receivable) TryPackCancelFinancing(requestId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("cancelFinancing", requestId)
}

// PackCash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x961be391.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cash() view returns(address)
func (receivable *Receivable) PackCash() []byte {
	enc, err := receivable.abi.Pack("cash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x961be391.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cash() view returns(address)
func (receivable *Receivable) TryPackCash() ([]byte, error) {
	return receivable.abi.Pack("cash")
}

// UnpackCash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x961be391.
//
// Solidity: function cash() view returns(address)
func (receivable *Receivable) UnpackCash(data []byte) (common.Address, error) {
	out, err := receivable.abi.Unpack("cash", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75e81469.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm(uint256 id, bytes32 fingerprint) returns()
func (receivable *Receivable) PackConfirm(id *big.Int, fingerprint [32]byte) []byte {
	enc, err := receivable.abi.Pack("confirm", id, fingerprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75e81469.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm(uint256 id, bytes32 fingerprint) returns()
func (receivable *Receivable) TryPackConfirm(id *big.Int, fingerprint [32]byte) ([]byte, error) {
	return receivable.abi.Pack("confirm", id, fingerprint)
}

// PackContractURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a3d485.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contractURI() view returns(string)
func (receivable *Receivable) PackContractURI() []byte {
	enc, err := receivable.abi.Pack("contractURI")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContractURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8a3d485.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contractURI() view returns(string)
func (receivable *Receivable) TryPackContractURI() ([]byte, error) {
	return receivable.abi.Pack("contractURI")
}

// UnpackContractURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8a3d485.
//
// Solidity: function contractURI() view returns(string)
func (receivable *Receivable) UnpackContractURI(data []byte) (string, error) {
	out, err := receivable.abi.Unpack("contractURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDeclineFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc48f69fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declineFinancing(uint256 requestId) returns()
func (receivable *Receivable) PackDeclineFinancing(requestId *big.Int) []byte {
	enc, err := receivable.abi.Pack("declineFinancing", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclineFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc48f69fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declineFinancing(uint256 requestId) returns()
func (receivable *Receivable) TryPackDeclineFinancing(requestId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("declineFinancing", requestId)
}

// PackFinancingRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x421d5af8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function financingRequest(uint256 requestId) view returns((uint64,uint64,uint8,address,uint64,address,uint128,uint128,uint128))
func (receivable *Receivable) PackFinancingRequest(requestId *big.Int) []byte {
	enc, err := receivable.abi.Pack("financingRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinancingRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x421d5af8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function financingRequest(uint256 requestId) view returns((uint64,uint64,uint8,address,uint64,address,uint128,uint128,uint128))
func (receivable *Receivable) TryPackFinancingRequest(requestId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("financingRequest", requestId)
}

// UnpackFinancingRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x421d5af8.
//
// Solidity: function financingRequest(uint256 requestId) view returns((uint64,uint64,uint8,address,uint64,address,uint128,uint128,uint128))
func (receivable *Receivable) UnpackFinancingRequest(data []byte) (IReceivableFinancingRequest, error) {
	out, err := receivable.abi.Unpack("financingRequest", data)
	if err != nil {
		return *new(IReceivableFinancingRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivableFinancingRequest)).(*IReceivableFinancingRequest)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x111d7d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 requestId, uint256 value, uint256 price) returns(uint256 financedId)
func (receivable *Receivable) PackFund(requestId *big.Int, value *big.Int, price *big.Int) []byte {
	enc, err := receivable.abi.Pack("fund", requestId, value, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x111d7d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 requestId, uint256 value, uint256 price) returns(uint256 financedId)
func (receivable *Receivable) TryPackFund(requestId *big.Int, value *big.Int, price *big.Int) ([]byte, error) {
	return receivable.abi.Pack("fund", requestId, value, price)
}

// UnpackFund is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x111d7d50.
//
// Solidity: function fund(uint256 requestId, uint256 value, uint256 price) returns(uint256 financedId)
func (receivable *Receivable) UnpackFund(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("fund", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFundedIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4206be52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundedIdOf(uint256 requestId_) pure returns(uint256)
func (receivable *Receivable) PackFundedIdOf(requestId *big.Int) []byte {
	enc, err := receivable.abi.Pack("fundedIdOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundedIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4206be52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundedIdOf(uint256 requestId_) pure returns(uint256)
func (receivable *Receivable) TryPackFundedIdOf(requestId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("fundedIdOf", requestId)
}

// UnpackFundedIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4206be52.
//
// Solidity: function fundedIdOf(uint256 requestId_) pure returns(uint256)
func (receivable *Receivable) UnpackFundedIdOf(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("fundedIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (receivable *Receivable) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (receivable *Receivable) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (receivable *Receivable) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := receivable.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (receivable *Receivable) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := receivable.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (receivable *Receivable) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return receivable.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (receivable *Receivable) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := receivable.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01c6818.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issue(address supplier, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, bytes32 salt) returns(uint256 id)
func (receivable *Receivable) PackIssue(supplier common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte, salt [32]byte) []byte {
	enc, err := receivable.abi.Pack("issue", supplier, value, dueDate, fingerprint, documentHash, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01c6818.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issue(address supplier, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, bytes32 salt) returns(uint256 id)
func (receivable *Receivable) TryPackIssue(supplier common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte, salt [32]byte) ([]byte, error) {
	return receivable.abi.Pack("issue", supplier, value, dueDate, fingerprint, documentHash, salt)
}

// UnpackIssue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd01c6818.
//
// Solidity: function issue(address supplier, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, bytes32 salt) returns(uint256 id)
func (receivable *Receivable) UnpackIssue(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("issue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLapse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd91d923.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lapse(uint256 id) returns()
func (receivable *Receivable) PackLapse(id *big.Int) []byte {
	enc, err := receivable.abi.Pack("lapse", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLapse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd91d923.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lapse(uint256 id) returns()
func (receivable *Receivable) TryPackLapse(id *big.Int) ([]byte, error) {
	return receivable.abi.Pack("lapse", id)
}

// PackMarkOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec660a80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markOverdue(uint256 rootId) returns()
func (receivable *Receivable) PackMarkOverdue(rootId *big.Int) []byte {
	enc, err := receivable.abi.Pack("markOverdue", rootId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec660a80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markOverdue(uint256 rootId) returns()
func (receivable *Receivable) TryPackMarkOverdue(rootId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("markOverdue", rootId)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (receivable *Receivable) PackName() []byte {
	enc, err := receivable.abi.Pack("name")
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
func (receivable *Receivable) TryPackName() ([]byte, error) {
	return receivable.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (receivable *Receivable) UnpackName(data []byte) (string, error) {
	out, err := receivable.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (receivable *Receivable) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (receivable *Receivable) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (receivable *Receivable) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := receivable.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPartIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc524e58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function partIdOf(uint256 parentId, bytes32 salt, uint256 index) pure returns(uint256)
func (receivable *Receivable) PackPartIdOf(parentId *big.Int, salt [32]byte, index *big.Int) []byte {
	enc, err := receivable.abi.Pack("partIdOf", parentId, salt, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPartIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc524e58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function partIdOf(uint256 parentId, bytes32 salt, uint256 index) pure returns(uint256)
func (receivable *Receivable) TryPackPartIdOf(parentId *big.Int, salt [32]byte, index *big.Int) ([]byte, error) {
	return receivable.abi.Pack("partIdOf", parentId, salt, index)
}

// UnpackPartIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc524e58.
//
// Solidity: function partIdOf(uint256 parentId, bytes32 salt, uint256 index) pure returns(uint256)
func (receivable *Receivable) UnpackPartIdOf(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("partIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (receivable *Receivable) PackPause() []byte {
	enc, err := receivable.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (receivable *Receivable) TryPackPause() ([]byte, error) {
	return receivable.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (receivable *Receivable) PackPaused() []byte {
	enc, err := receivable.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (receivable *Receivable) TryPackPaused() ([]byte, error) {
	return receivable.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (receivable *Receivable) UnpackPaused(data []byte) (bool, error) {
	out, err := receivable.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f6ceded.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payout(uint256[] ids) returns()
func (receivable *Receivable) PackPayout(ids []*big.Int) []byte {
	enc, err := receivable.abi.Pack("payout", ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f6ceded.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payout(uint256[] ids) returns()
func (receivable *Receivable) TryPackPayout(ids []*big.Int) ([]byte, error) {
	return receivable.abi.Pack("payout", ids)
}

// PackPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505c8c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policy() view returns((uint64,uint64,uint128,uint32))
func (receivable *Receivable) PackPolicy() []byte {
	enc, err := receivable.abi.Pack("policy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0505c8c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policy() view returns((uint64,uint64,uint128,uint32))
func (receivable *Receivable) TryPackPolicy() ([]byte, error) {
	return receivable.abi.Pack("policy")
}

// UnpackPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0505c8c9.
//
// Solidity: function policy() view returns((uint64,uint64,uint128,uint32))
func (receivable *Receivable) UnpackPolicy(data []byte) (IReceivablePolicy, error) {
	out, err := receivable.abi.Unpack("policy", data)
	if err != nil {
		return *new(IReceivablePolicy), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivablePolicy)).(*IReceivablePolicy)
	return out0, nil
}

// PackReceivable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d7edd8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receivable(uint256 id) view returns((uint128,uint64,uint64,bool,uint64))
func (receivable *Receivable) PackReceivable(id *big.Int) []byte {
	enc, err := receivable.abi.Pack("receivable", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceivable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d7edd8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receivable(uint256 id) view returns((uint128,uint64,uint64,bool,uint64))
func (receivable *Receivable) TryPackReceivable(id *big.Int) ([]byte, error) {
	return receivable.abi.Pack("receivable", id)
}

// UnpackReceivable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d7edd8b.
//
// Solidity: function receivable(uint256 id) view returns((uint128,uint64,uint64,bool,uint64))
func (receivable *Receivable) UnpackReceivable(data []byte) (IReceivableReceivable, error) {
	out, err := receivable.abi.Unpack("receivable", data)
	if err != nil {
		return *new(IReceivableReceivable), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivableReceivable)).(*IReceivableReceivable)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb006a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 id) returns()
func (receivable *Receivable) PackRedeem(id *big.Int) []byte {
	enc, err := receivable.abi.Pack("redeem", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb006a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 id) returns()
func (receivable *Receivable) TryPackRedeem(id *big.Int) ([]byte, error) {
	return receivable.abi.Pack("redeem", id)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (receivable *Receivable) PackRegistry() []byte {
	enc, err := receivable.abi.Pack("registry")
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
func (receivable *Receivable) TryPackRegistry() ([]byte, error) {
	return receivable.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (receivable *Receivable) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := receivable.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be1320b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject(uint256 id, bytes32 fingerprint) returns()
func (receivable *Receivable) PackReject(id *big.Int, fingerprint [32]byte) []byte {
	enc, err := receivable.abi.Pack("reject", id, fingerprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be1320b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject(uint256 id, bytes32 fingerprint) returns()
func (receivable *Receivable) TryPackReject(id *big.Int, fingerprint [32]byte) ([]byte, error) {
	return receivable.abi.Pack("reject", id, fingerprint)
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 rootId) returns()
func (receivable *Receivable) PackRepay(rootId *big.Int) []byte {
	enc, err := receivable.abi.Pack("repay", rootId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371fd8e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(uint256 rootId) returns()
func (receivable *Receivable) TryPackRepay(rootId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("repay", rootId)
}

// PackRequestFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2335c757.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFinancing(uint256 id, address financier, uint256 value, uint256 minPrice, uint64 expiresAt, bytes32 salt) returns(uint256 requestId)
func (receivable *Receivable) PackRequestFinancing(id *big.Int, financier common.Address, value *big.Int, minPrice *big.Int, expiresAt uint64, salt [32]byte) []byte {
	enc, err := receivable.abi.Pack("requestFinancing", id, financier, value, minPrice, expiresAt, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2335c757.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFinancing(uint256 id, address financier, uint256 value, uint256 minPrice, uint64 expiresAt, bytes32 salt) returns(uint256 requestId)
func (receivable *Receivable) TryPackRequestFinancing(id *big.Int, financier common.Address, value *big.Int, minPrice *big.Int, expiresAt uint64, salt [32]byte) ([]byte, error) {
	return receivable.abi.Pack("requestFinancing", id, financier, value, minPrice, expiresAt, salt)
}

// UnpackRequestFinancing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2335c757.
//
// Solidity: function requestFinancing(uint256 id, address financier, uint256 value, uint256 minPrice, uint64 expiresAt, bytes32 salt) returns(uint256 requestId)
func (receivable *Receivable) UnpackRequestFinancing(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("requestFinancing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb17dc911.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestIdOf(uint256 id, bytes32 salt) pure returns(uint256)
func (receivable *Receivable) PackRequestIdOf(id *big.Int, salt [32]byte) []byte {
	enc, err := receivable.abi.Pack("requestIdOf", id, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb17dc911.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestIdOf(uint256 id, bytes32 salt) pure returns(uint256)
func (receivable *Receivable) TryPackRequestIdOf(id *big.Int, salt [32]byte) ([]byte, error) {
	return receivable.abi.Pack("requestIdOf", id, salt)
}

// UnpackRequestIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb17dc911.
//
// Solidity: function requestIdOf(uint256 id, bytes32 salt) pure returns(uint256)
func (receivable *Receivable) UnpackRequestIdOf(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("requestIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe56bf027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function root(uint256 rootId) view returns((address,uint64,uint8,bool,address,uint64,uint32,uint128,uint128,bytes32,bytes32))
func (receivable *Receivable) PackRoot(rootId *big.Int) []byte {
	enc, err := receivable.abi.Pack("root", rootId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe56bf027.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function root(uint256 rootId) view returns((address,uint64,uint8,bool,address,uint64,uint32,uint128,uint128,bytes32,bytes32))
func (receivable *Receivable) TryPackRoot(rootId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("root", rootId)
}

// UnpackRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe56bf027.
//
// Solidity: function root(uint256 rootId) view returns((address,uint64,uint8,bool,address,uint64,uint32,uint128,uint128,bytes32,bytes32))
func (receivable *Receivable) UnpackRoot(data []byte) (IReceivableRoot, error) {
	out, err := receivable.abi.Unpack("root", data)
	if err != nil {
		return *new(IReceivableRoot), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivableRoot)).(*IReceivableRoot)
	return out0, nil
}

// PackRootIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf64f1de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootIdOf(bytes32 fingerprint, bytes32 salt) pure returns(uint256)
func (receivable *Receivable) PackRootIdOf(fingerprint [32]byte, salt [32]byte) []byte {
	enc, err := receivable.abi.Pack("rootIdOf", fingerprint, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf64f1de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootIdOf(bytes32 fingerprint, bytes32 salt) pure returns(uint256)
func (receivable *Receivable) TryPackRootIdOf(fingerprint [32]byte, salt [32]byte) ([]byte, error) {
	return receivable.abi.Pack("rootIdOf", fingerprint, salt)
}

// UnpackRootIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf64f1de8.
//
// Solidity: function rootIdOf(bytes32 fingerprint, bytes32 salt) pure returns(uint256)
func (receivable *Receivable) UnpackRootIdOf(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("rootIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRootOfFingerprint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5022ad8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootOfFingerprint(bytes32 fingerprint) view returns(uint256)
func (receivable *Receivable) PackRootOfFingerprint(fingerprint [32]byte) []byte {
	enc, err := receivable.abi.Pack("rootOfFingerprint", fingerprint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootOfFingerprint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5022ad8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootOfFingerprint(bytes32 fingerprint) view returns(uint256)
func (receivable *Receivable) TryPackRootOfFingerprint(fingerprint [32]byte) ([]byte, error) {
	return receivable.abi.Pack("rootOfFingerprint", fingerprint)
}

// UnpackRootOfFingerprint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5022ad8b.
//
// Solidity: function rootOfFingerprint(bytes32 fingerprint) view returns(uint256)
func (receivable *Receivable) UnpackRootOfFingerprint(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("rootOfFingerprint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (receivable *Receivable) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (receivable *Receivable) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (receivable *Receivable) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := receivable.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (receivable *Receivable) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return receivable.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (receivable *Receivable) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := receivable.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (receivable *Receivable) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return receivable.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f804b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBaseURI(string baseURI_) returns()
func (receivable *Receivable) PackSetBaseURI(baseURI string) []byte {
	enc, err := receivable.abi.Pack("setBaseURI", baseURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f804b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBaseURI(string baseURI_) returns()
func (receivable *Receivable) TryPackSetBaseURI(baseURI string) ([]byte, error) {
	return receivable.abi.Pack("setBaseURI", baseURI)
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c98020.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod) returns()
func (receivable *Receivable) PackSetPolicy(maxTerm uint64, gracePeriod uint64, minSplitValue *big.Int, lapsePeriod uint32) []byte {
	enc, err := receivable.abi.Pack("setPolicy", maxTerm, gracePeriod, minSplitValue, lapsePeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c98020.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod) returns()
func (receivable *Receivable) TryPackSetPolicy(maxTerm uint64, gracePeriod uint64, minSplitValue *big.Int, lapsePeriod uint32) ([]byte, error) {
	return receivable.abi.Pack("setPolicy", maxTerm, gracePeriod, minSplitValue, lapsePeriod)
}

// PackSetReceivableFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02209f30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReceivableFrozen(uint256 id, bool frozen) returns()
func (receivable *Receivable) PackSetReceivableFrozen(id *big.Int, frozen bool) []byte {
	enc, err := receivable.abi.Pack("setReceivableFrozen", id, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReceivableFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02209f30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReceivableFrozen(uint256 id, bool frozen) returns()
func (receivable *Receivable) TryPackSetReceivableFrozen(id *big.Int, frozen bool) ([]byte, error) {
	return receivable.abi.Pack("setReceivableFrozen", id, frozen)
}

// PackSetRootFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a599f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRootFrozen(uint256 rootId, bool frozen) returns()
func (receivable *Receivable) PackSetRootFrozen(rootId *big.Int, frozen bool) []byte {
	enc, err := receivable.abi.Pack("setRootFrozen", rootId, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRootFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a599f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRootFrozen(uint256 rootId, bool frozen) returns()
func (receivable *Receivable) TryPackSetRootFrozen(rootId *big.Int, frozen bool) ([]byte, error) {
	return receivable.abi.Pack("setRootFrozen", rootId, frozen)
}

// PackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263f3e7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotOf(uint256 tokenId) view returns(uint256)
func (receivable *Receivable) PackSlotOf(tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("slotOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263f3e7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotOf(uint256 tokenId) view returns(uint256)
func (receivable *Receivable) TryPackSlotOf(tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("slotOf", tokenId)
}

// UnpackSlotOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x263f3e7e.
//
// Solidity: function slotOf(uint256 tokenId) view returns(uint256)
func (receivable *Receivable) UnpackSlotOf(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("slotOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlotURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09c3dd87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotURI(uint256 slot) view returns(string)
func (receivable *Receivable) PackSlotURI(slot *big.Int) []byte {
	enc, err := receivable.abi.Pack("slotURI", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09c3dd87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotURI(uint256 slot) view returns(string)
func (receivable *Receivable) TryPackSlotURI(slot *big.Int) ([]byte, error) {
	return receivable.abi.Pack("slotURI", slot)
}

// UnpackSlotURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09c3dd87.
//
// Solidity: function slotURI(uint256 slot) view returns(string)
func (receivable *Receivable) UnpackSlotURI(data []byte) (string, error) {
	out, err := receivable.abi.Unpack("slotURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b075a23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function split(uint256 id, (address,uint256)[] parts, bytes32 salt) returns(uint256[] ids)
func (receivable *Receivable) PackSplit(id *big.Int, parts []IReceivablePart, salt [32]byte) []byte {
	enc, err := receivable.abi.Pack("split", id, parts, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b075a23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function split(uint256 id, (address,uint256)[] parts, bytes32 salt) returns(uint256[] ids)
func (receivable *Receivable) TryPackSplit(id *big.Int, parts []IReceivablePart, salt [32]byte) ([]byte, error) {
	return receivable.abi.Pack("split", id, parts, salt)
}

// UnpackSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b075a23.
//
// Solidity: function split(uint256 id, (address,uint256)[] parts, bytes32 salt) returns(uint256[] ids)
func (receivable *Receivable) UnpackSplit(data []byte) ([]*big.Int, error) {
	out, err := receivable.abi.Unpack("split", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77144e3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(address obligor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, bytes32 salt) returns(uint256 id)
func (receivable *Receivable) PackSubmit(obligor common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte, salt [32]byte) []byte {
	enc, err := receivable.abi.Pack("submit", obligor, value, dueDate, fingerprint, documentHash, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77144e3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(address obligor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, bytes32 salt) returns(uint256 id)
func (receivable *Receivable) TryPackSubmit(obligor common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte, salt [32]byte) ([]byte, error) {
	return receivable.abi.Pack("submit", obligor, value, dueDate, fingerprint, documentHash, salt)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77144e3f.
//
// Solidity: function submit(address obligor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, bytes32 salt) returns(uint256 id)
func (receivable *Receivable) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("submit", data)
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
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (receivable *Receivable) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := receivable.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (receivable *Receivable) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return receivable.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (receivable *Receivable) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := receivable.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (receivable *Receivable) PackSymbol() []byte {
	enc, err := receivable.abi.Pack("symbol")
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
func (receivable *Receivable) TryPackSymbol() ([]byte, error) {
	return receivable.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (receivable *Receivable) UnpackSymbol(data []byte) (string, error) {
	out, err := receivable.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (receivable *Receivable) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (receivable *Receivable) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (receivable *Receivable) UnpackTokenURI(data []byte) (string, error) {
	out, err := receivable.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f485c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(uint256 fromTokenId, address to, uint256 value) returns(uint256 newId)
func (receivable *Receivable) PackTransferFrom(fromTokenId *big.Int, to common.Address, value *big.Int) []byte {
	enc, err := receivable.abi.Pack("transferFrom", fromTokenId, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f485c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(uint256 fromTokenId, address to, uint256 value) returns(uint256 newId)
func (receivable *Receivable) TryPackTransferFrom(fromTokenId *big.Int, to common.Address, value *big.Int) ([]byte, error) {
	return receivable.abi.Pack("transferFrom", fromTokenId, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f485c02.
//
// Solidity: function transferFrom(uint256 fromTokenId, address to, uint256 value) returns(uint256 newId)
func (receivable *Receivable) UnpackTransferFrom(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("transferFrom", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (receivable *Receivable) PackTransferFrom0(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := receivable.abi.Pack("transferFrom0", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (receivable *Receivable) TryPackTransferFrom0(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("transferFrom0", from, to, tokenId)
}

// PackTransferFrom1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x310ed7f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(uint256 fromTokenId, uint256 toTokenId, uint256 ) pure returns()
func (receivable *Receivable) PackTransferFrom1(fromTokenId *big.Int, toTokenId *big.Int, arg2 *big.Int) []byte {
	enc, err := receivable.abi.Pack("transferFrom1", fromTokenId, toTokenId, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x310ed7f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(uint256 fromTokenId, uint256 toTokenId, uint256 ) pure returns()
func (receivable *Receivable) TryPackTransferFrom1(fromTokenId *big.Int, toTokenId *big.Int, arg2 *big.Int) ([]byte, error) {
	return receivable.abi.Pack("transferFrom1", fromTokenId, toTokenId, arg2)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (receivable *Receivable) PackUnpause() []byte {
	enc, err := receivable.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (receivable *Receivable) TryPackUnpause() ([]byte, error) {
	return receivable.abi.Pack("unpause")
}

// PackValueDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e7e8669.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueDecimals() pure returns(uint8)
func (receivable *Receivable) PackValueDecimals() []byte {
	enc, err := receivable.abi.Pack("valueDecimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e7e8669.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueDecimals() pure returns(uint8)
func (receivable *Receivable) TryPackValueDecimals() ([]byte, error) {
	return receivable.abi.Pack("valueDecimals")
}

// UnpackValueDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e7e8669.
//
// Solidity: function valueDecimals() pure returns(uint8)
func (receivable *Receivable) UnpackValueDecimals(data []byte) (uint8, error) {
	out, err := receivable.abi.Unpack("valueDecimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// ReceivableApproval represents a Approval event raised by the Receivable contract.
type ReceivableApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReceivableApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReceivableApproval) ContractEventName() string {
	return ReceivableApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (receivable *Receivable) UnpackApprovalEvent(log *types.Log) (*ReceivableApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableApproval)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableApprovalForAll represents a ApprovalForAll event raised by the Receivable contract.
type ReceivableApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReceivableApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ReceivableApprovalForAll) ContractEventName() string {
	return ReceivableApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (receivable *Receivable) UnpackApprovalForAllEvent(log *types.Log) (*ReceivableApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableApprovalForAll)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableApprovalValue represents a ApprovalValue event raised by the Receivable contract.
type ReceivableApprovalValue struct {
	TokenId  *big.Int
	Operator common.Address
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReceivableApprovalValueEventName = "ApprovalValue"

// ContractEventName returns the user-defined event name.
func (ReceivableApprovalValue) ContractEventName() string {
	return ReceivableApprovalValueEventName
}

// UnpackApprovalValueEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalValue(uint256 indexed _tokenId, address indexed _operator, uint256 _value)
func (receivable *Receivable) UnpackApprovalValueEvent(log *types.Log) (*ReceivableApprovalValue, error) {
	event := "ApprovalValue"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableApprovalValue)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableBaseURIUpdated represents a BaseURIUpdated event raised by the Receivable contract.
type ReceivableBaseURIUpdated struct {
	BaseURI string
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivableBaseURIUpdatedEventName = "BaseURIUpdated"

// ContractEventName returns the user-defined event name.
func (ReceivableBaseURIUpdated) ContractEventName() string {
	return ReceivableBaseURIUpdatedEventName
}

// UnpackBaseURIUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BaseURIUpdated(string baseURI, address indexed by)
func (receivable *Receivable) UnpackBaseURIUpdatedEvent(log *types.Log) (*ReceivableBaseURIUpdated, error) {
	event := "BaseURIUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableBaseURIUpdated)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableFinancingCancelled represents a FinancingCancelled event raised by the Receivable contract.
type ReceivableFinancingCancelled struct {
	RequestId *big.Int
	Id        *big.Int
	Holder    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ReceivableFinancingCancelledEventName = "FinancingCancelled"

// ContractEventName returns the user-defined event name.
func (ReceivableFinancingCancelled) ContractEventName() string {
	return ReceivableFinancingCancelledEventName
}

// UnpackFinancingCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinancingCancelled(uint256 indexed requestId, uint256 indexed id, address indexed holder)
func (receivable *Receivable) UnpackFinancingCancelledEvent(log *types.Log) (*ReceivableFinancingCancelled, error) {
	event := "FinancingCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableFinancingCancelled)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableFinancingDeclined represents a FinancingDeclined event raised by the Receivable contract.
type ReceivableFinancingDeclined struct {
	RequestId *big.Int
	Id        *big.Int
	Financier common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ReceivableFinancingDeclinedEventName = "FinancingDeclined"

// ContractEventName returns the user-defined event name.
func (ReceivableFinancingDeclined) ContractEventName() string {
	return ReceivableFinancingDeclinedEventName
}

// UnpackFinancingDeclinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinancingDeclined(uint256 indexed requestId, uint256 indexed id, address indexed financier)
func (receivable *Receivable) UnpackFinancingDeclinedEvent(log *types.Log) (*ReceivableFinancingDeclined, error) {
	event := "FinancingDeclined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableFinancingDeclined)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableFinancingFunded represents a FinancingFunded event raised by the Receivable contract.
type ReceivableFinancingFunded struct {
	RequestId  *big.Int
	Id         *big.Int
	FinancedId *big.Int
	RootId     *big.Int
	Holder     common.Address
	Financier  common.Address
	Value      *big.Int
	Price      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ReceivableFinancingFundedEventName = "FinancingFunded"

// ContractEventName returns the user-defined event name.
func (ReceivableFinancingFunded) ContractEventName() string {
	return ReceivableFinancingFundedEventName
}

// UnpackFinancingFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinancingFunded(uint256 indexed requestId, uint256 indexed id, uint256 indexed financedId, uint256 rootId, address holder, address financier, uint256 value, uint256 price)
func (receivable *Receivable) UnpackFinancingFundedEvent(log *types.Log) (*ReceivableFinancingFunded, error) {
	event := "FinancingFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableFinancingFunded)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableFinancingRequested represents a FinancingRequested event raised by the Receivable contract.
type ReceivableFinancingRequested struct {
	RequestId *big.Int
	Id        *big.Int
	Financier common.Address
	RootId    *big.Int
	Holder    common.Address
	Value     *big.Int
	DueDate   uint64
	MinPrice  *big.Int
	ExpiresAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const ReceivableFinancingRequestedEventName = "FinancingRequested"

// ContractEventName returns the user-defined event name.
func (ReceivableFinancingRequested) ContractEventName() string {
	return ReceivableFinancingRequestedEventName
}

// UnpackFinancingRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinancingRequested(uint256 indexed requestId, uint256 indexed id, address indexed financier, uint256 rootId, address holder, uint256 value, uint64 dueDate, uint256 minPrice, uint64 expiresAt)
func (receivable *Receivable) UnpackFinancingRequestedEvent(log *types.Log) (*ReceivableFinancingRequested, error) {
	event := "FinancingRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableFinancingRequested)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivablePaused represents a Paused event raised by the Receivable contract.
type ReceivablePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivablePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ReceivablePaused) ContractEventName() string {
	return ReceivablePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (receivable *Receivable) UnpackPausedEvent(log *types.Log) (*ReceivablePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivablePaused)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivablePolicyUpdated represents a PolicyUpdated event raised by the Receivable contract.
type ReceivablePolicyUpdated struct {
	MaxTerm       uint64
	GracePeriod   uint64
	MinSplitValue *big.Int
	LapsePeriod   uint32
	By            common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReceivablePolicyUpdatedEventName = "PolicyUpdated"

// ContractEventName returns the user-defined event name.
func (ReceivablePolicyUpdated) ContractEventName() string {
	return ReceivablePolicyUpdatedEventName
}

// UnpackPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicyUpdated(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod, address indexed by)
func (receivable *Receivable) UnpackPolicyUpdatedEvent(log *types.Log) (*ReceivablePolicyUpdated, error) {
	event := "PolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivablePolicyUpdated)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableConfirmed represents a ReceivableConfirmed event raised by the Receivable contract.
type ReceivableReceivableConfirmed struct {
	Id       *big.Int
	Obligor  common.Address
	Creditor common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableConfirmedEventName = "ReceivableConfirmed"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableConfirmed) ContractEventName() string {
	return ReceivableReceivableConfirmedEventName
}

// UnpackReceivableConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableConfirmed(uint256 indexed id, address indexed obligor, address indexed creditor)
func (receivable *Receivable) UnpackReceivableConfirmedEvent(log *types.Log) (*ReceivableReceivableConfirmed, error) {
	event := "ReceivableConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableConfirmed)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableFrozen represents a ReceivableFrozen event raised by the Receivable contract.
type ReceivableReceivableFrozen struct {
	Id     *big.Int
	Frozen bool
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableFrozenEventName = "ReceivableFrozen"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableFrozen) ContractEventName() string {
	return ReceivableReceivableFrozenEventName
}

// UnpackReceivableFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableFrozen(uint256 indexed id, bool frozen, address indexed by)
func (receivable *Receivable) UnpackReceivableFrozenEvent(log *types.Log) (*ReceivableReceivableFrozen, error) {
	event := "ReceivableFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableFrozen)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableIssued represents a ReceivableIssued event raised by the Receivable contract.
type ReceivableReceivableIssued struct {
	Id           *big.Int
	Obligor      common.Address
	Creditor     common.Address
	Value        *big.Int
	DueDate      uint64
	Fingerprint  [32]byte
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableIssuedEventName = "ReceivableIssued"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableIssued) ContractEventName() string {
	return ReceivableReceivableIssuedEventName
}

// UnpackReceivableIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableIssued(uint256 indexed id, address indexed obligor, address indexed creditor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash)
func (receivable *Receivable) UnpackReceivableIssuedEvent(log *types.Log) (*ReceivableReceivableIssued, error) {
	event := "ReceivableIssued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableIssued)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableLapsed represents a ReceivableLapsed event raised by the Receivable contract.
type ReceivableReceivableLapsed struct {
	Id          *big.Int
	Obligor     common.Address
	Creditor    common.Address
	Fingerprint [32]byte
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableLapsedEventName = "ReceivableLapsed"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableLapsed) ContractEventName() string {
	return ReceivableReceivableLapsedEventName
}

// UnpackReceivableLapsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableLapsed(uint256 indexed id, address indexed obligor, address indexed creditor, bytes32 fingerprint, uint256 value)
func (receivable *Receivable) UnpackReceivableLapsedEvent(log *types.Log) (*ReceivableReceivableLapsed, error) {
	event := "ReceivableLapsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableLapsed)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableOverdue represents a ReceivableOverdue event raised by the Receivable contract.
type ReceivableReceivableOverdue struct {
	RootId  *big.Int
	DueDate uint64
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableOverdueEventName = "ReceivableOverdue"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableOverdue) ContractEventName() string {
	return ReceivableReceivableOverdueEventName
}

// UnpackReceivableOverdueEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableOverdue(uint256 indexed rootId, uint64 dueDate, address indexed by)
func (receivable *Receivable) UnpackReceivableOverdueEvent(log *types.Log) (*ReceivableReceivableOverdue, error) {
	event := "ReceivableOverdue"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableOverdue)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableRedeemed represents a ReceivableRedeemed event raised by the Receivable contract.
type ReceivableReceivableRedeemed struct {
	Id     *big.Int
	RootId *big.Int
	Holder common.Address
	Value  *big.Int
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableRedeemedEventName = "ReceivableRedeemed"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableRedeemed) ContractEventName() string {
	return ReceivableReceivableRedeemedEventName
}

// UnpackReceivableRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableRedeemed(uint256 indexed id, uint256 indexed rootId, address indexed holder, uint256 value, address by)
func (receivable *Receivable) UnpackReceivableRedeemedEvent(log *types.Log) (*ReceivableReceivableRedeemed, error) {
	event := "ReceivableRedeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableRedeemed)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableRejected represents a ReceivableRejected event raised by the Receivable contract.
type ReceivableReceivableRejected struct {
	Id          *big.Int
	Obligor     common.Address
	Creditor    common.Address
	Fingerprint [32]byte
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableRejectedEventName = "ReceivableRejected"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableRejected) ContractEventName() string {
	return ReceivableReceivableRejectedEventName
}

// UnpackReceivableRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableRejected(uint256 indexed id, address indexed obligor, address indexed creditor, bytes32 fingerprint, uint256 value)
func (receivable *Receivable) UnpackReceivableRejectedEvent(log *types.Log) (*ReceivableReceivableRejected, error) {
	event := "ReceivableRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableRejected)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableRepaid represents a ReceivableRepaid event raised by the Receivable contract.
type ReceivableReceivableRepaid struct {
	RootId  *big.Int
	Obligor common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableRepaidEventName = "ReceivableRepaid"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableRepaid) ContractEventName() string {
	return ReceivableReceivableRepaidEventName
}

// UnpackReceivableRepaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableRepaid(uint256 indexed rootId, address indexed obligor, uint256 amount)
func (receivable *Receivable) UnpackReceivableRepaidEvent(log *types.Log) (*ReceivableReceivableRepaid, error) {
	event := "ReceivableRepaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableRepaid)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableSplit represents a ReceivableSplit event raised by the Receivable contract.
type ReceivableReceivableSplit struct {
	Id          *big.Int
	ParentId    *big.Int
	RootId      *big.Int
	From        common.Address
	To          common.Address
	Value       *big.Int
	ParentValue *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableSplitEventName = "ReceivableSplit"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableSplit) ContractEventName() string {
	return ReceivableReceivableSplitEventName
}

// UnpackReceivableSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableSplit(uint256 indexed id, uint256 indexed parentId, uint256 indexed rootId, address from, address to, uint256 value, uint256 parentValue)
func (receivable *Receivable) UnpackReceivableSplitEvent(log *types.Log) (*ReceivableReceivableSplit, error) {
	event := "ReceivableSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableSplit)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableSubmitted represents a ReceivableSubmitted event raised by the Receivable contract.
type ReceivableReceivableSubmitted struct {
	Id           *big.Int
	Obligor      common.Address
	Creditor     common.Address
	Value        *big.Int
	DueDate      uint64
	Fingerprint  [32]byte
	DocumentHash [32]byte
	LapsesAt     uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableSubmittedEventName = "ReceivableSubmitted"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableSubmitted) ContractEventName() string {
	return ReceivableReceivableSubmittedEventName
}

// UnpackReceivableSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableSubmitted(uint256 indexed id, address indexed obligor, address indexed creditor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash, uint64 lapsesAt)
func (receivable *Receivable) UnpackReceivableSubmittedEvent(log *types.Log) (*ReceivableReceivableSubmitted, error) {
	event := "ReceivableSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableSubmitted)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableReceivableTransferred represents a ReceivableTransferred event raised by the Receivable contract.
type ReceivableReceivableTransferred struct {
	Id     *big.Int
	RootId *big.Int
	From   common.Address
	To     common.Address
	Value  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableReceivableTransferredEventName = "ReceivableTransferred"

// ContractEventName returns the user-defined event name.
func (ReceivableReceivableTransferred) ContractEventName() string {
	return ReceivableReceivableTransferredEventName
}

// UnpackReceivableTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivableTransferred(uint256 indexed id, uint256 indexed rootId, address indexed from, address to, uint256 value)
func (receivable *Receivable) UnpackReceivableTransferredEvent(log *types.Log) (*ReceivableReceivableTransferred, error) {
	event := "ReceivableTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableReceivableTransferred)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableRootFrozen represents a RootFrozen event raised by the Receivable contract.
type ReceivableRootFrozen struct {
	RootId *big.Int
	Frozen bool
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableRootFrozenEventName = "RootFrozen"

// ContractEventName returns the user-defined event name.
func (ReceivableRootFrozen) ContractEventName() string {
	return ReceivableRootFrozenEventName
}

// UnpackRootFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootFrozen(uint256 indexed rootId, bool frozen, address indexed by)
func (receivable *Receivable) UnpackRootFrozenEvent(log *types.Log) (*ReceivableRootFrozen, error) {
	event := "RootFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableRootFrozen)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableSlotChanged represents a SlotChanged event raised by the Receivable contract.
type ReceivableSlotChanged struct {
	TokenId *big.Int
	OldSlot *big.Int
	NewSlot *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivableSlotChangedEventName = "SlotChanged"

// ContractEventName returns the user-defined event name.
func (ReceivableSlotChanged) ContractEventName() string {
	return ReceivableSlotChangedEventName
}

// UnpackSlotChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotChanged(uint256 indexed _tokenId, uint256 indexed _oldSlot, uint256 indexed _newSlot)
func (receivable *Receivable) UnpackSlotChangedEvent(log *types.Log) (*ReceivableSlotChanged, error) {
	event := "SlotChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableSlotChanged)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableTransfer represents a Transfer event raised by the Receivable contract.
type ReceivableTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivableTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReceivableTransfer) ContractEventName() string {
	return ReceivableTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (receivable *Receivable) UnpackTransferEvent(log *types.Log) (*ReceivableTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableTransfer)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableTransferValue represents a TransferValue event raised by the Receivable contract.
type ReceivableTransferValue struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReceivableTransferValueEventName = "TransferValue"

// ContractEventName returns the user-defined event name.
func (ReceivableTransferValue) ContractEventName() string {
	return ReceivableTransferValueEventName
}

// UnpackTransferValueEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferValue(uint256 indexed _fromTokenId, uint256 indexed _toTokenId, uint256 _value)
func (receivable *Receivable) UnpackTransferValueEvent(log *types.Log) (*ReceivableTransferValue, error) {
	event := "TransferValue"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableTransferValue)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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

// ReceivableUnpaused represents a Unpaused event raised by the Receivable contract.
type ReceivableUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceivableUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ReceivableUnpaused) ContractEventName() string {
	return ReceivableUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (receivable *Receivable) UnpackUnpausedEvent(log *types.Log) (*ReceivableUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableUnpaused)
	if len(log.Data) > 0 {
		if err := receivable.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receivable.abi.Events[event].Inputs {
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
func (receivable *Receivable) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return receivable.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return receivable.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return receivable.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableBatchTooLarge"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableBelowMinimum"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFinancingExpired"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFinancingExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFinancingNotFound"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFinancingNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFinancingNotOpen"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFinancingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFingerprintMismatch"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFingerprintMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFreezeUnchanged"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFreezeUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableIdTaken"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableIdTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInsufficientAllowance"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInsufficientValue"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInsufficientValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidDueDate"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidDueDateError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidExpiry"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidFingerprint"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidFingerprintError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidFloor"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidFloorError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidPartCount"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidPartCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidPolicy"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidPrice"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidRecipient"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidStatus"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidValue"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvoiceAlreadyTokenized"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvoiceAlreadyTokenizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableIsFrozen"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableIsFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableLocked"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableMergeUnsupported"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableMergeUnsupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotFinancier"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotFinancierError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotFound"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotHolder"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotObligor"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotObligorError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotRequester"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotRoot"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotVerified"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotYetLapsed"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotYetLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotYetOverdue"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotYetOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivablePastDue"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivablePastDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivablePriceBelowFloor"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivablePriceBelowFloorError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableRejectedByReceiver"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableRejectedByReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableRootFrozen"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableRootFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableSelfFinancing"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableSelfFinancingError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableSelfTransfer"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableSelfTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableSubmissionLapsed"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableSubmissionLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableTermTooLong"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableTermTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableTermsMismatch"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableTermsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableUnauthorized"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return receivable.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return receivable.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReceivableERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Receivable contract.
type ReceivableERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ReceivableERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (receivable *Receivable) UnpackERC721IncorrectOwnerError(raw []byte) (*ReceivableERC721IncorrectOwner, error) {
	out := new(ReceivableERC721IncorrectOwner)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Receivable contract.
type ReceivableERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ReceivableERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (receivable *Receivable) UnpackERC721InsufficientApprovalError(raw []byte) (*ReceivableERC721InsufficientApproval, error) {
	out := new(ReceivableERC721InsufficientApproval)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Receivable contract.
type ReceivableERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ReceivableERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (receivable *Receivable) UnpackERC721InvalidApproverError(raw []byte) (*ReceivableERC721InvalidApprover, error) {
	out := new(ReceivableERC721InvalidApprover)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Receivable contract.
type ReceivableERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ReceivableERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (receivable *Receivable) UnpackERC721InvalidOperatorError(raw []byte) (*ReceivableERC721InvalidOperator, error) {
	out := new(ReceivableERC721InvalidOperator)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Receivable contract.
type ReceivableERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ReceivableERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (receivable *Receivable) UnpackERC721InvalidOwnerError(raw []byte) (*ReceivableERC721InvalidOwner, error) {
	out := new(ReceivableERC721InvalidOwner)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Receivable contract.
type ReceivableERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ReceivableERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (receivable *Receivable) UnpackERC721InvalidReceiverError(raw []byte) (*ReceivableERC721InvalidReceiver, error) {
	out := new(ReceivableERC721InvalidReceiver)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721InvalidSender represents a ERC721InvalidSender error raised by the Receivable contract.
type ReceivableERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ReceivableERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (receivable *Receivable) UnpackERC721InvalidSenderError(raw []byte) (*ReceivableERC721InvalidSender, error) {
	out := new(ReceivableERC721InvalidSender)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Receivable contract.
type ReceivableERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ReceivableERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (receivable *Receivable) UnpackERC721NonexistentTokenError(raw []byte) (*ReceivableERC721NonexistentToken, error) {
	out := new(ReceivableERC721NonexistentToken)
	if err := receivable.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableEnforcedPause represents a EnforcedPause error raised by the Receivable contract.
type ReceivableEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ReceivableEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (receivable *Receivable) UnpackEnforcedPauseError(raw []byte) (*ReceivableEnforcedPause, error) {
	out := new(ReceivableEnforcedPause)
	if err := receivable.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableExpectedPause represents a ExpectedPause error raised by the Receivable contract.
type ReceivableExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ReceivableExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (receivable *Receivable) UnpackExpectedPauseError(raw []byte) (*ReceivableExpectedPause, error) {
	out := new(ReceivableExpectedPause)
	if err := receivable.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableBatchTooLarge represents a ReceivableBatchTooLarge error raised by the Receivable contract.
type ReceivableReceivableBatchTooLarge struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableBatchTooLarge(uint256 count, uint256 max)
func ReceivableReceivableBatchTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8317dcff40c54c4cf520ecbf9fab0428142753cde5018e5e482cd7781613249c")
}

// UnpackReceivableBatchTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableBatchTooLarge(uint256 count, uint256 max)
func (receivable *Receivable) UnpackReceivableBatchTooLargeError(raw []byte) (*ReceivableReceivableBatchTooLarge, error) {
	out := new(ReceivableReceivableBatchTooLarge)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableBatchTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableBelowMinimum represents a ReceivableBelowMinimum error raised by the Receivable contract.
type ReceivableReceivableBelowMinimum struct {
	Value   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableBelowMinimum(uint256 value, uint256 minimum)
func ReceivableReceivableBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x7c106d06e24aef4f574e48df52b536a779513e7336129b366e2e38aecb1a4d5a")
}

// UnpackReceivableBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableBelowMinimum(uint256 value, uint256 minimum)
func (receivable *Receivable) UnpackReceivableBelowMinimumError(raw []byte) (*ReceivableReceivableBelowMinimum, error) {
	out := new(ReceivableReceivableBelowMinimum)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableFinancingExpired represents a ReceivableFinancingExpired error raised by the Receivable contract.
type ReceivableReceivableFinancingExpired struct {
	RequestId *big.Int
	ExpiresAt uint64
	Now       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableFinancingExpired(uint256 requestId, uint64 expiresAt, uint64 now_)
func ReceivableReceivableFinancingExpiredErrorID() common.Hash {
	return common.HexToHash("0xfb3e4830b28a1a19e3bc8aa5573bf489823d0b4db508462dbb579a2aee0cc170")
}

// UnpackReceivableFinancingExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableFinancingExpired(uint256 requestId, uint64 expiresAt, uint64 now_)
func (receivable *Receivable) UnpackReceivableFinancingExpiredError(raw []byte) (*ReceivableReceivableFinancingExpired, error) {
	out := new(ReceivableReceivableFinancingExpired)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableFinancingExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableFinancingNotFound represents a ReceivableFinancingNotFound error raised by the Receivable contract.
type ReceivableReceivableFinancingNotFound struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableFinancingNotFound(uint256 requestId)
func ReceivableReceivableFinancingNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6a480ecc09fa02248ba549c77358d020304df5af9ad699a680f94c32fe62979a")
}

// UnpackReceivableFinancingNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableFinancingNotFound(uint256 requestId)
func (receivable *Receivable) UnpackReceivableFinancingNotFoundError(raw []byte) (*ReceivableReceivableFinancingNotFound, error) {
	out := new(ReceivableReceivableFinancingNotFound)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableFinancingNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableFinancingNotOpen represents a ReceivableFinancingNotOpen error raised by the Receivable contract.
type ReceivableReceivableFinancingNotOpen struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableFinancingNotOpen(uint256 requestId, uint8 status)
func ReceivableReceivableFinancingNotOpenErrorID() common.Hash {
	return common.HexToHash("0xf3cfa2a341bc844d23f5f2003919f4a6038d163c7feaa7f5999b7dc0ff3b3b75")
}

// UnpackReceivableFinancingNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableFinancingNotOpen(uint256 requestId, uint8 status)
func (receivable *Receivable) UnpackReceivableFinancingNotOpenError(raw []byte) (*ReceivableReceivableFinancingNotOpen, error) {
	out := new(ReceivableReceivableFinancingNotOpen)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableFinancingNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableFingerprintMismatch represents a ReceivableFingerprintMismatch error raised by the Receivable contract.
type ReceivableReceivableFingerprintMismatch struct {
	Id          *big.Int
	Fingerprint [32]byte
	Given       [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableFingerprintMismatch(uint256 id, bytes32 fingerprint, bytes32 given)
func ReceivableReceivableFingerprintMismatchErrorID() common.Hash {
	return common.HexToHash("0xa2c4208c3cb3f58da75ac027a2ba6f2d19810c564caff8315bb275d18ab2661f")
}

// UnpackReceivableFingerprintMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableFingerprintMismatch(uint256 id, bytes32 fingerprint, bytes32 given)
func (receivable *Receivable) UnpackReceivableFingerprintMismatchError(raw []byte) (*ReceivableReceivableFingerprintMismatch, error) {
	out := new(ReceivableReceivableFingerprintMismatch)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableFingerprintMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableFreezeUnchanged represents a ReceivableFreezeUnchanged error raised by the Receivable contract.
type ReceivableReceivableFreezeUnchanged struct {
	Id     *big.Int
	Frozen bool
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableFreezeUnchanged(uint256 id, bool frozen)
func ReceivableReceivableFreezeUnchangedErrorID() common.Hash {
	return common.HexToHash("0x6be1e613e310edccfe6676559dbca631c6ea1b41f399bc02cdc33dff83ec3ee1")
}

// UnpackReceivableFreezeUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableFreezeUnchanged(uint256 id, bool frozen)
func (receivable *Receivable) UnpackReceivableFreezeUnchangedError(raw []byte) (*ReceivableReceivableFreezeUnchanged, error) {
	out := new(ReceivableReceivableFreezeUnchanged)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableFreezeUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableIdTaken represents a ReceivableIdTaken error raised by the Receivable contract.
type ReceivableReceivableIdTaken struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableIdTaken(uint256 id)
func ReceivableReceivableIdTakenErrorID() common.Hash {
	return common.HexToHash("0x9e6057ffda1816bf83ba7b5618b3ea4feff5c8bd853ddfb5ba1e7202d5777562")
}

// UnpackReceivableIdTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableIdTaken(uint256 id)
func (receivable *Receivable) UnpackReceivableIdTakenError(raw []byte) (*ReceivableReceivableIdTaken, error) {
	out := new(ReceivableReceivableIdTaken)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableIdTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInsufficientAllowance represents a ReceivableInsufficientAllowance error raised by the Receivable contract.
type ReceivableReceivableInsufficientAllowance struct {
	Id        *big.Int
	Operator  common.Address
	Allowance *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInsufficientAllowance(uint256 id, address operator, uint256 allowance, uint256 requested)
func ReceivableReceivableInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x1ad2eae5781207afc398fa03697eb4803da21ff2933cd7efab5e09786062cc16")
}

// UnpackReceivableInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInsufficientAllowance(uint256 id, address operator, uint256 allowance, uint256 requested)
func (receivable *Receivable) UnpackReceivableInsufficientAllowanceError(raw []byte) (*ReceivableReceivableInsufficientAllowance, error) {
	out := new(ReceivableReceivableInsufficientAllowance)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInsufficientValue represents a ReceivableInsufficientValue error raised by the Receivable contract.
type ReceivableReceivableInsufficientValue struct {
	Id        *big.Int
	Value     *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInsufficientValue(uint256 id, uint256 value, uint256 requested)
func ReceivableReceivableInsufficientValueErrorID() common.Hash {
	return common.HexToHash("0x20771d3ff70da306a468a05300f2449c20c4afe721def8a4f2befc6fd2dd885e")
}

// UnpackReceivableInsufficientValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInsufficientValue(uint256 id, uint256 value, uint256 requested)
func (receivable *Receivable) UnpackReceivableInsufficientValueError(raw []byte) (*ReceivableReceivableInsufficientValue, error) {
	out := new(ReceivableReceivableInsufficientValue)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInsufficientValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidDueDate represents a ReceivableInvalidDueDate error raised by the Receivable contract.
type ReceivableReceivableInvalidDueDate struct {
	DueDate uint64
	Now     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidDueDate(uint64 dueDate, uint64 now_)
func ReceivableReceivableInvalidDueDateErrorID() common.Hash {
	return common.HexToHash("0x6af10947c7f0fab1a5d8b02eb13ebf55cd590ea46616e47071a2596875d0d5d7")
}

// UnpackReceivableInvalidDueDateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidDueDate(uint64 dueDate, uint64 now_)
func (receivable *Receivable) UnpackReceivableInvalidDueDateError(raw []byte) (*ReceivableReceivableInvalidDueDate, error) {
	out := new(ReceivableReceivableInvalidDueDate)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidDueDate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidExpiry represents a ReceivableInvalidExpiry error raised by the Receivable contract.
type ReceivableReceivableInvalidExpiry struct {
	ExpiresAt uint64
	Now       uint64
	DueDate   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidExpiry(uint64 expiresAt, uint64 now_, uint64 dueDate)
func ReceivableReceivableInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0xc602eeade1b464607643ab96dc3cdd84b86677d81848eee426a3e84551b7e938")
}

// UnpackReceivableInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidExpiry(uint64 expiresAt, uint64 now_, uint64 dueDate)
func (receivable *Receivable) UnpackReceivableInvalidExpiryError(raw []byte) (*ReceivableReceivableInvalidExpiry, error) {
	out := new(ReceivableReceivableInvalidExpiry)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidFingerprint represents a ReceivableInvalidFingerprint error raised by the Receivable contract.
type ReceivableReceivableInvalidFingerprint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidFingerprint()
func ReceivableReceivableInvalidFingerprintErrorID() common.Hash {
	return common.HexToHash("0x1291eadced9f505ba4ea13017ea0cc44453a4d8ca75e311213ffac0adeb698c2")
}

// UnpackReceivableInvalidFingerprintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidFingerprint()
func (receivable *Receivable) UnpackReceivableInvalidFingerprintError(raw []byte) (*ReceivableReceivableInvalidFingerprint, error) {
	out := new(ReceivableReceivableInvalidFingerprint)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidFingerprint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidFloor represents a ReceivableInvalidFloor error raised by the Receivable contract.
type ReceivableReceivableInvalidFloor struct {
	Value    *big.Int
	MinPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidFloor(uint256 value, uint256 minPrice)
func ReceivableReceivableInvalidFloorErrorID() common.Hash {
	return common.HexToHash("0x21431db5a29e27480b77365fcbb4e5a7fa941a60632276987e78339b4a3b39f3")
}

// UnpackReceivableInvalidFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidFloor(uint256 value, uint256 minPrice)
func (receivable *Receivable) UnpackReceivableInvalidFloorError(raw []byte) (*ReceivableReceivableInvalidFloor, error) {
	out := new(ReceivableReceivableInvalidFloor)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidFloor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidPartCount represents a ReceivableInvalidPartCount error raised by the Receivable contract.
type ReceivableReceivableInvalidPartCount struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidPartCount(uint256 count, uint256 max)
func ReceivableReceivableInvalidPartCountErrorID() common.Hash {
	return common.HexToHash("0xc7ed9c69115a9575f887f160281934147cf02e1b5487d7f245c551771049cf04")
}

// UnpackReceivableInvalidPartCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidPartCount(uint256 count, uint256 max)
func (receivable *Receivable) UnpackReceivableInvalidPartCountError(raw []byte) (*ReceivableReceivableInvalidPartCount, error) {
	out := new(ReceivableReceivableInvalidPartCount)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidPartCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidPolicy represents a ReceivableInvalidPolicy error raised by the Receivable contract.
type ReceivableReceivableInvalidPolicy struct {
	MaxTerm       uint64
	GracePeriod   uint64
	MinSplitValue *big.Int
	LapsePeriod   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod)
func ReceivableReceivableInvalidPolicyErrorID() common.Hash {
	return common.HexToHash("0xc7fbf81fd8a1994ec4f85d852702cbbb0289da56eaaa73977ffad40e08416c7c")
}

// UnpackReceivableInvalidPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod)
func (receivable *Receivable) UnpackReceivableInvalidPolicyError(raw []byte) (*ReceivableReceivableInvalidPolicy, error) {
	out := new(ReceivableReceivableInvalidPolicy)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidPrice represents a ReceivableInvalidPrice error raised by the Receivable contract.
type ReceivableReceivableInvalidPrice struct {
	RequestId *big.Int
	Value     *big.Int
	Price     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidPrice(uint256 requestId, uint256 value, uint256 price)
func ReceivableReceivableInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0x04f19d64d152da06d1247f6ffb09d0ff3ce03122d6b25ee9a856ee61fa546439")
}

// UnpackReceivableInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidPrice(uint256 requestId, uint256 value, uint256 price)
func (receivable *Receivable) UnpackReceivableInvalidPriceError(raw []byte) (*ReceivableReceivableInvalidPrice, error) {
	out := new(ReceivableReceivableInvalidPrice)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidRecipient represents a ReceivableInvalidRecipient error raised by the Receivable contract.
type ReceivableReceivableInvalidRecipient struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidRecipient(address to)
func ReceivableReceivableInvalidRecipientErrorID() common.Hash {
	return common.HexToHash("0x906b9c557fcc7a9c67167a8238d00797e6ed9fc36cfb89a3448bc03306ab9c67")
}

// UnpackReceivableInvalidRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidRecipient(address to)
func (receivable *Receivable) UnpackReceivableInvalidRecipientError(raw []byte) (*ReceivableReceivableInvalidRecipient, error) {
	out := new(ReceivableReceivableInvalidRecipient)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidStatus represents a ReceivableInvalidStatus error raised by the Receivable contract.
type ReceivableReceivableInvalidStatus struct {
	RootId *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidStatus(uint256 rootId, uint8 status)
func ReceivableReceivableInvalidStatusErrorID() common.Hash {
	return common.HexToHash("0x98a538aee3fc2ce8ac75e2bbd5c1ff61765f0af324ad6c83e042f7cf2553fc6c")
}

// UnpackReceivableInvalidStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidStatus(uint256 rootId, uint8 status)
func (receivable *Receivable) UnpackReceivableInvalidStatusError(raw []byte) (*ReceivableReceivableInvalidStatus, error) {
	out := new(ReceivableReceivableInvalidStatus)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvalidValue represents a ReceivableInvalidValue error raised by the Receivable contract.
type ReceivableReceivableInvalidValue struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidValue(uint256 value)
func ReceivableReceivableInvalidValueErrorID() common.Hash {
	return common.HexToHash("0xa0e504abe822244ab46f5a9b8090a001a34d85a05cdc3ebde236e1b1f19eca57")
}

// UnpackReceivableInvalidValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidValue(uint256 value)
func (receivable *Receivable) UnpackReceivableInvalidValueError(raw []byte) (*ReceivableReceivableInvalidValue, error) {
	out := new(ReceivableReceivableInvalidValue)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvalidValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableInvoiceAlreadyTokenized represents a ReceivableInvoiceAlreadyTokenized error raised by the Receivable contract.
type ReceivableReceivableInvoiceAlreadyTokenized struct {
	Fingerprint [32]byte
	ExistingId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvoiceAlreadyTokenized(bytes32 fingerprint, uint256 existingId)
func ReceivableReceivableInvoiceAlreadyTokenizedErrorID() common.Hash {
	return common.HexToHash("0xadf0117b96690b972f0a54dccb06d6e6df87c3f76cd4a17602906fa669c4a4b4")
}

// UnpackReceivableInvoiceAlreadyTokenizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvoiceAlreadyTokenized(bytes32 fingerprint, uint256 existingId)
func (receivable *Receivable) UnpackReceivableInvoiceAlreadyTokenizedError(raw []byte) (*ReceivableReceivableInvoiceAlreadyTokenized, error) {
	out := new(ReceivableReceivableInvoiceAlreadyTokenized)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableInvoiceAlreadyTokenized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableIsFrozen represents a ReceivableIsFrozen error raised by the Receivable contract.
type ReceivableReceivableIsFrozen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableIsFrozen(uint256 id)
func ReceivableReceivableIsFrozenErrorID() common.Hash {
	return common.HexToHash("0x2384265cc6e1fb31f64d342d9d9f629613ed3fe17813636c5b35642df34b5d3f")
}

// UnpackReceivableIsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableIsFrozen(uint256 id)
func (receivable *Receivable) UnpackReceivableIsFrozenError(raw []byte) (*ReceivableReceivableIsFrozen, error) {
	out := new(ReceivableReceivableIsFrozen)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableIsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableLocked represents a ReceivableLocked error raised by the Receivable contract.
type ReceivableReceivableLocked struct {
	Id        *big.Int
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableLocked(uint256 id, uint256 requestId)
func ReceivableReceivableLockedErrorID() common.Hash {
	return common.HexToHash("0xc2b76fdc43dd9c2e30a9d72ca43ab603e7c2286680f9aaae33a3a6eac1cc200f")
}

// UnpackReceivableLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableLocked(uint256 id, uint256 requestId)
func (receivable *Receivable) UnpackReceivableLockedError(raw []byte) (*ReceivableReceivableLocked, error) {
	out := new(ReceivableReceivableLocked)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableMergeUnsupported represents a ReceivableMergeUnsupported error raised by the Receivable contract.
type ReceivableReceivableMergeUnsupported struct {
	FromId *big.Int
	ToId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableMergeUnsupported(uint256 fromId, uint256 toId)
func ReceivableReceivableMergeUnsupportedErrorID() common.Hash {
	return common.HexToHash("0x1d8e48e6c948127366a3503b2187ca4700b5821edf934777bdf321ab3483beba")
}

// UnpackReceivableMergeUnsupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableMergeUnsupported(uint256 fromId, uint256 toId)
func (receivable *Receivable) UnpackReceivableMergeUnsupportedError(raw []byte) (*ReceivableReceivableMergeUnsupported, error) {
	out := new(ReceivableReceivableMergeUnsupported)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableMergeUnsupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotFinancier represents a ReceivableNotFinancier error raised by the Receivable contract.
type ReceivableReceivableNotFinancier struct {
	RequestId *big.Int
	Financier common.Address
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotFinancier(uint256 requestId, address financier, address caller)
func ReceivableReceivableNotFinancierErrorID() common.Hash {
	return common.HexToHash("0xb70622e12b9b8e1459aa60e964d3da6f8ccd0a3d9252e6e99a6aae220f091f84")
}

// UnpackReceivableNotFinancierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotFinancier(uint256 requestId, address financier, address caller)
func (receivable *Receivable) UnpackReceivableNotFinancierError(raw []byte) (*ReceivableReceivableNotFinancier, error) {
	out := new(ReceivableReceivableNotFinancier)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotFinancier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotFound represents a ReceivableNotFound error raised by the Receivable contract.
type ReceivableReceivableNotFound struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotFound(uint256 id)
func ReceivableReceivableNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0f5b1cf93735bcc869b7fb7e69af1fb9000d8867d2679e0c93425ebf3d784dbe")
}

// UnpackReceivableNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotFound(uint256 id)
func (receivable *Receivable) UnpackReceivableNotFoundError(raw []byte) (*ReceivableReceivableNotFound, error) {
	out := new(ReceivableReceivableNotFound)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotHolder represents a ReceivableNotHolder error raised by the Receivable contract.
type ReceivableReceivableNotHolder struct {
	Id     *big.Int
	Holder common.Address
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotHolder(uint256 id, address holder, address caller)
func ReceivableReceivableNotHolderErrorID() common.Hash {
	return common.HexToHash("0x6759577a0c02aa5154012c92fb140f2911454703992500a21220f685363bccbf")
}

// UnpackReceivableNotHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotHolder(uint256 id, address holder, address caller)
func (receivable *Receivable) UnpackReceivableNotHolderError(raw []byte) (*ReceivableReceivableNotHolder, error) {
	out := new(ReceivableReceivableNotHolder)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotObligor represents a ReceivableNotObligor error raised by the Receivable contract.
type ReceivableReceivableNotObligor struct {
	RootId  *big.Int
	Obligor common.Address
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotObligor(uint256 rootId, address obligor, address caller)
func ReceivableReceivableNotObligorErrorID() common.Hash {
	return common.HexToHash("0xb61492caac889e353522812b23ca9a5757a10e9f1e75e721d31084a0f74e4b02")
}

// UnpackReceivableNotObligorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotObligor(uint256 rootId, address obligor, address caller)
func (receivable *Receivable) UnpackReceivableNotObligorError(raw []byte) (*ReceivableReceivableNotObligor, error) {
	out := new(ReceivableReceivableNotObligor)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotObligor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotRequester represents a ReceivableNotRequester error raised by the Receivable contract.
type ReceivableReceivableNotRequester struct {
	RequestId *big.Int
	Holder    common.Address
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotRequester(uint256 requestId, address holder, address caller)
func ReceivableReceivableNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x85b1a1194d5e93aa0f972d215bc5c028e1119b82150ecba5a8cb912383932f33")
}

// UnpackReceivableNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotRequester(uint256 requestId, address holder, address caller)
func (receivable *Receivable) UnpackReceivableNotRequesterError(raw []byte) (*ReceivableReceivableNotRequester, error) {
	out := new(ReceivableReceivableNotRequester)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotRoot represents a ReceivableNotRoot error raised by the Receivable contract.
type ReceivableReceivableNotRoot struct {
	Id     *big.Int
	RootId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotRoot(uint256 id, uint256 rootId)
func ReceivableReceivableNotRootErrorID() common.Hash {
	return common.HexToHash("0xc24c6fe8839418bc2f105b86d9f1d47e18f7b7ce8a07010da7aa9ce4fd2d04c6")
}

// UnpackReceivableNotRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotRoot(uint256 id, uint256 rootId)
func (receivable *Receivable) UnpackReceivableNotRootError(raw []byte) (*ReceivableReceivableNotRoot, error) {
	out := new(ReceivableReceivableNotRoot)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotVerified represents a ReceivableNotVerified error raised by the Receivable contract.
type ReceivableReceivableNotVerified struct {
	Account common.Address
	Topic   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotVerified(address account, bytes32 topic)
func ReceivableReceivableNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0xea4179b0218dd1d9472596c551f116e5e395288712bc46db15e38cc88335bef0")
}

// UnpackReceivableNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotVerified(address account, bytes32 topic)
func (receivable *Receivable) UnpackReceivableNotVerifiedError(raw []byte) (*ReceivableReceivableNotVerified, error) {
	out := new(ReceivableReceivableNotVerified)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotYetLapsed represents a ReceivableNotYetLapsed error raised by the Receivable contract.
type ReceivableReceivableNotYetLapsed struct {
	Id       *big.Int
	LapsesAt uint64
	Now      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotYetLapsed(uint256 id, uint64 lapsesAt, uint64 now_)
func ReceivableReceivableNotYetLapsedErrorID() common.Hash {
	return common.HexToHash("0x0205fdca8441957f09a127c56e86164ab657bee07d9eb3c33e6f3010aeffe256")
}

// UnpackReceivableNotYetLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotYetLapsed(uint256 id, uint64 lapsesAt, uint64 now_)
func (receivable *Receivable) UnpackReceivableNotYetLapsedError(raw []byte) (*ReceivableReceivableNotYetLapsed, error) {
	out := new(ReceivableReceivableNotYetLapsed)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotYetLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableNotYetOverdue represents a ReceivableNotYetOverdue error raised by the Receivable contract.
type ReceivableReceivableNotYetOverdue struct {
	RootId    *big.Int
	OverdueAt uint64
	Now       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableNotYetOverdue(uint256 rootId, uint64 overdueAt, uint64 now_)
func ReceivableReceivableNotYetOverdueErrorID() common.Hash {
	return common.HexToHash("0x6a024a11e1c8d954dd69ef55675b4de3a6dc190e4735d144ade9a4e2f8258515")
}

// UnpackReceivableNotYetOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableNotYetOverdue(uint256 rootId, uint64 overdueAt, uint64 now_)
func (receivable *Receivable) UnpackReceivableNotYetOverdueError(raw []byte) (*ReceivableReceivableNotYetOverdue, error) {
	out := new(ReceivableReceivableNotYetOverdue)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableNotYetOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivablePastDue represents a ReceivablePastDue error raised by the Receivable contract.
type ReceivableReceivablePastDue struct {
	Id      *big.Int
	DueDate uint64
	Now     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivablePastDue(uint256 id, uint64 dueDate, uint64 now_)
func ReceivableReceivablePastDueErrorID() common.Hash {
	return common.HexToHash("0xd545792c2c6c39080f34fb5881a6e9cf8c722bacf85081e6a8d799d1396aa8ca")
}

// UnpackReceivablePastDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivablePastDue(uint256 id, uint64 dueDate, uint64 now_)
func (receivable *Receivable) UnpackReceivablePastDueError(raw []byte) (*ReceivableReceivablePastDue, error) {
	out := new(ReceivableReceivablePastDue)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivablePastDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivablePriceBelowFloor represents a ReceivablePriceBelowFloor error raised by the Receivable contract.
type ReceivableReceivablePriceBelowFloor struct {
	RequestId *big.Int
	MinPrice  *big.Int
	Price     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivablePriceBelowFloor(uint256 requestId, uint256 minPrice, uint256 price)
func ReceivableReceivablePriceBelowFloorErrorID() common.Hash {
	return common.HexToHash("0x6d7ac991ebf16a055403e8e9d81c016a215a6d0ae9f4719649e1cfaf1e028d32")
}

// UnpackReceivablePriceBelowFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivablePriceBelowFloor(uint256 requestId, uint256 minPrice, uint256 price)
func (receivable *Receivable) UnpackReceivablePriceBelowFloorError(raw []byte) (*ReceivableReceivablePriceBelowFloor, error) {
	out := new(ReceivableReceivablePriceBelowFloor)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivablePriceBelowFloor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableRejectedByReceiver represents a ReceivableRejectedByReceiver error raised by the Receivable contract.
type ReceivableReceivableRejectedByReceiver struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableRejectedByReceiver(address to)
func ReceivableReceivableRejectedByReceiverErrorID() common.Hash {
	return common.HexToHash("0x6206fc1fd35416943178e9fba5dc9e007b36c1c15ecd25444fe99639fd7ec630")
}

// UnpackReceivableRejectedByReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableRejectedByReceiver(address to)
func (receivable *Receivable) UnpackReceivableRejectedByReceiverError(raw []byte) (*ReceivableReceivableRejectedByReceiver, error) {
	out := new(ReceivableReceivableRejectedByReceiver)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableRejectedByReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableRootFrozen represents a ReceivableRootFrozen error raised by the Receivable contract.
type ReceivableReceivableRootFrozen struct {
	RootId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableRootFrozen(uint256 rootId)
func ReceivableReceivableRootFrozenErrorID() common.Hash {
	return common.HexToHash("0xf203f43d5f2875b57e5c0337ccd24038eb9998dd6244f5674852feb238db61c9")
}

// UnpackReceivableRootFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableRootFrozen(uint256 rootId)
func (receivable *Receivable) UnpackReceivableRootFrozenError(raw []byte) (*ReceivableReceivableRootFrozen, error) {
	out := new(ReceivableReceivableRootFrozen)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableRootFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableSelfFinancing represents a ReceivableSelfFinancing error raised by the Receivable contract.
type ReceivableReceivableSelfFinancing struct {
	Id        *big.Int
	Financier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableSelfFinancing(uint256 id, address financier)
func ReceivableReceivableSelfFinancingErrorID() common.Hash {
	return common.HexToHash("0xed05eec662c9991dd94b96f5100adabed6f232fe7532569a9d005d3215963332")
}

// UnpackReceivableSelfFinancingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableSelfFinancing(uint256 id, address financier)
func (receivable *Receivable) UnpackReceivableSelfFinancingError(raw []byte) (*ReceivableReceivableSelfFinancing, error) {
	out := new(ReceivableReceivableSelfFinancing)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableSelfFinancing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableSelfTransfer represents a ReceivableSelfTransfer error raised by the Receivable contract.
type ReceivableReceivableSelfTransfer struct {
	Id     *big.Int
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableSelfTransfer(uint256 id, address holder)
func ReceivableReceivableSelfTransferErrorID() common.Hash {
	return common.HexToHash("0x30074a3cb415ef985482c2477856c4bd4f30f26b20b48e235314b98310f23171")
}

// UnpackReceivableSelfTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableSelfTransfer(uint256 id, address holder)
func (receivable *Receivable) UnpackReceivableSelfTransferError(raw []byte) (*ReceivableReceivableSelfTransfer, error) {
	out := new(ReceivableReceivableSelfTransfer)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableSelfTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableSubmissionLapsed represents a ReceivableSubmissionLapsed error raised by the Receivable contract.
type ReceivableReceivableSubmissionLapsed struct {
	Id       *big.Int
	LapsedAt uint64
	Now      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableSubmissionLapsed(uint256 id, uint64 lapsedAt, uint64 now_)
func ReceivableReceivableSubmissionLapsedErrorID() common.Hash {
	return common.HexToHash("0x7ad17ba0d49736b299bba0ed73d7d7769e4de0b8423986b45b9553f89e9b0e5b")
}

// UnpackReceivableSubmissionLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableSubmissionLapsed(uint256 id, uint64 lapsedAt, uint64 now_)
func (receivable *Receivable) UnpackReceivableSubmissionLapsedError(raw []byte) (*ReceivableReceivableSubmissionLapsed, error) {
	out := new(ReceivableReceivableSubmissionLapsed)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableSubmissionLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableTermTooLong represents a ReceivableTermTooLong error raised by the Receivable contract.
type ReceivableReceivableTermTooLong struct {
	DueDate    uint64
	MaxDueDate uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableTermTooLong(uint64 dueDate, uint64 maxDueDate)
func ReceivableReceivableTermTooLongErrorID() common.Hash {
	return common.HexToHash("0xd753c822ae7f0eca1c70dc598e83a3c76c256376de8a847392ad8b9cde92d694")
}

// UnpackReceivableTermTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableTermTooLong(uint64 dueDate, uint64 maxDueDate)
func (receivable *Receivable) UnpackReceivableTermTooLongError(raw []byte) (*ReceivableReceivableTermTooLong, error) {
	out := new(ReceivableReceivableTermTooLong)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableTermTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableTermsMismatch represents a ReceivableTermsMismatch error raised by the Receivable contract.
type ReceivableReceivableTermsMismatch struct {
	RequestId *big.Int
	Value     *big.Int
	Given     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableTermsMismatch(uint256 requestId, uint256 value, uint256 given)
func ReceivableReceivableTermsMismatchErrorID() common.Hash {
	return common.HexToHash("0x22178f70c70f2beda615ed5e091ce042726070b4778271f3924b309c48ae3c57")
}

// UnpackReceivableTermsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableTermsMismatch(uint256 requestId, uint256 value, uint256 given)
func (receivable *Receivable) UnpackReceivableTermsMismatchError(raw []byte) (*ReceivableReceivableTermsMismatch, error) {
	out := new(ReceivableReceivableTermsMismatch)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableTermsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReceivableUnauthorized represents a ReceivableUnauthorized error raised by the Receivable contract.
type ReceivableReceivableUnauthorized struct {
	Account common.Address
	Role    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableUnauthorized(address account, bytes32 role)
func ReceivableReceivableUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0xd82b42dd13361ddba5051dc360f5fddddfa30e95d35cea4eaa80b777daf0ab4d")
}

// UnpackReceivableUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableUnauthorized(address account, bytes32 role)
func (receivable *Receivable) UnpackReceivableUnauthorizedError(raw []byte) (*ReceivableReceivableUnauthorized, error) {
	out := new(ReceivableReceivableUnauthorized)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableUnauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Receivable contract.
type ReceivableReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ReceivableReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (receivable *Receivable) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ReceivableReentrancyGuardReentrantCall, error) {
	out := new(ReceivableReentrancyGuardReentrantCall)
	if err := receivable.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceivableSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Receivable contract.
type ReceivableSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ReceivableSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (receivable *Receivable) UnpackSafeERC20FailedOperationError(raw []byte) (*ReceivableSafeERC20FailedOperation, error) {
	out := new(ReceivableSafeERC20FailedOperation)
	if err := receivable.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
