-- A shop's own order numbers (nlp-models/order-numbers.yml; docs/nlu.md, "A shop's own order numbers"): orders.id was
-- checked to be SD and 8 digits, so a shop that kept its own numbers (PS-1234567) could not hold its orders, and the
-- chat's order look-up could never find one. Now any id of letters and digits, with - _ . / # between, up to the
-- column's 16 characters. H2 and PostgreSQL 15+ (REGEXP_LIKE), as V1.
ALTER TABLE orders DROP CONSTRAINT ck_orders_id;
ALTER TABLE orders ADD CONSTRAINT ck_orders_id CHECK (REGEXP_LIKE(id, '^[A-Za-z0-9][A-Za-z0-9_./#-]{0,15}$'));
