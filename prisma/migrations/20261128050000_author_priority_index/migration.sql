-- CreateIndex
CREATE INDEX "Story_authorId_priority_updatedAt_idx" ON "Story"("authorId", "priority", "updatedAt" DESC);

