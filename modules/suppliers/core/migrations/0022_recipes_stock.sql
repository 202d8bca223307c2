-- Purchasing, first slice: recipes (fiches techniques) and stock.
-- Quantities, factors and money are INTEGER millionths (decimal.h), as the
-- rest of the suppliers area.

-- A recipe: a dish of the till's menu (menu_item_id, its SKU) or a
-- sub-recipe (menu_item_id NULL: a fond, a sauce) that other recipes use.
-- It makes `portions_micros` of `output_unit` ('' = portions; a sub-recipe
-- may make litres or kilos).
CREATE TABLE purchasing_recipe (
    id              INTEGER PRIMARY KEY,
    menu_item_id    TEXT UNIQUE,
    name            TEXT NOT NULL,
    portions_micros INTEGER NOT NULL DEFAULT 1000000,
    output_unit     TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL
);

-- An ingredient: a supplier product (supplier_id, sku) or a sub-recipe,
-- `quantity_micros` of `unit` as used (net), with the yield in percent
-- (80: peeling loses a fifth, so 1.25 times the net quantity is bought).
CREATE TABLE purchasing_recipe_line (
    recipe_id       INTEGER NOT NULL REFERENCES purchasing_recipe (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    supplier_id     TEXT,
    sku             TEXT,
    sub_recipe_id   INTEGER REFERENCES purchasing_recipe (id),
    quantity_micros INTEGER NOT NULL,
    unit            TEXT NOT NULL,
    yield_micros    INTEGER NOT NULL DEFAULT 100000000,
    PRIMARY KEY (recipe_id, seq),
    CHECK ((sub_recipe_id IS NULL) <> (sku IS NULL))
) WITHOUT ROWID;
CREATE INDEX purchasing_recipe_line_product ON purchasing_recipe_line (supplier_id, sku);
CREATE INDEX purchasing_recipe_line_sub ON purchasing_recipe_line (sub_recipe_id);

-- Per product: "1 from_unit = factor to_unit" (1 pièce = 0.18 kg).
CREATE TABLE purchasing_unit_conversion (
    supplier_id   TEXT NOT NULL,
    sku           TEXT NOT NULL,
    from_unit     TEXT NOT NULL,
    factor_micros INTEGER NOT NULL,
    to_unit       TEXT NOT NULL,
    PRIMARY KEY (supplier_id, sku, from_unit, to_unit)
) WITHOUT ROWID;

-- The food cost last computed per recipe (recomputed whenever a cost
-- changes); `problems` lists the lines that could not be costed.
CREATE TABLE purchasing_recipe_cost (
    recipe_id         INTEGER PRIMARY KEY REFERENCES purchasing_recipe (id) ON DELETE CASCADE,
    total_micros      INTEGER NOT NULL,
    per_portion_micros INTEGER NOT NULL,
    problems          TEXT NOT NULL DEFAULT '',
    computed_at       TEXT NOT NULL
);

-- Inventory counts (inventaire) by storage area and day, in the product's
-- unit; counting the same product in the same area the same day replaces it.
CREATE TABLE stock_count (
    counted_on      TEXT NOT NULL,
    area            TEXT NOT NULL,
    supplier_id     TEXT NOT NULL,
    sku             TEXT NOT NULL,
    quantity_micros INTEGER NOT NULL,
    counted_at      TEXT NOT NULL,
    PRIMARY KEY (supplier_id, sku, counted_on, area)
) WITHOUT ROWID;
CREATE INDEX stock_count_day ON stock_count (counted_on, area);

-- Waste (perte, casse, périmé), in the product's unit.
CREATE TABLE stock_waste (
    id              INTEGER PRIMARY KEY,
    day             TEXT NOT NULL,
    supplier_id     TEXT NOT NULL,
    sku             TEXT NOT NULL,
    quantity_micros INTEGER NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL
);
CREATE INDEX stock_waste_product ON stock_waste (supplier_id, sku, day);
