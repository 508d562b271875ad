-- Receivable read model, rebuilt from contract events by the receivable projection.
CREATE TABLE receivables (
    id                bigint       PRIMARY KEY,          -- certificate (token) id
    root_id           bigint       NOT NULL,
    parent_id         bigint,
    tier              int          NOT NULL CHECK (tier >= 1),
    obligor           eth_address  NOT NULL,
    original_creditor eth_address  NOT NULL,
    holder            eth_address,                       -- null once burned
    value             minor_units  NOT NULL,
    face_value        minor_units  NOT NULL,             -- of the root
    due_date          timestamptz  NOT NULL,
    status            text         NOT NULL CHECK (status IN ('pending', 'active', 'rejected', 'repaid', 'overdue', 'redeemed')),
    frozen            boolean      NOT NULL DEFAULT false,   -- the certificate itself
    root_frozen       boolean      NOT NULL DEFAULT false,   -- its root (dispute on the whole payable)
    locked_by         bigint,
    fingerprint       hash32,                            -- roots only
    document_hash     hash32,                            -- roots only
    created_block     bigint       NOT NULL,
    created_tx        hash32       NOT NULL,
    updated_block     bigint       NOT NULL
);
CREATE INDEX receivables_holder ON receivables (holder, id);
CREATE INDEX receivables_obligor ON receivables (obligor, id);
CREATE INDEX receivables_root ON receivables (root_id, id);
CREATE INDEX receivables_due ON receivables (due_date, id);

CREATE TABLE financing_requests (
    id             bigint      PRIMARY KEY,
    certificate_id bigint      NOT NULL,
    root_id        bigint      NOT NULL,
    holder         eth_address NOT NULL,
    financier      eth_address NOT NULL,
    value          minor_units NOT NULL,
    price          minor_units,
    financed_id    bigint,
    due_date       timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('requested', 'funded', 'cancelled', 'declined')),
    created_block  bigint      NOT NULL,
    updated_block  bigint      NOT NULL
);

CREATE TABLE repayments (
    root_id      bigint      PRIMARY KEY,
    obligor      eth_address NOT NULL,
    amount       minor_units NOT NULL,
    tx_hash      hash32      NOT NULL,
    block_number bigint      NOT NULL,
    repaid_at    timestamptz NOT NULL
);

CREATE TABLE redemptions (
    certificate_id bigint      PRIMARY KEY,
    root_id        bigint      NOT NULL,
    holder         eth_address NOT NULL,
    value          minor_units NOT NULL,
    redeemed_by    eth_address NOT NULL,
    tx_hash        hash32      NOT NULL,
    block_number   bigint      NOT NULL,
    redeemed_at    timestamptz NOT NULL
);

CREATE TABLE cash_balances (
    address eth_address PRIMARY KEY,
    balance minor_units NOT NULL
);

-- Every event touching a certificate, for its history.
CREATE TABLE receivable_events (
    certificate_id bigint      NOT NULL,
    root_id        bigint      NOT NULL,
    kind           text        NOT NULL,
    detail         jsonb       NOT NULL,
    tx_hash        hash32      NOT NULL,
    block_number   bigint      NOT NULL,
    log_index      int         NOT NULL,
    occurred_at    timestamptz NOT NULL,
    PRIMARY KEY (certificate_id, block_number, log_index)
);

-- Invoices as submitted over the API: the normalised fields behind a fingerprint.
CREATE TABLE invoices (
    fingerprint   hash32       PRIMARY KEY,
    number        text         NOT NULL,
    issue_date    date         NOT NULL,
    seller_tax_id text         NOT NULL,
    buyer_tax_id  text         NOT NULL,
    amount        money_amount NOT NULL,
    currency      text         NOT NULL,
    operation_id  bigint       NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

-- Idempotency keys: same key and body replays the stored response.
CREATE TABLE idempotency_keys (
    organization_id bigint      NOT NULL,
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash    hash32      NOT NULL,
    operation_id    bigint,
    response_status int,
    response_body   bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, key)
);
