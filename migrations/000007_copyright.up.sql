-- Copyright: works registered one by one or in catalogs (a Merkle root on chain).
-- What clients submitted (hash, title, metadata, who, which operation, catalog
-- membership) is operational state, kept across reindexes; the confirmation
-- columns (owner, tx, block, time) are the copyright projection's and are
-- cleared by its Reset. A work's status is derived, never stored: registered
-- once projected, failed when its operation failed, else pending.

CREATE TABLE copyright_catalogs (
    id            bigserial    PRIMARY KEY,
    root          hash32       NOT NULL UNIQUE,
    catalog_id    text         NOT NULL CHECK (length(catalog_id) BETWEEN 1 AND 200),
    registrant    eth_address  NOT NULL,                -- who submitted it
    work_count    bigint       NOT NULL CHECK (work_count > 0),
    operation_id  bigint,                               -- null when registered outside the API
    created_at    timestamptz  NOT NULL DEFAULT now(),
    -- projection: set from CatalogRegistered
    owner         eth_address,
    tx_hash       hash32,
    block_number  bigint,
    block_hash    hash32,
    registered_at timestamptz,                          -- the event's registeredAt, the block's time
    CHECK ((block_number IS NULL) = (tx_hash IS NULL))
);
CREATE INDEX copyright_catalogs_operation ON copyright_catalogs (operation_id);

CREATE TABLE works (
    sha256        hash32       PRIMARY KEY,             -- one row per content hash: first registration wins
    title         text         NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    metadata      text,                                 -- canonical JSON as submitted; null when none or registered outside the API
    metadata_hash hash32       NOT NULL,                -- sha256 of metadata's bytes, or zero when none
    registrant    eth_address  NOT NULL,                -- who submitted it
    kind          text         NOT NULL CHECK (kind IN ('direct', 'catalog')),
    catalog_root  hash32       REFERENCES copyright_catalogs (root) ON DELETE CASCADE,
    leaf_index    bigint       CHECK (leaf_index >= 0),
    operation_id  bigint,                               -- null when registered outside the API
    created_at    timestamptz  NOT NULL DEFAULT now(),
    -- projection (direct works; a catalog work is confirmed with its catalog)
    owner         eth_address,                          -- current owner, after transfers
    tx_hash       hash32,
    block_number  bigint,
    block_hash    hash32,
    registered_at timestamptz,                          -- the event's registeredAt, the block's time
    CHECK ((kind = 'catalog') = (catalog_root IS NOT NULL AND leaf_index IS NOT NULL)),
    CHECK ((block_number IS NULL) = (tx_hash IS NULL))
);
CREATE INDEX works_catalog ON works (catalog_root, leaf_index) WHERE catalog_root IS NOT NULL;
CREATE INDEX works_operation ON works (operation_id);

-- Licences on direct works, as the registry holds them (projection only).
CREATE TABLE work_licenses (
    sha256       hash32      NOT NULL,
    licensee     eth_address NOT NULL,
    grantor      eth_address NOT NULL,
    terms_hash   hash32      NOT NULL,
    granted_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked      boolean     NOT NULL DEFAULT false,
    tx_hash      hash32      NOT NULL,
    block_number bigint      NOT NULL,
    PRIMARY KEY (sha256, licensee)
);
