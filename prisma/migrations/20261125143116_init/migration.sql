-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "rule_versions" (
    "id" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'shipped',
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outcomes" (
    "id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "result_code" TEXT NOT NULL,
    "screened_on" DATE NOT NULL,
    "as_of" DATE NOT NULL,
    "host_country" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "arrival" TEXT NOT NULL,
    "statuses" TEXT[],
    "adult" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "rules_version" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "shelter_id" TEXT,

    CONSTRAINT "outcomes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rule_versions_effective_from_idx" ON "rule_versions"("effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "outcomes_idempotency_key_key" ON "outcomes"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "outcomes_result_code_key" ON "outcomes"("result_code");

-- CreateIndex
CREATE INDEX "outcomes_screened_on_idx" ON "outcomes"("screened_on");

-- CreateIndex
CREATE INDEX "outcomes_host_country_screened_on_idx" ON "outcomes"("host_country", "screened_on");

-- CreateIndex
CREATE INDEX "outcomes_nationality_screened_on_idx" ON "outcomes"("nationality", "screened_on");

-- CreateIndex
CREATE INDEX "outcomes_outcome_screened_on_idx" ON "outcomes"("outcome", "screened_on");

-- CreateIndex
CREATE INDEX "outcomes_rules_version_idx" ON "outcomes"("rules_version");
