-- A financing application is decided once. POST /api/risk/financing answers an application id it has decided before
-- with that decision (RiskService); this column and its unique index keep a second decision for the same application
-- out of the audit trail even if two instances of the service decide it at the same moment, and are how a retry finds
-- the stored decision. Set for financing only: payment decisions leave it NULL (they have payment_id, V12), and a
-- unique index admits any number of NULLs (H2 and PostgreSQL alike).
ALTER TABLE risk_decisions ADD COLUMN application_id VARCHAR(64);

-- Decisions stored before this version: the first decision of each application id is the one its retries get; later
-- ones (an application scored twice before this version) keep NULL, so they do not break the unique index.
UPDATE risk_decisions d SET application_id = subject_id
WHERE kind = 'financing' AND NOT EXISTS (
    SELECT 1 FROM risk_decisions e
    WHERE e.kind = 'financing' AND e.subject_id = d.subject_id
      AND (e.created_at < d.created_at OR (e.created_at = d.created_at AND e.id < d.id)));

CREATE UNIQUE INDEX risk_decisions_application_idx ON risk_decisions (application_id);
