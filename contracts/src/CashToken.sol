// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {ICashToken} from "./interfaces/ICashToken.sol";

/// @title CashToken
/// @notice Settlement currency of a duochain network: an ERC-20 with 2 decimals whose
/// units are minor units (fen). It stands for bank money on the ledger, so only an
/// organization holding the registry's CLEARING role mints and burns it.
contract CashToken is ERC20, ICashToken {
    bytes32 private constant CLEARING_ROLE = keccak256("CLEARING_ROLE");

    IIdentityRegistry private immutable _registry;

    /// @param registry_ The identity registry that says who holds CLEARING.
    /// @param name_ Token name, e.g. "Duochain Settlement CNY".
    /// @param symbol_ Token symbol, e.g. "dCNY".
    constructor(IIdentityRegistry registry_, string memory name_, string memory symbol_) ERC20(name_, symbol_) {
        _registry = registry_;
    }

    modifier onlyClearing() {
        if (!_registry.hasRole(msg.sender, CLEARING_ROLE)) revert CashUnauthorized(msg.sender, CLEARING_ROLE);
        _;
    }

    /// @inheritdoc ERC20
    function decimals() public pure override returns (uint8) {
        return 2;
    }

    /// @inheritdoc ICashToken
    function registry() external view returns (IIdentityRegistry) {
        return _registry;
    }

    /// @inheritdoc ICashToken
    function mint(address to, uint256 amount) external onlyClearing {
        if (amount == 0) revert CashZeroAmount();
        _mint(to, amount);
        emit CashMinted(to, amount, msg.sender);
    }

    /// @inheritdoc ICashToken
    function burn(uint256 amount) external onlyClearing {
        if (amount == 0) revert CashZeroAmount();
        _burn(msg.sender, amount);
        emit CashBurned(msg.sender, amount);
    }
}
