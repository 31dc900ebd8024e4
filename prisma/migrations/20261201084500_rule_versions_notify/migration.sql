-- Every running instance keeps the rule history in memory and LISTENs on "rule_versions": any change to the
-- table (a publish in the admin area, a rollback, the seed, a script) tells them all to read it again once,
-- so no screening has to ask the database whether the rules changed. The payload is empty: the listeners
-- re-read the whole table, and a notification sent inside a transaction arrives only if it commits.
CREATE FUNCTION "rule_versions_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rule_versions', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "rule_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rule_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "rule_versions_notify"();
