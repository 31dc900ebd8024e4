-- CreateTable
CREATE TABLE "shelters" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shelters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shelter_access_codes" (
    "id" UUID NOT NULL,
    "shelter_id" UUID NOT NULL,
    "digest" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "shelter_access_codes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "shelter_access_codes_digest_key" ON "shelter_access_codes"("digest");

-- CreateIndex
CREATE INDEX "shelter_access_codes_shelter_id_idx" ON "shelter_access_codes"("shelter_id");

-- AddForeignKey
ALTER TABLE "shelter_access_codes" ADD CONSTRAINT "shelter_access_codes_shelter_id_fkey" FOREIGN KEY ("shelter_id") REFERENCES "shelters"("id") ON DELETE CASCADE ON UPDATE CASCADE;
