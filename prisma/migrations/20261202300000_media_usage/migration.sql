-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "mediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "mediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Story_mediaIds_idx" ON "Story" USING GIN ("mediaIds");

-- CreateIndex
CREATE INDEX "Story_leadImageId_idx" ON "Story"("leadImageId");

-- CreateIndex
CREATE INDEX "Publication_mediaIds_idx" ON "Publication" USING GIN ("mediaIds");

-- CreateIndex
CREATE INDEX "Publication_leadImageId_idx" ON "Publication"("leadImageId");


-- The images bodies already show.
UPDATE "Story" SET "mediaIds" = ARRAY(SELECT DISTINCT m[1] FROM regexp_matches(body::text, '"/media/([0-9a-f-]{36})"', 'g') AS m) WHERE body::text LIKE '%"/media/%';
UPDATE "Publication" SET "mediaIds" = ARRAY(SELECT DISTINCT m[1] FROM regexp_matches(body::text, '"/media/([0-9a-f-]{36})"', 'g') AS m) WHERE body::text LIKE '%"/media/%';
