// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IIdentityRegistry
/// @notice Registry of platform participants (organizations), their roles and the
/// credentials trusted verifiers issued to them. Other duochain contracts ask it
/// who may do what (`hasRole`) and who is verified (`isVerified`).
/// @dev Roles are `keccak256` ids (`CORE_ENTERPRISE_ROLE` ...). Credential topics are
/// short ASCII strings left-aligned in a bytes32 (`bytes32("KYB")`), so they read
/// back as text in events and explorers.
interface IIdentityRegistry {
    /// @notice Lifecycle of a registered organization.
    enum Status {
        None,
        Active,
        Suspended
    }

    /// @notice A registered organization, keyed by its account address.
    struct Organization {
        string did;
        Status status;
        uint64 registeredAt;
    }

    /// @notice A credential a verifier issued to an organization for one topic.
    struct Credential {
        address issuer;
        bytes32 documentHash;
        uint64 issuedAt;
        uint64 expiresAt;
        bool revoked;
    }

    /// @notice The caller lacks `role`, or is not an active organization.
    error IdentityUnauthorized(address account, bytes32 role);
    /// @notice The zero address cannot be an organization.
    error IdentityInvalidAccount(address account);
    /// @notice An organization needs a DID.
    error IdentityEmptyDid(address account);
    /// @notice `role` is not one the registry knows.
    error IdentityUnknownRole(bytes32 role);
    /// @notice `account` is registered already.
    error IdentityAlreadyRegistered(address account);
    /// @notice `account` is not registered.
    error IdentityNotRegistered(address account);
    /// @notice The organization already has the requested status.
    error IdentityStatusUnchanged(address account, Status status);
    /// @notice The operator cannot suspend itself or drop its own OPERATOR role.
    error IdentityCannotRemoveSelf(address account);
    /// @notice A credential must expire after it is issued.
    error IdentityInvalidExpiry(uint64 expiresAt, uint64 now_);
    /// @notice No credential for `topic` was ever issued to `account`.
    error IdentityCredentialNotFound(address account, bytes32 topic);
    /// @notice The credential is revoked already.
    error IdentityCredentialAlreadyRevoked(address account, bytes32 topic);
    /// @notice Only the credential's issuer or an operator may revoke it.
    error IdentityNotIssuer(address account, bytes32 topic, address issuer, address caller);
    /// @notice A verifier may not issue a credential to its own organization.
    error IdentitySelfIssue(address account);

    /// @notice Emitted when the operator registers an organization.
    event OrganizationRegistered(address indexed account, string did, bytes32[] roles, address indexed by);
    /// @notice Emitted when the operator grants a role.
    event OrganizationRoleGranted(address indexed account, bytes32 indexed role, address indexed by);
    /// @notice Emitted when the operator revokes a role.
    event OrganizationRoleRevoked(address indexed account, bytes32 indexed role, address indexed by);
    /// @notice Emitted when the operator suspends or reactivates an organization.
    event OrganizationStatusChanged(address indexed account, Status status, address indexed by);
    /// @notice Emitted when a verifier issues (or re-issues) a credential.
    event CredentialIssued(
        address indexed account,
        bytes32 indexed topic,
        address indexed issuer,
        bytes32 documentHash,
        uint64 issuedAt,
        uint64 expiresAt
    );
    /// @notice Emitted when a credential is revoked by its issuer or an operator.
    event CredentialRevoked(address indexed account, bytes32 indexed topic, address indexed by);

    /// @notice Registers `account` as an organization with `did` and `roles`. OPERATOR only.
    function registerOrganization(address account, string calldata did, bytes32[] calldata roles) external;

    /// @notice Grants `role` to a registered organization. OPERATOR only.
    function grantRole(address account, bytes32 role) external;

    /// @notice Revokes `role` from a registered organization. OPERATOR only.
    function revokeRole(address account, bytes32 role) external;

    /// @notice Suspends (or reactivates) an organization. OPERATOR only.
    function setStatus(address account, Status status) external;

    /// @notice Issues a credential for `topic` to `account`, replacing any earlier one.
    /// Active VERIFIER only.
    function issueCredential(address account, bytes32 topic, bytes32 documentHash, uint64 expiresAt) external;

    /// @notice Revokes the credential for `topic` of `account`. Its issuer or an OPERATOR.
    function revokeCredential(address account, bytes32 topic) external;

    /// @notice Whether `account` is an active organization holding `role`.
    function hasRole(address account, bytes32 role) external view returns (bool);

    /// @notice Whether `account` is registered, active, and holds a credential for `topic`
    /// that is not expired, not revoked, and whose issuer is still an active VERIFIER.
    function isVerified(address account, bytes32 topic) external view returns (bool);

    /// @notice The organization registered at `account` (status None when unknown).
    function organization(address account) external view returns (Organization memory);

    /// @notice The credential for `topic` of `account` (issuer zero when none).
    function credential(address account, bytes32 topic) external view returns (Credential memory);
}
