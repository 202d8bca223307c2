-- The cheapest split across suppliers (suppliers/core/ordersplit.h): products
-- the manager declared interchangeable although they share no GTIN (a
-- supplier's own article for fresh produce, a local producer's cheese). A
-- group is a set of catalogue lines; a line is in one group at most and
-- leaves it with the product.

CREATE TABLE supplier_product_link (
    supplier_id TEXT NOT NULL,
    sku         TEXT NOT NULL,
    group_id    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (supplier_id, sku),
    FOREIGN KEY (supplier_id, sku) REFERENCES supplier_product (supplier_id, sku) ON DELETE CASCADE
);
CREATE INDEX supplier_product_link_group ON supplier_product_link (group_id);

-- The same product at every supplier, found by its GTIN.
CREATE INDEX supplier_product_gtin ON supplier_product (gtin);
