-- Escalations: waiting is kept per stay in a queue, so that an escalation transferred to a team's queue counts its
-- new wait (it used to stop at the first claim), and a shopper may withdraw a queued escalation (status withdrawn).
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE escalations ADD COLUMN queued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalations ADD COLUMN wait_ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalations ADD COLUMN earlier_wait_seconds BIGINT NOT NULL DEFAULT 0;

UPDATE escalations SET queued_at = created_at, wait_ended_at = COALESCE(claimed_at, resolved_at);
-- Queued again after a claim (a transfer to a team): when it re-entered the queue was not kept; the claim is the
-- latest time known, and the first wait (to the claim) is an earlier one.
UPDATE escalations
SET queued_at = claimed_at, wait_ended_at = NULL,
    earlier_wait_seconds = CAST(EXTRACT(EPOCH FROM claimed_at) - EXTRACT(EPOCH FROM created_at) AS BIGINT)
WHERE status = 'queued' AND claimed_at IS NOT NULL;

ALTER TABLE escalations ALTER COLUMN queued_at SET NOT NULL;

COMMENT ON COLUMN escalations.queued_at IS 'when the escalation entered the queue it is (or last was) in';
COMMENT ON COLUMN escalations.wait_ended_at IS 'when an agent took it from that queue or it closed; null while it waits';
COMMENT ON COLUMN escalations.earlier_wait_seconds IS 'seconds spent in earlier queues, before transfers to a team';

ALTER TABLE escalations DROP CONSTRAINT escalations_status_chk;
ALTER TABLE escalations ADD CONSTRAINT escalations_status_chk
    CHECK (status IN ('queued', 'held', 'resolved', 'returned', 'withdrawn'));
