-- Schema version 4: point of sale (Lightspeed K-Series) sales, menu and
-- incrementally maintained rollups for the Ventes tab.
-- Money is INTEGER cents, quantities INTEGER thousandths, VAT rates INTEGER
-- basis points (1000 = 10 %). `day` is the restaurant's local date
-- ('YYYY-MM-DD'), `hour` its local hour, `weekday` 1 = Monday .. 7 = Sunday,
-- `service` 0 = midi (closed before 16:00) / 1 = soir.

-- One closed sale (receipt). Voided receipts (cancelled = 1) are kept but
-- count in no total; `counted` = not cancelled and gross >= 0 (refund
-- receipts lower the amounts but are not tickets).
CREATE TABLE pos_receipt (
    receipt_id        TEXT PRIMARY KEY NOT NULL,
    account_reference TEXT,
    fisc_id           TEXT,
    closed_at         TEXT NOT NULL,
    day               TEXT NOT NULL,
    hour              INTEGER NOT NULL,
    weekday           INTEGER NOT NULL,
    service           INTEGER NOT NULL,
    covers            INTEGER NOT NULL DEFAULT 0,
    gross_cents       INTEGER NOT NULL,
    net_cents         INTEGER NOT NULL,
    tax_cents         INTEGER NOT NULL,
    discount_cents    INTEGER NOT NULL DEFAULT 0,
    service_cents     INTEGER NOT NULL DEFAULT 0,
    tip_cents         INTEGER NOT NULL DEFAULT 0,
    cancelled         INTEGER NOT NULL DEFAULT 0,
    counted           INTEGER NOT NULL DEFAULT 1,
    payment_methods   TEXT,
    -- the receipt's VAT per tax code: "code|basis points|base|VAT;..."
    vat_breakdown     TEXT,
    content_hash      INTEGER NOT NULL,
    synced_at         TEXT
);
CREATE INDEX pos_receipt_day ON pos_receipt (day, hour);

-- Every line as the POS sent it: sales, refunds (negative), discounts,
-- service charges, with its VAT. `tax_lines` keeps the raw VAT lines when a
-- line has more than one rate. Clustered by receipt (drill-downs filter by
-- receipt first); no other index, to keep the ingest fast.
CREATE TABLE pos_sale_line (
    receipt_id           TEXT NOT NULL,
    line_id              TEXT NOT NULL,
    parent_line_id       TEXT,
    sku                  TEXT,
    name                 TEXT,
    group_id             TEXT,
    quantity_milli       INTEGER NOT NULL,
    gross_cents          INTEGER NOT NULL,
    net_cents            INTEGER NOT NULL,
    tax_cents            INTEGER NOT NULL,
    tax_code             TEXT,
    vat_bp               INTEGER,
    discount_cents       INTEGER NOT NULL DEFAULT 0,
    discount_type        TEXT,
    discount_code        TEXT,
    service_charge_cents INTEGER NOT NULL DEFAULT 0,
    list_price_cents     INTEGER,
    unit_cost_cents      INTEGER,
    tax_lines            TEXT,
    PRIMARY KEY (receipt_id, line_id)
) WITHOUT ROWID;

CREATE TABLE pos_payment (
    receipt_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    method       TEXT NOT NULL,
    code         TEXT,
    amount_cents INTEGER NOT NULL,
    tip_cents    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (receipt_id, seq)
) WITHOUT ROWID;
CREATE INDEX pos_payment_method ON pos_payment (method);

-- Rollups, adjusted by the delta of every receipt stored, replaced or
-- removed, in the transaction that stores it. Only counted receipts.
CREATE TABLE pos_rollup_daily (
    day         TEXT NOT NULL,
    service     INTEGER NOT NULL,
    gross_cents INTEGER NOT NULL DEFAULT 0,
    net_cents   INTEGER NOT NULL DEFAULT 0,
    tax_cents   INTEGER NOT NULL DEFAULT 0,
    receipts    INTEGER NOT NULL DEFAULT 0,
    covers      INTEGER NOT NULL DEFAULT 0,
    voids       INTEGER NOT NULL DEFAULT 0,
    refund_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, service)
) WITHOUT ROWID;

CREATE TABLE pos_rollup_hourly (
    day         TEXT NOT NULL,
    hour        INTEGER NOT NULL,
    weekday     INTEGER NOT NULL,
    gross_cents INTEGER NOT NULL DEFAULT 0,
    net_cents   INTEGER NOT NULL DEFAULT 0,
    receipts    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, hour)
) WITHOUT ROWID;

CREATE TABLE pos_rollup_group_daily (
    day         TEXT NOT NULL,
    group_id    TEXT NOT NULL,
    gross_cents INTEGER NOT NULL DEFAULT 0,
    net_cents   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, group_id)
) WITHOUT ROWID;

CREATE TABLE pos_rollup_item_daily (
    day            TEXT NOT NULL,
    sku            TEXT NOT NULL,
    name           TEXT, -- as last sold (items no longer on the menu)
    quantity_milli INTEGER NOT NULL DEFAULT 0,
    gross_cents    INTEGER NOT NULL DEFAULT 0,
    net_cents      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, sku)
) WITHOUT ROWID;

-- The same per month ('YYYY-MM'): the top items of a long period read whole
-- months here and only the days of partial months in the daily table.
CREATE TABLE pos_rollup_item_monthly (
    month          TEXT NOT NULL,
    sku            TEXT NOT NULL,
    name           TEXT,
    quantity_milli INTEGER NOT NULL DEFAULT 0,
    gross_cents    INTEGER NOT NULL DEFAULT 0,
    net_cents      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, sku)
) WITHOUT ROWID;

CREATE TABLE pos_rollup_payment_daily (
    day         TEXT NOT NULL,
    method      TEXT NOT NULL,
    code        TEXT,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    payments    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, method)
) WITHOUT ROWID;

CREATE TABLE pos_rollup_vat_daily (
    day         TEXT NOT NULL,
    tax_code    TEXT NOT NULL,
    vat_bp      INTEGER NOT NULL,
    base_cents  INTEGER NOT NULL DEFAULT 0,
    tax_cents   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, tax_code)
) WITHOUT ROWID;

-- Reference data of the POS.
CREATE TABLE pos_tax_rate (
    tax_code    TEXT PRIMARY KEY NOT NULL,
    vat_bp      INTEGER NOT NULL,
    description TEXT,
    synced_at   TEXT
);

CREATE TABLE pos_accounting_group (
    group_id    TEXT PRIMARY KEY NOT NULL,
    name        TEXT,
    code        TEXT,
    tax_code    TEXT,
    synced_at   TEXT
);

-- The menu. `remote_price_cents` is the POS price as last synced; a local
-- edit keeps the wanted price in `local_price_cents` and the POS price it
-- was made against in `base_price_cents` until the POS confirms it.
-- local_state: synced, pending, conflict, rejected.
CREATE TABLE pos_item (
    item_id             TEXT PRIMARY KEY NOT NULL,
    sku                 TEXT,
    name                TEXT,
    group_id            TEXT,
    tax_code            TEXT,
    remote_price_cents  INTEGER,
    price_mode          TEXT,
    cost_cents          INTEGER,
    remote_json         TEXT,
    active              INTEGER NOT NULL DEFAULT 1,
    seen_pass           TEXT,
    synced_at           TEXT,
    local_state         TEXT NOT NULL DEFAULT 'synced'
                        CHECK (local_state IN ('synced', 'pending', 'conflict', 'rejected')),
    local_price_cents   INTEGER,
    base_price_cents    INTEGER,
    sent_price_cents    INTEGER,
    conflict_price_cents INTEGER,
    outbox_key          TEXT,    -- idempotency key of the write in the outbox
    local_error         TEXT,
    local_updated_at    TEXT
);
CREATE INDEX pos_item_sku ON pos_item (sku);
CREATE INDEX pos_item_state ON pos_item (local_state);

CREATE TABLE pos_discount (
    discount_id    TEXT PRIMARY KEY NOT NULL,
    code           TEXT,
    name           TEXT,
    percentage_bp  INTEGER,
    amount_cents   INTEGER,
    active         INTEGER NOT NULL DEFAULT 1,
    seen_pass      TEXT,
    synced_at      TEXT
);

-- Data the POS sent that could not be stored as is (unknown SKU, missing tax
-- code, a line that does not add up, a malformed page), with the reason.
-- Never dropped: resolved_at is set when a later, good copy was stored.
CREATE TABLE pos_quarantine (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    connector    TEXT,
    receipt_id   TEXT NOT NULL DEFAULT '', -- '' for a whole page
    reason_code  TEXT NOT NULL,
    reason       TEXT NOT NULL,
    payload      TEXT,
    payload_hash INTEGER NOT NULL,
    resolved_at  TEXT,
    UNIQUE (receipt_id, payload_hash)
);
CREATE INDEX pos_quarantine_open ON pos_quarantine (resolved_at, at);
