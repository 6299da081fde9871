-- Translations: a story made by Translate names its source and its family (the first
-- story's id, set on that story too); a family holds one story per language.
ALTER TABLE "Story" ADD COLUMN "translationOfId" TEXT,
ADD COLUMN "translationRootId" TEXT,
ADD COLUMN "translationSourceVersion" INTEGER;

CREATE INDEX "Story_translationOfId_idx" ON "Story"("translationOfId");

CREATE UNIQUE INDEX "Story_translationRootId_language_key" ON "Story"("translationRootId", "language");

ALTER TABLE "Story" ADD CONSTRAINT "Story_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Story" ADD CONSTRAINT "Story_translationRootId_fkey" FOREIGN KEY ("translationRootId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;
