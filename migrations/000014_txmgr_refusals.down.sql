ALTER TABLE transactions DROP COLUMN refused_at;
DROP TABLE freed_nonces;
