-- DropIndex
DROP INDEX "outcomes_idempotency_key_key";

-- DropIndex
DROP INDEX "outcomes_rules_version_idx";

-- AlterTable
ALTER TABLE "outcomes" DROP COLUMN "idempotency_key",
ADD COLUMN     "idempotency_digest" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "outcomes_idempotency_digest_key" ON "outcomes"("idempotency_digest");

-- CreateIndex
CREATE INDEX "outcomes_rules_version_screened_on_idx" ON "outcomes"("rules_version", "screened_on");

-- Hand-added: the database itself refuses values outside the whitelisted vocabularies (lib/outcomes/stored-columns.ts),
-- so nothing else (an exact date, free text) can be stored in these columns by mistake. Prisma's schema cannot
-- express CHECK constraints; later diffs start from schema.snapshot.prisma and leave them alone.
ALTER TABLE "outcomes"
  ADD CONSTRAINT "outcomes_arrival_check" CHECK ("arrival" IN ('on_or_before', 'after', 'straddles', 'unknown', 'not_asked', 'no_cutoff')),
  ADD CONSTRAINT "outcomes_adult_check" CHECK ("adult" IN ('yes', 'no', 'unsure')),
  ADD CONSTRAINT "outcomes_channel_check" CHECK ("channel" IN ('self', 'assisted', 'api')),
  ADD CONSTRAINT "outcomes_shelter_check" CHECK ("channel" = 'assisted' OR "shelter_id" IS NULL),
  ADD CONSTRAINT "outcomes_locale_check" CHECK ("locale" IN ('es', 'en', 'fr', 'ht')),
  ADD CONSTRAINT "outcomes_result_code_check" CHECK ("result_code" ~ '^[2-9A-HJKMNP-TV-Z]{8}$'),
  ADD CONSTRAINT "outcomes_idempotency_digest_check" CHECK ("idempotency_digest" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "outcomes_nationality_check" CHECK ("nationality" ~ '^[A-Z]{2}$');
