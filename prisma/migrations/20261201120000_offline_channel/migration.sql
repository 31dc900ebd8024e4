-- Hand-written: outcomes screened on a device without a connection and sent later get their own channel, so
-- statistics can tell them apart (lib/outcomes/stored-columns.ts). Prisma's schema cannot express the CHECK.
ALTER TABLE "outcomes" DROP CONSTRAINT "outcomes_channel_check";
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_channel_check" CHECK ("channel" IN ('self', 'assisted', 'api', 'offline'));
