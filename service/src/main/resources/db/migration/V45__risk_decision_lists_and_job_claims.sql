-- The allow and block lists a decision consulted: each list's version (first 12 hex digits of its file's SHA-256) and
-- the entries that held the decision's values (list, value, line, the line's text with its note), as JSON. A list
-- changes without making a new rule-set version, so rule_set_version alone cannot tell an auditor which entry
-- declined a payment. NULL on decisions stored before this version.
ALTER TABLE risk_decisions ADD COLUMN lists TEXT;

-- One row per job that must run on one instance only when several share this database (the hourly expiry of open
-- rule drafts). An instance runs the job only if it moves claimed_until forward from a time already past, in one
-- UPDATE: the database's row lock lets exactly one of several instances do so per period.
CREATE TABLE job_claims (
    name          VARCHAR(64)              NOT NULL PRIMARY KEY,
    claimed_until TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by    VARCHAR(128)
);

INSERT INTO job_claims (name, claimed_until) VALUES ('risk-draft-expiry', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
