-- The three-way match (suppliers/core/threewaymatch.h): the suppliers'
-- invoices and credit notes (PEPPOL BIS Billing 3.0 UBL, or a CSV read
-- through the supplier's column mapping), their lines, each line matched
-- to the order line and the quantity received, and the decisions taken on
-- the differences. Quantities and money are INTEGER millionths (decimal.h).

CREATE TABLE supplier_invoice (
    supplier_id           TEXT NOT NULL,
    id                    TEXT NOT NULL,
    -- invoice, credit_note
    kind                  TEXT NOT NULL DEFAULT 'invoice',
    -- ubl, csv
    source                TEXT NOT NULL,
    issue_date            TEXT NOT NULL,
    due_date              TEXT,
    order_id              TEXT NOT NULL DEFAULT '',
    despatch_id           TEXT NOT NULL DEFAULT '',
    currency              TEXT NOT NULL DEFAULT 'EUR',
    line_total_micros     INTEGER NOT NULL,
    tax_exclusive_micros  INTEGER NOT NULL,
    tax_micros            INTEGER NOT NULL,
    tax_inclusive_micros  INTEGER NOT NULL,
    payable_micros        INTEGER NOT NULL,
    -- to_match (nothing to decide but the approval), discrepancies, approved, refused
    state                 TEXT NOT NULL DEFAULT 'to_match',
    -- the document exactly as received (UBL or CSV bytes)
    document              BLOB NOT NULL,
    received_at           TEXT NOT NULL,
    decided_at            TEXT,
    PRIMARY KEY (supplier_id, id)
);
CREATE INDEX supplier_invoice_state ON supplier_invoice (state, issue_date);

-- The VAT breakdown the invoice states (TaxSubtotal), per rate.
CREATE TABLE supplier_invoice_vat (
    supplier_id     TEXT NOT NULL,
    invoice_id      TEXT NOT NULL,
    -- "5.5", "10", "20"
    vat             TEXT NOT NULL,
    taxable_micros  INTEGER NOT NULL,
    tax_micros      INTEGER NOT NULL,
    PRIMARY KEY (supplier_id, invoice_id, vat),
    FOREIGN KEY (supplier_id, invoice_id) REFERENCES supplier_invoice (supplier_id, id) ON DELETE CASCADE
);

CREATE TABLE supplier_invoice_line (
    supplier_id        TEXT NOT NULL,
    invoice_id         TEXT NOT NULL,
    position           INTEGER NOT NULL,
    line_id            TEXT NOT NULL,
    sku                TEXT NOT NULL DEFAULT '',
    gtin               TEXT NOT NULL DEFAULT '',
    name               TEXT NOT NULL DEFAULT '',
    quantity_micros    INTEGER NOT NULL,
    unit_code          TEXT NOT NULL DEFAULT '',
    unit_price_micros  INTEGER NOT NULL,
    amount_micros      INTEGER NOT NULL,
    vat                TEXT NOT NULL,
    -- the order line the supplier names (OrderLineReference/LineID), if any
    order_line_ref     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (supplier_id, invoice_id, position),
    FOREIGN KEY (supplier_id, invoice_id) REFERENCES supplier_invoice (supplier_id, id) ON DELETE CASCADE
);

-- Each invoice line against its order line and what was received.
-- order_line_id NULL: the line matches nothing and waits for review.
CREATE TABLE supplier_invoice_match (
    supplier_id           TEXT NOT NULL,
    invoice_id            TEXT NOT NULL,
    position              INTEGER NOT NULL,
    order_id              TEXT,
    order_line_id         TEXT,
    ordered_micros        INTEGER,
    -- received: the receipts' quantities; else what the Despatch Advice announced
    received_micros       INTEGER,
    -- receipt, advice, '' (nothing received yet)
    received_source       TEXT NOT NULL DEFAULT '',
    ordered_price_micros  INTEGER,
    -- the billed quantity and price in the order line's unit
    billed_micros         INTEGER NOT NULL,
    billed_price_micros   INTEGER NOT NULL,
    price_difference      INTEGER NOT NULL DEFAULT 0,
    quantity_difference   INTEGER NOT NULL DEFAULT 0,
    unmatched             INTEGER NOT NULL DEFAULT 0,
    reason                TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (supplier_id, invoice_id, position),
    FOREIGN KEY (supplier_id, invoice_id, position)
        REFERENCES supplier_invoice_line (supplier_id, invoice_id, position) ON DELETE CASCADE
);
CREATE INDEX supplier_invoice_match_order ON supplier_invoice_match (supplier_id, order_id, order_line_id);

-- The decision on a line: approved (the product's cost became the billed
-- price, previous and new cost kept) or refused.
CREATE TABLE supplier_invoice_approval (
    supplier_id          TEXT NOT NULL,
    invoice_id           TEXT NOT NULL,
    position             INTEGER NOT NULL,
    -- approved, refused
    decision             TEXT NOT NULL,
    product_sku          TEXT,
    previous_cost_micros INTEGER,
    new_cost_micros      INTEGER,
    decided_at           TEXT NOT NULL,
    PRIMARY KEY (supplier_id, invoice_id, position),
    FOREIGN KEY (supplier_id, invoice_id, position)
        REFERENCES supplier_invoice_line (supplier_id, invoice_id, position) ON DELETE CASCADE
);

-- How a supplier's CSV invoices read: the column of each field (JSON),
-- mapped once by the manager.
CREATE TABLE supplier_invoice_csv_mapping (
    supplier_id  TEXT PRIMARY KEY,
    mapping      TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
