-- Schema version 5: a leaner sales ingest.

-- No query reads payments by method (the drill-down filters them by
-- receipt, through the primary key; the Ventes tab reads
-- pos_rollup_payment_daily): the index only cost one more B-tree insert per
-- payment.
DROP INDEX IF EXISTS pos_payment_method;

-- A counter moved by every change to the reference data the sales checks
-- read (the items' SKUs and accounting groups, the tax rates), so that the
-- ingest reloads that data only when it changed, not for every page. It
-- starts at a random value, so that a database made again at the same path
-- is not taken for the one a running ingest read.
CREATE TABLE pos_reference_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO pos_reference_version(id, version) VALUES (1, abs(random() % 1000000000000));

CREATE TRIGGER pos_item_reference_insert AFTER INSERT ON pos_item
BEGIN
    UPDATE pos_reference_version SET version = version + 1;
END;
CREATE TRIGGER pos_item_reference_update AFTER UPDATE OF sku, group_id ON pos_item
BEGIN
    UPDATE pos_reference_version SET version = version + 1;
END;
CREATE TRIGGER pos_item_reference_delete AFTER DELETE ON pos_item
BEGIN
    UPDATE pos_reference_version SET version = version + 1;
END;
CREATE TRIGGER pos_tax_rate_reference_insert AFTER INSERT ON pos_tax_rate
BEGIN
    UPDATE pos_reference_version SET version = version + 1;
END;
CREATE TRIGGER pos_tax_rate_reference_update AFTER UPDATE OF tax_code, vat_bp ON pos_tax_rate
BEGIN
    UPDATE pos_reference_version SET version = version + 1;
END;
CREATE TRIGGER pos_tax_rate_reference_delete AFTER DELETE ON pos_tax_rate
BEGIN
    UPDATE pos_reference_version SET version = version + 1;
END;
