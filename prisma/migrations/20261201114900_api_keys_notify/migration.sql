-- Every running instance keeps the API keys it has verified in memory and LISTENs on "api_keys": any change to
-- the table (a key made or revoked, in the admin area or by a script) tells them all to forget those keys, so a
-- partner's screening needs no key query while a revoked key still stops working everywhere within moments.
-- The payload is empty, and a notification sent inside a transaction arrives only if it commits.
CREATE FUNCTION "api_keys_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('api_keys', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "api_keys_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "api_keys"
  FOR EACH STATEMENT EXECUTE FUNCTION "api_keys_notify"();
