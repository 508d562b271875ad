-- Organizations carry their tax identifier (canonical form, services/taxid):
-- an invoice names its seller and buyer by it, and no two organizations share one.
ALTER TABLE organizations ADD COLUMN tax_id text CHECK (tax_id IS NULL OR length(tax_id) BETWEEN 1 AND 64);
CREATE UNIQUE INDEX organizations_tax_id ON organizations (tax_id) WHERE tax_id IS NOT NULL;

-- An invoice is its seller and its number: identity is the fingerprint's
-- preimage (seller tax id | number key), code a VAT invoice's 发票代码.
ALTER TABLE invoices
    ADD COLUMN code     text CHECK (code IS NULL OR length(code) <= 256),
    ADD COLUMN identity text;
