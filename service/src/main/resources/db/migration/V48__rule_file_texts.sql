-- Rule versions store their files' texts once per distinct content (stop 30). Every version of the dialogue rules
-- recorded the whole ~280 KB gate/decisions.yml (and the whole dialogue.drl) in its row of rule_versions, so each
-- reload, rollback or start-up entry added ~0.5 MB although most files had not changed. Now a row keeps, in
-- file_refs, each file's path -> the SHA-256 of its text, and the text sits once in rule_file_texts; files stays for
-- the rows written before (their texts still read from there) and is null in new rows.
CREATE TABLE rule_file_texts (
    sha256 VARCHAR(64) PRIMARY KEY,
    text   TEXT        NOT NULL
);

ALTER TABLE rule_versions ADD COLUMN file_refs TEXT;
ALTER TABLE rule_versions ALTER COLUMN files DROP NOT NULL;

COMMENT ON TABLE rule_file_texts IS 'The text of a rule set file as some version recorded it, once per distinct content, by its SHA-256 (hex)';
COMMENT ON COLUMN rule_versions.file_refs IS 'JSON object: path -> SHA-256 of its text in rule_file_texts (rows since V48; older rows hold the texts in files)';
