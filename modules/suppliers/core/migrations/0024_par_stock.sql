-- Suggested orders: the par (safety) stock per product, in the product's
-- unit, kept on hand on top of what the forecast needs (edited on the
-- Suggestions page). Millionths, as the rest of the suppliers area.
CREATE TABLE purchasing_par_stock (
    supplier_id     TEXT NOT NULL,
    sku             TEXT NOT NULL,
    quantity_micros INTEGER NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (supplier_id, sku)
) WITHOUT ROWID;
