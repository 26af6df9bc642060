-- ShopDesk demo data (synthetic): an order sent in two parcels, one delivered and one still on its way, so that "I
-- ordered two things but only got one" / 我买了两件只收到一件 can be tried in the chat in both languages: the bot says which
-- item is in which parcel and when the other is expected. SD10000048 of 孟晓雯 (Meng Xiaowen, phone ending 8642, zh), a
-- new customer: the bedding set came from one warehouse by SF Express and was delivered the day before the database
-- was created; the two pillows left another by JD Logistics and are due 2 days after it. Relative to CURRENT_TIMESTAMP
-- on H2 and PostgreSQL alike, as V26 and V28, so that the second parcel is on time whatever the day the demo is tried.
--
-- Version 31.1, in db/demo: the table shipment_items is V31 in db/migration (production needs it; this order does
-- not), and a version may exist only once across both folders.
INSERT INTO customers (name, phone, email, tier, created_at, preferred_language) VALUES
    ('孟晓雯', '13600008642', 'meng.xiaowen@example.com', 'regular', '2025-11-02 09:40:00+08', 'zh');

INSERT INTO orders (id, customer_id, status, total, currency, shipping_address, created_at, updated_at)
SELECT 'SD10000048', c.id, 'in_transit', 1197.00, 'CNY', '广州市天河区天河路385号太古汇二座1506室',
       CURRENT_TIMESTAMP - 4 * INTERVAL '1' DAY, CURRENT_TIMESTAMP - 1 * INTERVAL '1' DAY
FROM customers c WHERE c.phone = '13600008642';

INSERT INTO order_items (order_id, product_id, quantity, unit_price)
SELECT 'SD10000048', p.id, i.quantity, p.price
FROM (VALUES ('HOM-4004', 1, 1), ('HOM-4005', 2, 2)) AS i (sku, quantity, position)
     JOIN products p ON p.sku = i.sku
ORDER BY i.position;

-- The delivered parcel first: the order's latest shipment (the one its plain status read before parcels) is the one on
-- its way.
INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, eta, delivered_at)
VALUES ('SD10000048', 'SF Express', 'SF1486420000481', 'delivered', CURRENT_TIMESTAMP - 3 * INTERVAL '1' DAY,
        CAST(CURRENT_TIMESTAMP - 1 * INTERVAL '1' DAY AS DATE), CURRENT_TIMESTAMP - 1 * INTERVAL '1' DAY);
INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, eta, delivered_at)
VALUES ('SD10000048', 'JD Logistics', 'JDVA28642000482', 'in_transit', CURRENT_TIMESTAMP - 1 * INTERVAL '1' DAY,
        CAST(CURRENT_TIMESTAMP + 2 * INTERVAL '1' DAY AS DATE), NULL);

INSERT INTO shipment_items (shipment_id, order_item_id, order_id, quantity)
SELECT s.id, i.id, 'SD10000048', i.quantity
FROM shipments s
     JOIN (VALUES ('SF1486420000481', 'HOM-4004'), ('JDVA28642000482', 'HOM-4005')) AS packed (tracking, sku)
         ON packed.tracking = s.tracking_number
     JOIN products p ON p.sku = packed.sku
     JOIN order_items i ON i.order_id = 'SD10000048' AND i.product_id = p.id;

INSERT INTO payments (id, order_id, customer_id, amount, currency, method, status, failure_code, instalment_months, created_at)
SELECT 'PAYDEMOSD10000048', o.id, o.customer_id, o.total, 'CNY', 'alipay', 'succeeded', NULL, NULL, o.created_at
FROM orders o WHERE o.id = 'SD10000048';
