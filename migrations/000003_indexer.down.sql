DROP TABLE IF EXISTS chain_events;
DROP TABLE IF EXISTS indexed_blocks;
DROP TABLE IF EXISTS indexer_checkpoints;
