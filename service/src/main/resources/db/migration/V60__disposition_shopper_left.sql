-- A chat can be resolved as "the shopper left" (shopper_left): before, the agent's console offered "solved" first and
-- chats whose shopper had closed the widget were closed as solved. Runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE escalations DROP CONSTRAINT escalations_disposition_chk;
ALTER TABLE escalations ADD CONSTRAINT escalations_disposition_chk CHECK (disposition IS NULL OR disposition IN
    ('solved', 'not_solved', 'refund_issued', 'follow_up', 'duplicate', 'spam', 'shopper_left'));
