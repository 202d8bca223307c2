-- Receiving (suppliers/core/receiving.h): what arrived against an order or
-- one of its deliveries, line by line, with the discrepancies found; the
-- credit-note request (demande d'avoir) made of the shortfalls and damaged
-- goods; and the late deliveries already raised as alerts. Quantities and
-- money are INTEGER millionths (suppliers/core/decimal.h).

-- One receipt per delivery of an order (despatch_id: the Despatch Advice,
-- '' when received against the order itself). Saving it again replaces it:
-- revision counts the corrections.
CREATE TABLE supplier_receipt (
    supplier_id  TEXT NOT NULL,
    order_id     TEXT NOT NULL,
    despatch_id  TEXT NOT NULL DEFAULT '',
    received_on  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    revision     INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (supplier_id, order_id, despatch_id),
    FOREIGN KEY (supplier_id, order_id) REFERENCES supplier_order (supplier_id, id) ON DELETE CASCADE
);

CREATE TABLE supplier_receipt_line (
    supplier_id          TEXT NOT NULL,
    order_id             TEXT NOT NULL,
    despatch_id          TEXT NOT NULL DEFAULT '',
    order_line_id        TEXT NOT NULL,
    -- what was expected on this delivery (announced, else confirmed, else ordered)
    expected_micros      INTEGER NOT NULL,
    -- what was received in good condition and kept
    received_micros      INTEGER NOT NULL,
    -- '', missing, damaged, substituted, excess
    discrepancy          TEXT NOT NULL DEFAULT '',
    discrepancy_micros   INTEGER NOT NULL DEFAULT 0,
    substitute           TEXT NOT NULL DEFAULT '',
    note                 TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (supplier_id, order_id, despatch_id, order_line_id),
    FOREIGN KEY (supplier_id, order_id, despatch_id)
        REFERENCES supplier_receipt (supplier_id, order_id, despatch_id) ON DELETE CASCADE
);

-- The credit-note request of a receipt: one per receipt with a shortfall or
-- damaged goods, rebuilt when the receipt is corrected.
CREATE TABLE supplier_credit_request (
    supplier_id        TEXT NOT NULL,
    id                 TEXT NOT NULL,
    order_id           TEXT NOT NULL,
    despatch_id        TEXT NOT NULL DEFAULT '',
    issue_date         TEXT NOT NULL,
    total_excl_micros  INTEGER NOT NULL,
    tax_micros         INTEGER NOT NULL,
    total_incl_micros  INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (supplier_id, id),
    UNIQUE (supplier_id, order_id, despatch_id),
    FOREIGN KEY (supplier_id, order_id, despatch_id)
        REFERENCES supplier_receipt (supplier_id, order_id, despatch_id) ON DELETE CASCADE
);

CREATE TABLE supplier_credit_request_line (
    supplier_id        TEXT NOT NULL,
    request_id         TEXT NOT NULL,
    position           INTEGER NOT NULL,
    order_line_id      TEXT NOT NULL,
    sku                TEXT NOT NULL,
    name               TEXT NOT NULL,
    -- missing, damaged
    reason             TEXT NOT NULL,
    quantity_micros    INTEGER NOT NULL,
    unit_code          TEXT NOT NULL,
    unit_price_micros  INTEGER NOT NULL,
    amount_micros      INTEGER NOT NULL,
    -- "5.5", "10", "20"
    vat                TEXT NOT NULL,
    PRIMARY KEY (supplier_id, request_id, position),
    FOREIGN KEY (supplier_id, request_id) REFERENCES supplier_credit_request (supplier_id, id) ON DELETE CASCADE
);

-- Late deliveries already raised (one alert each), until received.
-- despatch_id '' : an order with no Despatch Advice past its requested day.
CREATE TABLE supplier_late_delivery (
    supplier_id   TEXT NOT NULL,
    order_id      TEXT NOT NULL,
    despatch_id   TEXT NOT NULL DEFAULT '',
    -- overdue (the day passed without receipt), announced (an advice
    -- announces a day after the requested one)
    reason        TEXT NOT NULL,
    due_date      TEXT,
    raised_at     TEXT NOT NULL,
    cleared_at    TEXT,
    PRIMARY KEY (supplier_id, order_id, despatch_id)
);
