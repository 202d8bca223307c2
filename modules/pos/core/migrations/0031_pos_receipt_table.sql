-- Schema version 31: the till's table number of a receipt (Lightspeed's
-- `tableNumber`; empty for a counter ticket or a till that does not say), so
-- the customers area links a bill to the party at that table.
ALTER TABLE pos_receipt ADD COLUMN table_number TEXT NOT NULL DEFAULT '';
