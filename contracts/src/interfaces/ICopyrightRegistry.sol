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
///
/// Catalogs register many works in one transaction: the works' hashes are the
/// leaves of a Merkle tree built off chain and only its root is recorded. The
/// tree is the one services/merkle builds (and TraceAnchor uses): a leaf is
/// keccak256(0x00 ‖ contentHash), an inner node keccak256 of its sorted pair of
/// children (OpenZeppelin's MerkleProof), an odd node is promoted unchanged.
/// Catalog works are registered only: they cannot be transferred or licensed
/// here, and the contract cannot see their hashes, so uniqueness between
/// catalog works and direct registrations is the platform's to keep; the
/// earlier block is the evidence of precedence.
interface ICopyrightRegistry {
    /// @notice A registered work (owner zero when none).
    struct Work {
        address owner;
        uint64 registeredAt;
        uint64 blockNumber;
        bytes32 metadataHash;
    }

    /// @notice A registered catalog (owner zero when none).
    struct Catalog {
        address owner;
        uint64 workCount;
        uint64 registeredAt;
        uint64 blockNumber;
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
    /// @notice A catalog root cannot be zero.
    error CopyrightZeroRoot();
    /// @notice A catalog must hold at least one work.
    error CopyrightEmptyCatalog(bytes32 root);
    /// @notice `root` was registered already, by `owner` in block `blockNumber`.
    error CopyrightCatalogAlreadyRegistered(bytes32 root, address owner, uint64 blockNumber);

    /// @notice Emitted when `owner` registers the work with `contentHash`.
    event WorkRegistered(
        bytes32 indexed contentHash, address indexed owner, string title, bytes32 metadataHash, uint64 registeredAt
    );
    /// @notice Emitted when `owner` registers a catalog of `workCount` works under
    /// the Merkle `root`. `catalogId` is the owner's own name for it; it is not stored.
    event CatalogRegistered(
        bytes32 indexed root, address indexed owner, uint64 workCount, string catalogId, uint64 registeredAt
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

    /// @notice Registers a catalog of `workCount` works, owned by the caller, under
    /// the Merkle `root` of their leaves. Each root can be registered once. Active
    /// SUPPLIER, CORE_ENTERPRISE or OPERATOR organizations only.
    function registerCatalog(bytes32 root, uint64 workCount, string calldata catalogId) external;

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

    /// @notice The catalog registered with `root` (owner zero when none).
    function catalog(bytes32 root) external view returns (Catalog memory);

    /// @notice Whether `root` is a registered catalog and `proof` leads to it from
    /// the work with sha256 `contentHash`. The leaf, keccak256(0x00 ‖ contentHash),
    /// is computed here, so an inner node of the tree cannot pass for a work.
    function verifyWork(bytes32 root, bytes32 contentHash, bytes32[] calldata proof) external view returns (bool);

    /// @notice The license of `licensee` on the work (expiresAt zero when none).
    function license(bytes32 contentHash, address licensee) external view returns (License memory);
}
