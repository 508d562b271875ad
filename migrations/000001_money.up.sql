-- Money never rounds silently. numeric(78,0) would accept 2^256 and round 1.5 to
-- 2, so amounts use domains whose CHECKs refuse what does not fit exactly.

-- minor_units: an on-chain amount (fen), a whole number below 2^128 (the contracts
-- keep values in uint128).
CREATE DOMAIN minor_units AS numeric
    CHECK (VALUE >= 0 AND VALUE = trunc(VALUE) AND VALUE < 340282366920938463463374607431768211456);

-- money_amount: an amount in currency units with at most two decimal places.
CREATE DOMAIN money_amount AS numeric
    CHECK (VALUE >= 0 AND scale(VALUE) <= 2 AND VALUE < 3402823669209384634633746074317682114.56);

-- eth_address: a 20-byte account address, stored as bytes.
CREATE DOMAIN eth_address AS bytea CHECK (length(VALUE) = 20);

-- hash32: a 32-byte hash (transaction, block, fingerprint, document).
CREATE DOMAIN hash32 AS bytea CHECK (length(VALUE) = 32);
