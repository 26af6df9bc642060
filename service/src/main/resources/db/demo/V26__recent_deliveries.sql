-- ShopDesk demo data (synthetic): three orders of one more customer, 周敏 (Zhou Min, phone ending 2468), delivered
-- 2, 20 and 45 days before the database was created, so that a return asked about in the chat meets each of the
-- return windows (7 days without a reason, 30 days for a faulty item) whatever the day the demo is tried. The other
-- orders keep their fixed dates in late November 2026. Relative to CURRENT_TIMESTAMP on H2 and PostgreSQL alike.
INSERT INTO customers (name, phone, email, tier, created_at, preferred_language) VALUES
    ('周敏', '13700002468', 'zhou.min@example.com', 'regular', '2025-09-12 10:00:00+08', 'zh');

INSERT INTO orders (id, customer_id, status, total, currency, shipping_address, created_at, updated_at)
SELECT o.id, c.id, 'delivered', o.total, 'CNY', '南京市鼓楼区中山北路200号5栋1单元302室',
       CURRENT_TIMESTAMP - o.placed_days_ago * INTERVAL '1' DAY, CURRENT_TIMESTAMP - o.delivered_days_ago * INTERVAL '1' DAY
FROM customers c,
     (VALUES ('SD10000041', 259.00, 5, 2), ('SD10000042', 1299.00, 23, 20), ('SD10000043', 199.00, 48, 45))
         AS o (id, total, placed_days_ago, delivered_days_ago)
WHERE c.phone = '13700002468';

INSERT INTO order_items (order_id, product_id, quantity, unit_price)
SELECT i.order_id, p.id, 1, p.price
FROM (VALUES ('SD10000041', 'SHO-1004'), ('SD10000042', 'APP-2002'), ('SD10000043', 'HOM-4005')) AS i (order_id, sku)
     JOIN products p ON p.sku = i.sku;

INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, eta, delivered_at)
SELECT s.order_id, 'SF Express', s.tracking, 'delivered', CURRENT_TIMESTAMP - (s.delivered_days_ago + 2) * INTERVAL '1' DAY,
       CAST(CURRENT_TIMESTAMP - s.delivered_days_ago * INTERVAL '1' DAY AS DATE),
       CURRENT_TIMESTAMP - s.delivered_days_ago * INTERVAL '1' DAY
FROM (VALUES ('SD10000041', 'SF1424680000041', 2), ('SD10000042', 'SF1424680000042', 20),
             ('SD10000043', 'SF1424680000043', 45)) AS s (order_id, tracking, delivered_days_ago);

INSERT INTO payments (id, order_id, customer_id, amount, currency, method, status, failure_code, instalment_months, created_at)
SELECT 'PAYDEMO' || o.id, o.id, o.customer_id, o.total, 'CNY', 'alipay', 'succeeded', NULL, NULL, o.created_at
FROM orders o WHERE o.id IN ('SD10000041', 'SD10000042', 'SD10000043');
