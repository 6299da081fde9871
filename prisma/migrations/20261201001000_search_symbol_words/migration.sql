-- Names joined by "&" (AT&T, P&G, S&P) are split by every text-search parser and their
-- halves dropped as stop words, so searching "AT&T" found nothing. Such words are now also
-- indexed whole, as lexemes of their own; the query side adds them the same way.
-- The search vector is one function, used by both tables' generated columns.
-- Written by hand: Prisma sees the columns only as Unsupported("tsvector").

CREATE OR REPLACE FUNCTION newsroom_symbol_words(content text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT DISTINCT lower(m[1]) FROM regexp_matches(coalesce(content, ''), '([[:alnum:]]+(?:&[[:alnum:]]+)+)', 'g') m))
$$;

CREATE OR REPLACE FUNCTION newsroom_search_vector(language text, headline text, subheadline text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(newsroom_search_config(language), coalesce(headline, '')), 'A') ||
    setweight(to_tsvector(newsroom_search_config(language), coalesce(subheadline, '')), 'B') ||
    setweight(to_tsvector(newsroom_search_config(language), coalesce(body, '')), 'C') ||
    setweight(newsroom_symbol_words(coalesce(headline, '') || ' ' || coalesce(subheadline, '') || ' ' || coalesce(body, '')), 'B')
$$;

DROP INDEX "Story_search_idx";
ALTER TABLE "Story" DROP COLUMN "search";
ALTER TABLE "Story" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (newsroom_search_vector("language", "headline", "subheadline", "bodyText")) STORED;
CREATE INDEX "Story_search_idx" ON "Story" USING GIN ("search");

DROP INDEX "Publication_search_idx";
ALTER TABLE "Publication" DROP COLUMN "search";
ALTER TABLE "Publication" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (newsroom_search_vector("language", "headline", "subheadline", "bodyText")) STORED;
CREATE INDEX "Publication_search_idx" ON "Publication" USING GIN ("search");
