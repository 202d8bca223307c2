-- A booking's zone wish (table plan): the floor plan's zone the guests asked
-- for (salle, terrasse, salon, or a table zone such as fenêtre), set by the
-- host only (a channel's special requests may propose it, never set it),
-- and whether it is required (the whole-service assignment then seats the
-- booking there or nowhere) or a preference (missing it costs).
ALTER TABLE reservation_booking ADD COLUMN zone_wish TEXT NOT NULL DEFAULT '';
ALTER TABLE reservation_booking ADD COLUMN zone_required INTEGER NOT NULL DEFAULT 0 CHECK (zone_required IN (0, 1));
