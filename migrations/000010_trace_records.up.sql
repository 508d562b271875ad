-- Each trace_events row is one organization's record of an event, no longer
-- the one row of a distinct event: several organizations may record the same
-- event (the same GS1 Event Hash ID), and each record belongs to its
-- submitter. A duplicate is the same submitter recording the same event
-- again, so another organization's earlier record neither blocks a
-- submission nor shows through its answer (the duplicate flag was an oracle
-- of what others had stored, and a copy posted first by anyone turned the
-- buyer's own receipt into a "duplicate").
--
-- hash leads so that lookups by hash alone still use the index, and so that
-- ingestion, which inserts in hash order, still takes one submitter's index
-- entries in the same order in every request (no deadlock between two
-- requests of the same submitter; requests of two submitters never meet).
CREATE UNIQUE INDEX trace_events_hash_submitter ON trace_events (hash, organization_id);
DROP INDEX trace_events_hash;
