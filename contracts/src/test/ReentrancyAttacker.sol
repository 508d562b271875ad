// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC3525Receiver} from "../interfaces/IERC3525Receiver.sol";

/// @title ReentrancyAttacker
/// @notice Test-only participant that, when a receivable or value reaches it, calls
/// back into a target with prepared calldata and records what happened.
/// @dev Not deployed outside tests. Its owner drives it with `exec`.
contract ReentrancyAttacker is IERC721Receiver, IERC3525Receiver, IERC165 {
    address private immutable _owner;
    address public target;
    bytes public reentryData;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastRevert;

    error AttackerNotOwner(address caller);
    error AttackerCallFailed(bytes reason);

    constructor() {
        _owner = msg.sender;
    }

    /// @notice Sets the call the attacker makes from inside its receive hooks.
    function arm(address target_, bytes calldata data) external {
        if (msg.sender != _owner) revert AttackerNotOwner(msg.sender);
        target = target_;
        reentryData = data;
    }

    /// @notice Calls `to` with `data` as the attacker, bubbling up a failure.
    function exec(address to, bytes calldata data) external returns (bytes memory) {
        if (msg.sender != _owner) revert AttackerNotOwner(msg.sender);
        (bool ok, bytes memory ret) = to.call(data);
        if (!ok) revert AttackerCallFailed(ret);
        return ret;
    }

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        _reenter();
        return IERC721Receiver.onERC721Received.selector;
    }

    /// @inheritdoc IERC3525Receiver
    function onERC3525Received(address, uint256, uint256, uint256, bytes calldata) external returns (bytes4) {
        _reenter();
        return IERC3525Receiver.onERC3525Received.selector;
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC165).interfaceId || interfaceId == type(IERC721Receiver).interfaceId
            || interfaceId == type(IERC3525Receiver).interfaceId;
    }

    function _reenter() private {
        if (target == address(0) || reentryData.length == 0) return;
        attempts++;
        (bool ok, bytes memory ret) = target.call(reentryData);
        if (ok) {
            successes++;
        } else {
            lastRevert = ret;
        }
    }
}
