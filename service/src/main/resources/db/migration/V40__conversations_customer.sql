-- The customer a conversation is about, recorded on the conversation itself: set when the shop signs the shopper in or
-- when the chat verifies one of the customer's orders, whichever comes first, and never replaced by another customer.
-- Escalations recorded the customer only for chats handed to a person (and only when known at the hand-off), so the
-- console could not list a customer's chats the bot handled alone. Nullable: an anonymous chat has none.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE conversations ADD COLUMN customer_id BIGINT;

COMMENT ON COLUMN conversations.customer_id IS 'first customer identified in the chat (sign-in or verified order); null: anonymous';

-- Conversations before this version: the customer their escalations recorded (the first one that did), as the console
-- listed them until now. A bot-only chat of before keeps none (its customer lives only in the state's JSON).
UPDATE conversations SET customer_id = (
    SELECT e.customer_id FROM escalations e
    WHERE e.conversation_id = conversations.id AND e.customer_id IS NOT NULL
    ORDER BY e.id LIMIT 1)
WHERE customer_id IS NULL;

-- A customer's conversations, latest first (the console's earlier conversations).
CREATE INDEX conversations_customer_idx ON conversations (customer_id, created_at);
