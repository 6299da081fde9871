-- AlterTable
ALTER TABLE "StoryCollabState" ADD COLUMN     "appliedVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "StoryPresence" (
    "socketId" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "instanceId" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryPresence_pkey" PRIMARY KEY ("socketId","storyId")
);

-- CreateIndex
CREATE INDEX "StoryPresence_storyId_seenAt_idx" ON "StoryPresence"("storyId", "seenAt");

-- AddForeignKey
ALTER TABLE "StoryPresence" ADD CONSTRAINT "StoryPresence_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryPresence" ADD CONSTRAINT "StoryPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

