-- AlterTable
ALTER TABLE "StoryCollabState" ADD COLUMN     "storeErrors" JSONB;
