-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "sources" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "WireItem" ADD COLUMN     "credit" TEXT NOT NULL DEFAULT '';

