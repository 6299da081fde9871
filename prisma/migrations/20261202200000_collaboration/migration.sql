-- CreateTable
CREATE TABLE "StoryCollabState" (
    "storyId" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoryCollabState_pkey" PRIMARY KEY ("storyId")
);

-- CreateTable
CREATE TABLE "CollabUpdate" (
    "id" BIGSERIAL NOT NULL,
    "storyId" TEXT NOT NULL,
    "update" BYTEA NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollabUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollabUpdate_createdAt_idx" ON "CollabUpdate"("createdAt");

-- AddForeignKey
ALTER TABLE "StoryCollabState" ADD CONSTRAINT "StoryCollabState_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

