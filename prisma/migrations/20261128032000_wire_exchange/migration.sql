-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "wireVersion" INTEGER;

-- AlterTable
ALTER TABLE "WireItem" ADD COLUMN     "edNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "killedAt" TIMESTAMP(3),
ADD COLUMN     "previous" JSONB,
ADD COLUMN     "signals" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "tagIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

