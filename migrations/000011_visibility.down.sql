DROP INDEX IF EXISTS invoices_ref_tail;
DROP TABLE IF EXISTS receivable_parties;
