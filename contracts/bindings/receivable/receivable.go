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

// IReceivableCertificate is an auto generated low-level Go binding around an user-defined struct.
type IReceivableCertificate struct {
	Value    *big.Int
	RootId   uint64
	ParentId uint64
	Frozen   bool
	LockedBy uint64
}

// IReceivableFinancingRequest is an auto generated low-level Go binding around an user-defined struct.
type IReceivableFinancingRequest struct {
	CertificateId uint64
	FinancedId    uint64
	Status        uint8
	Holder        common.Address
	Financier     common.Address
	Value         *big.Int
	Price         *big.Int
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
}

// IReceivableRoot is an auto generated low-level Go binding around an user-defined struct.
type IReceivableRoot struct {
	Obligor       common.Address
	DueDate       uint64
	Status        uint8
	Frozen        bool
	Creditor      common.Address
	IssuedAt      uint64
	FaceValue     *big.Int
	RedeemedValue *big.Int
	Fingerprint   [32]byte
	DocumentHash  [32]byte
}

// ReceivableMetaData contains all meta data concerning the Receivable contract.
var ReceivableMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"cash_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReceivableBatchTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"ReceivableBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ReceivableCertificateFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ReceivableFinancingNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumIReceivable.FinancingStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ReceivableFinancingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"ReceivableFreezeUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"ReceivableInsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"ReceivableInsufficientValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableInvalidDueDate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReceivableInvalidFingerprint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidPartCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minSplitValue\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ReceivableInvalidRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"enumIReceivable.RootStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ReceivableInvalidStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"existingId\",\"type\":\"uint256\"}],\"name\":\"ReceivableInvoiceAlreadyTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ReceivableLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toId\",\"type\":\"uint256\"}],\"name\":\"ReceivableMergeUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotFinancier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ReceivableNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotObligor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReceivableNotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"ReceivableNotRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"ReceivableNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"overdueAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivableNotYetOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"ReceivablePastDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ReceivableRejectedByReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"ReceivableRootFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxDueDate\",\"type\":\"uint64\"}],\"name\":\"ReceivableTermTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"ReceivableUnauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"}],\"name\":\"ApprovalValue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"CertificateFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"CertificateRedeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"parentValue\",\"type\":\"uint256\"}],\"name\":\"CertificateSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"CertificateTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"FinancingCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"}],\"name\":\"FinancingDeclined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"financedId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"FinancingFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"}],\"name\":\"FinancingRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minSplitValue\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"}],\"name\":\"ReceivableConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"ReceivableIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ReceivableOverdue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ReceivableRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReceivableRepaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"ReceivableSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RootFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_oldSlot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_newSlot\",\"type\":\"uint256\"}],\"name\":\"SlotChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"}],\"name\":\"TransferValue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KYB\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PARTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancelFinancing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cash\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"certificate\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"value\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"rootId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentId\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"lockedBy\",\"type\":\"uint64\"}],\"internalType\":\"structIReceivable.Certificate\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"declineFinancing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"financingRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"certificateId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"financedId\",\"type\":\"uint64\"},{\"internalType\":\"enumIReceivable.FinancingStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"value\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"price\",\"type\":\"uint128\"}],\"internalType\":\"structIReceivable.FinancingRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"financedId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"issue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"markOverdue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"payout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"policy\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"minSplitValue\",\"type\":\"uint128\"}],\"internalType\":\"structIReceivable.Policy\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"repay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"requestFinancing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"}],\"name\":\"root\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"enumIReceivable.RootStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"creditor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"faceValue\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"redeemedValue\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIReceivable.Root\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"}],\"name\":\"rootOfFingerprint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setCertificateFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxTerm\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"minSplitValue\",\"type\":\"uint256\"}],\"name\":\"setPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rootId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setRootFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structIReceivable.Part[]\",\"name\":\"parts\",\"type\":\"tuple[]\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueDate\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valueDecimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Receivable",
	Bin: "0x60c060405260068054610100600160881b031916690100000000000000010017905534801561002c575f5ffd5b50604051614c0e380380614c0e83398101604081905261004b9161011d565b6040518060400160405280601381526020017f44756f636861696e2052656365697661626c65000000000000000000000000008152506040518060400160405280600381526020016244524360e81b815250815f90816100ab91906101ed565b5060016100b882826101ed565b5050506001600160a01b039182166080521660a052604080516060810182526301e1338081526201518060208201526064910152706400000000000151800000000001e133806007556102a7565b6001600160a01b038116811461011a575f5ffd5b50565b5f5f6040838503121561012e575f5ffd5b825161013981610106565b602084015190925061014a81610106565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061017d57607f821691505b60208210810361019b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101e857805f5260205f20601f840160051c810160208510156101c65750805b601f840160051c820191505b818110156101e5575f81556001016101d2565b50505b505050565b81516001600160401b0381111561020657610206610155565b61021a816102148454610169565b846101a1565b6020601f82116001811461024c575f83156102355750848201515b5f19600385901b1c1916600184901b1784556101e5565b5f84815260208120601f198516915b8281101561027b578785015182556020948501946001909201910161025b565b508482101561029857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a0516149236102eb5f395f81816106a401528181610d4a0152818161193a01526132d601525f818161062d01528181612afb01526134d201526149235ff3fe608060405234801561000f575f5ffd5b50600436106102b1575f3560e01c80637bbc23a41161017b578063b88d4fde116100e4578063db006a751161009e578063e985e9c511610079578063e985e9c5146107d4578063ec660a80146107e7578063f7213d76146107fa578063ff30a70214610807575f5ffd5b8063db006a751461078e578063e345e0bc146107a1578063e56bf027146107b4575f5ffd5b8063b88d4fde14610727578063b8adaa111461073a578063ba0179b51461074d578063c48f69fe14610760578063c87b56dd14610773578063d2a75cca14610786575f5ffd5b8063961be39111610135578063961be391146106a25780639cc7f708146106c85780639e62fdb9146106db578063a22cb465146106ee578063a65e2cfd14610701578063ad45c88514610714575f5ffd5b80637bbc23a4146106515780637e7172f5146106645780638456cb59146106775780638cb0a5111461067f578063950bff9f1461069257806395d89b411461069a575f5ffd5b8063371fd8e61161021d5780635c975abb116101d75780635c975abb146105d45780636352211e146105df57806369574d71146105f257806370a082311461060557806371a599f6146106185780637b1039991461062b575f5ffd5b8063371fd8e6146105585780633e7e86691461056b5780633f4ba83a1461057a578063421d5af81461058257806342842e0e146105a25780635022ad8b146105b5575f5ffd5b806316115cf81161026e57806316115cf8146103ed57806323b872dd146104f9578063263f3e7e1461050c578063268e71fa1461051f5780632f6ceded14610532578063310ed7f014610545575f5ffd5b806301ffc9a7146102b55780630505c8c9146102dd57806306fdde0314610377578063081812fc1461038c578063095ea7b3146103b75780630f485c02146103cc575b5f5ffd5b6102c86102c336600461405b565b610827565b60405190151581526020015b60405180910390f35b61033e604080516060810182525f808252602082018190529181019190915250604080516060810182526007546001600160401b038082168352600160401b8204166020830152600160801b90046001600160801b03169181019190915290565b6040805182516001600160401b03908116825260208085015190911690820152918101516001600160801b0316908201526060016102d4565b61037f610851565b6040516102d491906140a4565b61039f61039a3660046140b6565b6108e0565b6040516001600160a01b0390911681526020016102d4565b6103ca6103c53660046140e3565b610907565b005b6103df6103da36600461410b565b610916565b6040519081526020016102d4565b6104926103fb3660046140b6565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260096020908152604091829020825160a08101845281546001600160801b03811682526001600160401b03600160801b8204811694830194909452600160c01b90048316938101939093526001015460ff811615156060840152610100900416608082015290565b6040516102d491905f60a0820190506001600160801b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151151560608301526001600160401b03608084015116608083015292915050565b6103ca61050736600461413e565b610a1d565b6103df61051a3660046140b6565b610a45565b6103df61052d36600461417d565b610a72565b6103ca6105403660046141c7565b610b5d565b6103ca610553366004614236565b610bee565b6103ca6105663660046140b6565b610c11565b604051600281526020016102d4565b6103ca610d7f565b6105956105903660046140b6565b610d9f565b6040516102d49190614287565b6103ca6105b036600461413e565b610e89565b6103df6105c33660046140b6565b5f908152600b602052604090205490565b60065460ff166102c8565b61039f6105ed3660046140b6565b610ea3565b6103df61060036600461410b565b610ead565b6103df610613366004614319565b61122b565b6103ca61062636600461433f565b611270565b7f000000000000000000000000000000000000000000000000000000000000000061039f565b6103ca61065f3660046140b6565b611328565b6103ca61067236600461436d565b6113ff565b6103ca611546565b6103ca61068d36600461410b565b611566565b6103df606481565b61037f611601565b7f000000000000000000000000000000000000000000000000000000000000000061039f565b6103df6106d63660046140b6565b611610565b6103df6106e936600461417d565b611636565b6103ca6106fc366004614396565b61170b565b6103df61070f3660046143c0565b611716565b6103ca61072236600461433f565b61197c565b6103ca6107353660046143f4565b611a2a565b6103ca6107483660046140b6565b611ad9565b6103ca61075b3660046140b6565b611bd5565b6103ca61076e3660046140b6565b611c6a565b61037f6107813660046140b6565b611d41565b6103df604081565b6103ca61079c3660046140b6565b611db1565b6103df6107af3660046144ce565b611ddc565b6107c76107c23660046140b6565b611e24565b6040516102d49190614508565b6102c86107e23660046145e6565b611f5d565b6103ca6107f53660046140b6565b611f8a565b6103df6225aca160e91b81565b61081a61081536600461460e565b6120c7565b6040516102d49190614686565b5f6001600160e01b03198216630354d60560e61b148061084b575061084b826122ac565b92915050565b60605f805461085f906146c8565b80601f016020809104026020016040519081016040528092919081815260200182805461088b906146c8565b80156108d65780601f106108ad576101008083540402835291602001916108d6565b820191905f5260205f20905b8154815290600101906020018083116108b957829003601f168201915b5050505050905090565b5f6108ea826122fb565b505f828152600460205260409020546001600160a01b031661084b565b610912828233612333565b5050565b5f61091f612340565b6109276123af565b5f610931856122fb565b905061093e8133876123d3565b6109e8575f858152600c602090815260408083206001600160a01b03851684528252808320338452909152902054838110156109a957604051631ad2eae560e01b81526004810187905233602482015260448101829052606481018590526084015b60405180910390fd5b5f1981146109e6576109bb8482614714565b5f878152600c602090815260408083206001600160a01b038716845282528083203384529091529020555b505b6109f3858285612437565b6109ff85828686612552565b9150610a0d8583858761287e565b50610a16612a28565b9392505050565b610a25612340565b610a2d6123af565b610a38838383612a52565b610a40612a28565b505050565b5f610a4f826122fb565b50505f90815260096020526040902054600160801b90046001600160401b031690565b5f610a7b612340565b610a836123af565b7fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c60610aae3382612ad5565b610ad8877fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c6612ad5565b610ae88733888888886001612b93565b604080518881526001600160401b03881660208201529081018690526060810185905290925033906001600160a01b0389169084907ff189fd700f13015485507ca1b9423f40581077b339a418220046caa822fc792b906080015b60405180910390a450610b54612a28565b95945050505050565b610b65612340565b610b6d6123af565b5f5160206148f75f395f51905f52610b853382612ad5565b6064821115610bb157604051638317dcff60e01b815260048101839052606460248201526044016109a0565b5f5b82811015610be457610bdc848483818110610bd057610bd0614727565b905060200201356130d5565b600101610bb3565b5050610912612a28565b604051630ec7247360e11b815260048101849052602481018390526044016109a0565b610c19612340565b610c216123af565b5f610c2b82613306565b80549091506001600160a01b03163314610c6a578054604051635b0a496560e11b81526109a09184916001600160a01b0390911690339060040161473b565b60028154600160e01b900460ff166005811115610c8957610c8961425f565b14158015610cb4575060058154600160e01b900460ff166005811115610cb157610cb161425f565b14155b15610ce2578054604051634c529c5760e11b81526109a0918491600160e01b90910460ff169060040161475a565b8054600160e21b60ff60e01b1990911617815560028101546040516001600160801b0390911680825290339084907fcbe4b70d2fb25e36bbd348a08212e43d04efd22b5b09f890d040a5a95d7591789060200160405180910390a3610d726001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084613383565b5050610d7c612a28565b50565b5f5160206148f75f395f51905f52610d973382612ad5565b610d7c6133ea565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052858252600a8152908490208451928301855280546001600160401b038082168552600160401b820416928401929092529293919291830190600160801b900460ff166004811115610e2b57610e2b61425f565b6004811115610e3c57610e3c61425f565b815260018201546001600160a01b03908116602083015260028301541660408201526003909101546001600160801b038082166060840152600160801b9091041660809091015292915050565b610a4083838360405180602001604052805f815250611a2a565b5f61084b826122fb565b5f610eb6612340565b610ebe6123af565b5f610ec88561343c565b9050610ef4847f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea00612ad5565b610efd846134a7565b5f858152600960205260409020600181015461010090046001600160401b031615610f575760018101546040516330addbf760e21b8152600481018890526101009091046001600160401b031660248201526044016109a0565b835f03610f7a5760405163a0e504ab60e01b8152600481018590526024016109a0565b80546001600160801b0316841015610f9c57610f97868386612437565b610fed565b610fa6868361356f565b80546001600160801b0316841115610fed5780546040516320771d3f60e01b8152600481018890526001600160801b039091166024820152604481018590526064016109a0565b60068054690100000000000000000090046001600160401b03169060096110138361476e565b91906101000a8154816001600160401b0302191690836001600160401b031602179055506001600160401b031692506040518060e00160405280876001600160401b031681526020015f6001600160401b031681526020016001600481111561107e5761107e61425f565b81526001600160a01b038085166020808401919091529088166040808401919091526001600160801b03881660608401525f6080909301839052868352600a82529182902083518154928501516001600160401b03908116600160401b026001600160801b031990941691161791909117808255918301519091829060ff60801b1916600160801b8360048111156111185761111861425f565b0217905550606082810151600183810180546001600160a01b03199081166001600160a01b03948516179091556080808701516002870180549093169085161790915560a086015160c0909601516001600160801b03968716600160801b979091168702176003909501949094558501805468ffffffffffffffff0019166101006001600160401b038a8116919091029190911790915585549490940484165f81815260086020908152604091829020548251938452898516918401919091529082018a9052600160a01b900490941691840191909152871691889186917fc3239b9a7947a7441ad916a870bca634b6832e83914419937dcf6e7605519e77910160405180910390a45050610a16612a28565b5f6001600160a01b038216611255576040516322718ad960e21b81525f60048201526024016109a0565b506001600160a01b03165f9081526003602052604090205490565b5f5160206148f75f395f51905f526112883382612ad5565b5f61129284613306565b8054909150831515600160e81b90910460ff161515036112d057604051636be1e61360e01b81526004810185905283151560248201526044016109a0565b805460ff60e81b1916600160e81b841515908102919091178255604051908152339085907fc711816ebb2a344f2c126f271aa799f75f1d297322b437cd079052049b207060906020015b60405180910390a350505050565b611330612340565b6113386123af565b5f61134282613685565b60018101549091506001600160a01b031633146113875760018101546040516385b1a11960e01b81526109a09184916001600160a01b0390911690339060040161473b565b8054600360801b60ff60801b1982161782556001600160401b039081165f90815260096020526040808220600101805468ffffffffffffffff0019169055835490513393919091169185917f8b6202d3f4a1d3b37b9ef40366f593052687ef031b0b06d59fc732ef8a276a339190a450610d7c612a28565b5f5160206148f75f395f51905f526114173382612ad5565b6001600160401b038416158061143957506312cc0300846001600160401b0316115b8061145057506301e13380836001600160401b0316115b80611459575081155b8061146a57506001600160801b0382115b156114a2576040516325371cc960e21b81526001600160401b03808616600483015284166024820152604481018390526064016109a0565b60408051606080820183526001600160401b0387811680845290871660208085018290526001600160801b03888116958701869052600780546001600160801b0319168517600160401b850217909116600160801b9096029590951790945584519182529281019290925291810184905233917f4a8919cb0e18db5b627d36b9866e67c0a1089490b27d2d9ca80b29aad4a0bad8910160405180910390a250505050565b5f5160206148f75f395f51905f5261155e3382612ad5565b610d7c61371e565b5f611570846122fb565b905061157d8133866123d3565b6115a0578381336040516333acabbd60e11b81526004016109a09392919061473b565b5f848152600c602090815260408083206001600160a01b038581168552908352818420908716808552908352928190208590555184815286917f621b050de0ad08b51d19b48b3e6df75348c4de6bdd93e81b252ca62e28265b1b910161131a565b60606001805461085f906146c8565b5f61161a826122fb565b50505f908152600960205260409020546001600160801b031690565b5f61163f612340565b6116476123af565b7fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c66116723382612ad5565b61169c877fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c60612ad5565b6116ac3388888888886002612b93565b604080518881526001600160401b0388166020820152908101869052606081018590529092506001600160a01b03881690339084907f81c3f594f735467223cc958e6b00c95eb64307744071e260c8b9344573fa3ef190608001610b43565b61091233838361375b565b5f61171f612340565b6117276123af565b7f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea006117523382612ad5565b5f61175c85613685565b60028101549091506001600160a01b031633146117a157600281015460405163b70622e160e01b81526109a09187916001600160a01b0390911690339060040161473b565b60038101546001600160801b03168415806117bb57508085115b156117ea5760405163013c675960e21b81526004810187905260248101829052604481018690526064016109a0565b81546001808401546001600160401b039092165f818152600960205260409020918201805468ffffffffffffffff0019169055815490926001600160a01b031691906001600160801b0316840361185957611845838361356f565b61185033845f6137f9565b50829650611873565b611864838386612437565b61187083833387612552565b96505b8454600386018054600160801b6001600160801b038c81168202921691909117909155600160811b6001600160401b038a8116600160401b0270ffffffffffffffffff000000000000000019909416939093171787558254604080519290910490921681526001600160a01b0384166020820152338183015260608101869052608081018a90529051889185918c917ff294d92fec2fea8b8486bab81bdf75cb3f6b55afef6e717b045cc3d82aee1e3b919081900360a00190a46119626001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633848b613383565b61196e8388863361287e565b50505050505061084b612a28565b5f5160206148f75f395f51905f526119943382612ad5565b61199d836122fb565b505f838152600960205260409020600181015483151560ff9091161515036119e357604051636be1e61360e01b81526004810185905283151560248201526044016109a0565b60018101805460ff1916841515908117909155604051908152339085907fdb6690cb0345c847ba9b07c4e01878e177b5defc3094a8581addaa845b303d9a9060200161131a565b611a32612340565b611a3a6123af565b6001600160a01b038316611a6357604051633250574960e11b81525f60048201526024016109a0565b5f611a6f8484336137f9565b9050846001600160a01b0316816001600160a01b031614611abd576040516364283d7b60e01b81526001600160a01b03808716600483015260248201859052821660448201526064016109a0565b611aca3386868686613904565b50611ad3612a28565b50505050565b611ae1612340565b611ae96123af565b5f611af382613a23565b805460ff60e01b1916600360e01b17815560038101545f908152600b602090815260408083208390558583526009909152902080546001600160801b031981168255919250906001600160801b0316611b4b84613ae3565b5f845f5160206148d75f395f51905f5283604051611b6b91815260200190565b60405180910390a360018301548354600385015460408051918252602082018590526001600160a01b03938416939092169187917fa9c610b4000a54337b474d690b35716bc48b40a9e21b066e4cac94cdbd13edad910160405180910390a4505050610d7c612a28565b611bdd612340565b611be56123af565b5f611bef82613a23565b8054909150611c0f908390600160a01b90046001600160401b0316613b1b565b8054600160e11b60ff60e01b19821617825560018201546040516001600160a01b0391821692919091169084907f66a54b69bc353c43744ae40a4d00298a39072bd378e17c530da2c991fd269743905f90a450610d7c612a28565b611c72612340565b611c7a6123af565b5f611c8482613685565b60028101549091506001600160a01b03163314611cc957600281015460405163b70622e160e01b81526109a09184916001600160a01b0390911690339060040161473b565b8054600160821b60ff60801b1982161782556001600160401b039081165f90815260096020526040808220600101805468ffffffffffffffff0019169055835490513393919091169185917f1e9be0a8bfb93959c1e31fd073b71dff7dbdb529b6b15abbf7fbd83cbc66c7829190a450610d7c612a28565b6060611d4c826122fb565b505f611d6260408051602081019091525f815290565b90505f815111611d805760405180602001604052805f815250610a16565b80611d8a84613b5e565b604051602001611d9b9291906147af565b6040516020818303038152906040529392505050565b611db9612340565b611dc16123af565b611dca8161343c565b50611dd4816130d5565b610d7c612a28565b5f828152600c6020526040812081611df3856122fb565b6001600160a01b03908116825260208083019390935260409182015f90812091861681529252902054905092915050565b6040805161014080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c0840182905260e084018290526101008401829052610120840182905285825260088152908490208451928301855280546001600160a01b0381168452600160a01b81046001600160401b0316928401929092529293919291830190600160e01b900460ff166005811115611ecf57611ecf61425f565b6005811115611ee057611ee061425f565b81528154600160e81b900460ff161515602082015260018201546001600160a01b0381166040830152600160a01b90046001600160401b0316606082015260028201546001600160801b038082166080840152600160801b9091041660a0820152600382015460c082015260049091015460e09091015292915050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b611f92612340565b611f9a6123af565b5f611fa482613306565b905060028154600160e01b900460ff166005811115611fc557611fc561425f565b14611ff3578054604051634c529c5760e11b81526109a0918491600160e01b90910460ff169060040161475a565b60075481545f9161201f916001600160401b03600160401b909204821691600160a01b909104166147c3565b9050806001600160401b031642101561206557604051636a024a1160e01b8152600481018490526001600160401b038083166024830152421660448201526064016109a0565b815460ff60e01b1916600560e01b1780835560408051600160a01b9092046001600160401b0316825251339185917f07b6f061b5464ba1a65b93ee74aa28d75f2da78f823dc9d46c6af9c013cefe499181900360200190a35050610d7c612a28565b60606120d1612340565b6120d96123af565b5f6120e38561343c565b9050828015806120f35750604081115b1561211d576040805163c7ed9c6960e01b81526109a0918391600401918252602082015260400190565b5f805b828110156121595786868281811061213a5761213a614727565b905060400201602001358261214f91906147e2565b9150600101612120565b50612165878483612437565b816001600160401b0381111561217d5761217d6143e0565b6040519080825280602002602001820160405280156121a6578160200160208202803683370190505b5093505f5b828110156122265761220188858989858181106121ca576121ca614727565b6121e09260206040909202019081019150614319565b8a8a868181106121f2576121f2614727565b90506040020160200135612552565b85828151811061221357612213614727565b60209081029190910101526001016121ab565b505f5b828110156122a0576122988886838151811061224757612247614727565b602002602001015189898581811061226157612261614727565b905060400201602001358a8a8681811061227d5761227d614727565b6122939260206040909202019081019150614319565b61287e565b600101612229565b50505050610a16612a28565b5f6001600160e01b031982166380ac58cd60e01b14806122dc57506001600160e01b03198216635b5e139f60e01b145b8061084b57506301ffc9a760e01b6001600160e01b031983161461084b565b5f818152600260205260408120546001600160a01b03168061084b57604051637e27328960e01b8152600481018490526024016109a0565b610a408383836001613bed565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561238057604051633ee5aeb560e01b815260040160405180910390fd5b6123ad60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613cf1565b565b60065460ff16156123ad5760405163d93c066560e01b815260040160405180910390fd5b5f6001600160a01b0383161580159061242f5750826001600160a01b0316846001600160a01b0316148061240c575061240c8484611f5d565b8061242f57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b612441838361356f565b5f838152600960205260409020600181015461010090046001600160401b03161561249b5760018101546040516330addbf760e21b8152600481018690526101009091046001600160401b031660248201526044016109a0565b80546001600160801b031682106124e15780546040516320771d3f60e01b8152600481018690526001600160801b039091166024820152604481018390526064016109a0565b80545f906124f99084906001600160801b0316614714565b600754909150600160801b90046001600160801b031681101561254b57600754604051633e08368360e11b815260048101839052600160801b9091046001600160801b031660248201526044016109a0565b5050505050565b5f6001600160a01b0383166125855760405163906b9c5560e01b81526001600160a01b03841660048201526024016109a0565b61258e836134a7565b600754600160801b90046001600160801b0316808310156125d457604051633e08368360e11b8152600481018490526001600160801b03821660248201526044016109a0565b5f86815260096020526040812080549091906125fa9086906001600160801b03166147f5565b82546001600160801b0319166001600160801b0382161780845560068054929350600160801b9091046001600160401b03908116926101009004169060016126418361476e565b91906101000a8154816001600160401b0302191690836001600160401b031602179055506001600160401b031694506040518060a00160405280876001600160801b03168152602001826001600160401b031681526020018a6001600160401b031681526020015f151581526020015f6001600160401b031681525060095f8781526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160186101000a8154816001600160401b0302191690836001600160401b031602179055506060820151816001015f6101000a81548160ff02191690831515021790555060808201518160010160016101000a8154816001600160401b0302191690836001600160401b031602179055509050506127a98786613cf8565b806001600160401b03165f867fe4f48c240d3b994948aa54f3e2f5fca59263dfe1d52b6e4cf39a5d249b5ccb6560405160405180910390a484895f5160206148d75f395f51905f528860405161280191815260200190565b60405180910390a3604080516001600160a01b03808b168252891660208201529081018790526001600160801b03831660608201526001600160401b038216908a9087907fcdf9ea63831f85d501302caf4184d1a591da701dbb2682cef0b2d6541b338efa9060800160405180910390a450505050949350505050565b6001600160a01b0381163b15611ad3576040516301ffc9a760e01b8152629ce20b60e01b60048201526001600160a01b038216906301ffc9a790602401602060405180830381865afa9250505080156128f4575060408051601f3d908101601f191682019092526128f191810190614814565b60015b15611ad357806129045750611ad3565b50604051629ce20b60e01b815233600482015260248101859052604481018490526064810183905260a060848201525f60a48201526001600160a01b03821690629ce20b9060c4016020604051808303815f875af1925050508015612986575060408051601f3d908101601f191682019092526129839181019061482f565b60015b6129ed573d8080156129b3576040519150601f19603f3d011682016040523d82523d5f602084013e6129b8565b606091505b5080515f036129e557604051636206fc1f60e01b81526001600160a01b03831660048201526024016109a0565b805160208201fd5b6001600160e01b03198116629ce20b60e01b1461254b57604051636206fc1f60e01b81526001600160a01b03831660048201526024016109a0565b6123ad5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006123a7565b6001600160a01b038216612a7b57604051633250574960e11b81525f60048201526024016109a0565b5f612a878383336137f9565b9050836001600160a01b0316816001600160a01b031614611ad3576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016109a0565b60405163ac4ab3fb60e01b81526001600160a01b038381166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063ac4ab3fb90604401602060405180830381865afa158015612b40573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b649190614814565b6109125760405163d82b42dd60e01b81526001600160a01b0383166004820152602481018290526044016109a0565b5f612b9d876134a7565b851580612bb057506001600160801b0386115b15612bd15760405163a0e504ab60e01b8152600481018790526024016109a0565b426001600160401b0380821690871611612c1157604051636af1094760e01b81526001600160401b038088166004830152821660248201526044016109a0565b6007545f90612c29906001600160401b0316836147c3565b9050806001600160401b0316876001600160401b03161115612c7157604051636ba9e41160e11b81526001600160401b038089166004830152821660248201526044016109a0565b85612c8f576040516304a47ab760e21b815260040160405180910390fd5b5f868152600b60205260409020548015612cc65760405163adf0117b60e01b815260048101889052602481018290526044016109a0565b6006805461010090046001600160401b0316906001612ce48361476e565b91906101000a8154816001600160401b0302191690836001600160401b031602179055506001600160401b0316935083600b5f8981526020019081526020015f20819055506040518061014001604052808c6001600160a01b03168152602001896001600160401b03168152602001866005811115612d6557612d6561425f565b81526020015f151581526020018b6001600160a01b03168152602001846001600160401b031681526020018a6001600160801b031681526020015f6001600160801b031681526020018881526020018781525060085f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01601c6101000a81548160ff02191690836005811115612e4857612e4861425f565b02179055506060820151815f01601d6101000a81548160ff0219169083151502179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160010160146101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151816002015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060e08201518160020160106101000a8154816001600160801b0302191690836001600160801b03160217905550610100820151816003015561012082015181600401559050506040518060a001604052808a6001600160801b03168152602001856001600160401b031681526020015f6001600160401b031681526020015f151581526020015f6001600160401b031681525060095f8681526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160186101000a8154816001600160401b0302191690836001600160401b031602179055506060820151816001015f6101000a81548160ff02191690831515021790555060808201518160010160016101000a8154816001600160401b0302191690836001600160401b031602179055509050506130708a85613cf8565b835f857fe4f48c240d3b994948aa54f3e2f5fca59263dfe1d52b6e4cf39a5d249b5ccb6560405160405180910390a4835f5f5160206148d75f395f51905f528b6040516130bf91815260200190565b60405180910390a3505050979650505050505050565b5f6130df826122fb565b5f8381526009602090815260408083208054600160801b90046001600160401b0316845260089092529091209192509060048154600160e01b900460ff16600581111561312e5761312e61425f565b1461316c5781548154604051634c529c5760e11b81526109a092600160801b90046001600160401b031691600160e01b900460ff169060040161484a565b8054600160e81b900460ff16156131aa57815460405163f203f43d60e01b8152600160801b9091046001600160401b031660048201526024016109a0565b600182015460ff16156131d3576040516339aff46160e01b8152600481018590526024016109a0565b81546001600160801b0319811683556002820180546001600160801b039283169283929160109161320e918591600160801b90910416614867565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555061323b85613ae3565b6040516001600160801b03821681525f9086905f5160206148d75f395f51905f529060200160405180910390a38254604080516001600160801b03841681523360208201526001600160a01b03871692600160801b90046001600160401b03169188917fdfa69779af24580521b76194df05c69e4e34146c78206bd222c22943154dd1ea910160405180910390a461254b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016856001600160801b038416613d59565b5f81815260096020526040812054600160801b90046001600160401b031680820361334757604051630f5b1cf960e01b8152600481018490526024016109a0565b828114613371576040516318498dfd60e31b815260048101849052602481018290526044016109a0565b50505f90815260086020526040902090565b6040516001600160a01b038481166024830152838116604483015260648201839052611ad39186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613d8a565b6133f2613df6565b6006805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f818152600260205260409020546001600160a01b03168061347457604051630f5b1cf960e01b8152600481018390526024016109a0565b61347f8133846123d3565b6134a2578181336040516333acabbd60e11b81526004016109a09392919061473b565b919050565b60405163ba03e20560e01b81526001600160a01b0382811660048301526225aca160e91b60248301527f0000000000000000000000000000000000000000000000000000000000000000169063ba03e20590604401602060405180830381865afa158015613517573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061353b9190614814565b610d7c57604051630ea4179b60e41b81526001600160a01b03821660048201526225aca160e91b60248201526044016109a0565b5f8281526009602090815260408083208054600160801b90046001600160401b03168452600890925290912060028154600160e01b900460ff1660058111156135ba576135ba61425f565b146135f85781548154604051634c529c5760e11b81526109a092600160801b90046001600160401b031691600160e01b900460ff169060040161484a565b8054600160e81b900460ff161561363657815460405163f203f43d60e01b8152600160801b9091046001600160401b031660048201526024016109a0565b600182015460ff161561365f576040516339aff46160e01b8152600481018590526024016109a0565b805461367c908590600160a01b90046001600160401b0316613b1b565b611ad3836134a7565b5f818152600a60205260408120908154600160801b900460ff1660048111156136b0576136b061425f565b036136d157604051631a9203b360e21b8152600481018390526024016109a0565b60018154600160801b900460ff1660048111156136f0576136f061425f565b146134a257805460405163f3cfa2a360e01b81526109a0918491600160801b90910460ff1690600401614886565b6137266123af565b6006805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861341f3390565b6001600160a01b03821661378d57604051630b61174360e31b81526001600160a01b03831660048201526024016109a0565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b5f613805848484613e19565b90506001600160a01b0381161580159061382757506001600160a01b03841615155b15610a1657613836838261356f565b61383f846134a7565b5f838152600960205260409020600181015461010090046001600160401b0316156138995760018101546040516330addbf760e21b8152600481018690526101009091046001600160401b031660248201526044016109a0565b8054604080516001600160a01b0388811682526001600160801b0384166020830152851692600160801b90046001600160401b03169187917ff1087d3cca8417cbb6cecf4c0881133c575e6830c92801a87e9ceabf8f97caf4910160405180910390a4509392505050565b6001600160a01b0383163b1561254b57604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061394690889088908790879060040161489a565b6020604051808303815f875af1925050508015613980575060408051601f3d908101601f1916820190925261397d9181019061482f565b60015b6139df573d8080156139ad576040519150601f19603f3d011682016040523d82523d5f602084013e6139b2565b606091505b5080515f036129e557604051633250574960e11b81526001600160a01b03851660048201526024016109a0565b6001600160e01b03198116630a85bd0160e11b14613a1b57604051633250574960e11b81526001600160a01b03851660048201526024016109a0565b505050505050565b5f613a2d82613306565b80549091506001600160a01b03163314613a6c578054604051635b0a496560e11b81526109a09184916001600160a01b0390911690339060040161473b565b613a96337fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c6612ad5565b60018154600160e01b900460ff166005811115613ab557613ab561425f565b146134a2578054604051634c529c5760e11b81526109a0918491600160e01b90910460ff169060040161475a565b5f613aef5f835f6137f9565b90506001600160a01b03811661091257604051637e27328960e01b8152600481018390526024016109a0565b806001600160401b03164210610912576040516335515e4b60e21b8152600481018390526001600160401b038083166024830152421660448201526064016109a0565b60605f613b6a83613f0b565b60010190505f816001600160401b03811115613b8857613b886143e0565b6040519080825280601f01601f191660200182016040528015613bb2576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084613bbc57509392505050565b8080613c0157506001600160a01b03821615155b15613cc2575f613c10846122fb565b90506001600160a01b03831615801590613c3c5750826001600160a01b0316816001600160a01b031614155b8015613c4f5750613c4d8184611f5d565b155b15613c785760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016109a0565b8115613cc05783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b80825d5050565b6001600160a01b038216613d2157604051633250574960e11b81525f60048201526024016109a0565b5f613d2d83835f6137f9565b90506001600160a01b03811615610a40576040516339e3563760e11b81525f60048201526024016109a0565b6040516001600160a01b03838116602483015260448201839052610a4091859182169063a9059cbb906064016133b8565b5f5f60205f8451602086015f885af180613da9576040513d5f823e3d81fd5b50505f513d91508115613dc0578060011415613dcd565b6001600160a01b0384163b155b15611ad357604051635274afe760e01b81526001600160a01b03851660048201526024016109a0565b60065460ff166123ad57604051638dfc202b60e01b815260040160405180910390fd5b5f828152600260205260408120546001600160a01b0390811690831615613e4557613e45818486613fe2565b6001600160a01b03811615613e7f57613e605f855f5f613bed565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615613ead576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310613f495772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310613f75576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310613f9357662386f26fc10000830492506010015b6305f5e1008310613fab576305f5e100830492506008015b6127108310613fbf57612710830492506004015b60648310613fd1576064830492506002015b600a831061084b5760010192915050565b613fed8383836123d3565b610a40576001600160a01b03831661401b57604051637e27328960e01b8152600481018290526024016109a0565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016109a0565b6001600160e01b031981168114610d7c575f5ffd5b5f6020828403121561406b575f5ffd5b8135610a1681614046565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a166020830184614076565b5f602082840312156140c6575f5ffd5b5035919050565b80356001600160a01b03811681146134a2575f5ffd5b5f5f604083850312156140f4575f5ffd5b6140fd836140cd565b946020939093013593505050565b5f5f5f6060848603121561411d575f5ffd5b8335925061412d602085016140cd565b929592945050506040919091013590565b5f5f5f60608486031215614150575f5ffd5b614159846140cd565b925061412d602085016140cd565b80356001600160401b03811681146134a2575f5ffd5b5f5f5f5f5f60a08688031215614191575f5ffd5b61419a866140cd565b9450602086013593506141af60408701614167565b94979396509394606081013594506080013592915050565b5f5f602083850312156141d8575f5ffd5b82356001600160401b038111156141ed575f5ffd5b8301601f810185136141fd575f5ffd5b80356001600160401b03811115614212575f5ffd5b8560208260051b8401011115614226575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215614248575f5ffd5b505081359360208301359350604090920135919050565b634e487b7160e01b5f52602160045260245ffd5b600581106142835761428361425f565b9052565b5f60e0820190506001600160401b0383511682526001600160401b03602084015116602083015260408301516142c06040840182614273565b5060018060a01b03606084015116606083015260018060a01b0360808401511660808301526001600160801b0360a08401511660a083015260c083015161431260c08401826001600160801b03169052565b5092915050565b5f60208284031215614329575f5ffd5b610a16826140cd565b8015158114610d7c575f5ffd5b5f5f60408385031215614350575f5ffd5b82359150602083013561436281614332565b809150509250929050565b5f5f5f6060848603121561437f575f5ffd5b61438884614167565b925061412d60208501614167565b5f5f604083850312156143a7575f5ffd5b6143b0836140cd565b9150602083013561436281614332565b5f5f604083850312156143d1575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215614407575f5ffd5b614410856140cd565b935061441e602086016140cd565b92506040850135915060608501356001600160401b0381111561443f575f5ffd5b8501601f8101871361444f575f5ffd5b80356001600160401b03811115614468576144686143e0565b604051601f8201601f19908116603f011681016001600160401b0381118282101715614496576144966143e0565b6040528181528282016020018910156144ad575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f604083850312156144df575f5ffd5b823591506144ef602084016140cd565b90509250929050565b600681106142835761428361425f565b81516001600160a01b031681526101408101602083015161453460208401826001600160401b03169052565b50604083015161454760408401826144f8565b50606083015161455b606084018215159052565b50608083015161457660808401826001600160a01b03169052565b5060a083015161459160a08401826001600160401b03169052565b5060c08301516145ac60c08401826001600160801b03169052565b5060e08301516145c760e08401826001600160801b03169052565b5061010083015161010083015261012083015161012083015292915050565b5f5f604083850312156145f7575f5ffd5b614600836140cd565b91506144ef602084016140cd565b5f5f5f60408486031215614620575f5ffd5b8335925060208401356001600160401b0381111561463c575f5ffd5b8401601f8101861361464c575f5ffd5b80356001600160401b03811115614661575f5ffd5b8660208260061b8401011115614675575f5ffd5b939660209190910195509293505050565b602080825282518282018190525f918401906040840190835b818110156146bd57835183526020938401939092019160010161469f565b509095945050505050565b600181811c908216806146dc57607f821691505b6020821081036146fa57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561084b5761084b614700565b634e487b7160e01b5f52603260045260245ffd5b9283526001600160a01b03918216602084015216604082015260600190565b82815260408101610a1660208301846144f8565b5f6001600160401b0382166001600160401b03810361478f5761478f614700565b60010192915050565b5f81518060208401855e5f93019283525090919050565b5f61242f6147bd8386614798565b84614798565b6001600160401b03818116838216019081111561084b5761084b614700565b8082018082111561084b5761084b614700565b6001600160801b03828116828216039081111561084b5761084b614700565b5f60208284031215614824575f5ffd5b8151610a1681614332565b5f6020828403121561483f575f5ffd5b8151610a1681614046565b6001600160401b038316815260408101610a1660208301846144f8565b6001600160801b03818116838216019081111561084b5761084b614700565b82815260408101610a166020830184614273565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906148cc90830184614076565b969550505050505056fe0b2aac84f3ec956911fd78eae5311062972ff949f38412e8da39069d9f068cc697667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929a164736f6c634300081e000a",
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

// PackCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16115cf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certificate(uint256 id) view returns((uint128,uint64,uint64,bool,uint64))
func (receivable *Receivable) PackCertificate(id *big.Int) []byte {
	enc, err := receivable.abi.Pack("certificate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16115cf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certificate(uint256 id) view returns((uint128,uint64,uint64,bool,uint64))
func (receivable *Receivable) TryPackCertificate(id *big.Int) ([]byte, error) {
	return receivable.abi.Pack("certificate", id)
}

// UnpackCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16115cf8.
//
// Solidity: function certificate(uint256 id) view returns((uint128,uint64,uint64,bool,uint64))
func (receivable *Receivable) UnpackCertificate(data []byte) (IReceivableCertificate, error) {
	out, err := receivable.abi.Unpack("certificate", data)
	if err != nil {
		return *new(IReceivableCertificate), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivableCertificate)).(*IReceivableCertificate)
	return out0, nil
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm(uint256 id) returns()
func (receivable *Receivable) PackConfirm(id *big.Int) []byte {
	enc, err := receivable.abi.Pack("confirm", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm(uint256 id) returns()
func (receivable *Receivable) TryPackConfirm(id *big.Int) ([]byte, error) {
	return receivable.abi.Pack("confirm", id)
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
// Solidity: function financingRequest(uint256 requestId) view returns((uint64,uint64,uint8,address,address,uint128,uint128))
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
// Solidity: function financingRequest(uint256 requestId) view returns((uint64,uint64,uint8,address,address,uint128,uint128))
func (receivable *Receivable) TryPackFinancingRequest(requestId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("financingRequest", requestId)
}

// UnpackFinancingRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x421d5af8.
//
// Solidity: function financingRequest(uint256 requestId) view returns((uint64,uint64,uint8,address,address,uint128,uint128))
func (receivable *Receivable) UnpackFinancingRequest(data []byte) (IReceivableFinancingRequest, error) {
	out, err := receivable.abi.Unpack("financingRequest", data)
	if err != nil {
		return *new(IReceivableFinancingRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivableFinancingRequest)).(*IReceivableFinancingRequest)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 requestId, uint256 price) returns(uint256 financedId)
func (receivable *Receivable) PackFund(requestId *big.Int, price *big.Int) []byte {
	enc, err := receivable.abi.Pack("fund", requestId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 requestId, uint256 price) returns(uint256 financedId)
func (receivable *Receivable) TryPackFund(requestId *big.Int, price *big.Int) ([]byte, error) {
	return receivable.abi.Pack("fund", requestId, price)
}

// UnpackFund is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa65e2cfd.
//
// Solidity: function fund(uint256 requestId, uint256 price) returns(uint256 financedId)
func (receivable *Receivable) UnpackFund(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("fund", data)
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
// the contract method with ID 0x9e62fdb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issue(address supplier, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash) returns(uint256 id)
func (receivable *Receivable) PackIssue(supplier common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte) []byte {
	enc, err := receivable.abi.Pack("issue", supplier, value, dueDate, fingerprint, documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e62fdb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issue(address supplier, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash) returns(uint256 id)
func (receivable *Receivable) TryPackIssue(supplier common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte) ([]byte, error) {
	return receivable.abi.Pack("issue", supplier, value, dueDate, fingerprint, documentHash)
}

// UnpackIssue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e62fdb9.
//
// Solidity: function issue(address supplier, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash) returns(uint256 id)
func (receivable *Receivable) UnpackIssue(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("issue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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
// Solidity: function policy() view returns((uint64,uint64,uint128))
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
// Solidity: function policy() view returns((uint64,uint64,uint128))
func (receivable *Receivable) TryPackPolicy() ([]byte, error) {
	return receivable.abi.Pack("policy")
}

// UnpackPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0505c8c9.
//
// Solidity: function policy() view returns((uint64,uint64,uint128))
func (receivable *Receivable) UnpackPolicy(data []byte) (IReceivablePolicy, error) {
	out, err := receivable.abi.Unpack("policy", data)
	if err != nil {
		return *new(IReceivablePolicy), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivablePolicy)).(*IReceivablePolicy)
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
// the contract method with ID 0xb8adaa11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject(uint256 id) returns()
func (receivable *Receivable) PackReject(id *big.Int) []byte {
	enc, err := receivable.abi.Pack("reject", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8adaa11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject(uint256 id) returns()
func (receivable *Receivable) TryPackReject(id *big.Int) ([]byte, error) {
	return receivable.abi.Pack("reject", id)
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
// the contract method with ID 0x69574d71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFinancing(uint256 id, address financier, uint256 value) returns(uint256 requestId)
func (receivable *Receivable) PackRequestFinancing(id *big.Int, financier common.Address, value *big.Int) []byte {
	enc, err := receivable.abi.Pack("requestFinancing", id, financier, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69574d71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFinancing(uint256 id, address financier, uint256 value) returns(uint256 requestId)
func (receivable *Receivable) TryPackRequestFinancing(id *big.Int, financier common.Address, value *big.Int) ([]byte, error) {
	return receivable.abi.Pack("requestFinancing", id, financier, value)
}

// UnpackRequestFinancing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69574d71.
//
// Solidity: function requestFinancing(uint256 id, address financier, uint256 value) returns(uint256 requestId)
func (receivable *Receivable) UnpackRequestFinancing(data []byte) (*big.Int, error) {
	out, err := receivable.abi.Unpack("requestFinancing", data)
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
// Solidity: function root(uint256 rootId) view returns((address,uint64,uint8,bool,address,uint64,uint128,uint128,bytes32,bytes32))
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
// Solidity: function root(uint256 rootId) view returns((address,uint64,uint8,bool,address,uint64,uint128,uint128,bytes32,bytes32))
func (receivable *Receivable) TryPackRoot(rootId *big.Int) ([]byte, error) {
	return receivable.abi.Pack("root", rootId)
}

// UnpackRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe56bf027.
//
// Solidity: function root(uint256 rootId) view returns((address,uint64,uint8,bool,address,uint64,uint128,uint128,bytes32,bytes32))
func (receivable *Receivable) UnpackRoot(data []byte) (IReceivableRoot, error) {
	out, err := receivable.abi.Unpack("root", data)
	if err != nil {
		return *new(IReceivableRoot), err
	}
	out0 := *abi.ConvertType(out[0], new(IReceivableRoot)).(*IReceivableRoot)
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

// PackSetCertificateFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad45c885.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCertificateFrozen(uint256 id, bool frozen) returns()
func (receivable *Receivable) PackSetCertificateFrozen(id *big.Int, frozen bool) []byte {
	enc, err := receivable.abi.Pack("setCertificateFrozen", id, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCertificateFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad45c885.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCertificateFrozen(uint256 id, bool frozen) returns()
func (receivable *Receivable) TryPackSetCertificateFrozen(id *big.Int, frozen bool) ([]byte, error) {
	return receivable.abi.Pack("setCertificateFrozen", id, frozen)
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e7172f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue) returns()
func (receivable *Receivable) PackSetPolicy(maxTerm uint64, gracePeriod uint64, minSplitValue *big.Int) []byte {
	enc, err := receivable.abi.Pack("setPolicy", maxTerm, gracePeriod, minSplitValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e7172f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue) returns()
func (receivable *Receivable) TryPackSetPolicy(maxTerm uint64, gracePeriod uint64, minSplitValue *big.Int) ([]byte, error) {
	return receivable.abi.Pack("setPolicy", maxTerm, gracePeriod, minSplitValue)
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

// PackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff30a702.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function split(uint256 id, (address,uint256)[] parts) returns(uint256[] ids)
func (receivable *Receivable) PackSplit(id *big.Int, parts []IReceivablePart) []byte {
	enc, err := receivable.abi.Pack("split", id, parts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff30a702.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function split(uint256 id, (address,uint256)[] parts) returns(uint256[] ids)
func (receivable *Receivable) TryPackSplit(id *big.Int, parts []IReceivablePart) ([]byte, error) {
	return receivable.abi.Pack("split", id, parts)
}

// UnpackSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff30a702.
//
// Solidity: function split(uint256 id, (address,uint256)[] parts) returns(uint256[] ids)
func (receivable *Receivable) UnpackSplit(data []byte) ([]*big.Int, error) {
	out, err := receivable.abi.Unpack("split", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x268e71fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(address obligor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash) returns(uint256 id)
func (receivable *Receivable) PackSubmit(obligor common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte) []byte {
	enc, err := receivable.abi.Pack("submit", obligor, value, dueDate, fingerprint, documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x268e71fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(address obligor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash) returns(uint256 id)
func (receivable *Receivable) TryPackSubmit(obligor common.Address, value *big.Int, dueDate uint64, fingerprint [32]byte, documentHash [32]byte) ([]byte, error) {
	return receivable.abi.Pack("submit", obligor, value, dueDate, fingerprint, documentHash)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x268e71fa.
//
// Solidity: function submit(address obligor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash) returns(uint256 id)
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

// ReceivableCertificateFrozen represents a CertificateFrozen event raised by the Receivable contract.
type ReceivableCertificateFrozen struct {
	Id     *big.Int
	Frozen bool
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableCertificateFrozenEventName = "CertificateFrozen"

// ContractEventName returns the user-defined event name.
func (ReceivableCertificateFrozen) ContractEventName() string {
	return ReceivableCertificateFrozenEventName
}

// UnpackCertificateFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateFrozen(uint256 indexed id, bool frozen, address indexed by)
func (receivable *Receivable) UnpackCertificateFrozenEvent(log *types.Log) (*ReceivableCertificateFrozen, error) {
	event := "CertificateFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableCertificateFrozen)
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

// ReceivableCertificateRedeemed represents a CertificateRedeemed event raised by the Receivable contract.
type ReceivableCertificateRedeemed struct {
	Id     *big.Int
	RootId *big.Int
	Holder common.Address
	Value  *big.Int
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableCertificateRedeemedEventName = "CertificateRedeemed"

// ContractEventName returns the user-defined event name.
func (ReceivableCertificateRedeemed) ContractEventName() string {
	return ReceivableCertificateRedeemedEventName
}

// UnpackCertificateRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateRedeemed(uint256 indexed id, uint256 indexed rootId, address indexed holder, uint256 value, address by)
func (receivable *Receivable) UnpackCertificateRedeemedEvent(log *types.Log) (*ReceivableCertificateRedeemed, error) {
	event := "CertificateRedeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableCertificateRedeemed)
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

// ReceivableCertificateSplit represents a CertificateSplit event raised by the Receivable contract.
type ReceivableCertificateSplit struct {
	Id          *big.Int
	ParentId    *big.Int
	RootId      *big.Int
	From        common.Address
	To          common.Address
	Value       *big.Int
	ParentValue *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReceivableCertificateSplitEventName = "CertificateSplit"

// ContractEventName returns the user-defined event name.
func (ReceivableCertificateSplit) ContractEventName() string {
	return ReceivableCertificateSplitEventName
}

// UnpackCertificateSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateSplit(uint256 indexed id, uint256 indexed parentId, uint256 indexed rootId, address from, address to, uint256 value, uint256 parentValue)
func (receivable *Receivable) UnpackCertificateSplitEvent(log *types.Log) (*ReceivableCertificateSplit, error) {
	event := "CertificateSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableCertificateSplit)
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

// ReceivableCertificateTransferred represents a CertificateTransferred event raised by the Receivable contract.
type ReceivableCertificateTransferred struct {
	Id     *big.Int
	RootId *big.Int
	From   common.Address
	To     common.Address
	Value  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReceivableCertificateTransferredEventName = "CertificateTransferred"

// ContractEventName returns the user-defined event name.
func (ReceivableCertificateTransferred) ContractEventName() string {
	return ReceivableCertificateTransferredEventName
}

// UnpackCertificateTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateTransferred(uint256 indexed id, uint256 indexed rootId, address indexed from, address to, uint256 value)
func (receivable *Receivable) UnpackCertificateTransferredEvent(log *types.Log) (*ReceivableCertificateTransferred, error) {
	event := "CertificateTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receivable.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceivableCertificateTransferred)
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
// Solidity: event FinancingRequested(uint256 indexed requestId, uint256 indexed id, address indexed financier, uint256 rootId, address holder, uint256 value, uint64 dueDate)
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
// Solidity: event PolicyUpdated(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, address indexed by)
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

// ReceivableReceivableSubmitted represents a ReceivableSubmitted event raised by the Receivable contract.
type ReceivableReceivableSubmitted struct {
	Id           *big.Int
	Obligor      common.Address
	Creditor     common.Address
	Value        *big.Int
	DueDate      uint64
	Fingerprint  [32]byte
	DocumentHash [32]byte
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
// Solidity: event ReceivableSubmitted(uint256 indexed id, address indexed obligor, address indexed creditor, uint256 value, uint64 dueDate, bytes32 fingerprint, bytes32 documentHash)
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
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableCertificateFrozen"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableCertificateFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFinancingNotFound"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFinancingNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFinancingNotOpen"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFinancingNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableFreezeUnchanged"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableFreezeUnchangedError(raw[4:])
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
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableInvalidFingerprint"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableInvalidFingerprintError(raw[4:])
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
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableNotYetOverdue"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableNotYetOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivablePastDue"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivablePastDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableRejectedByReceiver"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableRejectedByReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableRootFrozen"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableRootFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], receivable.abi.Errors["ReceivableTermTooLong"].ID.Bytes()[:4]) {
		return receivable.UnpackReceivableTermTooLongError(raw[4:])
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

// ReceivableReceivableCertificateFrozen represents a ReceivableCertificateFrozen error raised by the Receivable contract.
type ReceivableReceivableCertificateFrozen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableCertificateFrozen(uint256 id)
func ReceivableReceivableCertificateFrozenErrorID() common.Hash {
	return common.HexToHash("0x39aff461b20df3c148f1e742eddcd5deded606cda741c8e4f71af2b1d8bbb12d")
}

// UnpackReceivableCertificateFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableCertificateFrozen(uint256 id)
func (receivable *Receivable) UnpackReceivableCertificateFrozenError(raw []byte) (*ReceivableReceivableCertificateFrozen, error) {
	out := new(ReceivableReceivableCertificateFrozen)
	if err := receivable.abi.UnpackIntoInterface(out, "ReceivableCertificateFrozen", raw); err != nil {
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
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivableInvalidPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue)
func ReceivableReceivableInvalidPolicyErrorID() common.Hash {
	return common.HexToHash("0x94dc7324b6c651d9468cf9d243b4298780a7cec801808743e07a095f7807b68f")
}

// UnpackReceivableInvalidPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivableInvalidPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue)
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
