-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "smallEditChars" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "textEditorId" TEXT;

-- Whoever last changed a story wrote its text, as far as anyone knows before this.
UPDATE "Story" SET "textEditorId" = "lastEditorId";
