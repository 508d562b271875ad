// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IIdentityRegistry} from "./IIdentityRegistry.sol";

/// @title ICashToken
/// @notice Minting and burning of the settlement token by the CLEARING role.
interface ICashToken {
    /// @notice The caller lacks `role` in the identity registry.
    error CashUnauthorized(address account, bytes32 role);
    /// @notice Mint and burn amounts must be positive.
    error CashZeroAmount();

    /// @notice Emitted when clearing mints `amount` minor units to `to`.
    event CashMinted(address indexed to, uint256 amount, address indexed by);
    /// @notice Emitted when clearing burns `amount` minor units of its own balance.
    event CashBurned(address indexed by, uint256 amount);

    /// @notice The identity registry consulted for the CLEARING role.
    function registry() external view returns (IIdentityRegistry);

    /// @notice Mints `amount` minor units to `to`. CLEARING only.
    function mint(address to, uint256 amount) external;

    /// @notice Burns `amount` minor units from the caller's balance. CLEARING only.
    function burn(uint256 amount) external;
}
