// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ERC721Utils} from "@openzeppelin/contracts/token/ERC721/utils/ERC721Utils.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC3525} from "./interfaces/IERC3525.sol";
import {IERC3525Metadata} from "./interfaces/IERC3525Metadata.sol";
import {IERC3525Receiver} from "./interfaces/IERC3525Receiver.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {IReceivable} from "./interfaces/IReceivable.sol";
import {ReceivableIds} from "./ReceivableIds.sol";

/// @title Receivable
/// @notice ERC-3525 receivables with invoice-fingerprint uniqueness,
/// splitting, delivery-versus-payment financing, repayment and pull redemption.
/// @dev Every function that moves value or may call a receiver hook is
/// `nonReentrant`, and hooks run last, after state and cash are settled.
contract Receivable is IReceivable, IERC3525Metadata, ERC721, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 private constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 private constant CORE_ENTERPRISE_ROLE = keccak256("CORE_ENTERPRISE_ROLE");
    bytes32 private constant SUPPLIER_ROLE = keccak256("SUPPLIER_ROLE");
    bytes32 private constant FINANCIER_ROLE = keccak256("FINANCIER_ROLE");

    /// @notice Credential topic every holder, recipient and financier must be verified for.
    bytes32 public constant KYB = "KYB";
    /// @notice Most parts in one split.
    uint256 public constant MAX_PARTS = 64;
    /// @notice Most receivables in one operator payout.
    uint256 public constant MAX_BATCH = 100;

    IIdentityRegistry private immutable _registry;
    IERC20 private immutable _cash;

    Policy private _policy;
    mapping(uint256 rootId => Root) private _roots;
    mapping(uint256 id => Receivable) private _receivables;
    mapping(uint256 requestId => FinancingRequest) private _requests;
    mapping(bytes32 fingerprint => uint256 rootId) private _fingerprints;
    mapping(uint256 id => mapping(address owner => mapping(address operator => uint256))) private _valueAllowances;
    mapping(address sender => uint256) private _valueTransferNonces;
    string private _metadataBase;

    modifier onlyRole(bytes32 role) {
        _requireRole(msg.sender, role);
        _;
    }

    /// @param registry_ Who is who: roles and KYB credentials.
    /// @param cash_ The settlement token receivables are financed and repaid in.
    constructor(IIdentityRegistry registry_, IERC20 cash_) ERC721("Duochain Receivable", "DRC") {
        _registry = registry_;
        _cash = cash_;
        _policy = Policy({maxTerm: 365 days, gracePeriod: 1 days, minSplitValue: 100, lapsePeriod: 30 days});
    }

    // ---- issue ----

    /// @inheritdoc IReceivable
    function submit(
        address obligor,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash,
        bytes32 salt
    ) external nonReentrant whenNotPaused onlyRole(SUPPLIER_ROLE) returns (uint256 id) {
        _requireRole(obligor, CORE_ENTERPRISE_ROLE);
        if (obligor == msg.sender) revert ReceivableSelfTransfer(0, obligor);
        id = _createRoot(obligor, msg.sender, value, dueDate, fingerprint, documentHash, salt, RootStatus.Pending);
        uint64 lapsesAt = uint64(block.timestamp) + _policy.lapsePeriod;
        emit ReceivableSubmitted(id, obligor, msg.sender, value, dueDate, fingerprint, documentHash, lapsesAt);
    }

    /// @inheritdoc IReceivable
    function issue(
        address supplier,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash,
        bytes32 salt
    ) external nonReentrant whenNotPaused onlyRole(CORE_ENTERPRISE_ROLE) returns (uint256 id) {
        _requireRole(supplier, SUPPLIER_ROLE);
        if (supplier == msg.sender) revert ReceivableSelfTransfer(0, supplier);
        id = _createRoot(msg.sender, supplier, value, dueDate, fingerprint, documentHash, salt, RootStatus.Active);
        emit ReceivableIssued(id, msg.sender, supplier, value, dueDate, fingerprint, documentHash);
    }

    /// @inheritdoc IReceivable
    function confirm(uint256 id, bytes32 fingerprint) external nonReentrant whenNotPaused {
        Root storage r = _pendingRootOfObligor(id, fingerprint);
        _requireBeforeDue(id, r.dueDate);
        uint64 lapsesAt = r.issuedAt + r.lapsePeriod;
        if (block.timestamp >= lapsesAt) revert ReceivableSubmissionLapsed(id, lapsesAt, uint64(block.timestamp));
        r.status = RootStatus.Active;
        emit ReceivableConfirmed(id, r.obligor, r.creditor);
    }

    /// @inheritdoc IReceivable
    function reject(uint256 id, bytes32 fingerprint) external nonReentrant whenNotPaused {
        Root storage r = _pendingRootOfObligor(id, fingerprint);
        r.status = RootStatus.Rejected;
        uint256 value = _burnRoot(id, r);
        emit ReceivableRejected(id, r.obligor, r.creditor, r.fingerprint, value);
    }

    /// @inheritdoc IReceivable
    function lapse(uint256 id) external nonReentrant whenNotPaused {
        Root storage r = _requireRoot(id);
        if (r.status != RootStatus.Pending) revert ReceivableInvalidStatus(id, r.status);
        uint64 lapsesAt = r.issuedAt + r.lapsePeriod;
        if (block.timestamp < lapsesAt) revert ReceivableNotYetLapsed(id, lapsesAt, uint64(block.timestamp));
        _lapse(id, r);
    }

    // ---- split and transfer ----

    /// @inheritdoc IReceivable
    function split(uint256 id, Part[] calldata parts, bytes32 salt)
        external
        nonReentrant
        whenNotPaused
        returns (uint256[] memory ids)
    {
        address holder = _requireHolderOrApproved(id);
        uint256 count = parts.length;
        if (count == 0 || count > MAX_PARTS) revert ReceivableInvalidPartCount(count, MAX_PARTS);
        uint256 total;
        for (uint256 i = 0; i < count; ++i) {
            total += parts[i].value;
        }
        _requireSplittable(id, holder, total);
        ids = new uint256[](count);
        for (uint256 i = 0; i < count; ++i) {
            ids[i] = _splitOff(id, holder, parts[i].to, parts[i].value, ReceivableIds.part(id, salt, i));
        }
        for (uint256 i = 0; i < count; ++i) {
            _checkOnERC3525Received(id, ids[i], parts[i].value, parts[i].to);
        }
    }

    /// @inheritdoc IERC3525
    function transferFrom(uint256 fromTokenId, address to, uint256 value)
        external
        nonReentrant
        whenNotPaused
        returns (uint256 newId)
    {
        address holder = _requireOwned(fromTokenId);
        if (!_isAuthorized(holder, msg.sender, fromTokenId)) {
            uint256 allowed = _valueAllowances[fromTokenId][holder][msg.sender];
            if (allowed < value) revert ReceivableInsufficientAllowance(fromTokenId, msg.sender, allowed, value);
            if (allowed != type(uint256).max) {
                _valueAllowances[fromTokenId][holder][msg.sender] = allowed - value;
            }
        }
        _requireSplittable(fromTokenId, holder, value);
        // Standard value transfers carry no salt: the sender's own count stands in for one.
        bytes32 salt = keccak256(abi.encode(msg.sender, _valueTransferNonces[msg.sender]++));
        newId = _splitOff(fromTokenId, holder, to, value, ReceivableIds.part(fromTokenId, salt, 0));
        _checkOnERC3525Received(fromTokenId, newId, value, to);
    }

    /// @inheritdoc IERC3525
    function transferFrom(uint256 fromTokenId, uint256 toTokenId, uint256) external pure {
        revert ReceivableMergeUnsupported(fromTokenId, toTokenId);
    }

    /// @inheritdoc IERC721
    function transferFrom(address from, address to, uint256 tokenId)
        public
        override(ERC721, IERC721)
        nonReentrant
        whenNotPaused
    {
        super.transferFrom(from, to, tokenId);
    }

    /// @inheritdoc IERC721
    function safeTransferFrom(address from, address to, uint256 tokenId, bytes memory data)
        public
        override(ERC721, IERC721)
        nonReentrant
        whenNotPaused
    {
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        address previousOwner = _update(to, tokenId, msg.sender);
        if (previousOwner != from) revert ERC721IncorrectOwner(from, tokenId, previousOwner);
        ERC721Utils.checkOnERC721Received(msg.sender, from, to, tokenId, data);
    }

    /// @inheritdoc IERC3525
    function approve(uint256 tokenId, address operator, uint256 value) external {
        address holder = _requireOwned(tokenId);
        if (!_isAuthorized(holder, msg.sender, tokenId)) revert ReceivableNotHolder(tokenId, holder, msg.sender);
        _valueAllowances[tokenId][holder][operator] = value;
        emit ApprovalValue(tokenId, operator, value);
    }

    // ---- financing ----

    /// @inheritdoc IReceivable
    function requestFinancing(
        uint256 id,
        address financier,
        uint256 value,
        uint256 minPrice,
        uint64 expiresAt,
        bytes32 salt
    ) external nonReentrant whenNotPaused returns (uint256 requestId) {
        address holder = _requireHolderOrApproved(id);
        _requireRole(financier, FINANCIER_ROLE);
        _requireVerified(financier);
        Receivable storage c = _receivables[id];
        uint256 lock = _lockOf(c);
        if (lock != 0) revert ReceivableLocked(id, lock);
        if (financier == holder || financier == _roots[c.rootId].obligor) revert ReceivableSelfFinancing(id, financier);
        if (value == 0) revert ReceivableInvalidValue(value);
        if (value < c.value) {
            _requireSplittable(id, holder, value);
        } else {
            _requireMovable(id, holder);
            if (value > c.value) revert ReceivableInsufficientValue(id, c.value, value);
        }
        if (minPrice == 0 || minPrice > value) revert ReceivableInvalidFloor(value, minPrice);
        uint64 dueDate = _roots[c.rootId].dueDate;
        if (expiresAt <= block.timestamp || expiresAt > dueDate) {
            revert ReceivableInvalidExpiry(expiresAt, uint64(block.timestamp), dueDate);
        }
        requestId = ReceivableIds.request(id, salt);
        if (requestId == 0 || _requests[requestId].status != FinancingStatus.None) revert ReceivableIdTaken(requestId);
        _requests[requestId] = FinancingRequest({
            receivableId: uint64(id),
            financedId: 0,
            status: FinancingStatus.Requested,
            holder: holder,
            expiresAt: expiresAt,
            financier: financier,
            value: uint128(value),
            price: 0,
            minPrice: uint128(minPrice)
        });
        c.lockedBy = uint64(requestId);
        emit FinancingRequested(requestId, id, financier, c.rootId, holder, value, dueDate, minPrice, expiresAt);
    }

    /// @inheritdoc IReceivable
    function fund(uint256 requestId, uint256 value, uint256 price)
        external
        nonReentrant
        whenNotPaused
        onlyRole(FINANCIER_ROLE)
        returns (uint256 financedId)
    {
        FinancingRequest storage q = _openRequest(requestId);
        if (msg.sender != q.financier) revert ReceivableNotFinancier(requestId, q.financier, msg.sender);
        if (value != q.value) revert ReceivableTermsMismatch(requestId, q.value, value);
        if (block.timestamp >= q.expiresAt) {
            revert ReceivableFinancingExpired(requestId, q.expiresAt, uint64(block.timestamp));
        }
        if (price == 0 || price > value) revert ReceivableInvalidPrice(requestId, value, price);
        if (price < q.minPrice) revert ReceivablePriceBelowFloor(requestId, q.minPrice, price);
        uint256 id = q.receivableId;
        address holder = q.holder;
        Receivable storage c = _receivables[id];
        c.lockedBy = 0;
        if (value == c.value) {
            _requireMovable(id, holder);
            _update(msg.sender, id, address(0));
            financedId = id;
        } else {
            _requireSplittable(id, holder, value);
            financedId = _splitOff(id, holder, msg.sender, value, ReceivableIds.funded(requestId));
        }
        q.status = FinancingStatus.Funded;
        q.price = uint128(price);
        q.financedId = uint64(financedId);
        emit FinancingFunded(requestId, id, financedId, c.rootId, holder, msg.sender, value, price);
        _cash.safeTransferFrom(msg.sender, holder, price);
        _checkOnERC3525Received(id, financedId, value, msg.sender);
    }

    /// @inheritdoc IReceivable
    function cancelFinancing(uint256 requestId) external nonReentrant whenNotPaused {
        FinancingRequest storage q = _openRequest(requestId);
        if (msg.sender != q.holder) revert ReceivableNotRequester(requestId, q.holder, msg.sender);
        q.status = FinancingStatus.Cancelled;
        _unlock(q.receivableId, requestId);
        emit FinancingCancelled(requestId, q.receivableId, msg.sender);
    }

    /// @inheritdoc IReceivable
    function declineFinancing(uint256 requestId) external nonReentrant whenNotPaused {
        FinancingRequest storage q = _openRequest(requestId);
        if (msg.sender != q.financier) revert ReceivableNotFinancier(requestId, q.financier, msg.sender);
        q.status = FinancingStatus.Declined;
        _unlock(q.receivableId, requestId);
        emit FinancingDeclined(requestId, q.receivableId, msg.sender);
    }

    // ---- repayment ----

    /// @inheritdoc IReceivable
    function repay(uint256 rootId) external nonReentrant whenNotPaused {
        Root storage r = _requireRoot(rootId);
        if (msg.sender != r.obligor) revert ReceivableNotObligor(rootId, r.obligor, msg.sender);
        if (r.status != RootStatus.Active && r.status != RootStatus.Overdue) {
            revert ReceivableInvalidStatus(rootId, r.status);
        }
        r.status = RootStatus.Repaid;
        uint256 amount = r.faceValue;
        emit ReceivableRepaid(rootId, msg.sender, amount);
        _cash.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IReceivable
    function redeem(uint256 id) external nonReentrant whenNotPaused {
        _requireHolderOrApproved(id);
        _redeem(id);
    }

    /// @inheritdoc IReceivable
    function payout(uint256[] calldata ids) external nonReentrant whenNotPaused onlyRole(OPERATOR_ROLE) {
        if (ids.length > MAX_BATCH) revert ReceivableBatchTooLarge(ids.length, MAX_BATCH);
        for (uint256 i = 0; i < ids.length; ++i) {
            _redeem(ids[i]);
        }
    }

    /// @inheritdoc IReceivable
    function markOverdue(uint256 rootId) external nonReentrant whenNotPaused {
        Root storage r = _requireRoot(rootId);
        if (r.status != RootStatus.Active) revert ReceivableInvalidStatus(rootId, r.status);
        uint64 overdueAt = r.dueDate + _policy.gracePeriod;
        if (block.timestamp < overdueAt) revert ReceivableNotYetOverdue(rootId, overdueAt, uint64(block.timestamp));
        r.status = RootStatus.Overdue;
        emit ReceivableOverdue(rootId, r.dueDate, msg.sender);
    }

    // ---- operator ----

    /// @inheritdoc IReceivable
    function setPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod)
        external
        onlyRole(OPERATOR_ROLE)
    {
        if (maxTerm == 0 || maxTerm > 3650 days || gracePeriod > 365 days || minSplitValue == 0
                || minSplitValue > type(uint128).max || lapsePeriod == 0 || lapsePeriod > 365 days) {
            revert ReceivableInvalidPolicy(maxTerm, gracePeriod, minSplitValue, lapsePeriod);
        }
        _policy = Policy({
            maxTerm: maxTerm,
            gracePeriod: gracePeriod,
            minSplitValue: uint128(minSplitValue),
            lapsePeriod: lapsePeriod
        });
        emit PolicyUpdated(maxTerm, gracePeriod, minSplitValue, lapsePeriod, msg.sender);
    }

    /// @inheritdoc IReceivable
    function setReceivableFrozen(uint256 id, bool frozen) external onlyRole(OPERATOR_ROLE) {
        _requireOwned(id);
        Receivable storage c = _receivables[id];
        if (c.frozen == frozen) revert ReceivableFreezeUnchanged(id, frozen);
        c.frozen = frozen;
        emit ReceivableFrozen(id, frozen, msg.sender);
    }

    /// @inheritdoc IReceivable
    function setRootFrozen(uint256 rootId, bool frozen) external onlyRole(OPERATOR_ROLE) {
        Root storage r = _requireRoot(rootId);
        if (r.frozen == frozen) revert ReceivableFreezeUnchanged(rootId, frozen);
        r.frozen = frozen;
        emit RootFrozen(rootId, frozen, msg.sender);
    }

    /// @inheritdoc IReceivable
    function setBaseURI(string calldata baseURI_) external onlyRole(OPERATOR_ROLE) {
        _metadataBase = baseURI_;
        emit BaseURIUpdated(baseURI_, msg.sender);
    }

    /// @inheritdoc IReceivable
    function pause() external onlyRole(OPERATOR_ROLE) {
        _pause();
    }

    /// @inheritdoc IReceivable
    function unpause() external onlyRole(OPERATOR_ROLE) {
        _unpause();
    }

    // ---- views ----

    /// @inheritdoc IReceivable
    function root(uint256 rootId) external view returns (Root memory) {
        return _roots[rootId];
    }

    /// @inheritdoc IReceivable
    function receivable(uint256 id) external view returns (Receivable memory) {
        return _receivables[id];
    }

    /// @inheritdoc IReceivable
    function financingRequest(uint256 requestId) external view returns (FinancingRequest memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IReceivable
    function rootOfFingerprint(bytes32 fingerprint) external view returns (uint256) {
        return _fingerprints[fingerprint];
    }

    /// @inheritdoc IReceivable
    function policy() external view returns (Policy memory) {
        return _policy;
    }

    /// @inheritdoc IReceivable
    function rootIdOf(bytes32 fingerprint, bytes32 salt) external pure returns (uint256) {
        return ReceivableIds.root(fingerprint, salt);
    }

    /// @inheritdoc IReceivable
    function partIdOf(uint256 parentId, bytes32 salt, uint256 index) external pure returns (uint256) {
        return ReceivableIds.part(parentId, salt, index);
    }

    /// @inheritdoc IReceivable
    function requestIdOf(uint256 id, bytes32 salt) external pure returns (uint256) {
        return ReceivableIds.request(id, salt);
    }

    /// @inheritdoc IReceivable
    function fundedIdOf(uint256 requestId_) external pure returns (uint256) {
        return ReceivableIds.funded(requestId_);
    }

    /// @notice The identity registry consulted for roles and KYB.
    function registry() external view returns (IIdentityRegistry) {
        return _registry;
    }

    /// @notice The settlement token.
    function cash() external view returns (IERC20) {
        return _cash;
    }

    /// @inheritdoc IERC3525
    function valueDecimals() external pure returns (uint8) {
        return 2;
    }

    /// @inheritdoc IERC3525
    function balanceOf(uint256 tokenId) external view returns (uint256) {
        _requireOwned(tokenId);
        return _receivables[tokenId].value;
    }

    /// @inheritdoc IERC3525
    function slotOf(uint256 tokenId) external view returns (uint256) {
        _requireOwned(tokenId);
        return _receivables[tokenId].rootId;
    }

    /// @inheritdoc IERC3525
    /// @dev Allowances belong to (token, holder, operator): a transfer leaves them behind.
    function allowance(uint256 tokenId, address operator) external view returns (uint256) {
        return _valueAllowances[tokenId][_requireOwned(tokenId)][operator];
    }

    /// @inheritdoc IReceivable
    function baseURI() external view returns (string memory) {
        return _metadataBase;
    }

    /// @inheritdoc IERC3525Metadata
    function contractURI() external view returns (string memory) {
        return _uri("contract");
    }

    /// @inheritdoc IERC3525Metadata
    /// @dev A slot is a root id: unknown roots revert like unknown tokens do in tokenURI.
    function slotURI(uint256 slot) external view returns (string memory) {
        if (_roots[slot].obligor == address(0)) revert ReceivableNotFound(slot);
        return _uri(string.concat("slots/", Strings.toString(slot)));
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, IERC165) returns (bool) {
        return interfaceId == type(IERC3525).interfaceId || interfaceId == type(IERC3525Metadata).interfaceId
            || super.supportsInterface(interfaceId);
    }

    /// @dev ERC721's tokenURI is `_baseURI()` + id, "" while no base is set.
    function _baseURI() internal view override returns (string memory) {
        return _metadataBase;
    }

    function _uri(string memory path) private view returns (string memory) {
        string memory base = _metadataBase;
        return bytes(base).length == 0 ? "" : string.concat(base, path);
    }

    // ---- internals ----

    function _createRoot(
        address obligor,
        address creditor,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash,
        bytes32 salt,
        RootStatus status
    ) private returns (uint256 id) {
        _requireVerified(creditor);
        if (value == 0 || value > type(uint128).max) revert ReceivableInvalidValue(value);
        uint64 now_ = uint64(block.timestamp);
        if (dueDate <= now_) revert ReceivableInvalidDueDate(dueDate, now_);
        uint64 maxDueDate = now_ + _policy.maxTerm;
        if (dueDate > maxDueDate) revert ReceivableTermTooLong(dueDate, maxDueDate);
        if (fingerprint == bytes32(0)) revert ReceivableInvalidFingerprint();
        uint256 existing = _fingerprints[fingerprint];
        if (existing != 0) {
            // An unconfirmed submission past its lapse period holds the invoice no longer.
            Root storage e = _roots[existing];
            if (e.status != RootStatus.Pending || block.timestamp < e.issuedAt + e.lapsePeriod) {
                revert ReceivableInvoiceAlreadyTokenized(fingerprint, existing);
            }
            _lapse(existing, e);
        }

        id = ReceivableIds.root(fingerprint, salt);
        _claimId(id);
        _fingerprints[fingerprint] = id;
        _roots[id] = Root({
            obligor: obligor,
            dueDate: dueDate,
            status: status,
            frozen: false,
            creditor: creditor,
            issuedAt: now_,
            lapsePeriod: status == RootStatus.Pending ? _policy.lapsePeriod : 0,
            faceValue: uint128(value),
            redeemedValue: 0,
            fingerprint: fingerprint,
            documentHash: documentHash
        });
        _receivables[id] = Receivable({value: uint128(value), rootId: uint64(id), parentId: 0, frozen: false, lockedBy: 0});
        _mint(creditor, id);
        emit SlotChanged(id, 0, id);
        emit TransferValue(0, id, value);
    }

    /// @dev Burns the root receivable of an unconfirmed submission (rejected or lapsed) and
    /// frees its fingerprint; returns the value it held.
    function _burnRoot(uint256 id, Root storage r) private returns (uint256 value) {
        delete _fingerprints[r.fingerprint];
        Receivable storage c = _receivables[id];
        value = c.value;
        c.value = 0;
        _burn(id);
        emit TransferValue(id, 0, value);
    }

    function _lapse(uint256 id, Root storage r) private {
        r.status = RootStatus.Lapsed;
        uint256 value = _burnRoot(id, r);
        emit ReceivableLapsed(id, r.obligor, r.creditor, r.fingerprint, value);
    }

    /// @dev A new receivable id must never have been used, burned ones included.
    function _claimId(uint256 id) private view {
        if (id == 0 || _receivables[id].rootId != 0) revert ReceivableIdTaken(id);
    }

    /// @dev The open, unexpired request locking `c`, or 0: an expired request locks nothing.
    function _lockOf(Receivable storage c) private view returns (uint256) {
        uint64 lock = c.lockedBy;
        if (lock == 0) return 0;
        FinancingRequest storage q = _requests[lock];
        if (q.status != FinancingStatus.Requested || block.timestamp >= q.expiresAt) return 0;
        return lock;
    }

    function _unlock(uint256 id, uint256 requestId) private {
        Receivable storage c = _receivables[id];
        if (c.lockedBy == requestId) c.lockedBy = 0;
    }

    /// @dev Moves `value` out of `id` into the new receivable `newId` for `to`. The caller
    /// has checked that `id` can give it.
    function _splitOff(uint256 id, address holder, address to, uint256 value, uint256 newId) private returns (uint256) {
        if (to == address(0)) revert ReceivableInvalidRecipient(to);
        if (to == holder) revert ReceivableSelfTransfer(id, holder);
        _requireVerified(to);
        _claimId(newId);
        uint128 min = _policy.minSplitValue;
        if (value < min) revert ReceivableBelowMinimum(value, min);
        Receivable storage c = _receivables[id];
        uint128 rest = c.value - uint128(value);
        c.value = rest;
        uint64 rootId = c.rootId;
        _receivables[newId] =
            Receivable({value: uint128(value), rootId: rootId, parentId: uint64(id), frozen: false, lockedBy: 0});
        _mint(to, newId);
        emit SlotChanged(newId, 0, rootId);
        emit TransferValue(id, newId, value);
        emit ReceivableSplit(newId, id, rootId, holder, to, value, rest);
        return newId;
    }

    function _redeem(uint256 id) private {
        address holder = _requireOwned(id);
        Receivable storage c = _receivables[id];
        Root storage r = _roots[c.rootId];
        if (r.status != RootStatus.Repaid) revert ReceivableInvalidStatus(c.rootId, r.status);
        if (r.frozen) revert ReceivableRootFrozen(c.rootId);
        if (c.frozen) revert ReceivableIsFrozen(id);
        uint128 value = c.value;
        c.value = 0;
        r.redeemedValue += value;
        _burn(id);
        emit TransferValue(id, 0, value);
        emit ReceivableRedeemed(id, c.rootId, holder, value, msg.sender);
        _cash.safeTransfer(holder, value);
    }

    /// @dev Every whole-token move (ERC-721 transfer, full financing) passes here;
    /// mints and burns are checked by their callers.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0) && to != address(0)) {
            if (from == to) revert ReceivableSelfTransfer(tokenId, from);
            _requireMovable(tokenId, from);
            _requireVerified(to);
            Receivable storage c = _receivables[tokenId];
            uint256 lock = _lockOf(c);
            if (lock != 0) revert ReceivableLocked(tokenId, lock);
            emit ReceivableTransferred(tokenId, c.rootId, from, to, c.value);
        }
    }

    /// @dev The receivable may change hands: root Active and not frozen, receivable
    /// not frozen, before the due date, holder still verified.
    function _requireMovable(uint256 id, address holder) private view {
        Receivable storage c = _receivables[id];
        Root storage r = _roots[c.rootId];
        if (r.status != RootStatus.Active) revert ReceivableInvalidStatus(c.rootId, r.status);
        if (r.frozen) revert ReceivableRootFrozen(c.rootId);
        if (c.frozen) revert ReceivableIsFrozen(id);
        _requireBeforeDue(id, r.dueDate);
        _requireVerified(holder);
    }

    /// @dev `id` may give `value` to new receivables and keep a remainder of at least the minimum.
    function _requireSplittable(uint256 id, address holder, uint256 value) private view {
        _requireMovable(id, holder);
        Receivable storage c = _receivables[id];
        uint256 lock = _lockOf(c);
        if (lock != 0) revert ReceivableLocked(id, lock);
        if (value >= c.value) revert ReceivableInsufficientValue(id, c.value, value);
        uint256 rest = c.value - value;
        if (rest < _policy.minSplitValue) revert ReceivableBelowMinimum(rest, _policy.minSplitValue);
    }

    function _requireHolderOrApproved(uint256 id) private view returns (address holder) {
        holder = _ownerOf(id);
        if (holder == address(0)) revert ReceivableNotFound(id);
        if (!_isAuthorized(holder, msg.sender, id)) revert ReceivableNotHolder(id, holder, msg.sender);
    }

    function _pendingRootOfObligor(uint256 id, bytes32 fingerprint) private view returns (Root storage r) {
        r = _requireRoot(id);
        if (r.fingerprint != fingerprint) revert ReceivableFingerprintMismatch(id, r.fingerprint, fingerprint);
        if (msg.sender != r.obligor) revert ReceivableNotObligor(id, r.obligor, msg.sender);
        _requireRole(msg.sender, CORE_ENTERPRISE_ROLE);
        if (r.status != RootStatus.Pending) revert ReceivableInvalidStatus(id, r.status);
    }

    function _requireRoot(uint256 id) private view returns (Root storage r) {
        uint256 rootId = _receivables[id].rootId;
        if (rootId == 0) revert ReceivableNotFound(id);
        if (rootId != id) revert ReceivableNotRoot(id, rootId);
        r = _roots[id];
    }

    function _openRequest(uint256 requestId) private view returns (FinancingRequest storage q) {
        q = _requests[requestId];
        if (q.status == FinancingStatus.None) revert ReceivableFinancingNotFound(requestId);
        if (q.status != FinancingStatus.Requested) revert ReceivableFinancingNotOpen(requestId, q.status);
    }

    function _requireBeforeDue(uint256 id, uint64 dueDate) private view {
        if (block.timestamp >= dueDate) revert ReceivablePastDue(id, dueDate, uint64(block.timestamp));
    }

    function _requireRole(address account, bytes32 role) private view {
        if (!_registry.hasRole(account, role)) revert ReceivableUnauthorized(account, role);
    }

    function _requireVerified(address account) private view {
        if (!_registry.isVerified(account, KYB)) revert ReceivableNotVerified(account, KYB);
    }

    function _checkOnERC3525Received(uint256 fromId, uint256 toId, uint256 value, address to) private {
        if (to.code.length == 0) return;
        try IERC165(to).supportsInterface(type(IERC3525Receiver).interfaceId) returns (bool supported) {
            if (!supported) return;
        } catch {
            return;
        }
        try IERC3525Receiver(to).onERC3525Received(msg.sender, fromId, toId, value, "") returns (bytes4 ret) {
            if (ret != IERC3525Receiver.onERC3525Received.selector) revert ReceivableRejectedByReceiver(to);
        } catch (bytes memory reason) {
            if (reason.length == 0) revert ReceivableRejectedByReceiver(to);
            assembly ("memory-safe") {
                revert(add(reason, 0x20), mload(reason))
            }
        }
    }
}
