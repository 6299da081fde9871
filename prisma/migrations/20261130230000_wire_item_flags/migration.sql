-- AlterTable
ALTER TABLE "WireItem" ADD COLUMN     "flags" TEXT[] DEFAULT ARRAY[]::TEXT[];

