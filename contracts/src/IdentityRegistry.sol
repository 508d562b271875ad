// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";

/// @title IdentityRegistry
/// @notice Participants, roles and credentials of a duochain network.
contract IdentityRegistry is IIdentityRegistry {
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 public constant CORE_ENTERPRISE_ROLE = keccak256("CORE_ENTERPRISE_ROLE");
    bytes32 public constant SUPPLIER_ROLE = keccak256("SUPPLIER_ROLE");
    bytes32 public constant FINANCIER_ROLE = keccak256("FINANCIER_ROLE");
    bytes32 public constant VERIFIER_ROLE = keccak256("VERIFIER_ROLE");
    bytes32 public constant CLEARING_ROLE = keccak256("CLEARING_ROLE");

    mapping(address account => Organization) private _organizations;
    mapping(address account => mapping(bytes32 role => bool)) private _roles;
    mapping(address account => mapping(bytes32 topic => Credential)) private _credentials;

    modifier onlyRole(bytes32 role) {
        if (!hasRole(msg.sender, role)) revert IdentityUnauthorized(msg.sender, role);
        _;
    }

    /// @param operator The first operator organization.
    /// @param operatorDid Its DID.
    constructor(address operator, string memory operatorDid) {
        bytes32[] memory roles = new bytes32[](1);
        roles[0] = OPERATOR_ROLE;
        _register(operator, operatorDid, roles, msg.sender);
    }

    /// @inheritdoc IIdentityRegistry
    function registerOrganization(address account, string calldata did, bytes32[] calldata roles)
        external
        onlyRole(OPERATOR_ROLE)
    {
        _register(account, did, roles, msg.sender);
    }

    /// @inheritdoc IIdentityRegistry
    function grantRole(address account, bytes32 role) external onlyRole(OPERATOR_ROLE) {
        _requireRegistered(account);
        _requireKnownRole(role);
        _roles[account][role] = true;
        emit OrganizationRoleGranted(account, role, msg.sender);
    }

    /// @inheritdoc IIdentityRegistry
    function revokeRole(address account, bytes32 role) external onlyRole(OPERATOR_ROLE) {
        _requireRegistered(account);
        _requireKnownRole(role);
        if (account == msg.sender && role == OPERATOR_ROLE) revert IdentityCannotRemoveSelf(account);
        _roles[account][role] = false;
        emit OrganizationRoleRevoked(account, role, msg.sender);
    }

    /// @inheritdoc IIdentityRegistry
    function setStatus(address account, Status status) external onlyRole(OPERATOR_ROLE) {
        _requireRegistered(account);
        if (status == Status.None) revert IdentityStatusUnchanged(account, status);
        if (_organizations[account].status == status) revert IdentityStatusUnchanged(account, status);
        if (account == msg.sender) revert IdentityCannotRemoveSelf(account);
        _organizations[account].status = status;
        emit OrganizationStatusChanged(account, status, msg.sender);
    }

    /// @inheritdoc IIdentityRegistry
    function issueCredential(address account, bytes32 topic, bytes32 documentHash, uint64 expiresAt)
        external
        onlyRole(VERIFIER_ROLE)
    {
        _requireRegistered(account);
        if (account == msg.sender) revert IdentitySelfIssue(account);
        uint64 now_ = uint64(block.timestamp);
        if (expiresAt <= now_) revert IdentityInvalidExpiry(expiresAt, now_);
        _credentials[account][topic] = Credential({
            issuer: msg.sender,
            documentHash: documentHash,
            issuedAt: now_,
            expiresAt: expiresAt,
            revoked: false
        });
        emit CredentialIssued(account, topic, msg.sender, documentHash, now_, expiresAt);
    }

    /// @inheritdoc IIdentityRegistry
    function revokeCredential(address account, bytes32 topic) external {
        Credential storage c = _credentials[account][topic];
        if (c.issuer == address(0)) revert IdentityCredentialNotFound(account, topic);
        if (msg.sender != c.issuer && !hasRole(msg.sender, OPERATOR_ROLE)) {
            revert IdentityNotIssuer(account, topic, c.issuer, msg.sender);
        }
        if (c.revoked) revert IdentityCredentialAlreadyRevoked(account, topic);
        c.revoked = true;
        emit CredentialRevoked(account, topic, msg.sender);
    }

    /// @inheritdoc IIdentityRegistry
    function hasRole(address account, bytes32 role) public view returns (bool) {
        return _organizations[account].status == Status.Active && _roles[account][role];
    }

    /// @inheritdoc IIdentityRegistry
    function isVerified(address account, bytes32 topic) external view returns (bool) {
        if (_organizations[account].status != Status.Active) return false;
        Credential storage c = _credentials[account][topic];
        return c.issuer != address(0) && !c.revoked && block.timestamp < c.expiresAt
            && hasRole(c.issuer, VERIFIER_ROLE);
    }

    /// @inheritdoc IIdentityRegistry
    function organization(address account) external view returns (Organization memory) {
        return _organizations[account];
    }

    /// @inheritdoc IIdentityRegistry
    function credential(address account, bytes32 topic) external view returns (Credential memory) {
        return _credentials[account][topic];
    }

    function _register(address account, string memory did, bytes32[] memory roles, address by) private {
        if (account == address(0)) revert IdentityInvalidAccount(account);
        if (bytes(did).length == 0) revert IdentityEmptyDid(account);
        if (_organizations[account].status != Status.None) revert IdentityAlreadyRegistered(account);
        _organizations[account] = Organization({did: did, status: Status.Active, registeredAt: uint64(block.timestamp)});
        for (uint256 i = 0; i < roles.length; ++i) {
            _requireKnownRole(roles[i]);
            _roles[account][roles[i]] = true;
        }
        emit OrganizationRegistered(account, did, roles, by);
    }

    function _requireRegistered(address account) private view {
        if (_organizations[account].status == Status.None) revert IdentityNotRegistered(account);
    }

    function _requireKnownRole(bytes32 role) private pure {
        if (
            role != OPERATOR_ROLE && role != CORE_ENTERPRISE_ROLE && role != SUPPLIER_ROLE && role != FINANCIER_ROLE
                && role != VERIFIER_ROLE && role != CLEARING_ROLE
        ) revert IdentityUnknownRole(role);
    }
}
