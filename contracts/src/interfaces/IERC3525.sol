// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @title IERC3525
/// @notice The ERC-3525 semi-fungible token interface (interface id 0xd5358140).
/// @dev The standard marks approve and both value transferFrom functions payable.
/// duochain declares them non-payable so no ether can be locked in a receivable
/// contract; selectors, and so the interface id, are unchanged.
interface IERC3525 is IERC721 {
    /// @notice Emitted when value moves between tokens (0 as `_fromTokenId` on mint, as `_toTokenId` on burn).
    event TransferValue(uint256 indexed _fromTokenId, uint256 indexed _toTokenId, uint256 _value);
    /// @notice Emitted when the allowance of `_operator` on `_tokenId` is set.
    event ApprovalValue(uint256 indexed _tokenId, address indexed _operator, uint256 _value);
    /// @notice Emitted when the slot of a token is set or changed.
    event SlotChanged(uint256 indexed _tokenId, uint256 indexed _oldSlot, uint256 indexed _newSlot);

    /// @notice Number of decimals the token value uses.
    function valueDecimals() external view returns (uint8);
    /// @notice The value of a token.
    function balanceOf(uint256 _tokenId) external view returns (uint256);
    /// @notice The slot of a token.
    function slotOf(uint256 _tokenId) external view returns (uint256);
    /// @notice Allows `_operator` to move up to `_value` out of `_tokenId`.
    function approve(uint256 _tokenId, address _operator, uint256 _value) external;
    /// @notice The value `_operator` may still move out of `_tokenId`.
    function allowance(uint256 _tokenId, address _operator) external view returns (uint256);
    /// @notice Moves value between two tokens of the same slot.
    function transferFrom(uint256 _fromTokenId, uint256 _toTokenId, uint256 _value) external;
    /// @notice Moves value out of a token into a new token owned by `_to`; returns the new token id.
    function transferFrom(uint256 _fromTokenId, address _to, uint256 _value) external returns (uint256);
}
