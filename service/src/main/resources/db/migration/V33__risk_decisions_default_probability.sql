-- A financing decision's ML default probability, stored beside its input and model_version, so that a rollback
-- preview can replay the decision through another rule version on the score it was decided with: re-scoring it with
-- today's model would mix a model change into a preview of rules. -1 when no model was released (model_version
-- 'none', the model rules do not fire). NULL on payment decisions and on financing decisions stored before this
-- version: a replay skips those and counts them.
ALTER TABLE risk_decisions ADD COLUMN default_probability DOUBLE PRECISION;
