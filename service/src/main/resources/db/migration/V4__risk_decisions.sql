-- Every risk decision with its inputs, the rules that fired, and the rule-set and model versions (audit trail).
CREATE TABLE risk_decisions (
    id               VARCHAR(40)              NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)              NOT NULL,
    subject_id       VARCHAR(64)              NOT NULL,
    customer_id      BIGINT,
    conversation_id  VARCHAR(64),
    decision         VARCHAR(8)               NOT NULL,
    score            INT                      NOT NULL,
    reasons          TEXT                     NOT NULL,
    input            TEXT                     NOT NULL,
    fired_rules      TEXT                     NOT NULL,
    rule_set_version VARCHAR(32)              NOT NULL,
    model_version    VARCHAR(64)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT risk_decisions_kind_chk CHECK (kind IN ('payment', 'financing')),
    CONSTRAINT risk_decisions_decision_chk CHECK (decision IN ('APPROVE', 'REVIEW', 'DECLINE'))
);

CREATE INDEX risk_decisions_customer_idx ON risk_decisions (customer_id, created_at);
CREATE INDEX risk_decisions_conversation_idx ON risk_decisions (conversation_id, created_at);
