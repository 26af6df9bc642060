-- Every kept list version says who or what stored it (issue 5, an auditor's trail): since V52 the service records
-- why it read the lists ("read from the lists folder at start-up", "... after a file changed on the server", or the
-- draft that published them). Versions kept before this say that their origin was not recorded, rather than nothing.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL.
UPDATE risk_list_versions SET origin = 'kept before V52 recorded origins: read from the lists folder or found in the rule history'
WHERE origin IS NULL;
