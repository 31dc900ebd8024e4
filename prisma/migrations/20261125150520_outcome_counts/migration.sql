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

-- CreateTable
CREATE TABLE "outcome_monthly_counts" (
    "month" DATE NOT NULL,
    "host_country" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "rules_version" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "outcome_monthly_counts_pkey" PRIMARY KEY ("month","host_country","nationality","outcome","channel","locale","rules_version")
);

-- Hand-added: keep both count tables in step with outcomes, in the same transaction (right with any number of app
-- instances, no refresh job). Statement-level triggers with transition tables: one upsert per table per statement,
-- also for bulk inserts and for the retention purge. docs/decisions/0008-statistics-disclosure-control.md
CREATE FUNCTION "outcome_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcome_daily_counts" AS c
    ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "count")
  SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  INSERT INTO "outcome_monthly_counts" AS c
    ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "count")
  SELECT date_trunc('month', "screened_on")::date, "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE FUNCTION "outcome_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "outcome_daily_counts" AS c SET "count" = c."count" - o.n
  FROM (SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*) AS n
        FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7) AS o
  WHERE (c."screened_on", c."host_country", c."nationality", c."outcome", c."channel", c."locale", c."rules_version")
      = (o."screened_on", o."host_country", o."nationality", o."outcome", o."channel", o."locale", o."rules_version");
  DELETE FROM "outcome_daily_counts" WHERE "count" <= 0;
  UPDATE "outcome_monthly_counts" AS c SET "count" = c."count" - o.n
  FROM (SELECT date_trunc('month', "screened_on")::date AS "month", "host_country", "nationality", "outcome", "channel", "locale",
               "rules_version", count(*) AS n
        FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7) AS o
  WHERE (c."month", c."host_country", c."nationality", c."outcome", c."channel", c."locale", c."rules_version")
      = (o."month", o."host_country", o."nationality", o."outcome", o."channel", o."locale", o."rules_version");
  DELETE FROM "outcome_monthly_counts" WHERE "count" <= 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "outcomes_count_insert" AFTER INSERT ON "outcomes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_counts_add"();
CREATE TRIGGER "outcomes_count_delete" AFTER DELETE ON "outcomes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_counts_remove"();
-- Outcomes are never edited; should one be, its old row leaves the counts and its new row joins them.
CREATE TRIGGER "outcomes_count_update_old" AFTER UPDATE ON "outcomes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_counts_remove"();
CREATE TRIGGER "outcomes_count_update_new" AFTER UPDATE ON "outcomes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_counts_add"();

-- Count the outcomes stored before this migration.
INSERT INTO "outcome_daily_counts"
  ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "count")
SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", count(*)
FROM "outcomes" GROUP BY 1, 2, 3, 4, 5, 6, 7;
INSERT INTO "outcome_monthly_counts"
  ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "count")
SELECT date_trunc('month', "screened_on")::date, "host_country", "nationality", "outcome", "channel", "locale", "rules_version", sum("count")
FROM "outcome_daily_counts" GROUP BY 1, 2, 3, 4, 5, 6, 7;
