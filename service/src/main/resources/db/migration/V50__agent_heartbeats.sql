-- Which agents' consoles each instance of the service has (AgentPresence, escalation.internal.AgentHeartbeats): an
-- instance writes a row for every agent present on it (a console connected, or a dropped one within the grace) and
-- renews it every shopdesk.escalation.presence-heartbeat; a row not renewed for three heartbeats has expired (the
-- instance stopped or died). With several instances on one database, an agent connected to another instance is then
-- present everywhere: no instance requeues their chats after its restart or when their console there closes.
CREATE TABLE agent_heartbeats (
    username    VARCHAR(64)              NOT NULL,
    instance_id VARCHAR(64)              NOT NULL,
    away        BOOLEAN                  NOT NULL,
    beat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, instance_id)
);
