-- The suppliers area: who delivers what at what price (each price change
-- kept), the orders sent (their exact UBL bytes and idempotency key), what
-- the suppliers answered (Order Responses) and shipped (Despatch Advices),
-- and the deliveries they announce. Money and quantities are exact: INTEGER
-- millionths (suppliers/core/decimal.h).

CREATE TABLE supplier (
    id                  TEXT PRIMARY KEY,
    connector           TEXT NOT NULL,
    profile             TEXT NOT NULL,
    name                TEXT NOT NULL,
    siret               TEXT,
    vat_id              TEXT,
    endpoint_scheme     TEXT,
    endpoint_id         TEXT,
    street              TEXT,
    city                TEXT,
    postal_code         TEXT,
    country             TEXT,
    -- "mon,wed,fri"
    delivery_days       TEXT NOT NULL DEFAULT '',
    -- "HH:MM"
    order_cutoff        TEXT NOT NULL DEFAULT '12:00',
    cutoff_days_before  INTEGER NOT NULL DEFAULT 1,
    franco_micros       INTEGER NOT NULL DEFAULT 0,
    delivery_fee_micros INTEGER NOT NULL DEFAULT 0,
    updated_at          TEXT NOT NULL
);

CREATE TABLE supplier_product (
    supplier_id        TEXT NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    sku                TEXT NOT NULL,
    gtin               TEXT,
    name               TEXT NOT NULL,
    category           TEXT,
    unit_code          TEXT NOT NULL,
    pack_size_micros   INTEGER NOT NULL,
    pack_unit_code     TEXT NOT NULL,
    unit_price_micros  INTEGER NOT NULL,
    -- "5.5", "10", "20"
    vat                TEXT NOT NULL,
    sold_by_pack_only  INTEGER NOT NULL DEFAULT 1,
    -- The last change raised the price by more than the alert threshold.
    price_alert        INTEGER NOT NULL DEFAULT 0,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (supplier_id, sku)
);

-- One row per price a product had: the first one seen, then every change.
CREATE TABLE supplier_price_history (
    id                    INTEGER PRIMARY KEY,
    supplier_id           TEXT NOT NULL,
    sku                   TEXT NOT NULL,
    unit_price_micros     INTEGER NOT NULL,
    previous_price_micros INTEGER,
    -- (new − previous) / previous × 100, in millionths of a percent
    change_micros         INTEGER,
    alert                 INTEGER NOT NULL DEFAULT 0,
    recorded_at           TEXT NOT NULL,
    FOREIGN KEY (supplier_id, sku) REFERENCES supplier_product (supplier_id, sku) ON DELETE CASCADE
);
CREATE INDEX supplier_price_history_product ON supplier_price_history (supplier_id, sku, id);

CREATE TABLE supplier_order (
    supplier_id        TEXT NOT NULL,
    id                 TEXT NOT NULL,
    connector          TEXT NOT NULL,
    -- queued, acknowledged, accepted, changed, rejected, despatched,
    -- partially_despatched, delivered (the transmission itself: the outbox's
    -- row with the same idempotency key)
    status             TEXT NOT NULL DEFAULT 'queued',
    issue_date         TEXT NOT NULL,
    delivery_date      TEXT,
    idempotency_key    TEXT NOT NULL UNIQUE,
    -- The UBL Order exactly as validated and sent (every resend: these bytes).
    ubl                BLOB NOT NULL,
    total_excl_micros  INTEGER NOT NULL,
    total_incl_micros  INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (supplier_id, id)
);
CREATE INDEX supplier_order_status ON supplier_order (status);

CREATE TABLE supplier_order_line (
    supplier_id                TEXT NOT NULL,
    order_id                   TEXT NOT NULL,
    line_id                    TEXT NOT NULL,
    sku                        TEXT NOT NULL,
    gtin                       TEXT,
    name                       TEXT NOT NULL,
    quantity_micros            INTEGER NOT NULL,
    unit_code                  TEXT NOT NULL,
    net_price_micros           INTEGER NOT NULL,
    vat                        TEXT NOT NULL,
    -- ordered, accepted, changed, rejected, added (the Order Response's)
    status                     TEXT NOT NULL DEFAULT 'ordered',
    confirmed_quantity_micros  INTEGER,
    delivered_quantity_micros  INTEGER NOT NULL DEFAULT 0,
    outstanding_quantity_micros INTEGER,
    PRIMARY KEY (supplier_id, order_id, line_id),
    FOREIGN KEY (supplier_id, order_id) REFERENCES supplier_order (supplier_id, id) ON DELETE CASCADE
);

CREATE TABLE supplier_order_response (
    supplier_id       TEXT NOT NULL,
    id                TEXT NOT NULL,
    order_id          TEXT NOT NULL,
    -- AP, RE, CA, AB
    code              TEXT NOT NULL,
    issue_date        TEXT,
    promised_delivery TEXT,
    note              TEXT,
    xml               BLOB NOT NULL,
    received_at       TEXT NOT NULL,
    PRIMARY KEY (supplier_id, id)
);
CREATE INDEX supplier_order_response_order ON supplier_order_response (supplier_id, order_id);

CREATE TABLE supplier_despatch_advice (
    supplier_id       TEXT NOT NULL,
    id                TEXT NOT NULL,
    order_id          TEXT NOT NULL,
    issue_date        TEXT,
    expected_delivery TEXT,
    shipment_id       TEXT,
    partial           INTEGER NOT NULL DEFAULT 0,
    xml               BLOB NOT NULL,
    received_at       TEXT NOT NULL,
    PRIMARY KEY (supplier_id, id)
);
CREATE INDEX supplier_despatch_advice_order ON supplier_despatch_advice (supplier_id, order_id);

-- One delivery per Despatch Advice: when it was asked for, announced and
-- received; partial (something outstanding) and late (announced or received
-- after the requested day).
CREATE TABLE supplier_delivery (
    supplier_id    TEXT NOT NULL,
    despatch_id    TEXT NOT NULL,
    order_id       TEXT NOT NULL,
    requested_date TEXT,
    expected_date  TEXT,
    actual_date    TEXT,
    partial        INTEGER NOT NULL DEFAULT 0,
    late           INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (supplier_id, despatch_id)
);
CREATE INDEX supplier_delivery_order ON supplier_delivery (supplier_id, order_id);
