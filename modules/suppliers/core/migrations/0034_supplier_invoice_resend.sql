-- A supplier's invoice received again under a number already held, with
-- other content (suppliers/core/threewaymatch.h): set aside for the manager,
-- never applied over the held one, never dropped. The manager keeps the
-- held invoice, or replaces it by this one while it is not approved (an
-- approved invoice is corrected by a credit note, never replaced).
-- Money is INTEGER millionths (decimal.h).
CREATE TABLE supplier_invoice_resend (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    supplier_id           TEXT NOT NULL,
    invoice_id            TEXT NOT NULL,
    -- ubl, csv
    source                TEXT NOT NULL,
    -- the document exactly as received
    document              BLOB NOT NULL,
    -- the invoice as read (JSON: header, lines, VAT), what replacing stores
    content               TEXT NOT NULL,
    tax_inclusive_micros  INTEGER NOT NULL,
    line_count            INTEGER NOT NULL,
    received_at           TEXT NOT NULL,
    -- '' waiting for the manager; kept (the held invoice stays); replaced
    resolution            TEXT NOT NULL DEFAULT '',
    resolved_at           TEXT,
    -- when replaced: the document the held invoice had, kept
    replaced_document     BLOB,
    UNIQUE (supplier_id, invoice_id, document)
);
CREATE INDEX supplier_invoice_resend_open ON supplier_invoice_resend (resolution, received_at);
