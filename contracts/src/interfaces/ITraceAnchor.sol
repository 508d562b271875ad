// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title ITraceAnchor
/// @notice Anchors batches of product trace events: the events of a batch are
/// hashed into a Merkle tree off chain and only its root is recorded here, one
/// transaction per batch. Each item keeps a proof (at most 29 hashes for 400
/// million items) that anyone can check offline against the root, or with `verify`.
/// @dev The tree is the one services/merkle builds: inner nodes are
/// keccak256 of the sorted pair of children (OpenZeppelin's MerkleProof), an odd
/// node is promoted unchanged, and a leaf is keccak256(0x00 ‖ itemHash), so an
/// inner node never passes as the leaf of an item.
interface ITraceAnchor {
    /// @notice An anchored batch.
    struct Batch {
        address anchorer;
        uint64 itemCount;
        uint64 anchoredAt;
        uint64 blockNumber;
    }

    /// @notice `account` is not an active organization with the SUPPLIER or OPERATOR role.
    error TraceUnauthorized(address account);
    /// @notice A Merkle root cannot be zero.
    error TraceZeroRoot();
    /// @notice A batch must hold at least one item.
    error TraceEmptyBatch(bytes32 root);
    /// @notice `root` was anchored already, by `anchorer` in block `blockNumber`.
    error TraceRootAlreadyAnchored(bytes32 root, uint64 blockNumber, address anchorer);

    /// @notice Emitted when `anchorer` anchors the root of a batch of `itemCount` items.
    /// `batchId` is the anchorer's own name for the batch; it is not stored.
    event BatchAnchored(
        bytes32 indexed root, address indexed anchorer, uint64 itemCount, string batchId, uint64 anchoredAt
    );

    /// @notice Anchors the Merkle root of a batch of `itemCount` trace items. Each root
    /// can be anchored once. Active SUPPLIER or OPERATOR organizations only.
    function anchor(bytes32 root, uint64 itemCount, string calldata batchId) external;

    /// @notice The batch anchored with `root` (anchorer zero when none).
    function anchored(bytes32 root) external view returns (Batch memory);

    /// @notice Whether `root` is anchored and `proof` leads from `leaf` to it.
    /// @dev Compute `leaf` yourself as keccak256(0x00 ‖ itemHash) from the item being
    /// checked. A leaf value taken as given proves nothing: any inner node of the
    /// tree verifies with a shortened proof.
    function verify(bytes32 root, bytes32 leaf, bytes32[] calldata proof) external view returns (bool);

    /// @notice Whether `root` is anchored and `proof` leads to it from the item with
    /// hash `itemHash` (its leaf, keccak256(0x00 ‖ itemHash), is computed here, so an
    /// inner node cannot pass for an item). What third parties should call.
    function verifyItem(bytes32 root, bytes32 itemHash, bytes32[] calldata proof) external view returns (bool);
}
