-- Escalations looked up by customer (the console lists a known customer's earlier conversations) and by when they
-- closed (the search of closed escalations pages through them latest first). Runs on H2 (PostgreSQL mode) and PostgreSQL.
CREATE INDEX escalations_customer_idx ON escalations (customer_id, created_at);
CREATE INDEX escalations_closed_idx ON escalations (resolved_at);
