-- AlterTable
ALTER TABLE "rule_drafts" ADD COLUMN     "new_programme" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "programme" TEXT NOT NULL DEFAULT 'safe-mobility';

-- AlterTable
ALTER TABLE "admin_test_cases" ADD COLUMN     "programme" TEXT NOT NULL DEFAULT 'safe-mobility';

-- CreateTable
CREATE TABLE "programmes" (
    "id" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'shipped',
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_versions" (
    "programme_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'shipped',
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_versions_pkey" PRIMARY KEY ("programme_id","id")
);

-- CreateIndex
CREATE INDEX "programme_versions_programme_id_effective_from_idx" ON "programme_versions"("programme_id", "effective_from");

-- AddForeignKey
ALTER TABLE "programme_versions" ADD CONSTRAINT "programme_versions_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every instance keeps the programmes in memory with the Safe Mobility history and LISTENs on "rule_versions":
-- a change to either programme table tells them all to read everything again once (lib/db/history.ts).
CREATE TRIGGER "programmes_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programmes"
  FOR EACH STATEMENT EXECUTE FUNCTION "rule_versions_notify"();
CREATE TRIGGER "programme_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programme_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "rule_versions_notify"();

-- Programme versions published in the admin area never change either (the same function as rule_versions):
-- shipped ones follow the seed, a rollback publishes a copy as a new version.
CREATE TRIGGER "programme_versions_no_update_delete" BEFORE UPDATE OR DELETE ON "programme_versions"
  FOR EACH ROW EXECUTE FUNCTION "rule_versions_immutable"();
