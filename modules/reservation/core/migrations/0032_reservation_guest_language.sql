-- The guest's language and marketing text-message consent as the channels
-- tell them (TheFork's locale, the booking site's language and sms_opt_in),
-- for the customers' profiles (GuestBookSource).
ALTER TABLE reservation_guest ADD COLUMN language TEXT;
ALTER TABLE reservation_guest ADD COLUMN sms_opt_in INTEGER;
