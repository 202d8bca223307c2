-- Schema version 8: the sales quarantine moves onto the shared one
-- (0007_quarantine.sql), rows, dates and resolutions kept.
INSERT INTO quarantine (at, connector, feed, record_key, reason_code, reason, payload, payload_hash, resolved_at,
                        resolution)
SELECT at,
       COALESCE(connector, ''),
       CASE
           WHEN reason_code IN ('malformed_tax_rate', 'malformed_payment_method', 'malformed_item') THEN 'menu_items'
           WHEN reason_code IN ('malformed_discount') THEN 'promotions'
           ELSE 'transactions'
       END,
       receipt_id, reason_code, reason, payload, payload_hash, resolved_at, resolution
FROM pos_quarantine
WHERE true
ON CONFLICT (connector, record_key, payload_hash) DO NOTHING;
DROP INDEX pos_quarantine_open;
DROP TABLE pos_quarantine;
