DROP TABLE IF EXISTS idempotency_keys;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS receivable_events;
DROP TABLE IF EXISTS cash_balances;
DROP TABLE IF EXISTS redemptions;
DROP TABLE IF EXISTS repayments;
DROP TABLE IF EXISTS financing_requests;
DROP TABLE IF EXISTS receivables;
