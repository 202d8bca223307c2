-- Order drafts: what the manager is typing in the order editor, kept as it
-- is typed so a half-written order survives a restart. A draft is one
-- supplier and one delivery day; its lines name catalogue products by article
-- number (with the name as it was, for a product gone from the catalogue) and
-- the quantity as typed (in packs or in the product's unit). Once sent, the
-- order number the draft reserved (order_id) makes a second send after a
-- crash the same order (the same idempotency key), then the draft goes.
--
-- Also: the catalogue's search key (name, article number and GTIN, lower
-- case, accents folded), kept by triggers, for search-as-you-type with LIKE.

CREATE TABLE supplier_order_draft (
    id            INTEGER PRIMARY KEY,
    supplier_id   TEXT NOT NULL,
    delivery_date TEXT,
    note          TEXT NOT NULL DEFAULT '',
    -- The order number reserved when sending (NULL until then).
    order_id      TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX supplier_order_draft_supplier ON supplier_order_draft (supplier_id, updated_at);

CREATE TABLE supplier_order_draft_line (
    draft_id      INTEGER NOT NULL REFERENCES supplier_order_draft (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    sku           TEXT NOT NULL,
    name          TEXT NOT NULL,
    -- The quantity as typed, in millionths, and what it counts: 'packs',
    -- 'units', or '' (the product's default: packs when sold by the pack only).
    typed_micros  INTEGER NOT NULL,
    typed_in      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, position)
);

-- SQLite's lower() folds ASCII only: the accented letters are replaced in
-- steps (one nesting of replace() per step keeps the parser's stack small).
ALTER TABLE supplier_product ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
UPDATE supplier_product SET search_key = lower(COALESCE(name, '') || ' ' || COALESCE(sku, '') || ' ' || COALESCE(gtin, ''));
UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'à', 'a'), 'À', 'a'), 'â', 'a'), 'Â', 'a'), 'ä', 'a'), 'Ä', 'a'), 'á', 'a'), 'Á', 'a'), 'ã', 'a'), 'Ã', 'a'), 'å', 'a'), 'Å', 'a');
UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ç', 'c'), 'Ç', 'c'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ê', 'e'), 'Ê', 'e'), 'ë', 'e'), 'Ë', 'e'), 'î', 'i'), 'Î', 'i');
UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ï', 'i'), 'Ï', 'i'), 'í', 'i'), 'Í', 'i'), 'ì', 'i'), 'Ì', 'i'), 'ô', 'o'), 'Ô', 'o'), 'ö', 'o'), 'Ö', 'o'), 'ó', 'o'), 'Ó', 'o');
UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ò', 'o'), 'Ò', 'o'), 'õ', 'o'), 'Õ', 'o'), 'ù', 'u'), 'Ù', 'u'), 'û', 'u'), 'Û', 'u'), 'ü', 'u'), 'Ü', 'u'), 'ú', 'u'), 'Ú', 'u');
UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ÿ', 'y'), 'Ÿ', 'y'), 'ñ', 'n'), 'Ñ', 'n'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae');
CREATE TRIGGER supplier_product_search_insert AFTER INSERT ON supplier_product
BEGIN
    UPDATE supplier_product SET search_key = lower(COALESCE(name, '') || ' ' || COALESCE(sku, '') || ' ' || COALESCE(gtin, '')) WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'à', 'a'), 'À', 'a'), 'â', 'a'), 'Â', 'a'), 'ä', 'a'), 'Ä', 'a'), 'á', 'a'), 'Á', 'a'), 'ã', 'a'), 'Ã', 'a'), 'å', 'a'), 'Å', 'a') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ç', 'c'), 'Ç', 'c'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ê', 'e'), 'Ê', 'e'), 'ë', 'e'), 'Ë', 'e'), 'î', 'i'), 'Î', 'i') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ï', 'i'), 'Ï', 'i'), 'í', 'i'), 'Í', 'i'), 'ì', 'i'), 'Ì', 'i'), 'ô', 'o'), 'Ô', 'o'), 'ö', 'o'), 'Ö', 'o'), 'ó', 'o'), 'Ó', 'o') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ò', 'o'), 'Ò', 'o'), 'õ', 'o'), 'Õ', 'o'), 'ù', 'u'), 'Ù', 'u'), 'û', 'u'), 'Û', 'u'), 'ü', 'u'), 'Ü', 'u'), 'ú', 'u'), 'Ú', 'u') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ÿ', 'y'), 'Ÿ', 'y'), 'ñ', 'n'), 'Ñ', 'n'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
END;
CREATE TRIGGER supplier_product_search_update AFTER UPDATE OF name, sku, gtin ON supplier_product
BEGIN
    UPDATE supplier_product SET search_key = lower(COALESCE(name, '') || ' ' || COALESCE(sku, '') || ' ' || COALESCE(gtin, '')) WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'à', 'a'), 'À', 'a'), 'â', 'a'), 'Â', 'a'), 'ä', 'a'), 'Ä', 'a'), 'á', 'a'), 'Á', 'a'), 'ã', 'a'), 'Ã', 'a'), 'å', 'a'), 'Å', 'a') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ç', 'c'), 'Ç', 'c'), 'é', 'e'), 'É', 'e'), 'è', 'e'), 'È', 'e'), 'ê', 'e'), 'Ê', 'e'), 'ë', 'e'), 'Ë', 'e'), 'î', 'i'), 'Î', 'i') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ï', 'i'), 'Ï', 'i'), 'í', 'i'), 'Í', 'i'), 'ì', 'i'), 'Ì', 'i'), 'ô', 'o'), 'Ô', 'o'), 'ö', 'o'), 'Ö', 'o'), 'ó', 'o'), 'Ó', 'o') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ò', 'o'), 'Ò', 'o'), 'õ', 'o'), 'Õ', 'o'), 'ù', 'u'), 'Ù', 'u'), 'û', 'u'), 'Û', 'u'), 'ü', 'u'), 'Ü', 'u'), 'ú', 'u'), 'Ú', 'u') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
    UPDATE supplier_product SET search_key = replace(replace(replace(replace(replace(replace(replace(replace(search_key, 'ÿ', 'y'), 'Ÿ', 'y'), 'ñ', 'n'), 'Ñ', 'n'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae') WHERE supplier_id = NEW.supplier_id AND sku = NEW.sku;
END;
