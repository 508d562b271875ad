// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title ReceivableIds
/// @notice How receivable and request ids are derived. An id depends only on what
/// the creating transaction says (its invoice fingerprint or parent, and a salt the
/// sender chose), never on the order transactions are mined in: after a reorg a
/// transaction mined again creates the id it created the first time, and no id can
/// come to name another receivable. Ids are the top 63 bits of a keccak256, so they
/// fit a signed 64-bit integer (Postgres bigint) and pack into the receivable record.
library ReceivableIds {
    bytes32 internal constant ROOT = keccak256("duochain.receivable.root");
    bytes32 internal constant PART = keccak256("duochain.receivable.part");
    bytes32 internal constant REQUEST = keccak256("duochain.receivable.request");
    bytes32 internal constant FUNDED = keccak256("duochain.receivable.funded");

    /// @notice The root created for invoice `fingerprint` with `salt`.
    function root(bytes32 fingerprint, bytes32 salt) internal pure returns (uint256) {
        return _id(keccak256(abi.encode(ROOT, fingerprint, salt)));
    }

    /// @notice Part `index` split off `parentId` with `salt`.
    function part(uint256 parentId, bytes32 salt, uint256 index) internal pure returns (uint256) {
        return _id(keccak256(abi.encode(PART, parentId, salt, index)));
    }

    /// @notice The financing request on receivable `id` made with `salt`.
    function request(uint256 id, bytes32 salt) internal pure returns (uint256) {
        return _id(keccak256(abi.encode(REQUEST, id, salt)));
    }

    /// @notice The receivable a partial funding of `requestId` creates (a request is funded once).
    function funded(uint256 requestId) internal pure returns (uint256) {
        return _id(keccak256(abi.encode(FUNDED, requestId)));
    }

    function _id(bytes32 h) private pure returns (uint256) {
        return uint256(h) >> 193;
    }
}
