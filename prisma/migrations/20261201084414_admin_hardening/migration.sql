-- AlterTable
ALTER TABLE "admin_accounts" DROP COLUMN "totp_last_step";
-- Second-factor secrets were stored in clear: they are now encrypted, so the clear ones go and their owners
-- enrol again at their next sign-in (an editor, approver or admin must).
UPDATE "admin_accounts" SET "totp_secret" = NULL WHERE "totp_secret" IS NOT NULL;

-- AlterTable
ALTER TABLE "rule_drafts" ADD COLUMN     "approved_at" TIMESTAMP(3),
ADD COLUMN     "approved_hash" TEXT,
ADD COLUMN     "rollback_of" TEXT;

-- AlterTable
-- Codes issued before expiry existed get the default lifetime (90 days) from the day they were issued.
ALTER TABLE "shelter_access_codes" ADD COLUMN     "expires_at" TIMESTAMP(3);
UPDATE "shelter_access_codes" SET "expires_at" = "created_at" + interval '90 days';
ALTER TABLE "shelter_access_codes" ALTER COLUMN "expires_at" SET NOT NULL;

-- Result codes grow from 8 to 12 symbols (59 bits); codes already given out stay valid.
ALTER TABLE "outcomes" DROP CONSTRAINT "outcomes_result_code_check";
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_result_code_check"
  CHECK ("result_code" ~ '^([2-9A-HJKMNP-TV-Z]{8}|[2-9A-HJKMNP-TV-Z]{12})$');

-- Assisted-mode outcomes keep the Monday of their ISO week, not the day: at a small shelter the day, with the
-- other columns, could single a person out. The count triggers move the counts along with the rows.
UPDATE "outcomes" SET "screened_on" = date_trunc('week', "screened_on")::date
  WHERE "channel" = 'assisted' AND "screened_on" <> date_trunc('week', "screened_on")::date;

-- CreateTable
CREATE TABLE "admin_totp_uses" (
    "account_id" UUID NOT NULL,
    "step" INTEGER NOT NULL,
    "used_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "admin_totp_uses_pkey" PRIMARY KEY ("account_id","step")
);

-- CreateTable
CREATE TABLE "admin_requests" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "account_id" UUID,
    "requested_by_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'pending',

    CONSTRAINT "admin_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_totp_uses_used_at_idx" ON "admin_totp_uses"("used_at");

-- CreateIndex
CREATE INDEX "admin_requests_status_created_at_idx" ON "admin_requests"("status", "created_at");

-- AddForeignKey
ALTER TABLE "admin_totp_uses" ADD CONSTRAINT "admin_totp_uses_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "admin_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every writer (the app, the outbox, the demo seed, a script) gets the same: a trigger keeps only the Monday.
CREATE FUNCTION "outcomes_assisted_week"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."channel" = 'assisted' THEN NEW."screened_on" := date_trunc('week', NEW."screened_on")::date; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "outcomes_assisted_week" BEFORE INSERT OR UPDATE ON "outcomes"
  FOR EACH ROW EXECUTE FUNCTION "outcomes_assisted_week"();
