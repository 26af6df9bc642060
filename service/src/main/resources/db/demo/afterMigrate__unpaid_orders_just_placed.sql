-- ShopDesk demo data (synthetic): the two demo orders awaiting payment, SD10000004 (李娜, WeChat Pay) and SD10000024
-- (罗斌, Alipay), placed a few minutes before the service started. The shop holds an unpaid order for 30 minutes and
-- then cancels it (the FAQ's payment entries, the chat's payment answers), so an order "awaiting payment, WeChat Pay
-- pending since 2026-11-25 10:20" days later contradicted the policy the chat states next to it. Their fixed dates in
-- V2 are kept (a versioned migration, whose checksum existing databases have recorded); this Flyway callback, not a
-- migration, runs after every migrate of the demo locations (never in production, whose locations are
-- db/migration only) and moves them to now, for as long as they are still unpaid. Runs on H2 and PostgreSQL alike.
-- SD10000014 (徐静怡), whose card payment failed for insufficient funds and which "can retry", is moved the same way:
-- its failed payment a few minutes ago, so the chat's "pay it in My Orders while it is held" (and the 30 minutes it
-- states) fits an order placed minutes ago, not one "awaiting payment" since 2026-11-25.
UPDATE orders SET created_at = CURRENT_TIMESTAMP - INTERVAL '6' MINUTE, updated_at = CURRENT_TIMESTAMP - INTERVAL '6' MINUTE
WHERE id IN ('SD10000004', 'SD10000024') AND status = 'pending_payment';

UPDATE payments SET created_at = CURRENT_TIMESTAMP - INTERVAL '5' MINUTE
WHERE order_id IN ('SD10000004', 'SD10000024') AND status = 'pending'
  AND order_id IN (SELECT id FROM orders WHERE status = 'pending_payment');

UPDATE orders SET created_at = CURRENT_TIMESTAMP - INTERVAL '8' MINUTE, updated_at = CURRENT_TIMESTAMP - INTERVAL '6' MINUTE
WHERE id = 'SD10000014' AND status = 'pending_payment';

UPDATE payments SET created_at = CURRENT_TIMESTAMP - INTERVAL '7' MINUTE
WHERE order_id = 'SD10000014' AND status = 'failed'
  AND order_id IN (SELECT id FROM orders WHERE status = 'pending_payment');
