-- Organizations: the off-chain side (name, custodial key, API keys) next to what
-- the identity registry says on chain (roles, status, credentials), which the
-- identity projection keeps current from events.
CREATE TABLE organizations (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address     eth_address NOT NULL UNIQUE,
    did         text        NOT NULL CHECK (length(did) BETWEEN 1 AND 500),
    roles       text[]      NOT NULL DEFAULT '{}',
    status      text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'suspended')),
    registered_block bigint,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- API keys are stored as SHA-256 hashes; the prefix identifies a key in logs.
CREATE TABLE api_keys (
    id              bigserial PRIMARY KEY,
    organization_id bigint      NOT NULL REFERENCES organizations (id),
    prefix          text        NOT NULL,
    hash            hash32      NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);

-- Credentials as the registry holds them (projection).
CREATE TABLE credentials (
    address       eth_address NOT NULL,
    topic         text        NOT NULL,
    issuer        eth_address NOT NULL,
    document_hash hash32      NOT NULL,
    issued_at     timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked       boolean     NOT NULL DEFAULT false,
    tx_hash       hash32      NOT NULL,
    block_number  bigint      NOT NULL,
    PRIMARY KEY (address, topic)
);
