-- AlterEnum
ALTER TYPE "WebhookDeliveryStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "notBefore" TIMESTAMP(3);
