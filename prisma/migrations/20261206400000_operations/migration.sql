-- CreateTable
CREATE TABLE "ProcessHeartbeat" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessHeartbeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemError" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "process" TEXT NOT NULL,
    "module" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL,
    "requestId" TEXT,

    CONSTRAINT "SystemError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestSource" (
    "source" TEXT NOT NULL,
    "imported" BIGINT NOT NULL DEFAULT 0,
    "updated" BIGINT NOT NULL DEFAULT 0,
    "unchanged" BIGINT NOT NULL DEFAULT 0,
    "failedItems" BIGINT NOT NULL DEFAULT 0,
    "failedDocuments" BIGINT NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastItemAt" TIMESTAMP(3),
    "lastError" TEXT NOT NULL DEFAULT '',
    "lastErrorAt" TIMESTAMP(3),

    CONSTRAINT "IngestSource_pkey" PRIMARY KEY ("source")
);

-- CreateIndex
CREATE INDEX "ProcessHeartbeat_kind_seenAt_idx" ON "ProcessHeartbeat"("kind", "seenAt" DESC);

-- CreateIndex
CREATE INDEX "SystemError_at_idx" ON "SystemError"("at" DESC);

