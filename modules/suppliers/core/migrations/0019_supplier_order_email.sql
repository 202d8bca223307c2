-- Orders sent by e-mail (suppliers without an API): the message exactly as
-- composed when the order was placed (the PDF and the UBL XML attached),
-- stored with the order in one transaction, so the outbox (kind
-- "supplier_order_email", the order's idempotency key) sends these bytes,
-- and only these, on every attempt and after a restart.
CREATE TABLE supplier_order_email (
    supplier_id  TEXT NOT NULL,
    order_id     TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    sender       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    message      BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (supplier_id, order_id),
    FOREIGN KEY (supplier_id, order_id) REFERENCES supplier_order (supplier_id, id) ON DELETE CASCADE
);
