ALTER TABLE invoices DROP COLUMN identity, DROP COLUMN code;
DROP INDEX organizations_tax_id;
ALTER TABLE organizations DROP COLUMN tax_id;
