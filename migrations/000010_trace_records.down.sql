-- Back to one record per event. This fails, on purpose, while two
-- organizations hold records of the same event: dropping either would
-- change the leaves of an anchored batch (its item count and proofs), so
-- the choice of which record to lose is left to whoever goes back.
CREATE UNIQUE INDEX trace_events_hash ON trace_events (hash);
DROP INDEX trace_events_hash_submitter;
