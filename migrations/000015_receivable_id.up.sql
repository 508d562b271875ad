-- One noun per concept (docs/DESIGN.md, glossary concept 1): the token is a
-- receivable in every layer, so the columns naming one say receivable_id, as
-- the JSON already did. Primary keys and indexes follow the columns; none of
-- their names said certificate.
ALTER TABLE financing_requests RENAME COLUMN certificate_id TO receivable_id;
ALTER TABLE redemptions RENAME COLUMN certificate_id TO receivable_id;
ALTER TABLE receivable_events RENAME COLUMN certificate_id TO receivable_id;
ALTER TABLE receivable_parties RENAME COLUMN certificate_id TO receivable_id;
