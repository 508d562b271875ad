-- The transaction manager's operational state: what must survive a crash and can
-- never be rebuilt from chain events (operations not yet mined, the nonces handed
-- out, every signed transaction before it is broadcast).

-- wei: an amount of the chain's native currency, a whole number below 2^256.
CREATE DOMAIN wei AS numeric
    CHECK (VALUE >= 0 AND VALUE = trunc(VALUE)
           AND VALUE < 115792089237316195423570985008687907853269984665640564039457584007913129639936);

-- One row per signing key: the next nonce the manager hands out. Initialised from
-- the chain's pending nonce the first time the key signs; only ever incremented.
CREATE TABLE signers (
    address    eth_address PRIMARY KEY,
    next_nonce bigint      NOT NULL CHECK (next_nonce >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per write, inserted in the caller's transaction together with its
-- idempotency key. accepted -> submitted -> confirmed | failed; a confirmed or
-- mined-and-failed operation goes back to submitted when its block leaves the chain.
CREATE TABLE operations (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind <> ''),
    signer        eth_address NOT NULL,
    to_address    eth_address NOT NULL,
    data          bytea       NOT NULL,
    gas           bigint      NOT NULL DEFAULT 0 CHECK (gas >= 0), -- 0: estimate
    state         text        NOT NULL DEFAULT 'accepted'
                              CHECK (state IN ('accepted', 'submitted', 'confirmed', 'failed')),
    nonce         bigint      CHECK (nonce >= 0),  -- set once, when first signed
    tx_hash       hash32,                          -- latest signed, then the mined one
    block_number  bigint      CHECK (block_number >= 0),
    block_hash    hash32,
    resource_type text        NOT NULL DEFAULT '',
    resource_id   text        NOT NULL DEFAULT '',
    error_code    text        NOT NULL DEFAULT '',
    error_detail  text        NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- A nonce belongs to one operation for ever.
    UNIQUE (signer, nonce),
    -- Only an operation that was signed has a nonce; one that failed at estimation has none.
    CHECK (state = 'failed' OR (state = 'accepted') = (nonce IS NULL)),
    CHECK ((block_number IS NULL) = (block_hash IS NULL))
);

-- The senders' work queue.
CREATE INDEX operations_pending ON operations (signer, id) WHERE state IN ('accepted', 'submitted');
-- The reorg watch over recently mined operations.
CREATE INDEX operations_mined ON operations (block_number) WHERE block_hash IS NOT NULL;

-- Every signed transaction, stored before it is broadcast. Several rows share an
-- operation (and its nonce) when fee bumps replaced the first; at most one is mined.
CREATE TABLE transactions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operation_id bigint      NOT NULL REFERENCES operations (id),
    nonce        bigint      NOT NULL CHECK (nonce >= 0),
    hash         hash32      NOT NULL UNIQUE,
    raw          bytea       NOT NULL,
    gas          bigint      NOT NULL CHECK (gas > 0),
    gas_tip_cap  wei         NOT NULL,
    gas_fee_cap  wei         NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX transactions_operation ON transactions (operation_id, id);
