-- ShopDesk demo data (synthetic): two orders that were really charged twice (two succeeded payments of the same amount
-- a minute or two apart, as when a shopper pays again because the first payment seemed lost), so that "I was charged
-- twice" / 重复扣款 can be tried in the chat in both languages: the assistant hands the chat to the payments team
-- (DUPLICATE_CHARGE). 钱晓峰 (phone ending 1357, zh) and Grace Lee (phone ending 0164, en), new customers; the other
-- demo orders have one payment that went through at most (SD10000019: a declined card, then Alipay). Fixed dates in
-- November 2026, as V2.
INSERT INTO customers (name, phone, email, tier, created_at, preferred_language) VALUES
    ('钱晓峰', '13900001357', 'qian.xiaofeng@example.com', 'regular', '2025-09-12 19:20:00+08', 'zh'),
    ('Grace Lee', '+14155550164', 'grace.lee@example.com', 'silver', '2024-05-30 08:15:00+08', 'en');

INSERT INTO orders (id, customer_id, status, total, currency, shipping_address, created_at, updated_at)
SELECT o.id, c.id, o.status, o.total, 'CNY', o.address, CAST(o.created_at AS TIMESTAMP WITH TIME ZONE),
       CAST(o.updated_at AS TIMESTAMP WITH TIME ZONE)
FROM (VALUES ('SD10000046', '13900001357', 'paid', 899.00, '杭州市滨江区江南大道588号恒鑫大厦1203室',
              '2026-11-24 20:10:00+08', '2026-11-24 20:12:40+08'),
             ('SD10000047', '+14155550164', 'processing', 1299.00,
              'Room 905, 100 Huaihai Middle Road, Huangpu District, Shanghai 200021, China',
              '2026-11-23 18:00:00+08', '2026-11-24 09:30:00+08'))
         AS o (id, phone, status, total, address, created_at, updated_at)
     JOIN customers c ON c.phone = o.phone;

INSERT INTO order_items (order_id, product_id, quantity, unit_price)
SELECT i.order_id, p.id, 1, p.price
FROM (VALUES ('SD10000046', 'ELE-3001'), ('SD10000047', 'HOM-4003')) AS i (order_id, sku)
     JOIN products p ON p.sku = i.sku;

INSERT INTO payments (id, order_id, customer_id, amount, currency, method, status, failure_code, instalment_months, created_at)
SELECT p.id, o.id, o.customer_id, o.total, 'CNY', p.method, 'succeeded', NULL, NULL, CAST(p.created_at AS TIMESTAMP WITH TIME ZONE)
FROM (VALUES ('PAY2026112400461', 'SD10000046', 'alipay', '2026-11-24 20:11:05+08'),
             ('PAY2026112400462', 'SD10000046', 'alipay', '2026-11-24 20:12:40+08'),
             ('PAY2026112300471', 'SD10000047', 'card', '2026-11-23 18:01:10+08'),
             ('PAY2026112300472', 'SD10000047', 'card', '2026-11-23 18:03:30+08'))
         AS p (id, order_id, method, created_at)
     JOIN orders o ON o.id = p.order_id;
