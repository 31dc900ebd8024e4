-- AlterTable
ALTER TABLE "outcome_programme_daily_counts" DROP CONSTRAINT "outcome_programme_daily_counts_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "outcome_programme_daily_counts_pkey" PRIMARY KEY ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "shard");

-- AlterTable
ALTER TABLE "outcome_programme_monthly_counts" DROP CONSTRAINT "outcome_programme_monthly_counts_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "outcome_programme_monthly_counts_pkey" PRIMARY KEY ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "shard");

-- AlterTable
ALTER TABLE "outcome_daily_counts" DROP CONSTRAINT "outcome_daily_counts_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "outcome_daily_counts_pkey" PRIMARY KEY ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard");

-- AlterTable
ALTER TABLE "outcome_monthly_counts" DROP CONSTRAINT "outcome_monthly_counts_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "outcome_monthly_counts_pkey" PRIMARY KEY ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard");

-- Hand-added: every statement counts into the shard of its connection (pg_backend_pid() % 8), so screenings of
-- the same bucket on different connections no longer wait for each other's row lock until commit (their WAL
-- flush). Removal adds a negative count to its own shard, then drops the buckets whose sum is no longer positive.
-- Readers sum over shards already (lib/db/stats.ts). docs/decisions/0008-statistics-disclosure-control.md
CREATE OR REPLACE FUNCTION "outcome_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcome_daily_counts" AS c
    ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard", "count")
  SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version",
         pg_backend_pid() % 8, count(*)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  INSERT INTO "outcome_monthly_counts" AS c
    ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard", "count")
  SELECT date_trunc('month', "screened_on")::date, "host_country", "nationality", "outcome", "channel", "locale",
         "rules_version", pg_backend_pid() % 8, count(*)
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "outcome_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcome_daily_counts" AS c
    ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard", "count")
  SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version",
         pg_backend_pid() % 8, -count(*)
  FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  DELETE FROM "outcome_daily_counts" AS c
  USING (SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version"
         FROM "outcome_daily_counts"
         WHERE ("screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version") IN (
           SELECT "screened_on", "host_country", "nationality", "outcome", "channel", "locale", "rules_version" FROM old_rows)
         GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum("count") <= 0) AS z
  WHERE (c."screened_on", c."host_country", c."nationality", c."outcome", c."channel", c."locale", c."rules_version")
      = (z."screened_on", z."host_country", z."nationality", z."outcome", z."channel", z."locale", z."rules_version");
  INSERT INTO "outcome_monthly_counts" AS c
    ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard", "count")
  SELECT date_trunc('month', "screened_on")::date, "host_country", "nationality", "outcome", "channel", "locale",
         "rules_version", pg_backend_pid() % 8, -count(*)
  FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  DELETE FROM "outcome_monthly_counts" AS c
  USING (SELECT "month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version"
         FROM "outcome_monthly_counts"
         WHERE ("month", "host_country", "nationality", "outcome", "channel", "locale", "rules_version") IN (
           SELECT date_trunc('month', "screened_on")::date, "host_country", "nationality", "outcome", "channel", "locale",
                  "rules_version" FROM old_rows)
         GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum("count") <= 0) AS z
  WHERE (c."month", c."host_country", c."nationality", c."outcome", c."channel", c."locale", c."rules_version")
      = (z."month", z."host_country", z."nationality", z."outcome", z."channel", z."locale", z."rules_version");
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "outcome_programme_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcome_programme_daily_counts" AS c
    ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version",
     "shard", "count")
  SELECT o."screened_on", o."host_country", o."nationality", n."programme", n."outcome", o."channel", o."locale",
         n."programme_version", pg_backend_pid() % 8, count(*)
  FROM new_rows n JOIN "outcomes" o ON o."id" = n."outcome_id" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale",
               "programme_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  INSERT INTO "outcome_programme_monthly_counts" AS c
    ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version",
     "shard", "count")
  SELECT date_trunc('month', o."screened_on")::date, o."host_country", o."nationality", n."programme", n."outcome",
         o."channel", o."locale", n."programme_version", pg_backend_pid() % 8, count(*)
  FROM new_rows n JOIN "outcomes" o ON o."id" = n."outcome_id" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale",
               "programme_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "outcome_programme_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH removed AS (
    SELECT o."screened_on" AS "screened_on", o."host_country", o."nationality", d."programme", d."outcome", o."channel",
           o."locale", d."programme_version"
    FROM old_rows d JOIN "outcomes" o ON o."id" = d."outcome_id")
  INSERT INTO "outcome_programme_daily_counts" AS c ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "shard", "count")
  SELECT "screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", pg_backend_pid() % 8, -count(*) FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  WITH removed AS (
    SELECT o."screened_on" AS "screened_on", o."host_country", o."nationality", d."programme", d."outcome", o."channel",
           o."locale", d."programme_version"
    FROM old_rows d JOIN "outcomes" o ON o."id" = d."outcome_id")
  DELETE FROM "outcome_programme_daily_counts" AS c
  USING (SELECT "screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version" FROM "outcome_programme_daily_counts"
         WHERE ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version") IN (SELECT * FROM removed)
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum("count") <= 0) AS z
  WHERE (c."screened_on", c."host_country", c."nationality", c."programme", c."outcome", c."channel", c."locale", c."programme_version")
      = (z."screened_on", z."host_country", z."nationality", z."programme", z."outcome", z."channel", z."locale", z."programme_version");
  WITH removed AS (
    SELECT date_trunc('month', o."screened_on")::date AS "month", o."host_country", o."nationality", d."programme", d."outcome", o."channel",
           o."locale", d."programme_version"
    FROM old_rows d JOIN "outcomes" o ON o."id" = d."outcome_id")
  INSERT INTO "outcome_programme_monthly_counts" AS c ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "shard", "count")
  SELECT "month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", pg_backend_pid() % 8, -count(*) FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "shard")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  WITH removed AS (
    SELECT date_trunc('month', o."screened_on")::date AS "month", o."host_country", o."nationality", d."programme", d."outcome", o."channel",
           o."locale", d."programme_version"
    FROM old_rows d JOIN "outcomes" o ON o."id" = d."outcome_id")
  DELETE FROM "outcome_programme_monthly_counts" AS c
  USING (SELECT "month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version" FROM "outcome_programme_monthly_counts"
         WHERE ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version") IN (SELECT * FROM removed)
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum("count") <= 0) AS z
  WHERE (c."month", c."host_country", c."nationality", c."programme", c."outcome", c."channel", c."locale", c."programme_version")
      = (z."month", z."host_country", z."nationality", z."programme", z."outcome", z."channel", z."locale", z."programme_version");
  RETURN NULL;
END $$;
