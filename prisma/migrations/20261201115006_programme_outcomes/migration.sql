-- CreateTable
CREATE TABLE "outcome_programmes" (
    "outcome_id" UUID NOT NULL,
    "programme" TEXT NOT NULL,
    "programme_version" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "facts" JSONB NOT NULL,

    CONSTRAINT "outcome_programmes_pkey" PRIMARY KEY ("outcome_id","programme")
);

-- CreateTable
CREATE TABLE "outcome_programme_daily_counts" (
    "screened_on" DATE NOT NULL,
    "host_country" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "programme_version" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "outcome_programme_daily_counts_pkey" PRIMARY KEY ("screened_on","host_country","nationality","programme","outcome","channel","locale","programme_version")
);

-- CreateTable
CREATE TABLE "outcome_programme_monthly_counts" (
    "month" DATE NOT NULL,
    "host_country" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "programme_version" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "outcome_programme_monthly_counts_pkey" PRIMARY KEY ("month","host_country","nationality","programme","outcome","channel","locale","programme_version")
);

-- CreateIndex
CREATE INDEX "outcome_programme_daily_counts_programme_screened_on_idx" ON "outcome_programme_daily_counts"("programme", "screened_on");

-- CreateIndex
CREATE INDEX "outcome_programme_monthly_counts_programme_month_idx" ON "outcome_programme_monthly_counts"("programme", "month");

-- AddForeignKey
ALTER TABLE "outcome_programmes" ADD CONSTRAINT "outcome_programmes_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "outcomes"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Hand-added: keep both programme count tables in step with outcome_programmes, like outcome_counts does for
-- outcomes (statement-level triggers with transition tables). The day and the other dimensions are the parent
-- outcome's: it is inserted by the same statement (visible to an AFTER trigger) and deleted only after its
-- programme rows (lib/outcomes/purge.ts), which the foreign key enforces.
CREATE FUNCTION "outcome_programme_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outcome_programme_daily_counts" AS c
    ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "count")
  SELECT o."screened_on", o."host_country", o."nationality", n."programme", n."outcome", o."channel", o."locale",
         n."programme_version", count(*)
  FROM new_rows n JOIN "outcomes" o ON o."id" = n."outcome_id" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("screened_on", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  INSERT INTO "outcome_programme_monthly_counts" AS c
    ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version", "count")
  SELECT date_trunc('month', o."screened_on")::date, o."host_country", o."nationality", n."programme", n."outcome",
         o."channel", o."locale", n."programme_version", count(*)
  FROM new_rows n JOIN "outcomes" o ON o."id" = n."outcome_id" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("month", "host_country", "nationality", "programme", "outcome", "channel", "locale", "programme_version")
  DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE FUNCTION "outcome_programme_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "outcome_programme_daily_counts" AS c SET "count" = c."count" - r.n
  FROM (SELECT o."screened_on", o."host_country", o."nationality", d."programme", d."outcome", o."channel", o."locale",
               d."programme_version", count(*) AS n
        FROM old_rows d JOIN "outcomes" o ON o."id" = d."outcome_id" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) AS r
  WHERE (c."screened_on", c."host_country", c."nationality", c."programme", c."outcome", c."channel", c."locale",
         c."programme_version")
      = (r."screened_on", r."host_country", r."nationality", r."programme", r."outcome", r."channel", r."locale",
         r."programme_version");
  DELETE FROM "outcome_programme_daily_counts" WHERE "count" <= 0;
  UPDATE "outcome_programme_monthly_counts" AS c SET "count" = c."count" - r.n
  FROM (SELECT date_trunc('month', o."screened_on")::date AS "month", o."host_country", o."nationality", d."programme",
               d."outcome", o."channel", o."locale", d."programme_version", count(*) AS n
        FROM old_rows d JOIN "outcomes" o ON o."id" = d."outcome_id" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) AS r
  WHERE (c."month", c."host_country", c."nationality", c."programme", c."outcome", c."channel", c."locale",
         c."programme_version")
      = (r."month", r."host_country", r."nationality", r."programme", r."outcome", r."channel", r."locale",
         r."programme_version");
  DELETE FROM "outcome_programme_monthly_counts" WHERE "count" <= 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "outcome_programmes_count_insert" AFTER INSERT ON "outcome_programmes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_programme_counts_add"();
CREATE TRIGGER "outcome_programmes_count_delete" AFTER DELETE ON "outcome_programmes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_programme_counts_remove"();
-- Programme rows are never edited; should one be, its old row leaves the counts and its new row joins them.
CREATE TRIGGER "outcome_programmes_count_update_old" AFTER UPDATE ON "outcome_programmes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_programme_counts_remove"();
CREATE TRIGGER "outcome_programmes_count_update_new" AFTER UPDATE ON "outcome_programmes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "outcome_programme_counts_add"();

-- Codes only: the criteria are a list and the facts an object of yes / no / unsure (lib/outcomes/stored-columns.ts).
ALTER TABLE "outcome_programmes" ADD CONSTRAINT "outcome_programmes_criteria_list" CHECK (jsonb_typeof("criteria") = 'array');
ALTER TABLE "outcome_programmes" ADD CONSTRAINT "outcome_programmes_fact_codes" CHECK (
  jsonb_typeof("facts") = 'object'
  AND NOT jsonb_path_exists("facts", '$.* ? (@ != "yes" && @ != "no" && @ != "unsure")')
);
