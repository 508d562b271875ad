// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {ITraceAnchor} from "./interfaces/ITraceAnchor.sol";

/// @title TraceAnchor
/// @notice One Merkle root per batch of trace events, anchored by suppliers and operators.
contract TraceAnchor is ITraceAnchor {
    bytes32 private constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 private constant SUPPLIER_ROLE = keccak256("SUPPLIER_ROLE");

    IIdentityRegistry private immutable _registry;

    mapping(bytes32 root => Batch) private _batches;

    /// @param registry_ Who may anchor: active SUPPLIER and OPERATOR organizations.
    constructor(IIdentityRegistry registry_) {
        _registry = registry_;
    }

    /// @inheritdoc ITraceAnchor
    function anchor(bytes32 root, uint64 itemCount, string calldata batchId) external {
        if (!_registry.hasRole(msg.sender, SUPPLIER_ROLE) && !_registry.hasRole(msg.sender, OPERATOR_ROLE)) {
            revert TraceUnauthorized(msg.sender);
        }
        if (root == bytes32(0)) revert TraceZeroRoot();
        if (itemCount == 0) revert TraceEmptyBatch(root);
        Batch storage b = _batches[root];
        if (b.anchorer != address(0)) revert TraceRootAlreadyAnchored(root, b.blockNumber, b.anchorer);
        uint64 now_ = uint64(block.timestamp);
        _batches[root] =
            Batch({anchorer: msg.sender, itemCount: itemCount, anchoredAt: now_, blockNumber: uint64(block.number)});
        emit BatchAnchored(root, msg.sender, itemCount, batchId, now_);
    }

    /// @inheritdoc ITraceAnchor
    function anchored(bytes32 root) external view returns (Batch memory) {
        return _batches[root];
    }

    /// @inheritdoc ITraceAnchor
    function verify(bytes32 root, bytes32 leaf, bytes32[] calldata proof) external view returns (bool) {
        return _batches[root].anchorer != address(0) && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @inheritdoc ITraceAnchor
    function verifyItem(bytes32 root, bytes32 itemHash, bytes32[] calldata proof) external view returns (bool) {
        bytes32 leaf = keccak256(abi.encodePacked(bytes1(0x00), itemHash));
        return _batches[root].anchorer != address(0) && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @notice The identity registry consulted for roles.
    function registry() external view returns (IIdentityRegistry) {
        return _registry;
    }
}
