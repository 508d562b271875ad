DROP INDEX receivables_fingerprint;
ALTER TABLE financing_requests DROP COLUMN expires_at;
ALTER TABLE financing_requests DROP COLUMN min_price;
DELETE FROM receivables WHERE status = 'lapsed';
ALTER TABLE receivables DROP CONSTRAINT receivables_status_check;
ALTER TABLE receivables ADD CONSTRAINT receivables_status_check
    CHECK (status IN ('pending', 'active', 'rejected', 'repaid', 'overdue', 'redeemed'));
ALTER TABLE receivables DROP COLUMN lapses_at;
