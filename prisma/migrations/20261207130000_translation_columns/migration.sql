-- The source's version as translated lives in TranslationSource; the story kept a second copy nobody read.
ALTER TABLE "Story" DROP COLUMN "translationSourceVersion";

-- A translation's source is Story."translationOfId"; the snapshot repeated it.
ALTER TABLE "TranslationSource" DROP COLUMN "sourceId";
