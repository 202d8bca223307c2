-- A product's promotion as the supplier's catalogue gives it: a lower net
-- unit price (excl. VAT, micros) from promo_from to promo_to (ISO days,
-- inclusive), with its label ("Promo de la semaine"). All NULL: none. The
-- catalogue feed replaces them at every run (a promotion withdrawn clears
-- them); the regular price and its history are unchanged by a promotion.
ALTER TABLE supplier_product ADD COLUMN promo_unit_price_micros INTEGER;
ALTER TABLE supplier_product ADD COLUMN promo_from TEXT;
ALTER TABLE supplier_product ADD COLUMN promo_to TEXT;
ALTER TABLE supplier_product ADD COLUMN promo_label TEXT;
