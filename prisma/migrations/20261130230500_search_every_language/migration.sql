-- Full-text search in every language a story may be written in: each language with a
-- PostgreSQL dictionary (available since PostgreSQL 13) is stemmed by it, every other
-- language is indexed word for word ('simple') instead of by English rules. Written by
-- hand: Prisma sees the columns only as Unsupported("tsvector").

CREATE OR REPLACE FUNCTION newsroom_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE language
    WHEN 'ar' THEN 'arabic' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek'
    WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french'
    WHEN 'ga' THEN 'irish' WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian' WHEN 'nb' THEN 'norwegian' WHEN 'nl' THEN 'dutch' WHEN 'nn' THEN 'norwegian'
    WHEN 'no' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian'
    WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish'
    ELSE 'simple' END)::regconfig
$$;

DROP INDEX "Story_search_idx";
ALTER TABLE "Story" DROP COLUMN "search";
ALTER TABLE "Story" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(newsroom_search_config("language"), coalesce("headline", '')), 'A') ||
  setweight(to_tsvector(newsroom_search_config("language"), coalesce("subheadline", '')), 'B') ||
  setweight(to_tsvector(newsroom_search_config("language"), coalesce("bodyText", '')), 'C')
) STORED;
CREATE INDEX "Story_search_idx" ON "Story" USING GIN ("search");

DROP INDEX "Publication_search_idx";
ALTER TABLE "Publication" DROP COLUMN "search";
ALTER TABLE "Publication" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(newsroom_search_config("language"), coalesce("headline", '')), 'A') ||
  setweight(to_tsvector(newsroom_search_config("language"), coalesce("subheadline", '')), 'B') ||
  setweight(to_tsvector(newsroom_search_config("language"), coalesce("bodyText", '')), 'C')
) STORED;
CREATE INDEX "Publication_search_idx" ON "Publication" USING GIN ("search");
