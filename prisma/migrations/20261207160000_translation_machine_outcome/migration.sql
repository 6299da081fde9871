-- Which translation engine was asked for a translation's first draft, and whether it gave
-- one: the translator's page says so for as long as the translation is being written.
ALTER TABLE "TranslationSource" ADD COLUMN "machineEngine" TEXT;
ALTER TABLE "TranslationSource" ADD COLUMN "machineDrafted" BOOLEAN NOT NULL DEFAULT false;
