-- The indexer follows contract events into projections. Its own tables hold
-- where each indexer (one per read model, by name) has got to, the block hashes
-- it has seen (to find a common ancestor after a reorg), and the raw events, so
-- that projections can be rebuilt without asking the chain again.

-- indexer_checkpoints: the last block an indexer has fully processed, with its
-- hash; a changed hash at that height means the chain reorganised.
CREATE TABLE indexer_checkpoints (
    name         text        PRIMARY KEY,
    block_number bigint      NOT NULL CHECK (block_number >= 0),
    block_hash   hash32      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- indexed_blocks: the hash of every block that had events, plus every chunk
-- end, as seen when processed. Walking back through it finds the highest block
-- the indexer and the chain still agree on.
CREATE TABLE indexed_blocks (
    name   text   NOT NULL,
    number bigint NOT NULL CHECK (number >= 0),
    hash   hash32 NOT NULL,
    PRIMARY KEY (name, number)
);

-- chain_events: every log of the watched contracts, in chain order; the source
-- that projections are rebuilt from on a reorg.
CREATE TABLE chain_events (
    name         text        NOT NULL,
    block_number bigint      NOT NULL CHECK (block_number >= 0),
    block_hash   hash32      NOT NULL,
    block_time   timestamptz NOT NULL,
    tx_hash      hash32      NOT NULL,
    tx_index     integer     NOT NULL CHECK (tx_index >= 0),
    log_index    integer     NOT NULL CHECK (log_index >= 0),
    address      eth_address NOT NULL,
    topics       bytea[]     NOT NULL CHECK (cardinality(topics) <= 4),
    data         bytea       NOT NULL,
    PRIMARY KEY (name, block_number, log_index)
);
