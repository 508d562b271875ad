-- Receivable ids are derived from what the creating transaction says (issue 8),
-- financing requests carry the holder's floor and expiry, and unconfirmed
-- submissions lapse. The contracts changed with them, so the receivable read model
-- starts empty: it is rebuilt from the events of the new contracts.
TRUNCATE receivables, financing_requests, repayments, redemptions, receivable_events, invoices;

ALTER TABLE receivables ADD COLUMN lapses_at timestamptz;   -- pending submissions only
ALTER TABLE receivables DROP CONSTRAINT receivables_status_check;
ALTER TABLE receivables ADD CONSTRAINT receivables_status_check
    CHECK (status IN ('pending', 'active', 'rejected', 'repaid', 'overdue', 'redeemed', 'lapsed'));

ALTER TABLE financing_requests ADD COLUMN min_price minor_units NOT NULL;
ALTER TABLE financing_requests ADD COLUMN expires_at timestamptz NOT NULL;
CREATE INDEX receivables_fingerprint ON receivables (fingerprint) WHERE fingerprint IS NOT NULL;
