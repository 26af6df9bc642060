-- The risk console's review queue lists the latest decisions, newest first, usually of one decision (REVIEW):
-- without these the list sorts the whole audit table on every refresh.
CREATE INDEX risk_decisions_recent_idx ON risk_decisions (created_at);
CREATE INDEX risk_decisions_decision_recent_idx ON risk_decisions (decision, created_at);
