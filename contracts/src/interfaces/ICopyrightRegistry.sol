// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title ICopyrightRegistry
/// @notice Proof of authorship for digital works: an organization registers the
/// sha256 of a work and the first registration of a hash wins. The owner may
/// transfer the work to another organization and grant time-limited licenses.
/// @dev Owners are active organizations of the identity registry holding the
/// SUPPLIER, CORE_ENTERPRISE or OPERATOR role. The work itself and its metadata
/// stay off chain; only their hashes are recorded. Licenses belong to the work,
/// not to its owner, so they survive a transfer and the new owner may revoke them.
interface ICopyrightRegistry {
    /// @notice A registered work (owner zero when none).
    struct Work {
        address owner;
        uint64 registeredAt;
        uint64 blockNumber;
        bytes32 metadataHash;
    }

    /// @notice A license on a work (expiresAt zero when never granted).
    struct License {
        bytes32 termsHash;
        uint64 grantedAt;
        uint64 expiresAt;
        bool revoked;
    }

    /// @notice `account` is not an active organization with the SUPPLIER, CORE_ENTERPRISE or OPERATOR role.
    error CopyrightUnauthorized(address account);
    /// @notice A content hash cannot be zero.
    error CopyrightZeroContentHash();
    /// @notice A title must be 1 to `maxLength` bytes long; it was `length`.
    error CopyrightInvalidTitle(uint256 length, uint256 maxLength);
    /// @notice `contentHash` was registered already, by `owner` at `registeredAt`.
    error CopyrightAlreadyRegistered(bytes32 contentHash, address owner, uint64 registeredAt);
    /// @notice No work is registered with `contentHash`.
    error CopyrightWorkNotFound(bytes32 contentHash);
    /// @notice Only the work's `owner` may do this; `caller` is not it.
    error CopyrightNotOwner(bytes32 contentHash, address owner, address caller);
    /// @notice The zero address cannot hold a license.
    error CopyrightInvalidLicensee(address licensee);
    /// @notice A license must expire after it is granted.
    error CopyrightInvalidExpiry(uint64 expiresAt, uint64 now_);
    /// @notice `licensee` holds no license on `contentHash`, or it is revoked already.
    error CopyrightLicenseNotFound(bytes32 contentHash, address licensee);

    /// @notice Emitted when `owner` registers the work with `contentHash`.
    event WorkRegistered(
        bytes32 indexed contentHash, address indexed owner, string title, bytes32 metadataHash, uint64 registeredAt
    );
    /// @notice Emitted when the work with `contentHash` passes from `from` to `to`.
    event WorkTransferred(bytes32 indexed contentHash, address indexed from, address indexed to);
    /// @notice Emitted when the owner grants (or re-grants) `licensee` a license on a work.
    event LicenseGranted(
        bytes32 indexed contentHash, address indexed licensee, address indexed grantor, bytes32 termsHash, uint64 expiresAt
    );
    /// @notice Emitted when the owner revokes the license of `licensee` on a work.
    event LicenseRevoked(bytes32 indexed contentHash, address indexed licensee, address indexed by);

    /// @notice Registers the work whose sha256 is `contentHash`, owned by the caller.
    /// `title` is emitted, not stored; `metadataHash` commits to the off-chain metadata.
    /// Each hash can be registered once. Active SUPPLIER, CORE_ENTERPRISE or OPERATOR
    /// organizations only.
    function register(bytes32 contentHash, string calldata title, bytes32 metadataHash) external;

    /// @notice Transfers the work to `to`, which must be an organization that could
    /// register it. Owner only.
    function transferOwnership(bytes32 contentHash, address to) external;

    /// @notice Grants `licensee` a license on the work under `termsHash` until
    /// `expiresAt`, replacing any earlier license of `licensee` on it. Owner only.
    function grantLicense(bytes32 contentHash, address licensee, bytes32 termsHash, uint64 expiresAt) external;

    /// @notice Revokes the license of `licensee` on the work. Owner only.
    function revokeLicense(bytes32 contentHash, address licensee) external;

    /// @notice Whether `licensee` holds a license on the work that is neither revoked nor expired.
    function isLicensed(bytes32 contentHash, address licensee) external view returns (bool);

    /// @notice The work registered with `contentHash` (owner zero when none).
    function work(bytes32 contentHash) external view returns (Work memory);

    /// @notice The license of `licensee` on the work (expiresAt zero when none).
    function license(bytes32 contentHash, address licensee) external view returns (License memory);
}
