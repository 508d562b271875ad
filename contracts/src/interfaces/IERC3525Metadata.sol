// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC3525} from "./IERC3525.sol";

/// @title IERC3525Metadata
/// @notice The ERC-3525 metadata extension (interface id 0xe1600902): URIs of JSON
/// documents describing the contract and each slot, read by wallets and explorers.
interface IERC3525Metadata is IERC3525, IERC721Metadata {
    /// @notice A URI of the contract's metadata JSON.
    function contractURI() external view returns (string memory);
    /// @notice A URI of the metadata JSON of `_slot`.
    function slotURI(uint256 _slot) external view returns (string memory);
}
