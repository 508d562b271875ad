// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IReceivable
/// @notice Receivables: a core enterprise's confirmed promise to pay a
/// supplier at maturity, split and passed down the supply chain, financed at a
/// discount against the settlement token, and repaid to whoever holds it then.
/// @dev Receivables are ERC-3525 tokens: the slot is the root receivable (the
/// original confirmed payable), the value is the amount in minor units of the
/// settlement token. For every root, live values always sum to its face value
/// less what was redeemed after repayment.
interface IReceivable {
    /// @notice Lifecycle of a root (and so of every receivable split from it).
    enum RootStatus {
        None,
        Pending,
        Active,
        Rejected,
        Repaid,
        Overdue,
        Lapsed
    }

    /// @notice Lifecycle of a financing request.
    enum FinancingStatus {
        None,
        Requested,
        Funded,
        Cancelled,
        Declined
    }

    /// @notice The original confirmed payable that all its receivables share as slot.
    struct Root {
        address obligor;
        uint64 dueDate;
        RootStatus status;
        bool frozen;
        address creditor;
        uint64 issuedAt;
        uint32 lapsePeriod;
        uint128 faceValue;
        uint128 redeemedValue;
        bytes32 fingerprint;
        bytes32 documentHash;
    }

    /// @notice One receivable, a root or a part split off one. A receivable whose token no
    /// longer exists was redeemed (value 0 after repayment), rejected or lapsed.
    struct Receivable {
        uint128 value;
        uint64 rootId;
        uint64 parentId;
        bool frozen;
        uint64 lockedBy;
    }

    /// @notice A holder's request that a financier buy `value` of a receivable, for no
    /// less than `minPrice` (the holder's floor) and before `expiresAt`.
    struct FinancingRequest {
        uint64 receivableId;
        uint64 financedId;
        FinancingStatus status;
        address holder;
        uint64 expiresAt;
        address financier;
        uint128 value;
        uint128 price;
        uint128 minPrice;
    }

    /// @notice Operator policy, enforced on every operation.
    struct Policy {
        uint64 maxTerm;
        uint64 gracePeriod;
        uint128 minSplitValue;
        uint32 lapsePeriod;
    }

    /// @notice One part of a split.
    struct Part {
        address to;
        uint256 value;
    }

    /// @notice The caller lacks `role` in the identity registry.
    error ReceivableUnauthorized(address account, bytes32 role);
    /// @notice `account` holds no valid credential for `topic` (KYB).
    error ReceivableNotVerified(address account, bytes32 topic);
    /// @notice Amounts must be positive and fit in 128 bits.
    error ReceivableInvalidValue(uint256 value);
    /// @notice The due date must lie in the future.
    error ReceivableInvalidDueDate(uint64 dueDate, uint64 now_);
    /// @notice The due date lies beyond the maximum term.
    error ReceivableTermTooLong(uint64 dueDate, uint64 maxDueDate);
    /// @notice The invoice fingerprint must not be zero.
    error ReceivableInvalidFingerprint();
    /// @notice The invoice behind `fingerprint` was tokenized already, as root `existingId`.
    error ReceivableInvoiceAlreadyTokenized(bytes32 fingerprint, uint256 existingId);
    /// @notice No live receivable `id`.
    error ReceivableNotFound(uint256 id);
    /// @notice Only the obligor of `rootId` may do this.
    error ReceivableNotObligor(uint256 rootId, address obligor, address caller);
    /// @notice Only the holder of `id` (or an operator it approved) may do this.
    error ReceivableNotHolder(uint256 id, address holder, address caller);
    /// @notice The root is in `status`, which does not allow this.
    error ReceivableInvalidStatus(uint256 rootId, RootStatus status);
    /// @notice `id` is not a root; its root is `rootId`.
    error ReceivableNotRoot(uint256 id, uint256 rootId);
    /// @notice The receivable is at or past its due date.
    error ReceivablePastDue(uint256 id, uint64 dueDate, uint64 now_);
    /// @notice The root can be marked overdue only from `overdueAt`.
    error ReceivableNotYetOverdue(uint256 rootId, uint64 overdueAt, uint64 now_);
    /// @notice The receivable is frozen.
    error ReceivableIsFrozen(uint256 id);
    /// @notice The root, and so every receivable of it, is frozen.
    error ReceivableRootFrozen(uint256 rootId);
    /// @notice The freeze flag already has that value.
    error ReceivableFreezeUnchanged(uint256 id, bool frozen);
    /// @notice `requested` is more than the receivable can give (a split must leave a remainder).
    error ReceivableInsufficientValue(uint256 id, uint256 value, uint256 requested);
    /// @notice A part or remainder is below the minimum split value.
    error ReceivableBelowMinimum(uint256 value, uint256 minimum);
    /// @notice A split needs between 1 and `max` parts.
    error ReceivableInvalidPartCount(uint256 count, uint256 max);
    /// @notice The receivable is locked by an open financing request.
    error ReceivableLocked(uint256 id, uint256 requestId);
    /// @notice Recipients must be non-zero accounts.
    error ReceivableInvalidRecipient(address to);
    /// @notice The price must satisfy 0 < price <= value.
    error ReceivableInvalidPrice(uint256 requestId, uint256 value, uint256 price);
    /// @notice No financing request `requestId`.
    error ReceivableFinancingNotFound(uint256 requestId);
    /// @notice The financing request is no longer open.
    error ReceivableFinancingNotOpen(uint256 requestId, FinancingStatus status);
    /// @notice Only the request's financier may do this.
    error ReceivableNotFinancier(uint256 requestId, address financier, address caller);
    /// @notice Only the request's holder may do this.
    error ReceivableNotRequester(uint256 requestId, address holder, address caller);
    /// @notice Value moves into existing tokens are not supported; every part is a new receivable.
    error ReceivableMergeUnsupported(uint256 fromId, uint256 toId);
    /// @notice The ERC-3525 value allowance does not cover the transfer.
    error ReceivableInsufficientAllowance(uint256 id, address operator, uint256 allowance, uint256 requested);
    /// @notice The receiving contract refused the receivable.
    error ReceivableRejectedByReceiver(address to);
    /// @notice A policy value is out of range.
    error ReceivableInvalidPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod);
    /// @notice A batch holds more than `max` ids.
    error ReceivableBatchTooLarge(uint256 count, uint256 max);
    /// @notice The id derived for a new receivable or request is in use (or zero): choose another salt.
    error ReceivableIdTaken(uint256 id);
    /// @notice The root's invoice fingerprint is not the one the caller named.
    error ReceivableFingerprintMismatch(uint256 id, bytes32 fingerprint, bytes32 given);
    /// @notice The pending submission lapsed at `lapsedAt` without the obligor's confirmation.
    error ReceivableSubmissionLapsed(uint256 id, uint64 lapsedAt, uint64 now_);
    /// @notice The pending submission lapses only at `lapsesAt`.
    error ReceivableNotYetLapsed(uint256 id, uint64 lapsesAt, uint64 now_);
    /// @notice Splitting or transferring a receivable to its own holder.
    error ReceivableSelfTransfer(uint256 id, address holder);
    /// @notice A financier may not finance a receivable it owes (as obligor) or holds.
    error ReceivableSelfFinancing(uint256 id, address financier);
    /// @notice The price is below the holder's floor for the request.
    error ReceivablePriceBelowFloor(uint256 requestId, uint256 minPrice, uint256 price);
    /// @notice The request's value is not the one the financier named.
    error ReceivableTermsMismatch(uint256 requestId, uint256 value, uint256 given);
    /// @notice The financing request expired at `expiresAt`.
    error ReceivableFinancingExpired(uint256 requestId, uint64 expiresAt, uint64 now_);
    /// @notice A request's floor must satisfy 0 < minPrice <= value.
    error ReceivableInvalidFloor(uint256 value, uint256 minPrice);
    /// @notice A request's expiry must lie after now and no later than the due date.
    error ReceivableInvalidExpiry(uint64 expiresAt, uint64 now_, uint64 dueDate);

    /// @notice Emitted when a supplier submits an invoice; the receivable is Pending
    /// until the obligor confirms it, and lapses at `lapsesAt` if it does not.
    event ReceivableSubmitted(
        uint256 indexed id,
        address indexed obligor,
        address indexed creditor,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash,
        uint64 lapsesAt
    );
    /// @notice Emitted when a core enterprise issues directly; the receivable is Active.
    event ReceivableIssued(
        uint256 indexed id,
        address indexed obligor,
        address indexed creditor,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash
    );
    /// @notice Emitted when the obligor confirms a submitted receivable.
    event ReceivableConfirmed(uint256 indexed id, address indexed obligor, address indexed creditor);
    /// @notice Emitted when the obligor rejects a submitted receivable; its fingerprint is free again.
    event ReceivableRejected(
        uint256 indexed id, address indexed obligor, address indexed creditor, bytes32 fingerprint, uint256 value
    );
    /// @notice Emitted when an unconfirmed submission lapses; its fingerprint is free again.
    event ReceivableLapsed(
        uint256 indexed id, address indexed obligor, address indexed creditor, bytes32 fingerprint, uint256 value
    );
    /// @notice Emitted for each part of a split: receivable `id` with `value` split off `parentId`,
    /// which keeps `parentValue`.
    event ReceivableSplit(
        uint256 indexed id,
        uint256 indexed parentId,
        uint256 indexed rootId,
        address from,
        address to,
        uint256 value,
        uint256 parentValue
    );
    /// @notice Emitted when a whole receivable changes holder.
    event ReceivableTransferred(
        uint256 indexed id, uint256 indexed rootId, address indexed from, address to, uint256 value
    );
    /// @notice Emitted when a holder asks `financier` to buy `value` of receivable `id`
    /// for at least `minPrice`, before `expiresAt`.
    event FinancingRequested(
        uint256 indexed requestId,
        uint256 indexed id,
        address indexed financier,
        uint256 rootId,
        address holder,
        uint256 value,
        uint64 dueDate,
        uint256 minPrice,
        uint64 expiresAt
    );
    /// @notice Emitted when the financier pays `price` and receives `financedId`, a receivable of `value`.
    event FinancingFunded(
        uint256 indexed requestId,
        uint256 indexed id,
        uint256 indexed financedId,
        uint256 rootId,
        address holder,
        address financier,
        uint256 value,
        uint256 price
    );
    /// @notice Emitted when the holder withdraws a financing request.
    event FinancingCancelled(uint256 indexed requestId, uint256 indexed id, address indexed holder);
    /// @notice Emitted when the financier declines a financing request.
    event FinancingDeclined(uint256 indexed requestId, uint256 indexed id, address indexed financier);
    /// @notice Emitted when the obligor pays the face value of a root into the contract.
    event ReceivableRepaid(uint256 indexed rootId, address indexed obligor, uint256 amount);
    /// @notice Emitted when a receivable of a repaid root is paid out to its holder and burned.
    event ReceivableRedeemed(
        uint256 indexed id, uint256 indexed rootId, address indexed holder, uint256 value, address by
    );
    /// @notice Emitted when an unrepaid root passes its due date plus grace.
    event ReceivableOverdue(uint256 indexed rootId, uint64 dueDate, address indexed by);
    /// @notice Emitted when the operator freezes or unfreezes a receivable.
    event ReceivableFrozen(uint256 indexed id, bool frozen, address indexed by);
    /// @notice Emitted when the operator freezes or unfreezes a root and all its receivables.
    event RootFrozen(uint256 indexed rootId, bool frozen, address indexed by);
    /// @notice Emitted when the operator changes the policy.
    event PolicyUpdated(
        uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod, address indexed by
    );
    /// @notice Emitted when the operator sets the base of every metadata URI.
    event BaseURIUpdated(string baseURI, address indexed by);

    /// @notice A SUPPLIER submits an invoice owed by `obligor`; it holds a Pending receivable.
    /// @dev Ids never depend on mining order: the root's id is `rootIdOf(fingerprint, salt)`, so a
    /// transaction mined again after a reorg creates the id it created the first time.
    function submit(
        address obligor,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash,
        bytes32 salt
    ) external returns (uint256 id);

    /// @notice A CORE_ENTERPRISE issues an Active receivable to `supplier` directly; id as for submit.
    function issue(
        address supplier,
        uint256 value,
        uint64 dueDate,
        bytes32 fingerprint,
        bytes32 documentHash,
        bytes32 salt
    ) external returns (uint256 id);

    /// @notice The obligor confirms the Pending receivable `id` of invoice `fingerprint`; it becomes Active.
    function confirm(uint256 id, bytes32 fingerprint) external;

    /// @notice The obligor rejects the Pending receivable `id` of invoice `fingerprint`; the
    /// receivable is burned and the fingerprint released.
    function reject(uint256 id, bytes32 fingerprint) external;

    /// @notice Anyone lapses a Pending receivable the obligor did not confirm within the lapse
    /// period; the receivable is burned and the fingerprint released.
    function lapse(uint256 id) external;

    /// @notice The holder splits `parts` off receivable `id`; each part is a new receivable
    /// with `id` as parent, numbered `partIdOf(id, salt, index)`. Returns the new ids in order.
    function split(uint256 id, Part[] calldata parts, bytes32 salt) external returns (uint256[] memory ids);

    /// @notice The holder asks `financier` to buy `value` of receivable `id` for no less than
    /// `minPrice`, before `expiresAt`; the request is numbered `requestIdOf(id, salt)`.
    function requestFinancing(
        uint256 id,
        address financier,
        uint256 value,
        uint256 minPrice,
        uint64 expiresAt,
        bytes32 salt
    ) external returns (uint256 requestId);

    /// @notice The financier pays `price` for the `value` the request names, in one transaction;
    /// a partial value becomes receivable `fundedIdOf(requestId)`.
    /// Needs a CashToken allowance of `price` for this contract.
    function fund(uint256 requestId, uint256 value, uint256 price) external returns (uint256 financedId);

    /// @notice The holder withdraws an open financing request.
    function cancelFinancing(uint256 requestId) external;

    /// @notice The financier declines an open financing request.
    function declineFinancing(uint256 requestId) external;

    /// @notice The obligor pays the face value of root `rootId` into the contract.
    /// Needs a CashToken allowance of the face value for this contract.
    function repay(uint256 rootId) external;

    /// @notice The holder of a receivable of a repaid root receives its value; the
    /// receivable is burned.
    function redeem(uint256 id) external;

    /// @notice The operator pushes redemption for up to `MAX_BATCH` receivables.
    function payout(uint256[] calldata ids) external;

    /// @notice Anyone marks an unrepaid Active root Overdue once due date plus grace passed.
    function markOverdue(uint256 rootId) external;

    /// @notice The operator sets the policy.
    function setPolicy(uint64 maxTerm, uint64 gracePeriod, uint256 minSplitValue, uint32 lapsePeriod) external;

    /// @notice The operator freezes or unfreezes one receivable.
    function setReceivableFrozen(uint256 id, bool frozen) external;

    /// @notice The operator freezes or unfreezes a root and every receivable of it.
    function setRootFrozen(uint256 rootId, bool frozen) external;

    /// @notice The operator sets the base of the metadata URIs: `tokenURI(id)` is `baseURI`
    /// followed by the decimal id, `slotURI(slot)` is `baseURI` + "slots/" + slot and
    /// `contractURI()` is `baseURI` + "contract". Empty turns them all off ("").
    function setBaseURI(string calldata baseURI) external;

    /// @notice The base of the metadata URIs, "" when none is set.
    function baseURI() external view returns (string memory);

    /// @notice The operator stops every state change.
    function pause() external;

    /// @notice The operator lifts a pause.
    function unpause() external;

    /// @notice The root record `rootId`.
    function root(uint256 rootId) external view returns (Root memory);

    /// @notice The receivable record `id`.
    function receivable(uint256 id) external view returns (Receivable memory);

    /// @notice The financing request `requestId`.
    function financingRequest(uint256 requestId) external view returns (FinancingRequest memory);

    /// @notice The root that tokenized `fingerprint`, or 0.
    function rootOfFingerprint(bytes32 fingerprint) external view returns (uint256);

    /// @notice The policy in force.
    function policy() external view returns (Policy memory);

    /// @notice The id of the root that `submit` or `issue` creates for `fingerprint` with `salt`.
    function rootIdOf(bytes32 fingerprint, bytes32 salt) external pure returns (uint256);

    /// @notice The id of part `index` that `split` of `parentId` creates with `salt`.
    function partIdOf(uint256 parentId, bytes32 salt, uint256 index) external pure returns (uint256);

    /// @notice The id of the request that `requestFinancing` of receivable `id` creates with `salt`.
    function requestIdOf(uint256 id, bytes32 salt) external pure returns (uint256);

    /// @notice The id of the receivable a partial `fund` of request `requestId_` creates.
    function fundedIdOf(uint256 requestId_) external pure returns (uint256);
}
