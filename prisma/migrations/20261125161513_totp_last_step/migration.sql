-- AlterTable
ALTER TABLE "admin_accounts" ADD COLUMN     "totp_last_step" INTEGER;
