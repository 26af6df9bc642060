-- A payment is decided once. POST /api/risk/payments answers a payment id it has decided before with that decision
-- (RiskService); this column and its unique index keep a second decision for the same payment out of the audit trail
-- even if two instances of the service decide it at the same moment. Set for payments only: financing decisions
-- leave it NULL, and a unique index admits any number of NULLs (H2 and PostgreSQL alike).
ALTER TABLE risk_decisions ADD COLUMN payment_id VARCHAR(64);

-- Decisions stored before this version: the first decision of each payment id is the one its retries get.
UPDATE risk_decisions d SET payment_id = subject_id
WHERE kind = 'payment' AND NOT EXISTS (
    SELECT 1 FROM risk_decisions e
    WHERE e.kind = 'payment' AND e.subject_id = d.subject_id
      AND (e.created_at < d.created_at OR (e.created_at = d.created_at AND e.id < d.id)));

CREATE UNIQUE INDEX risk_decisions_payment_idx ON risk_decisions (payment_id);
