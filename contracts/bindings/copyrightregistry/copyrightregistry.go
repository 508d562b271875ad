// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package copyrightregistry

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

// ICopyrightRegistryCatalog is an auto generated low-level Go binding around an user-defined struct.
type ICopyrightRegistryCatalog struct {
	Owner        common.Address
	WorkCount    uint64
	RegisteredAt uint64
	BlockNumber  uint64
}

// ICopyrightRegistryLicense is an auto generated low-level Go binding around an user-defined struct.
type ICopyrightRegistryLicense struct {
	TermsHash [32]byte
	GrantedAt uint64
	ExpiresAt uint64
	Revoked   bool
}

// ICopyrightRegistryWork is an auto generated low-level Go binding around an user-defined struct.
type ICopyrightRegistryWork struct {
	Owner        common.Address
	RegisteredAt uint64
	BlockNumber  uint64
	MetadataHash [32]byte
}

// CopyrightRegistryMetaData contains all meta data concerning the CopyrightRegistry contract.
var CopyrightRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"name\":\"CopyrightAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"CopyrightCatalogAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"CopyrightEmptyCatalog\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"CopyrightInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"}],\"name\":\"CopyrightInvalidLicensee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxLength\",\"type\":\"uint256\"}],\"name\":\"CopyrightInvalidTitle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"}],\"name\":\"CopyrightLicenseNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CopyrightNotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CopyrightUnauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"CopyrightWorkNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CopyrightZeroContentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CopyrightZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"workCount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"catalogId\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"name\":\"CatalogRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"LicenseGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"LicenseRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"name\":\"WorkRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"WorkTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_TITLE_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"catalog\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"workCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"internalType\":\"structICopyrightRegistry.Catalog\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"grantLicense\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"}],\"name\":\"isLicensed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"}],\"name\":\"license\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"}],\"internalType\":\"structICopyrightRegistry.License\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"workCount\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"catalogId\",\"type\":\"string\"}],\"name\":\"registerCatalog\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"}],\"name\":\"revokeLicense\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyWork\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"work\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structICopyrightRegistry.Work\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CopyrightRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161121538038061121583398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b60805161117c6100995f395f81816103b701528181610b8701528181610c3d0152610cf1015261117c5ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c80637177b1ca1161006e5780637177b1ca146102d35780637b103999146103aa5780638150593f146103e157806383198cfb146104045780639caaf02214610417578063ef5d6bbb1461042a575f5ffd5b806305a03ebb146100b55780632ef9a1601461019957806355bf94fc146101af57806367b3d87f146101c45780636852b955146102ad5780636a666026146102c0575b5f5ffd5b6101436100c3366004610e91565b60408051608080820183525f80835260208084018290528385018290526060938401829052948152600285528390208351918201845280546001600160a01b0381168352600160a01b90046001600160401b03908116958301959095526001015480851693820193909352600160401b9092049092169181019190915290565b604051610190919081516001600160a01b031681526020808301516001600160401b0390811691830191909152604080840151821690830152606092830151169181019190915260800190565b60405180910390f35b6101a160c881565b604051908152602001610190565b6101c26101bd366004610eec565b61043d565b005b6102626101d2366004610f50565b604080516080810182525f808252602082018190529181018290526060810191909152505f9182526001602081815260408085206001600160a01b03949094168552928152928290208251608081018452815481529101546001600160401b0380821694830194909452600160401b810490931691810191909152600160801b90910460ff161515606082015290565b60405161019091905f608082019050825182526001600160401b0360208401511660208301526001600160401b03604084015116604083015260608301511515606083015292915050565b6101c26102bb366004610f90565b6105fc565b6101c26102ce366004610fd3565b610763565b6103606102e1366004610e91565b604080516080810182525f808252602082018190529181018290526060810191909152505f9081526020818152604091829020825160808101845281546001600160a01b03811682526001600160401b03600160a01b909104811693820193909352600182015490921692820192909252600290910154606082015290565b6040805182516001600160a01b031681526020808401516001600160401b039081169183019190915283830151169181019190915260609182015191810191909152608001610190565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610190565b6103f46103ef366004611028565b610920565b6040519015158152602001610190565b6101c2610412366004610f50565b610987565b6103f4610425366004610f50565b610a5f565b6101c2610438366004610f50565b610ab7565b61044633610b40565b61046a57604051631787c5ef60e11b81523360048201526024015b60405180910390fd5b83610488576040516319825fc360e31b815260040160405180910390fd5b81801580610496575060c881115b156104be5760405163119e0c7160e01b81526004810182905260c86024820152604401610461565b5f85815260208190526040902080546001600160a01b03161561051e578054604051631744062f60e01b8152600481018890526001600160a01b0382166024820152600160a01b9091046001600160401b03166044820152606401610461565b60408051608081018252338082526001600160401b03428181166020808601918252438416868801908152606087018b81525f8f815292839052918890209651875493518616600160a01b026001600160e01b03199094166001600160a01b03919091161792909217865590516001860180549190941667ffffffffffffffff19909116179092559051600290930192909255915190919088907f4434a0ffdf88b9dfcb646250df49268f10938427ae60774e923b65f208ca9557906105eb908a908a908a9088906110cd565b60405180910390a350505050505050565b61060584610d60565b506001600160a01b038316610638576040516364bf4daf60e11b81526001600160a01b0384166004820152602401610461565b426001600160401b0380821690831611610678576040516307441f9160e11b81526001600160401b03808416600483015282166024820152604401610461565b604080516080810182528481526001600160401b0380841660208084019182528683168486019081525f606086018181528c825260018085528883206001600160a01b038e1680855295529188902096518755935195018054915193511515600160801b0260ff60801b19948616600160401b026001600160801b03199093169690951695909517179190911691909117909155905133919087907fa6126bab2c39bc520eea28029f849bf7c2e0900412785623a5ca1150a71b87089061075490889088909182526001600160401b0316602082015260400190565b60405180910390a45050505050565b61076c33610b40565b61078b57604051631787c5ef60e11b8152336004820152602401610461565b836107a95760405163720efc6960e01b815260040160405180910390fd5b826001600160401b03165f036107d5576040516325ab8c6d60e11b815260048101859052602401610461565b5f84815260026020526040902080546001600160a01b03161561083a5780546001820154604051634be8f4f360e01b8152600481018890526001600160a01b039092166024830152600160401b90046001600160401b03166044820152606401610461565b60408051608081018252338082526001600160401b03808816602080850191825242838116868801908152438516606088019081525f8e81526002909452928890209651875494518616600160a01b026001600160e01b03199095166001600160a01b03919091161793909317865591516001909501805491518416600160401b026001600160801b03199092169590931694909417939093179055915190919087907fdf28b2d7b4a72ba9edbbdf3ebea66ad6fe376a629c9a6bba813d1a4c94a645ab90610910908990899089908890611100565b60405180910390a3505050505050565b6040515f602082018190526021820185905290819060410160408051601f1981840301815291815281516020928301205f89815260029093529120549091506001600160a01b03161580159061097d575061097d84848884610e0a565b9695505050505050565b61099082610d60565b505f8281526001602081815260408084206001600160a01b038616855290915290912090810154600160401b90046001600160401b031615806109de57506001810154600160801b900460ff165b15610a0e5760405163396ff88960e01b8152600481018490526001600160a01b0383166024820152604401610461565b60018101805460ff60801b1916600160801b17905560405133906001600160a01b0384169085907fb61157c41d25f182ef52c1f1519d85e601722cafd44f2c0c456fd698f33c9f52905f90a4505050565b5f8281526001602081815260408084206001600160a01b0386168552909152822090810154600160801b900460ff16158015610aaf5750600181015442600160401b9091046001600160401b0316115b949350505050565b5f610ac183610d60565b9050610acc82610b40565b610af457604051631787c5ef60e11b81526001600160a01b0383166004820152602401610461565b80546001600160a01b0319166001600160a01b0383169081178255604051339085907f9dafd6776aa4531a2629356dba55fe7f7a73d0911e431083801215de458a6b92905f90a4505050565b60405163ac4ab3fb60e01b81526001600160a01b0382811660048301527fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c6060248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063ac4ab3fb90604401602060405180830381865afa158015610bce573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bf2919061113c565b80610ca6575060405163ac4ab3fb60e01b81526001600160a01b0383811660048301527fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c660248301527f0000000000000000000000000000000000000000000000000000000000000000169063ac4ab3fb90604401602060405180830381865afa158015610c82573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ca6919061113c565b80610d5a575060405163ac4ab3fb60e01b81526001600160a01b0383811660048301527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92960248301527f0000000000000000000000000000000000000000000000000000000000000000169063ac4ab3fb90604401602060405180830381865afa158015610d36573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d5a919061113c565b92915050565b5f81815260208190526040902080546001600160a01b0316610d985760405163b32b492760e01b815260048101839052602401610461565b80546001600160a01b03163314610ddd57805460405163340bcd4760e11b8152600481018490526001600160a01b039091166024820152336044820152606401610461565b610de633610b40565b610e0557604051631787c5ef60e11b8152336004820152602401610461565b919050565b5f82610e17868685610e21565b1495945050505050565b5f81815b84811015610e5957610e4f82878784818110610e4357610e4361115b565b90506020020135610e62565b9150600101610e25565b50949350505050565b5f818310610e7c575f828152602084905260409020610e8a565b5f8381526020839052604090205b9392505050565b5f60208284031215610ea1575f5ffd5b5035919050565b5f5f83601f840112610eb8575f5ffd5b5081356001600160401b03811115610ece575f5ffd5b602083019150836020828501011115610ee5575f5ffd5b9250929050565b5f5f5f5f60608587031215610eff575f5ffd5b8435935060208501356001600160401b03811115610f1b575f5ffd5b610f2787828801610ea8565b9598909750949560400135949350505050565b80356001600160a01b0381168114610e05575f5ffd5b5f5f60408385031215610f61575f5ffd5b82359150610f7160208401610f3a565b90509250929050565b80356001600160401b0381168114610e05575f5ffd5b5f5f5f5f60808587031215610fa3575f5ffd5b84359350610fb360208601610f3a565b925060408501359150610fc860608601610f7a565b905092959194509250565b5f5f5f5f60608587031215610fe6575f5ffd5b84359350610ff660208601610f7a565b925060408501356001600160401b03811115611010575f5ffd5b61101c87828801610ea8565b95989497509550505050565b5f5f5f5f6060858703121561103b575f5ffd5b843593506020850135925060408501356001600160401b0381111561105e575f5ffd5b8501601f8101871361106e575f5ffd5b80356001600160401b03811115611083575f5ffd5b8760208260051b8401011115611097575f5ffd5b949793965060200194505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f6110e06060830186886110a5565b90508360208301526001600160401b038316604083015295945050505050565b6001600160401b0385168152606060208201525f6111226060830185876110a5565b90506001600160401b038316604083015295945050505050565b5f6020828403121561114c575f5ffd5b81518015158114610e8a575f5ffd5b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081e000a",
}

// CopyrightRegistry is an auto generated Go binding around an Ethereum contract.
type CopyrightRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CopyrightRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewCopyrightRegistry creates a new instance of CopyrightRegistry.
func NewCopyrightRegistry() *CopyrightRegistry {
	parsed, err := CopyrightRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CopyrightRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CopyrightRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (copyrightRegistry *CopyrightRegistry) PackConstructor(registry_ common.Address) []byte {
	enc, err := copyrightRegistry.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXTITLELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef9a160.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TITLE_LENGTH() view returns(uint256)
func (copyrightRegistry *CopyrightRegistry) PackMAXTITLELENGTH() []byte {
	enc, err := copyrightRegistry.abi.Pack("MAX_TITLE_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTITLELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ef9a160.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TITLE_LENGTH() view returns(uint256)
func (copyrightRegistry *CopyrightRegistry) TryPackMAXTITLELENGTH() ([]byte, error) {
	return copyrightRegistry.abi.Pack("MAX_TITLE_LENGTH")
}

// UnpackMAXTITLELENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ef9a160.
//
// Solidity: function MAX_TITLE_LENGTH() view returns(uint256)
func (copyrightRegistry *CopyrightRegistry) UnpackMAXTITLELENGTH(data []byte) (*big.Int, error) {
	out, err := copyrightRegistry.abi.Unpack("MAX_TITLE_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCatalog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05a03ebb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function catalog(bytes32 root) view returns((address,uint64,uint64,uint64))
func (copyrightRegistry *CopyrightRegistry) PackCatalog(root [32]byte) []byte {
	enc, err := copyrightRegistry.abi.Pack("catalog", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCatalog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05a03ebb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function catalog(bytes32 root) view returns((address,uint64,uint64,uint64))
func (copyrightRegistry *CopyrightRegistry) TryPackCatalog(root [32]byte) ([]byte, error) {
	return copyrightRegistry.abi.Pack("catalog", root)
}

// UnpackCatalog is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05a03ebb.
//
// Solidity: function catalog(bytes32 root) view returns((address,uint64,uint64,uint64))
func (copyrightRegistry *CopyrightRegistry) UnpackCatalog(data []byte) (ICopyrightRegistryCatalog, error) {
	out, err := copyrightRegistry.abi.Unpack("catalog", data)
	if err != nil {
		return *new(ICopyrightRegistryCatalog), err
	}
	out0 := *abi.ConvertType(out[0], new(ICopyrightRegistryCatalog)).(*ICopyrightRegistryCatalog)
	return out0, nil
}

// PackGrantLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6852b955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantLicense(bytes32 contentHash, address licensee, bytes32 termsHash, uint64 expiresAt) returns()
func (copyrightRegistry *CopyrightRegistry) PackGrantLicense(contentHash [32]byte, licensee common.Address, termsHash [32]byte, expiresAt uint64) []byte {
	enc, err := copyrightRegistry.abi.Pack("grantLicense", contentHash, licensee, termsHash, expiresAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6852b955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantLicense(bytes32 contentHash, address licensee, bytes32 termsHash, uint64 expiresAt) returns()
func (copyrightRegistry *CopyrightRegistry) TryPackGrantLicense(contentHash [32]byte, licensee common.Address, termsHash [32]byte, expiresAt uint64) ([]byte, error) {
	return copyrightRegistry.abi.Pack("grantLicense", contentHash, licensee, termsHash, expiresAt)
}

// PackIsLicensed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9caaf022.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLicensed(bytes32 contentHash, address licensee) view returns(bool)
func (copyrightRegistry *CopyrightRegistry) PackIsLicensed(contentHash [32]byte, licensee common.Address) []byte {
	enc, err := copyrightRegistry.abi.Pack("isLicensed", contentHash, licensee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLicensed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9caaf022.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLicensed(bytes32 contentHash, address licensee) view returns(bool)
func (copyrightRegistry *CopyrightRegistry) TryPackIsLicensed(contentHash [32]byte, licensee common.Address) ([]byte, error) {
	return copyrightRegistry.abi.Pack("isLicensed", contentHash, licensee)
}

// UnpackIsLicensed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9caaf022.
//
// Solidity: function isLicensed(bytes32 contentHash, address licensee) view returns(bool)
func (copyrightRegistry *CopyrightRegistry) UnpackIsLicensed(data []byte) (bool, error) {
	out, err := copyrightRegistry.abi.Unpack("isLicensed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b3d87f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function license(bytes32 contentHash, address licensee) view returns((bytes32,uint64,uint64,bool))
func (copyrightRegistry *CopyrightRegistry) PackLicense(contentHash [32]byte, licensee common.Address) []byte {
	enc, err := copyrightRegistry.abi.Pack("license", contentHash, licensee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b3d87f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function license(bytes32 contentHash, address licensee) view returns((bytes32,uint64,uint64,bool))
func (copyrightRegistry *CopyrightRegistry) TryPackLicense(contentHash [32]byte, licensee common.Address) ([]byte, error) {
	return copyrightRegistry.abi.Pack("license", contentHash, licensee)
}

// UnpackLicense is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67b3d87f.
//
// Solidity: function license(bytes32 contentHash, address licensee) view returns((bytes32,uint64,uint64,bool))
func (copyrightRegistry *CopyrightRegistry) UnpackLicense(data []byte) (ICopyrightRegistryLicense, error) {
	out, err := copyrightRegistry.abi.Unpack("license", data)
	if err != nil {
		return *new(ICopyrightRegistryLicense), err
	}
	out0 := *abi.ConvertType(out[0], new(ICopyrightRegistryLicense)).(*ICopyrightRegistryLicense)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55bf94fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 contentHash, string title, bytes32 metadataHash) returns()
func (copyrightRegistry *CopyrightRegistry) PackRegister(contentHash [32]byte, title string, metadataHash [32]byte) []byte {
	enc, err := copyrightRegistry.abi.Pack("register", contentHash, title, metadataHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55bf94fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 contentHash, string title, bytes32 metadataHash) returns()
func (copyrightRegistry *CopyrightRegistry) TryPackRegister(contentHash [32]byte, title string, metadataHash [32]byte) ([]byte, error) {
	return copyrightRegistry.abi.Pack("register", contentHash, title, metadataHash)
}

// PackRegisterCatalog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a666026.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerCatalog(bytes32 root, uint64 workCount, string catalogId) returns()
func (copyrightRegistry *CopyrightRegistry) PackRegisterCatalog(root [32]byte, workCount uint64, catalogId string) []byte {
	enc, err := copyrightRegistry.abi.Pack("registerCatalog", root, workCount, catalogId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterCatalog is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a666026.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerCatalog(bytes32 root, uint64 workCount, string catalogId) returns()
func (copyrightRegistry *CopyrightRegistry) TryPackRegisterCatalog(root [32]byte, workCount uint64, catalogId string) ([]byte, error) {
	return copyrightRegistry.abi.Pack("registerCatalog", root, workCount, catalogId)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (copyrightRegistry *CopyrightRegistry) PackRegistry() []byte {
	enc, err := copyrightRegistry.abi.Pack("registry")
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
func (copyrightRegistry *CopyrightRegistry) TryPackRegistry() ([]byte, error) {
	return copyrightRegistry.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (copyrightRegistry *CopyrightRegistry) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := copyrightRegistry.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevokeLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83198cfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeLicense(bytes32 contentHash, address licensee) returns()
func (copyrightRegistry *CopyrightRegistry) PackRevokeLicense(contentHash [32]byte, licensee common.Address) []byte {
	enc, err := copyrightRegistry.abi.Pack("revokeLicense", contentHash, licensee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeLicense is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83198cfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeLicense(bytes32 contentHash, address licensee) returns()
func (copyrightRegistry *CopyrightRegistry) TryPackRevokeLicense(contentHash [32]byte, licensee common.Address) ([]byte, error) {
	return copyrightRegistry.abi.Pack("revokeLicense", contentHash, licensee)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef5d6bbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(bytes32 contentHash, address to) returns()
func (copyrightRegistry *CopyrightRegistry) PackTransferOwnership(contentHash [32]byte, to common.Address) []byte {
	enc, err := copyrightRegistry.abi.Pack("transferOwnership", contentHash, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef5d6bbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(bytes32 contentHash, address to) returns()
func (copyrightRegistry *CopyrightRegistry) TryPackTransferOwnership(contentHash [32]byte, to common.Address) ([]byte, error) {
	return copyrightRegistry.abi.Pack("transferOwnership", contentHash, to)
}

// PackVerifyWork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8150593f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyWork(bytes32 root, bytes32 contentHash, bytes32[] proof) view returns(bool)
func (copyrightRegistry *CopyrightRegistry) PackVerifyWork(root [32]byte, contentHash [32]byte, proof [][32]byte) []byte {
	enc, err := copyrightRegistry.abi.Pack("verifyWork", root, contentHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyWork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8150593f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyWork(bytes32 root, bytes32 contentHash, bytes32[] proof) view returns(bool)
func (copyrightRegistry *CopyrightRegistry) TryPackVerifyWork(root [32]byte, contentHash [32]byte, proof [][32]byte) ([]byte, error) {
	return copyrightRegistry.abi.Pack("verifyWork", root, contentHash, proof)
}

// UnpackVerifyWork is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8150593f.
//
// Solidity: function verifyWork(bytes32 root, bytes32 contentHash, bytes32[] proof) view returns(bool)
func (copyrightRegistry *CopyrightRegistry) UnpackVerifyWork(data []byte) (bool, error) {
	out, err := copyrightRegistry.abi.Unpack("verifyWork", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7177b1ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function work(bytes32 contentHash) view returns((address,uint64,uint64,bytes32))
func (copyrightRegistry *CopyrightRegistry) PackWork(contentHash [32]byte) []byte {
	enc, err := copyrightRegistry.abi.Pack("work", contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7177b1ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function work(bytes32 contentHash) view returns((address,uint64,uint64,bytes32))
func (copyrightRegistry *CopyrightRegistry) TryPackWork(contentHash [32]byte) ([]byte, error) {
	return copyrightRegistry.abi.Pack("work", contentHash)
}

// UnpackWork is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7177b1ca.
//
// Solidity: function work(bytes32 contentHash) view returns((address,uint64,uint64,bytes32))
func (copyrightRegistry *CopyrightRegistry) UnpackWork(data []byte) (ICopyrightRegistryWork, error) {
	out, err := copyrightRegistry.abi.Unpack("work", data)
	if err != nil {
		return *new(ICopyrightRegistryWork), err
	}
	out0 := *abi.ConvertType(out[0], new(ICopyrightRegistryWork)).(*ICopyrightRegistryWork)
	return out0, nil
}

// CopyrightRegistryCatalogRegistered represents a CatalogRegistered event raised by the CopyrightRegistry contract.
type CopyrightRegistryCatalogRegistered struct {
	Root         [32]byte
	Owner        common.Address
	WorkCount    uint64
	CatalogId    string
	RegisteredAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const CopyrightRegistryCatalogRegisteredEventName = "CatalogRegistered"

// ContractEventName returns the user-defined event name.
func (CopyrightRegistryCatalogRegistered) ContractEventName() string {
	return CopyrightRegistryCatalogRegisteredEventName
}

// UnpackCatalogRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CatalogRegistered(bytes32 indexed root, address indexed owner, uint64 workCount, string catalogId, uint64 registeredAt)
func (copyrightRegistry *CopyrightRegistry) UnpackCatalogRegisteredEvent(log *types.Log) (*CopyrightRegistryCatalogRegistered, error) {
	event := "CatalogRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != copyrightRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CopyrightRegistryCatalogRegistered)
	if len(log.Data) > 0 {
		if err := copyrightRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range copyrightRegistry.abi.Events[event].Inputs {
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

// CopyrightRegistryLicenseGranted represents a LicenseGranted event raised by the CopyrightRegistry contract.
type CopyrightRegistryLicenseGranted struct {
	ContentHash [32]byte
	Licensee    common.Address
	Grantor     common.Address
	TermsHash   [32]byte
	ExpiresAt   uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const CopyrightRegistryLicenseGrantedEventName = "LicenseGranted"

// ContractEventName returns the user-defined event name.
func (CopyrightRegistryLicenseGranted) ContractEventName() string {
	return CopyrightRegistryLicenseGrantedEventName
}

// UnpackLicenseGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LicenseGranted(bytes32 indexed contentHash, address indexed licensee, address indexed grantor, bytes32 termsHash, uint64 expiresAt)
func (copyrightRegistry *CopyrightRegistry) UnpackLicenseGrantedEvent(log *types.Log) (*CopyrightRegistryLicenseGranted, error) {
	event := "LicenseGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != copyrightRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CopyrightRegistryLicenseGranted)
	if len(log.Data) > 0 {
		if err := copyrightRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range copyrightRegistry.abi.Events[event].Inputs {
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

// CopyrightRegistryLicenseRevoked represents a LicenseRevoked event raised by the CopyrightRegistry contract.
type CopyrightRegistryLicenseRevoked struct {
	ContentHash [32]byte
	Licensee    common.Address
	By          common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const CopyrightRegistryLicenseRevokedEventName = "LicenseRevoked"

// ContractEventName returns the user-defined event name.
func (CopyrightRegistryLicenseRevoked) ContractEventName() string {
	return CopyrightRegistryLicenseRevokedEventName
}

// UnpackLicenseRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LicenseRevoked(bytes32 indexed contentHash, address indexed licensee, address indexed by)
func (copyrightRegistry *CopyrightRegistry) UnpackLicenseRevokedEvent(log *types.Log) (*CopyrightRegistryLicenseRevoked, error) {
	event := "LicenseRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != copyrightRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CopyrightRegistryLicenseRevoked)
	if len(log.Data) > 0 {
		if err := copyrightRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range copyrightRegistry.abi.Events[event].Inputs {
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

// CopyrightRegistryWorkRegistered represents a WorkRegistered event raised by the CopyrightRegistry contract.
type CopyrightRegistryWorkRegistered struct {
	ContentHash  [32]byte
	Owner        common.Address
	Title        string
	MetadataHash [32]byte
	RegisteredAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const CopyrightRegistryWorkRegisteredEventName = "WorkRegistered"

// ContractEventName returns the user-defined event name.
func (CopyrightRegistryWorkRegistered) ContractEventName() string {
	return CopyrightRegistryWorkRegisteredEventName
}

// UnpackWorkRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkRegistered(bytes32 indexed contentHash, address indexed owner, string title, bytes32 metadataHash, uint64 registeredAt)
func (copyrightRegistry *CopyrightRegistry) UnpackWorkRegisteredEvent(log *types.Log) (*CopyrightRegistryWorkRegistered, error) {
	event := "WorkRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != copyrightRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CopyrightRegistryWorkRegistered)
	if len(log.Data) > 0 {
		if err := copyrightRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range copyrightRegistry.abi.Events[event].Inputs {
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

// CopyrightRegistryWorkTransferred represents a WorkTransferred event raised by the CopyrightRegistry contract.
type CopyrightRegistryWorkTransferred struct {
	ContentHash [32]byte
	From        common.Address
	To          common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const CopyrightRegistryWorkTransferredEventName = "WorkTransferred"

// ContractEventName returns the user-defined event name.
func (CopyrightRegistryWorkTransferred) ContractEventName() string {
	return CopyrightRegistryWorkTransferredEventName
}

// UnpackWorkTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkTransferred(bytes32 indexed contentHash, address indexed from, address indexed to)
func (copyrightRegistry *CopyrightRegistry) UnpackWorkTransferredEvent(log *types.Log) (*CopyrightRegistryWorkTransferred, error) {
	event := "WorkTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != copyrightRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CopyrightRegistryWorkTransferred)
	if len(log.Data) > 0 {
		if err := copyrightRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range copyrightRegistry.abi.Events[event].Inputs {
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
func (copyrightRegistry *CopyrightRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightAlreadyRegistered"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightCatalogAlreadyRegistered"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightCatalogAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightEmptyCatalog"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightEmptyCatalogError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightInvalidExpiry"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightInvalidLicensee"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightInvalidLicenseeError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightInvalidTitle"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightInvalidTitleError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightLicenseNotFound"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightLicenseNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightNotOwner"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightUnauthorized"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightWorkNotFound"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightWorkNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightZeroContentHash"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightZeroContentHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], copyrightRegistry.abi.Errors["CopyrightZeroRoot"].ID.Bytes()[:4]) {
		return copyrightRegistry.UnpackCopyrightZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CopyrightRegistryCopyrightAlreadyRegistered represents a CopyrightAlreadyRegistered error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightAlreadyRegistered struct {
	ContentHash  [32]byte
	Owner        common.Address
	RegisteredAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightAlreadyRegistered(bytes32 contentHash, address owner, uint64 registeredAt)
func CopyrightRegistryCopyrightAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x1744062fd33ed6438e3423be4031005caa0f80840dc0858069ccd3fae29ff912")
}

// UnpackCopyrightAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightAlreadyRegistered(bytes32 contentHash, address owner, uint64 registeredAt)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightAlreadyRegisteredError(raw []byte) (*CopyrightRegistryCopyrightAlreadyRegistered, error) {
	out := new(CopyrightRegistryCopyrightAlreadyRegistered)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightCatalogAlreadyRegistered represents a CopyrightCatalogAlreadyRegistered error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightCatalogAlreadyRegistered struct {
	Root        [32]byte
	Owner       common.Address
	BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightCatalogAlreadyRegistered(bytes32 root, address owner, uint64 blockNumber)
func CopyrightRegistryCopyrightCatalogAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x4be8f4f3fee075876eeff6cdaec87f0f253fe0b0cd2fe707bab4de097bb07c94")
}

// UnpackCopyrightCatalogAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightCatalogAlreadyRegistered(bytes32 root, address owner, uint64 blockNumber)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightCatalogAlreadyRegisteredError(raw []byte) (*CopyrightRegistryCopyrightCatalogAlreadyRegistered, error) {
	out := new(CopyrightRegistryCopyrightCatalogAlreadyRegistered)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightCatalogAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightEmptyCatalog represents a CopyrightEmptyCatalog error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightEmptyCatalog struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightEmptyCatalog(bytes32 root)
func CopyrightRegistryCopyrightEmptyCatalogErrorID() common.Hash {
	return common.HexToHash("0x4b5718da2f84f947104b659ff84dee8635cc5a4f1d767bde6d5957ccd007efbe")
}

// UnpackCopyrightEmptyCatalogError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightEmptyCatalog(bytes32 root)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightEmptyCatalogError(raw []byte) (*CopyrightRegistryCopyrightEmptyCatalog, error) {
	out := new(CopyrightRegistryCopyrightEmptyCatalog)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightEmptyCatalog", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightInvalidExpiry represents a CopyrightInvalidExpiry error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightInvalidExpiry struct {
	ExpiresAt uint64
	Now       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightInvalidExpiry(uint64 expiresAt, uint64 now_)
func CopyrightRegistryCopyrightInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0x0e883f22436863b338784faf399484c0999e89533bd89061c789918376077bcb")
}

// UnpackCopyrightInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightInvalidExpiry(uint64 expiresAt, uint64 now_)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightInvalidExpiryError(raw []byte) (*CopyrightRegistryCopyrightInvalidExpiry, error) {
	out := new(CopyrightRegistryCopyrightInvalidExpiry)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightInvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightInvalidLicensee represents a CopyrightInvalidLicensee error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightInvalidLicensee struct {
	Licensee common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightInvalidLicensee(address licensee)
func CopyrightRegistryCopyrightInvalidLicenseeErrorID() common.Hash {
	return common.HexToHash("0xc97e9b5e1cc877a1e3dadb39e2eeef090d327a1878fa4f6c8561027cb2b01fa1")
}

// UnpackCopyrightInvalidLicenseeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightInvalidLicensee(address licensee)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightInvalidLicenseeError(raw []byte) (*CopyrightRegistryCopyrightInvalidLicensee, error) {
	out := new(CopyrightRegistryCopyrightInvalidLicensee)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightInvalidLicensee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightInvalidTitle represents a CopyrightInvalidTitle error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightInvalidTitle struct {
	Length    *big.Int
	MaxLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightInvalidTitle(uint256 length, uint256 maxLength)
func CopyrightRegistryCopyrightInvalidTitleErrorID() common.Hash {
	return common.HexToHash("0x119e0c71f298934a1b3d1fbf03dd12aacfa1a737fc2a9059c1ded8c5fea0ff23")
}

// UnpackCopyrightInvalidTitleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightInvalidTitle(uint256 length, uint256 maxLength)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightInvalidTitleError(raw []byte) (*CopyrightRegistryCopyrightInvalidTitle, error) {
	out := new(CopyrightRegistryCopyrightInvalidTitle)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightInvalidTitle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightLicenseNotFound represents a CopyrightLicenseNotFound error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightLicenseNotFound struct {
	ContentHash [32]byte
	Licensee    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightLicenseNotFound(bytes32 contentHash, address licensee)
func CopyrightRegistryCopyrightLicenseNotFoundErrorID() common.Hash {
	return common.HexToHash("0x396ff8894fa99c1246b74c72751654a3073a4effb502898a85ee3c60b496bcf4")
}

// UnpackCopyrightLicenseNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightLicenseNotFound(bytes32 contentHash, address licensee)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightLicenseNotFoundError(raw []byte) (*CopyrightRegistryCopyrightLicenseNotFound, error) {
	out := new(CopyrightRegistryCopyrightLicenseNotFound)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightLicenseNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightNotOwner represents a CopyrightNotOwner error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightNotOwner struct {
	ContentHash [32]byte
	Owner       common.Address
	Caller      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightNotOwner(bytes32 contentHash, address owner, address caller)
func CopyrightRegistryCopyrightNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x68179a8e6945770e85baa0e319807c41672c950980b94399d779aa54444f6aae")
}

// UnpackCopyrightNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightNotOwner(bytes32 contentHash, address owner, address caller)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightNotOwnerError(raw []byte) (*CopyrightRegistryCopyrightNotOwner, error) {
	out := new(CopyrightRegistryCopyrightNotOwner)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightUnauthorized represents a CopyrightUnauthorized error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightUnauthorized struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightUnauthorized(address account)
func CopyrightRegistryCopyrightUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x2f0f8bde8de6b7a530697e0f3d8b63fa13c8cad7749b989b2578ea910c1e94e1")
}

// UnpackCopyrightUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightUnauthorized(address account)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightUnauthorizedError(raw []byte) (*CopyrightRegistryCopyrightUnauthorized, error) {
	out := new(CopyrightRegistryCopyrightUnauthorized)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightUnauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightWorkNotFound represents a CopyrightWorkNotFound error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightWorkNotFound struct {
	ContentHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightWorkNotFound(bytes32 contentHash)
func CopyrightRegistryCopyrightWorkNotFoundErrorID() common.Hash {
	return common.HexToHash("0xb32b49271724e5ca266dbef1a7d9f1e541a8e4af2d09192419df093e4bc6e400")
}

// UnpackCopyrightWorkNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightWorkNotFound(bytes32 contentHash)
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightWorkNotFoundError(raw []byte) (*CopyrightRegistryCopyrightWorkNotFound, error) {
	out := new(CopyrightRegistryCopyrightWorkNotFound)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightWorkNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightZeroContentHash represents a CopyrightZeroContentHash error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightZeroContentHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightZeroContentHash()
func CopyrightRegistryCopyrightZeroContentHashErrorID() common.Hash {
	return common.HexToHash("0xcc12fe18de847df778c575b895a9f719a2b583a4529a69bf618450d01b9d2cf4")
}

// UnpackCopyrightZeroContentHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightZeroContentHash()
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightZeroContentHashError(raw []byte) (*CopyrightRegistryCopyrightZeroContentHash, error) {
	out := new(CopyrightRegistryCopyrightZeroContentHash)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightZeroContentHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CopyrightRegistryCopyrightZeroRoot represents a CopyrightZeroRoot error raised by the CopyrightRegistry contract.
type CopyrightRegistryCopyrightZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CopyrightZeroRoot()
func CopyrightRegistryCopyrightZeroRootErrorID() common.Hash {
	return common.HexToHash("0x720efc69ea6d5aa5adeb5898b5ff1f71c99269968c102ec196033fb2d5d36f70")
}

// UnpackCopyrightZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CopyrightZeroRoot()
func (copyrightRegistry *CopyrightRegistry) UnpackCopyrightZeroRootError(raw []byte) (*CopyrightRegistryCopyrightZeroRoot, error) {
	out := new(CopyrightRegistryCopyrightZeroRoot)
	if err := copyrightRegistry.abi.UnpackIntoInterface(out, "CopyrightZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
