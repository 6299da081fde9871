-- CreateEnum
CREATE TYPE "AssetStatus" AS ENUM ('PROCESSING', 'READY', 'FAILED');

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "leadImageId" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "leadImageId" TEXT;

-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "altText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "caption" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "copyright" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "credit" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "focalX" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
ADD COLUMN     "focalY" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "originalName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "processingError" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "renditionVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "renditions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "rightsExpireAt" TIMESTAMP(3),
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" "AssetStatus" NOT NULL DEFAULT 'PROCESSING',
ADD COLUMN     "takenAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Asset_createdAt_idx" ON "Asset"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_leadImageId_fkey" FOREIGN KEY ("leadImageId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_leadImageId_fkey" FOREIGN KEY ("leadImageId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Images uploaded before renditions existed are served as they are.
UPDATE "Asset" SET "status" = 'READY';
