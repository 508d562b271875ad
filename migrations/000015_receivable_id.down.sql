ALTER TABLE receivable_parties RENAME COLUMN receivable_id TO certificate_id;
ALTER TABLE receivable_events RENAME COLUMN receivable_id TO certificate_id;
ALTER TABLE redemptions RENAME COLUMN receivable_id TO certificate_id;
ALTER TABLE financing_requests RENAME COLUMN receivable_id TO certificate_id;
