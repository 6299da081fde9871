-- CreateEnum
CREATE TYPE "CoverageStatus" AS ENUM ('PLANNED', 'ASSIGNED', 'IN_PROGRESS', 'FILED', 'PUBLISHED', 'CANCELLED');

-- CreateTable
CREATE TABLE "PlanningEvent" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "timeZone" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "topicId" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'desk',
    "icalKey" TEXT,
    "wireItemId" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanningEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningEventTag" (
    "eventId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanningEventTag_pkey" PRIMARY KEY ("eventId","tagId")
);

-- CreateTable
CREATE TABLE "Coverage" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "priority" "Priority" NOT NULL DEFAULT 'ROUTINE',
    "sectionId" TEXT,
    "assigneeId" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "CoverageStatus" NOT NULL DEFAULT 'PLANNED',
    "storyId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "dueWarnedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Coverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleMissWarning" (
    "storyId" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "warnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleMissWarning_pkey" PRIMARY KEY ("storyId","scheduledAt")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanningEvent_icalKey_key" ON "PlanningEvent"("icalKey");

-- CreateIndex
CREATE INDEX "PlanningEvent_startsAt_idx" ON "PlanningEvent"("startsAt");

-- CreateIndex
CREATE INDEX "PlanningEventTag_tagId_idx" ON "PlanningEventTag"("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "Coverage_storyId_key" ON "Coverage"("storyId");

-- CreateIndex
CREATE INDEX "Coverage_dueAt_idx" ON "Coverage"("dueAt");

-- CreateIndex
CREATE INDEX "Coverage_eventId_idx" ON "Coverage"("eventId");

-- CreateIndex
CREATE INDEX "Coverage_assigneeId_dueAt_idx" ON "Coverage"("assigneeId", "dueAt");

-- AddForeignKey
ALTER TABLE "PlanningEvent" ADD CONSTRAINT "PlanningEvent_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningEvent" ADD CONSTRAINT "PlanningEvent_wireItemId_fkey" FOREIGN KEY ("wireItemId") REFERENCES "WireItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningEvent" ADD CONSTRAINT "PlanningEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningEventTag" ADD CONSTRAINT "PlanningEventTag_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "PlanningEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningEventTag" ADD CONSTRAINT "PlanningEventTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "PlanningEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleMissWarning" ADD CONSTRAINT "ScheduleMissWarning_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: the deadline job's question ("open coverages due soon that nobody was
-- warned about") answered from a small partial index, however many coverages there are.
CREATE INDEX "Coverage_open_unwarned_dueAt_idx" ON "Coverage"("dueAt")
  WHERE "dueWarnedAt" IS NULL AND "status" IN ('PLANNED', 'ASSIGNED', 'IN_PROGRESS');
