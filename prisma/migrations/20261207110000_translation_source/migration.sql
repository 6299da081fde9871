-- The source's text as it was when a translation was made: what "Source changed after
-- translation" compares with (revisions fold autosaves together, so they cannot say).
CREATE TABLE "TranslationSource" (
    "storyId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "sourceVersion" INTEGER NOT NULL,
    "headline" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationSource_pkey" PRIMARY KEY ("storyId")
);

ALTER TABLE "TranslationSource" ADD CONSTRAINT "TranslationSource_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
