// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IERC3525Receiver
/// @notice Implemented by contracts that accept ERC-3525 value (interface id 0x009ce20b).
interface IERC3525Receiver {
    /// @notice Called after value moved into a token owned by the receiver. Must return
    /// `IERC3525Receiver.onERC3525Received.selector` to accept.
    function onERC3525Received(
        address _operator,
        uint256 _fromTokenId,
        uint256 _toTokenId,
        uint256 _value,
        bytes calldata _data
    ) external returns (bytes4);
}
