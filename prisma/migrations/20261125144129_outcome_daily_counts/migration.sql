-- CreateTable
CREATE TABLE "outcome_daily_counts" (
    "screened_on" DATE NOT NULL,
    "host_country" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "rules_version" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "outcome_daily_counts_pkey" PRIMARY KEY ("screened_on","host_country","nationality","outcome","channel","locale","rules_version")
);

-- Keep the daily counts in step with outcomes, in the same transaction (safe with any number of app instances).
-- Statement-level triggers with transition tables: one upsert per statement, also for bulk inserts.
CREATE FUNCTION "outcome_daily_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcome_daily_counts" AS c
    ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "count")
  SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE FUNCTION "outcome_daily_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "outcome_daily_counts" AS c SET "count" = c."count" - o.n
  FROM (SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*) AS n
        FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7) AS o
  WHERE (c."screened_on", c."host_country", c."nationality", c."outcome", c."channel", c."locale", c."rules_version")
      = (o."screened_on", o."host_country", o."nationality", o."outcome", o."channel", o."locale", o."rules_version");
  DELETE FROM "outcome_daily_counts" WHERE "count" <= 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "outcomes_count_insert" AFTER INSERT ON "outcomes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_daily_counts_add"();
CREATE TRIGGER "outcomes_count_delete" AFTER DELETE ON "outcomes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_daily_counts_remove"();
-- Outcomes are never edited; should one be, its old row leaves the counts and its new row joins them.
CREATE TRIGGER "outcomes_count_update_old" AFTER UPDATE ON "outcomes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_daily_counts_remove"();
CREATE TRIGGER "outcomes_count_update_new" AFTER UPDATE ON "outcomes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_daily_counts_add"();

-- Count the outcomes stored before this migration.
INSERT INTO "outcome_daily_counts"
  ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "count")
SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*)
FROM "outcomes" GROUP BY 1, 2, 3, 4, 5, 6, 7;
