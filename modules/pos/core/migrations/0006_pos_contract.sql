-- Schema version 6: the POS read against Lightspeed's published contract.

-- The merchant's payment methods as the till lists them
-- (/f/finance/{blId}/paymentMethods): their codes are the merchant's own
-- ("CASH", "CB", …), so the accounting export maps them from this list, never
-- from a fixed table. `accounting_reference` is the account the merchant set
-- on the till, if any.
CREATE TABLE pos_payment_method (
    code                 TEXT PRIMARY KEY NOT NULL,
    name                 TEXT,
    accounting_reference TEXT,
    method_id            TEXT,
    active               INTEGER NOT NULL DEFAULT 1,
    seen_pass            TEXT,
    synced_at            TEXT
);

ALTER TABLE pos_tax_rate ADD COLUMN accounting_reference TEXT;
ALTER TABLE pos_tax_rate ADD COLUMN tax_included INTEGER;

-- How a settled quarantine row was settled: 'released' when it was judged
-- again, and passed, once the reference data it lacked had arrived; NULL
-- when a later, good copy of the receipt replaced it.
ALTER TABLE pos_quarantine ADD COLUMN resolution TEXT;

-- Earlier versions read the till's VAT multipliers (1.1 = 10 %) as
-- percentages: a database holding such rates (1.1 %, 1.2 %, 1.06 %) imports
-- its sales history again; every receipt whose content changes replaces its
-- old copy in every total.
DELETE FROM sync_cursor
WHERE feed = 'transactions'
  AND EXISTS (SELECT 1 FROM pos_sale_line WHERE vat_bp IS NOT NULL AND vat_bp BETWEEN 1 AND 199);
