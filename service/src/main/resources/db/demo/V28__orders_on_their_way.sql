-- ShopDesk demo data (synthetic): two more orders of 周敏 (Zhou Min, phone ending 2468), on their way by SF Express, so
-- that an order on time and one slightly late can be tried in the chat whatever the day: SD10000044 is due 2 days
-- after the database was created, SD10000045 was due the day before (1 or 2 days late on the shop's date, Asia/Shanghai,
-- depending on the hour). The orders with fixed dates in November 2026 (SD10000001 due on 2026-11-28...) are late by
-- now. Relative to CURRENT_TIMESTAMP on H2 and PostgreSQL alike, as V26.
INSERT INTO orders (id, customer_id, status, total, currency, shipping_address, created_at, updated_at)
SELECT o.id, c.id, 'in_transit', o.total, 'CNY', '南京市鼓楼区中山北路200号5栋1单元302室',
       CURRENT_TIMESTAMP - o.placed_days_ago * INTERVAL '1' DAY, CURRENT_TIMESTAMP - o.shipped_days_ago * INTERVAL '1' DAY
FROM customers c,
     (VALUES ('SD10000044', 199.00, 2, 1), ('SD10000045', 169.00, 6, 4)) AS o (id, total, placed_days_ago, shipped_days_ago)
WHERE c.phone = '13700002468';

INSERT INTO order_items (order_id, product_id, quantity, unit_price)
SELECT i.order_id, p.id, 1, p.price
FROM (VALUES ('SD10000044', 'ELE-3004'), ('SD10000045', 'ELE-3003')) AS i (order_id, sku)
     JOIN products p ON p.sku = i.sku;

INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, eta, delivered_at)
SELECT s.order_id, 'SF Express', s.tracking, 'in_transit', CURRENT_TIMESTAMP - s.shipped_days_ago * INTERVAL '1' DAY,
       CAST(CURRENT_TIMESTAMP + s.eta_in_days * INTERVAL '1' DAY AS DATE), NULL
FROM (VALUES ('SD10000044', 'SF1424680000044', 1, 2), ('SD10000045', 'SF1424680000045', 4, -1))
         AS s (order_id, tracking, shipped_days_ago, eta_in_days);

INSERT INTO payments (id, order_id, customer_id, amount, currency, method, status, failure_code, instalment_months, created_at)
SELECT 'PAYDEMO' || o.id, o.id, o.customer_id, o.total, 'CNY', 'wechat_pay', 'succeeded', NULL, NULL, o.created_at
FROM orders o WHERE o.id IN ('SD10000044', 'SD10000045');
