// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package identityregistry

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

// IIdentityRegistryCredential is an auto generated low-level Go binding around an user-defined struct.
type IIdentityRegistryCredential struct {
	Issuer       common.Address
	DocumentHash [32]byte
	IssuedAt     uint64
	ExpiresAt    uint64
	Revoked      bool
}

// IIdentityRegistryOrganization is an auto generated low-level Go binding around an user-defined struct.
type IIdentityRegistryOrganization struct {
	Did          string
	Status       uint8
	RegisteredAt uint64
}

// IdentityRegistryMetaData contains all meta data concerning the IdentityRegistry contract.
var IdentityRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"operatorDid\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"IdentityCannotRemoveSelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"IdentityCredentialAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"IdentityCredentialNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"IdentityEmptyDid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"IdentityInvalidAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now_\",\"type\":\"uint64\"}],\"name\":\"IdentityInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"IdentityNotIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"IdentitySelfIssue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIIdentityRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"IdentityStatusUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"IdentityUnauthorized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"IdentityUnknownRole\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"CredentialIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"CredentialRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roles\",\"type\":\"bytes32[]\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"OrganizationRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"OrganizationRoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"OrganizationRoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIIdentityRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"OrganizationStatusChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLEARING_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CORE_ENTERPRISE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINANCIER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUPPLIER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERIFIER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"credential\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"}],\"internalType\":\"structIIdentityRegistry.Credential\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"issueCredential\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"organization\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"internalType\":\"enumIIdentityRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"internalType\":\"structIIdentityRegistry.Organization\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"did\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"roles\",\"type\":\"bytes32[]\"}],\"name\":\"registerOrganization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"topic\",\"type\":\"bytes32\"}],\"name\":\"revokeCredential\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIIdentityRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"setStatus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IdentityRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611cf2380380611cf283398101604081905261002e91610402565b6040805160018082528183019092525f91602080830190803683370190505090505f516020611cd25f395f51905f52815f8151811061006f5761006f6104d1565b60209081029190910101526100868383833361008e565b5050506106b5565b6001600160a01b0384166100c557604051631e824df360e31b81526001600160a01b03851660048201526024015b60405180910390fd5b82515f036100f157604051630c5270a760e11b81526001600160a01b03851660048201526024016100bc565b6001600160a01b0384165f9081526020819052604081206001015460ff166002811115610120576101206104e5565b14610149576040516345052f4560e01b81526001600160a01b03851660048201526024016100bc565b604080516060810190915283815260208101600181526001600160401b0342166020918201526001600160a01b0386165f908152908190526040902081518190610193908261057d565b50602082015160018083018054909160ff19909116908360028111156101bb576101bb6104e5565b021790555060409190910151600190910180546001600160401b0390921661010002610100600160481b03199092169190911790555f5b825181101561028a57610223838281518110610210576102106104d1565b60200260200101516102de60201b60201c565b6001805f876001600160a01b03166001600160a01b031681526020019081526020015f205f85848151811061025a5761025a6104d1565b60209081029190910181015182528101919091526040015f20805460ff19169115159190911790556001016101f2565b50806001600160a01b0316846001600160a01b03167f721159bfc904d43a51bad575ad3f3764e10044152c6e81b0b24055953f62545585856040516102d0929190610637565b60405180910390a350505050565b5f516020611cd25f395f51905f52811415801561031b57507fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c68114155b801561034757507fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c608114155b801561037357507f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea008114155b801561039f57507f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea098114155b80156103cb57507f2d3bad300b00885935bb2fc2555245354da820d601f1c0004d184375cf72f0968114155b156103eb57604051627f3a7b60e51b8152600481018290526024016100bc565b50565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610413575f5ffd5b82516001600160a01b0381168114610429575f5ffd5b60208401519092506001600160401b03811115610444575f5ffd5b8301601f81018513610454575f5ffd5b80516001600160401b0381111561046d5761046d6103ee565b604051601f8201601f19908116603f011681016001600160401b038111828210171561049b5761049b6103ee565b6040528181528282016020018710156104b2575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b600181811c9082168061050d57607f821691505b60208210810361052b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561057857805f5260205f20601f840160051c810160208510156105565750805b601f840160051c820191505b81811015610575575f8155600101610562565b50505b505050565b81516001600160401b03811115610596576105966103ee565b6105aa816105a484546104f9565b84610531565b6020601f8211600181146105dc575f83156105c55750848201515b5f19600385901b1c1916600184901b178455610575565b5f84815260208120601f198516915b8281101561060b57878501518255602094850194600190920191016105eb565b508482101561062857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b604081525f83518060408401528060208601606085015e5f60608285010152601f19601f820116830190506060810160608483030160208501528085518083526080840191506020870193505f92505b808310156106aa5783518252602082019150602084019350600183019250610687565b509695505050505050565b611610806106c25f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c8063a29508fc11610093578063ba03e20511610063578063ba03e205146102c2578063e5dca78e146102d5578063e7705db6146102e8578063f5b541a6146102fc575f5ffd5b8063a29508fc14610245578063ab2742dc1461026c578063ac4ab3fb1461027f578063b586f967146102a2575f5ffd5b806377d9e58d116100ce57806377d9e58d1461018857806391f38a49146101af57806397f89579146101c2578063a1a784c8146101d5575f5ffd5b8063208dd1ff146100ff578063278e07ce146101145780635e690e90146101275780636156673a14610161575b5f5ffd5b61011261010d36600461116f565b610310565b005b610112610122366004611197565b61040d565b61014e7f2d3bad300b00885935bb2fc2555245354da820d601f1c0004d184375cf72f09681565b6040519081526020015b60405180910390f35b61014e7f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea0081565b61014e7fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c681565b6101126101bd3660046111cf565b6105ae565b6101126101d0366004611266565b610801565b6101e86101e336600461116f565b6108b8565b60405161015891905f60a08201905060018060a01b038351168252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301511515608083015292915050565b61014e7fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c6081565b61011261027a36600461116f565b61095d565b61029261028d36600461116f565b610a0c565b6040519015158152602001610158565b6102b56102b0366004611312565b610a74565b604051610158919061138d565b6102926102d036600461116f565b610b93565b6101126102e336600461116f565b610c63565b61014e5f5160206115e45f395f51905f5281565b61014e5f5160206115c45f395f51905f5281565b5f5160206115c45f395f51905f526103283382610a0c565b610353576040516315081a6f60e01b8152336004820152602481018290526044015b60405180910390fd5b61035c83610db9565b61036582610e14565b6001600160a01b0383163314801561038957505f5160206115c45f395f51905f5282145b156103b25760405163181223f360e01b81526001600160a01b038416600482015260240161034a565b6001600160a01b0383165f818152600160209081526040808320868452909152808220805460ff19169055513392859290917fe5fbbdfc5d13980c10b6f3e0b0da5cd62085e456f77939a6bba7aaafc71372029190a4505050565b5f5160206115c45f395f51905f526104253382610a0c565b61044b576040516315081a6f60e01b81523360048201526024810182905260440161034a565b61045483610db9565b5f82600281111561046757610467611359565b036104895782826040516324a86e9f60e11b815260040161034a9291906113da565b81600281111561049b5761049b611359565b6001600160a01b0384165f9081526020819052604090206001015460ff1660028111156104ca576104ca611359565b036104ec5782826040516324a86e9f60e11b815260040161034a9291906113da565b336001600160a01b038416036105205760405163181223f360e01b81526001600160a01b038416600482015260240161034a565b6001600160a01b0383165f90815260208190526040902060019081018054849260ff199091169083600281111561055957610559611359565b0217905550336001600160a01b0316836001600160a01b03167fc4ede0a2fc90e686a49cbf929f5a2b4e40979afe07d0ec97d1acd30841cf3815846040516105a191906113f7565b60405180910390a3505050565b5f5160206115e45f395f51905f526105c63382610a0c565b6105ec576040516315081a6f60e01b81523360048201526024810182905260440161034a565b6105f585610db9565b336001600160a01b03861603610629576040516384694d2f60e01b81526001600160a01b038616600482015260240161034a565b426001600160401b03808216908416116106695760405163db872f8f60e01b81526001600160401b0380851660048301528216602482015260440161034a565b6040518060a00160405280336001600160a01b03168152602001858152602001826001600160401b03168152602001846001600160401b031681526020015f151581525060025f886001600160a01b03166001600160a01b031681526020019081526020015f205f8781526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550602082015181600101556040820151816002015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060608201518160020160086101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160020160106101000a81548160ff021916908315150217905550905050336001600160a01b031685876001600160a01b03167f90b8975f17b573ba167939fb305795856aec221f814ece893016c3f1ee75795f8785886040516107f1939291909283526001600160401b03918216602084015216604082015260600190565b60405180910390a4505050505050565b5f5160206115c45f395f51905f526108193382610a0c565b61083f576040516315081a6f60e01b81523360048201526024810182905260440161034a565b6108b08686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020808a028281018201909352898252909350899250889182918501908490808284375f92019190915250339250610f0e915050565b505050505050565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b038281165f908152600260208181526040808420868552825292839020835160a0810185528154909516855260018101549185019190915201546001600160401b0380821692840192909252600160401b81049091166060830152600160801b900460ff16151560808201525b92915050565b5f5160206115c45f395f51905f526109753382610a0c565b61099b576040516315081a6f60e01b81523360048201526024810182905260440161034a565b6109a483610db9565b6109ad82610e14565b6001600160a01b0383165f818152600160208181526040808420878552909152808320805460ff1916909217909155513392859290917f460cb71e13772e2065e7a73a85880cfe590ecbb5c5a23a190cd109519109a5399190a4505050565b5f60016001600160a01b0384165f9081526020819052604090206001015460ff166002811115610a3e57610a3e611359565b148015610a6d57506001600160a01b0383165f90815260016020908152604080832085845290915290205460ff165b9392505050565b604080516060808201835281525f60208201819052918101919091526001600160a01b0382165f9081526020819052604090819020815160608101909252805482908290610ac190611405565b80601f0160208091040260200160405190810160405280929190818152602001828054610aed90611405565b8015610b385780601f10610b0f57610100808354040283529160200191610b38565b820191905f5260205f20905b815481529060010190602001808311610b1b57829003601f168201915b5050509183525050600182015460209091019060ff166002811115610b5f57610b5f611359565b6002811115610b7057610b70611359565b81526001919091015461010090046001600160401b031660209091015292915050565b5f60016001600160a01b0384165f9081526020819052604090206001015460ff166002811115610bc557610bc5611359565b14610bd157505f610957565b6001600160a01b038084165f9081526002602090815260408083208684529091529020805490911615801590610c1357506002810154600160801b900460ff16155b8015610c3257506002810154600160401b90046001600160401b031642105b8015610c5b57508054610c5b906001600160a01b03165f5160206115e45f395f51905f52610a0c565b949350505050565b6001600160a01b038083165f90815260026020908152604080832085845290915290208054909116610cba5760405163535f985160e01b81526001600160a01b03841660048201526024810183905260440161034a565b80546001600160a01b03163314801590610ce85750610ce6335f5160206115c45f395f51905f52610a0c565b155b15610d29578054604051630df2916760e21b81526001600160a01b03808616600483015260248201859052909116604482015233606482015260840161034a565b6002810154600160801b900460ff1615610d685760405163e475673360e01b81526001600160a01b03841660048201526024810183905260440161034a565b60028101805460ff60801b1916600160801b179055604051339083906001600160a01b038616907f838a8d5d7e1ec4eb8108ed46b10e68d5fb1d8a2be6421399804c05c5c3e1bee9905f90a4505050565b6001600160a01b0381165f9081526020819052604081206001015460ff166002811115610de857610de8611359565b03610e115760405163fa9b64eb60e01b81526001600160a01b038216600482015260240161034a565b50565b5f5160206115c45f395f51905f528114158015610e5157507fecebc2bb2bd437f75cd09d3c59b054a19ee961992b6bc71d15edd3900244e0c68114155b8015610e7d57507fd1ae8bbdabd60d63e418b84f5ad6f9cba90092c9816d7724d85f0d4e4bea2c608114155b8015610ea957507f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea008114155b8015610ec257505f5160206115e45f395f51905f528114155b8015610eee57507f2d3bad300b00885935bb2fc2555245354da820d601f1c0004d184375cf72f0968114155b15610e1157604051627f3a7b60e51b81526004810182905260240161034a565b6001600160a01b038416610f4057604051631e824df360e31b81526001600160a01b038516600482015260240161034a565b82515f03610f6c57604051630c5270a760e11b81526001600160a01b038516600482015260240161034a565b6001600160a01b0384165f9081526020819052604081206001015460ff166002811115610f9b57610f9b611359565b14610fc4576040516345052f4560e01b81526001600160a01b038516600482015260240161034a565b604080516060810190915283815260208101600181526001600160401b0342166020918201526001600160a01b0386165f90815290819052604090208151819061100e908261149d565b50602082015160018083018054909160ff199091169083600281111561103657611036611359565b021790555060409190910151600190910180546001600160401b039092166101000268ffffffffffffffff00199092169190911790555f5b82518110156111005761109983828151811061108c5761108c611557565b6020026020010151610e14565b6001805f876001600160a01b03166001600160a01b031681526020019081526020015f205f8584815181106110d0576110d0611557565b60209081029190910181015182528101919091526040015f20805460ff191691151591909117905560010161106e565b50806001600160a01b0316846001600160a01b03167f721159bfc904d43a51bad575ad3f3764e10044152c6e81b0b24055953f625455858560405161114692919061156b565b60405180910390a350505050565b80356001600160a01b038116811461116a575f5ffd5b919050565b5f5f60408385031215611180575f5ffd5b61118983611154565b946020939093013593505050565b5f5f604083850312156111a8575f5ffd5b6111b183611154565b91506020830135600381106111c4575f5ffd5b809150509250929050565b5f5f5f5f608085870312156111e2575f5ffd5b6111eb85611154565b9350602085013592506040850135915060608501356001600160401b0381168114611214575f5ffd5b939692955090935050565b5f5f83601f84011261122f575f5ffd5b5081356001600160401b03811115611245575f5ffd5b6020830191508360208260051b850101111561125f575f5ffd5b9250929050565b5f5f5f5f5f6060868803121561127a575f5ffd5b61128386611154565b945060208601356001600160401b0381111561129d575f5ffd5b8601601f810188136112ad575f5ffd5b80356001600160401b038111156112c2575f5ffd5b8860208284010111156112d3575f5ffd5b6020919091019450925060408601356001600160401b038111156112f5575f5ffd5b6113018882890161121f565b969995985093965092949392505050565b5f60208284031215611322575f5ffd5b610a6d82611154565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b6003811061138957634e487b7160e01b5f52602160045260245ffd5b9052565b602081525f8251606060208401526113a8608084018261132b565b905060208401516113bc604085018261136d565b506001600160401b0360408501511660608401528091505092915050565b6001600160a01b038316815260408101610a6d602083018461136d565b60208101610957828461136d565b600181811c9082168061141957607f821691505b60208210810361143757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561149857805f5260205f20601f840160051c810160208510156114765750805b601f840160051c820191505b81811015611495575f8155600101611482565b50505b505050565b81516001600160401b038111156114b6576114b661143d565b6114ca816114c48454611405565b84611451565b6020601f8211600181146114fc575f83156114e55750848201515b5f19600385901b1c1916600184901b178455611495565b5f84815260208120601f198516915b8281101561152b578785015182556020948501946001909201910161150b565b508482101561154857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b604081525f61157d604083018561132b565b82810360208401528084518083526020830191506020860192505f5b818110156115b7578351835260209384019390920191600101611599565b5090969550505050505056fe97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9290ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09a164736f6c634300081e000a97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929",
}

// IdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IdentityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IdentityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIdentityRegistry creates a new instance of IdentityRegistry.
func NewIdentityRegistry() *IdentityRegistry {
	parsed, err := IdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IdentityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IdentityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address operator, string operatorDid) returns()
func (identityRegistry *IdentityRegistry) PackConstructor(operator common.Address, operatorDid string) []byte {
	enc, err := identityRegistry.abi.Pack("", operator, operatorDid)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLEARINGROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e690e90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLEARING_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackCLEARINGROLE() []byte {
	enc, err := identityRegistry.abi.Pack("CLEARING_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLEARINGROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e690e90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLEARING_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackCLEARINGROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("CLEARING_ROLE")
}

// UnpackCLEARINGROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e690e90.
//
// Solidity: function CLEARING_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackCLEARINGROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("CLEARING_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCOREENTERPRISEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77d9e58d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CORE_ENTERPRISE_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackCOREENTERPRISEROLE() []byte {
	enc, err := identityRegistry.abi.Pack("CORE_ENTERPRISE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOREENTERPRISEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77d9e58d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CORE_ENTERPRISE_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackCOREENTERPRISEROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("CORE_ENTERPRISE_ROLE")
}

// UnpackCOREENTERPRISEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77d9e58d.
//
// Solidity: function CORE_ENTERPRISE_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackCOREENTERPRISEROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("CORE_ENTERPRISE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFINANCIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6156673a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINANCIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackFINANCIERROLE() []byte {
	enc, err := identityRegistry.abi.Pack("FINANCIER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINANCIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6156673a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINANCIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackFINANCIERROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("FINANCIER_ROLE")
}

// UnpackFINANCIERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6156673a.
//
// Solidity: function FINANCIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackFINANCIERROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("FINANCIER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackOPERATORROLE() []byte {
	enc, err := identityRegistry.abi.Pack("OPERATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackOPERATORROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("OPERATOR_ROLE")
}

// UnpackOPERATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackOPERATORROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("OPERATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSUPPLIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29508fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SUPPLIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackSUPPLIERROLE() []byte {
	enc, err := identityRegistry.abi.Pack("SUPPLIER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSUPPLIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa29508fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SUPPLIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackSUPPLIERROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("SUPPLIER_ROLE")
}

// UnpackSUPPLIERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa29508fc.
//
// Solidity: function SUPPLIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackSUPPLIERROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("SUPPLIER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVERIFIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7705db6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERIFIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackVERIFIERROLE() []byte {
	enc, err := identityRegistry.abi.Pack("VERIFIER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERIFIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7705db6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERIFIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackVERIFIERROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("VERIFIER_ROLE")
}

// UnpackVERIFIERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7705db6.
//
// Solidity: function VERIFIER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackVERIFIERROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("VERIFIER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCredential is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1a784c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credential(address account, bytes32 topic) view returns((address,bytes32,uint64,uint64,bool))
func (identityRegistry *IdentityRegistry) PackCredential(account common.Address, topic [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("credential", account, topic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredential is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1a784c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credential(address account, bytes32 topic) view returns((address,bytes32,uint64,uint64,bool))
func (identityRegistry *IdentityRegistry) TryPackCredential(account common.Address, topic [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("credential", account, topic)
}

// UnpackCredential is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1a784c8.
//
// Solidity: function credential(address account, bytes32 topic) view returns((address,bytes32,uint64,uint64,bool))
func (identityRegistry *IdentityRegistry) UnpackCredential(data []byte) (IIdentityRegistryCredential, error) {
	out, err := identityRegistry.abi.Unpack("credential", data)
	if err != nil {
		return *new(IIdentityRegistryCredential), err
	}
	out0 := *abi.ConvertType(out[0], new(IIdentityRegistryCredential)).(*IIdentityRegistryCredential)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab2742dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(address account, bytes32 role) returns()
func (identityRegistry *IdentityRegistry) PackGrantRole(account common.Address, role [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("grantRole", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab2742dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(address account, bytes32 role) returns()
func (identityRegistry *IdentityRegistry) TryPackGrantRole(account common.Address, role [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("grantRole", account, role)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac4ab3fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(address account, bytes32 role) view returns(bool)
func (identityRegistry *IdentityRegistry) PackHasRole(account common.Address, role [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("hasRole", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac4ab3fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(address account, bytes32 role) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackHasRole(account common.Address, role [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("hasRole", account, role)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac4ab3fb.
//
// Solidity: function hasRole(address account, bytes32 role) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba03e205.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(address account, bytes32 topic) view returns(bool)
func (identityRegistry *IdentityRegistry) PackIsVerified(account common.Address, topic [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("isVerified", account, topic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba03e205.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(address account, bytes32 topic) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackIsVerified(account common.Address, topic [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("isVerified", account, topic)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba03e205.
//
// Solidity: function isVerified(address account, bytes32 topic) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackIsVerified(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssueCredential is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91f38a49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issueCredential(address account, bytes32 topic, bytes32 documentHash, uint64 expiresAt) returns()
func (identityRegistry *IdentityRegistry) PackIssueCredential(account common.Address, topic [32]byte, documentHash [32]byte, expiresAt uint64) []byte {
	enc, err := identityRegistry.abi.Pack("issueCredential", account, topic, documentHash, expiresAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssueCredential is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91f38a49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issueCredential(address account, bytes32 topic, bytes32 documentHash, uint64 expiresAt) returns()
func (identityRegistry *IdentityRegistry) TryPackIssueCredential(account common.Address, topic [32]byte, documentHash [32]byte, expiresAt uint64) ([]byte, error) {
	return identityRegistry.abi.Pack("issueCredential", account, topic, documentHash, expiresAt)
}

// PackOrganization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb586f967.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function organization(address account) view returns((string,uint8,uint64))
func (identityRegistry *IdentityRegistry) PackOrganization(account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("organization", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrganization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb586f967.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function organization(address account) view returns((string,uint8,uint64))
func (identityRegistry *IdentityRegistry) TryPackOrganization(account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("organization", account)
}

// UnpackOrganization is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb586f967.
//
// Solidity: function organization(address account) view returns((string,uint8,uint64))
func (identityRegistry *IdentityRegistry) UnpackOrganization(data []byte) (IIdentityRegistryOrganization, error) {
	out, err := identityRegistry.abi.Unpack("organization", data)
	if err != nil {
		return *new(IIdentityRegistryOrganization), err
	}
	out0 := *abi.ConvertType(out[0], new(IIdentityRegistryOrganization)).(*IIdentityRegistryOrganization)
	return out0, nil
}

// PackRegisterOrganization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97f89579.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerOrganization(address account, string did, bytes32[] roles) returns()
func (identityRegistry *IdentityRegistry) PackRegisterOrganization(account common.Address, did string, roles [][32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("registerOrganization", account, did, roles)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterOrganization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97f89579.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerOrganization(address account, string did, bytes32[] roles) returns()
func (identityRegistry *IdentityRegistry) TryPackRegisterOrganization(account common.Address, did string, roles [][32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("registerOrganization", account, did, roles)
}

// PackRevokeCredential is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5dca78e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeCredential(address account, bytes32 topic) returns()
func (identityRegistry *IdentityRegistry) PackRevokeCredential(account common.Address, topic [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("revokeCredential", account, topic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeCredential is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5dca78e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeCredential(address account, bytes32 topic) returns()
func (identityRegistry *IdentityRegistry) TryPackRevokeCredential(account common.Address, topic [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("revokeCredential", account, topic)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x208dd1ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(address account, bytes32 role) returns()
func (identityRegistry *IdentityRegistry) PackRevokeRole(account common.Address, role [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("revokeRole", account, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x208dd1ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(address account, bytes32 role) returns()
func (identityRegistry *IdentityRegistry) TryPackRevokeRole(account common.Address, role [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("revokeRole", account, role)
}

// PackSetStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278e07ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStatus(address account, uint8 status) returns()
func (identityRegistry *IdentityRegistry) PackSetStatus(account common.Address, status uint8) []byte {
	enc, err := identityRegistry.abi.Pack("setStatus", account, status)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278e07ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStatus(address account, uint8 status) returns()
func (identityRegistry *IdentityRegistry) TryPackSetStatus(account common.Address, status uint8) ([]byte, error) {
	return identityRegistry.abi.Pack("setStatus", account, status)
}

// IdentityRegistryCredentialIssued represents a CredentialIssued event raised by the IdentityRegistry contract.
type IdentityRegistryCredentialIssued struct {
	Account      common.Address
	Topic        [32]byte
	Issuer       common.Address
	DocumentHash [32]byte
	IssuedAt     uint64
	ExpiresAt    uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryCredentialIssuedEventName = "CredentialIssued"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryCredentialIssued) ContractEventName() string {
	return IdentityRegistryCredentialIssuedEventName
}

// UnpackCredentialIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CredentialIssued(address indexed account, bytes32 indexed topic, address indexed issuer, bytes32 documentHash, uint64 issuedAt, uint64 expiresAt)
func (identityRegistry *IdentityRegistry) UnpackCredentialIssuedEvent(log *types.Log) (*IdentityRegistryCredentialIssued, error) {
	event := "CredentialIssued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryCredentialIssued)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryCredentialRevoked represents a CredentialRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryCredentialRevoked struct {
	Account common.Address
	Topic   [32]byte
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryCredentialRevokedEventName = "CredentialRevoked"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryCredentialRevoked) ContractEventName() string {
	return IdentityRegistryCredentialRevokedEventName
}

// UnpackCredentialRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CredentialRevoked(address indexed account, bytes32 indexed topic, address indexed by)
func (identityRegistry *IdentityRegistry) UnpackCredentialRevokedEvent(log *types.Log) (*IdentityRegistryCredentialRevoked, error) {
	event := "CredentialRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryCredentialRevoked)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryOrganizationRegistered represents a OrganizationRegistered event raised by the IdentityRegistry contract.
type IdentityRegistryOrganizationRegistered struct {
	Account common.Address
	Did     string
	Roles   [][32]byte
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryOrganizationRegisteredEventName = "OrganizationRegistered"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryOrganizationRegistered) ContractEventName() string {
	return IdentityRegistryOrganizationRegisteredEventName
}

// UnpackOrganizationRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrganizationRegistered(address indexed account, string did, bytes32[] roles, address indexed by)
func (identityRegistry *IdentityRegistry) UnpackOrganizationRegisteredEvent(log *types.Log) (*IdentityRegistryOrganizationRegistered, error) {
	event := "OrganizationRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryOrganizationRegistered)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryOrganizationRoleGranted represents a OrganizationRoleGranted event raised by the IdentityRegistry contract.
type IdentityRegistryOrganizationRoleGranted struct {
	Account common.Address
	Role    [32]byte
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryOrganizationRoleGrantedEventName = "OrganizationRoleGranted"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryOrganizationRoleGranted) ContractEventName() string {
	return IdentityRegistryOrganizationRoleGrantedEventName
}

// UnpackOrganizationRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrganizationRoleGranted(address indexed account, bytes32 indexed role, address indexed by)
func (identityRegistry *IdentityRegistry) UnpackOrganizationRoleGrantedEvent(log *types.Log) (*IdentityRegistryOrganizationRoleGranted, error) {
	event := "OrganizationRoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryOrganizationRoleGranted)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryOrganizationRoleRevoked represents a OrganizationRoleRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryOrganizationRoleRevoked struct {
	Account common.Address
	Role    [32]byte
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryOrganizationRoleRevokedEventName = "OrganizationRoleRevoked"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryOrganizationRoleRevoked) ContractEventName() string {
	return IdentityRegistryOrganizationRoleRevokedEventName
}

// UnpackOrganizationRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrganizationRoleRevoked(address indexed account, bytes32 indexed role, address indexed by)
func (identityRegistry *IdentityRegistry) UnpackOrganizationRoleRevokedEvent(log *types.Log) (*IdentityRegistryOrganizationRoleRevoked, error) {
	event := "OrganizationRoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryOrganizationRoleRevoked)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryOrganizationStatusChanged represents a OrganizationStatusChanged event raised by the IdentityRegistry contract.
type IdentityRegistryOrganizationStatusChanged struct {
	Account common.Address
	Status  uint8
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryOrganizationStatusChangedEventName = "OrganizationStatusChanged"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryOrganizationStatusChanged) ContractEventName() string {
	return IdentityRegistryOrganizationStatusChangedEventName
}

// UnpackOrganizationStatusChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrganizationStatusChanged(address indexed account, uint8 status, address indexed by)
func (identityRegistry *IdentityRegistry) UnpackOrganizationStatusChangedEvent(log *types.Log) (*IdentityRegistryOrganizationStatusChanged, error) {
	event := "OrganizationStatusChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryOrganizationStatusChanged)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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
func (identityRegistry *IdentityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityAlreadyRegistered"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityCannotRemoveSelf"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityCannotRemoveSelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityCredentialAlreadyRevoked"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityCredentialAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityCredentialNotFound"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityCredentialNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityEmptyDid"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityEmptyDidError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityInvalidAccount"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityInvalidAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityInvalidExpiry"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityNotIssuer"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityNotIssuerError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityNotRegistered"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentitySelfIssue"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentitySelfIssueError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityStatusUnchanged"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityStatusUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityUnauthorized"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityUnknownRole"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityUnknownRoleError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityRegistryIdentityAlreadyRegistered represents a IdentityAlreadyRegistered error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityAlreadyRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityAlreadyRegistered(address account)
func IdentityRegistryIdentityAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45052f45140f2fa9009e19fa5b92516f5dcb3e38b4eeb05ae2475eea0e2da053")
}

// UnpackIdentityAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityAlreadyRegistered(address account)
func (identityRegistry *IdentityRegistry) UnpackIdentityAlreadyRegisteredError(raw []byte) (*IdentityRegistryIdentityAlreadyRegistered, error) {
	out := new(IdentityRegistryIdentityAlreadyRegistered)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityCannotRemoveSelf represents a IdentityCannotRemoveSelf error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityCannotRemoveSelf struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityCannotRemoveSelf(address account)
func IdentityRegistryIdentityCannotRemoveSelfErrorID() common.Hash {
	return common.HexToHash("0x181223f3563c0c7c33a6870441e76e11b89eff0573e611589014af711bcec7e2")
}

// UnpackIdentityCannotRemoveSelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityCannotRemoveSelf(address account)
func (identityRegistry *IdentityRegistry) UnpackIdentityCannotRemoveSelfError(raw []byte) (*IdentityRegistryIdentityCannotRemoveSelf, error) {
	out := new(IdentityRegistryIdentityCannotRemoveSelf)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityCannotRemoveSelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityCredentialAlreadyRevoked represents a IdentityCredentialAlreadyRevoked error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityCredentialAlreadyRevoked struct {
	Account common.Address
	Topic   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityCredentialAlreadyRevoked(address account, bytes32 topic)
func IdentityRegistryIdentityCredentialAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0xe475673357705abef4f80abb7d99650bb41b1f23365a4295e0b2cd3f508748d9")
}

// UnpackIdentityCredentialAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityCredentialAlreadyRevoked(address account, bytes32 topic)
func (identityRegistry *IdentityRegistry) UnpackIdentityCredentialAlreadyRevokedError(raw []byte) (*IdentityRegistryIdentityCredentialAlreadyRevoked, error) {
	out := new(IdentityRegistryIdentityCredentialAlreadyRevoked)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityCredentialAlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityCredentialNotFound represents a IdentityCredentialNotFound error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityCredentialNotFound struct {
	Account common.Address
	Topic   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityCredentialNotFound(address account, bytes32 topic)
func IdentityRegistryIdentityCredentialNotFoundErrorID() common.Hash {
	return common.HexToHash("0x535f9851cd9965d9fc4efa82d3da98d9529fc4e60eeb63ddcc3bdca3580ae544")
}

// UnpackIdentityCredentialNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityCredentialNotFound(address account, bytes32 topic)
func (identityRegistry *IdentityRegistry) UnpackIdentityCredentialNotFoundError(raw []byte) (*IdentityRegistryIdentityCredentialNotFound, error) {
	out := new(IdentityRegistryIdentityCredentialNotFound)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityCredentialNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityEmptyDid represents a IdentityEmptyDid error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityEmptyDid struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityEmptyDid(address account)
func IdentityRegistryIdentityEmptyDidErrorID() common.Hash {
	return common.HexToHash("0x18a4e14e2057654f81c6bf8ad83cbd1fbeba700c7dbaf89cdca2f781eb424324")
}

// UnpackIdentityEmptyDidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityEmptyDid(address account)
func (identityRegistry *IdentityRegistry) UnpackIdentityEmptyDidError(raw []byte) (*IdentityRegistryIdentityEmptyDid, error) {
	out := new(IdentityRegistryIdentityEmptyDid)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityEmptyDid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityInvalidAccount represents a IdentityInvalidAccount error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityInvalidAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityInvalidAccount(address account)
func IdentityRegistryIdentityInvalidAccountErrorID() common.Hash {
	return common.HexToHash("0xf4126f98ced069912c9fa2f3c0eaa2488c9a2d6b3db5983ee70f6d277b250857")
}

// UnpackIdentityInvalidAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityInvalidAccount(address account)
func (identityRegistry *IdentityRegistry) UnpackIdentityInvalidAccountError(raw []byte) (*IdentityRegistryIdentityInvalidAccount, error) {
	out := new(IdentityRegistryIdentityInvalidAccount)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityInvalidAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityInvalidExpiry represents a IdentityInvalidExpiry error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityInvalidExpiry struct {
	ExpiresAt uint64
	Now       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityInvalidExpiry(uint64 expiresAt, uint64 now_)
func IdentityRegistryIdentityInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0xdb872f8f5abc02452428ecd5cd34b88a410b7616e40819e64f7abab9692be709")
}

// UnpackIdentityInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityInvalidExpiry(uint64 expiresAt, uint64 now_)
func (identityRegistry *IdentityRegistry) UnpackIdentityInvalidExpiryError(raw []byte) (*IdentityRegistryIdentityInvalidExpiry, error) {
	out := new(IdentityRegistryIdentityInvalidExpiry)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityInvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityNotIssuer represents a IdentityNotIssuer error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityNotIssuer struct {
	Account common.Address
	Topic   [32]byte
	Issuer  common.Address
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotIssuer(address account, bytes32 topic, address issuer, address caller)
func IdentityRegistryIdentityNotIssuerErrorID() common.Hash {
	return common.HexToHash("0x37ca459c7da6eb6e32c3c97597846afb7faeac442bcd68e51ce43f40b6c27ae4")
}

// UnpackIdentityNotIssuerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotIssuer(address account, bytes32 topic, address issuer, address caller)
func (identityRegistry *IdentityRegistry) UnpackIdentityNotIssuerError(raw []byte) (*IdentityRegistryIdentityNotIssuer, error) {
	out := new(IdentityRegistryIdentityNotIssuer)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityNotIssuer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityNotRegistered represents a IdentityNotRegistered error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityNotRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotRegistered(address account)
func IdentityRegistryIdentityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xfa9b64eb64fc68a272709bb8e865cb0a60e3ab75b8fef7cec7b7e8e634dbe063")
}

// UnpackIdentityNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotRegistered(address account)
func (identityRegistry *IdentityRegistry) UnpackIdentityNotRegisteredError(raw []byte) (*IdentityRegistryIdentityNotRegistered, error) {
	out := new(IdentityRegistryIdentityNotRegistered)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentitySelfIssue represents a IdentitySelfIssue error raised by the IdentityRegistry contract.
type IdentityRegistryIdentitySelfIssue struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentitySelfIssue(address account)
func IdentityRegistryIdentitySelfIssueErrorID() common.Hash {
	return common.HexToHash("0x84694d2fd8fdbae7ecb6907d94b02996afb4752e43060c477dabe6684bff8f9e")
}

// UnpackIdentitySelfIssueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentitySelfIssue(address account)
func (identityRegistry *IdentityRegistry) UnpackIdentitySelfIssueError(raw []byte) (*IdentityRegistryIdentitySelfIssue, error) {
	out := new(IdentityRegistryIdentitySelfIssue)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentitySelfIssue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityStatusUnchanged represents a IdentityStatusUnchanged error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityStatusUnchanged struct {
	Account common.Address
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityStatusUnchanged(address account, uint8 status)
func IdentityRegistryIdentityStatusUnchangedErrorID() common.Hash {
	return common.HexToHash("0x4950dd3e4657638c68aa1cacd2ed815957596e7b04b2fcb3f2092114b81ad9ee")
}

// UnpackIdentityStatusUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityStatusUnchanged(address account, uint8 status)
func (identityRegistry *IdentityRegistry) UnpackIdentityStatusUnchangedError(raw []byte) (*IdentityRegistryIdentityStatusUnchanged, error) {
	out := new(IdentityRegistryIdentityStatusUnchanged)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityStatusUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityUnauthorized represents a IdentityUnauthorized error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityUnauthorized struct {
	Account common.Address
	Role    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityUnauthorized(address account, bytes32 role)
func IdentityRegistryIdentityUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x15081a6f99c2641f572ce4ca6f883828415781f35ec49a0f608d69125c301f0b")
}

// UnpackIdentityUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityUnauthorized(address account, bytes32 role)
func (identityRegistry *IdentityRegistry) UnpackIdentityUnauthorizedError(raw []byte) (*IdentityRegistryIdentityUnauthorized, error) {
	out := new(IdentityRegistryIdentityUnauthorized)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityUnauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityUnknownRole represents a IdentityUnknownRole error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityUnknownRole struct {
	Role [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityUnknownRole(bytes32 role)
func IdentityRegistryIdentityUnknownRoleErrorID() common.Hash {
	return common.HexToHash("0x0fe74f6095eca98e3d4958ac6c5037a7ef88b50d77ca532d4ee49d61c6458282")
}

// UnpackIdentityUnknownRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityUnknownRole(bytes32 role)
func (identityRegistry *IdentityRegistry) UnpackIdentityUnknownRoleError(raw []byte) (*IdentityRegistryIdentityUnknownRole, error) {
	out := new(IdentityRegistryIdentityUnknownRole)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityUnknownRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}
