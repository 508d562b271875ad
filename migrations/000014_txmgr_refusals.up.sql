-- A transaction the node refuses for good (oversized, intrinsic gas too low, over
-- the block gas limit, an invalid sender, ...) fails its operation and gives its
-- nonce back, so the signer's queue moves on instead of waiting behind it for ever.

-- The nonces given back, each to be taken by the next operation its signer signs
-- (the lowest first) before any new nonce. A freed nonce belongs to no operation:
-- the refused one no longer holds it (operations.nonce is NULL), its stored
-- transaction stays in transactions, marked refused, and is never sent again.
CREATE TABLE freed_nonces (
    signer       eth_address NOT NULL,
    nonce        bigint      NOT NULL CHECK (nonce >= 0),
    operation_id bigint      NOT NULL REFERENCES operations (id), -- the refused operation that held it
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (signer, nonce)
);

-- When the node refused a stored transaction for good. A refused transaction is
-- never broadcast again: the sender loads only transactions without it.
ALTER TABLE transactions ADD COLUMN refused_at timestamptz;
