-- A payment decision's device and IP in columns of their own (also in its input), so that a starting service can ask
-- the database for the distinct devices and IPs each customer has paid from (PaymentHistory) instead of reading every
-- stored request. '' when the payment had none; NULL on rows stored before this version (and on financing
-- decisions), whose input is read instead.
ALTER TABLE risk_decisions ADD COLUMN device_id VARCHAR(128);
ALTER TABLE risk_decisions ADD COLUMN ip VARCHAR(64);
