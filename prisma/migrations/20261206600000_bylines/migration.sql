-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "bylineWith" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bylines" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "bylineWith" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bylines" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "StoryRevision" ADD COLUMN     "bylineWith" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bylines" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Contributor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contributor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contributor_slug_key" ON "Contributor"("slug");

-- CreateIndex
CREATE INDEX "Publication_bylines_idx" ON "Publication" USING GIN ("bylines" jsonb_path_ops);

