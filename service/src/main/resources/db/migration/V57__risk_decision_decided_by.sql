-- The rule that decided a risk decision (issue 5): "Rules fired" lists every threshold rule whose condition held, so a
-- payment far above its order's total at 45 listed both ReviewFarAboveOrderTotal and ReviewAt40, and an auditor could
-- not tell which one's decision stood. The first threshold rule to fire (by salience) decides; this is its name, or
-- 'engine' when no rule decided (RULE_ERROR, NO_DECISION). NULL on decisions stored before this version.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE risk_decisions ADD COLUMN decided_by VARCHAR(500);
