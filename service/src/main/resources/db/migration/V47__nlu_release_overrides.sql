-- A reviewer may release a candidate that only the below_floor check refused ("Release anyway", POST
-- /api/nlu/releases/jobs/{id}/override): the job row then records who overrode it, when and why, beside the gate's
-- figures it was refused with. The noise checks (intent_f1_drop, off_topic_probe, new_label_agreement) are never
-- overridden, so these columns are set only on a job whose sole failed check was below_floor.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE nlu_release_jobs ADD COLUMN override_by VARCHAR(64);
ALTER TABLE nlu_release_jobs ADD COLUMN override_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE nlu_release_jobs ADD COLUMN override_reason VARCHAR(1000);

COMMENT ON COLUMN nlu_release_jobs.override_reason IS 'the reviewer''s written reason for releasing below the floor; also in the release manifest''s gateOverride';
