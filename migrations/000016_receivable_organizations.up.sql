-- One noun per concept (docs/DESIGN.md, glossary concept 3): the organizations
-- that took part in a receivable are organizations, and the column holds each
-- one's address. The table and column say so; the index follows.
ALTER TABLE receivable_parties RENAME TO receivable_organizations;
ALTER TABLE receivable_organizations RENAME COLUMN party TO address;
ALTER INDEX receivable_parties_party RENAME TO receivable_organizations_address;
ALTER TABLE receivable_organizations RENAME CONSTRAINT receivable_parties_pkey TO receivable_organizations_pkey;
