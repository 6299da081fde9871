-- CreateTable
CREATE TABLE "TagSubject" (
    "tagId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,

    CONSTRAINT "TagSubject_pkey" PRIMARY KEY ("tagId","subjectId")
);

-- CreateIndex
CREATE INDEX "TagSubject_subjectId_idx" ON "TagSubject"("subjectId");

-- AddForeignKey
ALTER TABLE "TagSubject" ADD CONSTRAINT "TagSubject_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagSubject" ADD CONSTRAINT "TagSubject_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

