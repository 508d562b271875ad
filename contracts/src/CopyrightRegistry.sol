// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {ICopyrightRegistry} from "./interfaces/ICopyrightRegistry.sol";

/// @title CopyrightRegistry
/// @notice First-to-register proof of authorship for works, with ownership transfer and licenses,
/// and catalogs of works registered by Merkle root.
contract CopyrightRegistry is ICopyrightRegistry {
    bytes32 private constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 private constant CORE_ENTERPRISE_ROLE = keccak256("CORE_ENTERPRISE_ROLE");
    bytes32 private constant SUPPLIER_ROLE = keccak256("SUPPLIER_ROLE");

    /// @notice The longest title accepted, in bytes.
    uint256 public constant MAX_TITLE_LENGTH = 200;

    IIdentityRegistry private immutable _registry;

    mapping(bytes32 contentHash => Work) private _works;
    mapping(bytes32 contentHash => mapping(address licensee => License)) private _licenses;
    mapping(bytes32 root => Catalog) private _catalogs;

    /// @param registry_ Who may own works: active SUPPLIER, CORE_ENTERPRISE and OPERATOR organizations.
    constructor(IIdentityRegistry registry_) {
        _registry = registry_;
    }

    /// @inheritdoc ICopyrightRegistry
    function register(bytes32 contentHash, string calldata title, bytes32 metadataHash) external {
        if (!_isOrganization(msg.sender)) revert CopyrightUnauthorized(msg.sender);
        if (contentHash == bytes32(0)) revert CopyrightZeroContentHash();
        uint256 length = bytes(title).length;
        if (length == 0 || length > MAX_TITLE_LENGTH) revert CopyrightInvalidTitle(length, MAX_TITLE_LENGTH);
        Work storage w = _works[contentHash];
        if (w.owner != address(0)) revert CopyrightAlreadyRegistered(contentHash, w.owner, w.registeredAt);
        uint64 now_ = uint64(block.timestamp);
        _works[contentHash] = Work({
            owner: msg.sender, registeredAt: now_, blockNumber: uint64(block.number), metadataHash: metadataHash
        });
        emit WorkRegistered(contentHash, msg.sender, title, metadataHash, now_);
    }

    /// @inheritdoc ICopyrightRegistry
    function registerCatalog(bytes32 root, uint64 workCount, string calldata catalogId) external {
        if (!_isOrganization(msg.sender)) revert CopyrightUnauthorized(msg.sender);
        if (root == bytes32(0)) revert CopyrightZeroRoot();
        if (workCount == 0) revert CopyrightEmptyCatalog(root);
        Catalog storage c = _catalogs[root];
        if (c.owner != address(0)) revert CopyrightCatalogAlreadyRegistered(root, c.owner, c.blockNumber);
        uint64 now_ = uint64(block.timestamp);
        _catalogs[root] =
            Catalog({owner: msg.sender, workCount: workCount, registeredAt: now_, blockNumber: uint64(block.number)});
        emit CatalogRegistered(root, msg.sender, workCount, catalogId, now_);
    }

    /// @inheritdoc ICopyrightRegistry
    function transferOwnership(bytes32 contentHash, address to) external {
        Work storage w = _ownedWork(contentHash);
        if (!_isOrganization(to)) revert CopyrightUnauthorized(to);
        w.owner = to;
        emit WorkTransferred(contentHash, msg.sender, to);
    }

    /// @inheritdoc ICopyrightRegistry
    function grantLicense(bytes32 contentHash, address licensee, bytes32 termsHash, uint64 expiresAt) external {
        _ownedWork(contentHash);
        if (licensee == address(0)) revert CopyrightInvalidLicensee(licensee);
        uint64 now_ = uint64(block.timestamp);
        if (expiresAt <= now_) revert CopyrightInvalidExpiry(expiresAt, now_);
        _licenses[contentHash][licensee] =
            License({termsHash: termsHash, grantedAt: now_, expiresAt: expiresAt, revoked: false});
        emit LicenseGranted(contentHash, licensee, msg.sender, termsHash, expiresAt);
    }

    /// @inheritdoc ICopyrightRegistry
    function revokeLicense(bytes32 contentHash, address licensee) external {
        _ownedWork(contentHash);
        License storage l = _licenses[contentHash][licensee];
        if (l.expiresAt == 0 || l.revoked) revert CopyrightLicenseNotFound(contentHash, licensee);
        l.revoked = true;
        emit LicenseRevoked(contentHash, licensee, msg.sender);
    }

    /// @inheritdoc ICopyrightRegistry
    function isLicensed(bytes32 contentHash, address licensee) external view returns (bool) {
        License storage l = _licenses[contentHash][licensee];
        return !l.revoked && l.expiresAt > block.timestamp;
    }

    /// @inheritdoc ICopyrightRegistry
    function work(bytes32 contentHash) external view returns (Work memory) {
        return _works[contentHash];
    }

    /// @inheritdoc ICopyrightRegistry
    function catalog(bytes32 root) external view returns (Catalog memory) {
        return _catalogs[root];
    }

    /// @inheritdoc ICopyrightRegistry
    function verifyWork(bytes32 root, bytes32 contentHash, bytes32[] calldata proof) external view returns (bool) {
        bytes32 leaf = keccak256(abi.encodePacked(bytes1(0x00), contentHash));
        return _catalogs[root].owner != address(0) && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @inheritdoc ICopyrightRegistry
    function license(bytes32 contentHash, address licensee) external view returns (License memory) {
        return _licenses[contentHash][licensee];
    }

    /// @notice The identity registry consulted for roles.
    function registry() external view returns (IIdentityRegistry) {
        return _registry;
    }

    /// @dev The registered work `contentHash`, which the caller must own.
    function _ownedWork(bytes32 contentHash) private view returns (Work storage w) {
        w = _works[contentHash];
        if (w.owner == address(0)) revert CopyrightWorkNotFound(contentHash);
        if (w.owner != msg.sender) revert CopyrightNotOwner(contentHash, w.owner, msg.sender);
        // A suspended owner keeps its works but cannot dispose of them meanwhile.
        if (!_isOrganization(msg.sender)) revert CopyrightUnauthorized(msg.sender);
    }

    /// @dev Whether `account` is an active organization that may own works.
    function _isOrganization(address account) private view returns (bool) {
        return _registry.hasRole(account, SUPPLIER_ROLE) || _registry.hasRole(account, CORE_ENTERPRISE_ROLE)
            || _registry.hasRole(account, OPERATOR_ROLE);
    }
}
