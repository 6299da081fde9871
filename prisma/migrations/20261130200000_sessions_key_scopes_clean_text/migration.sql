-- CreateEnum
CREATE TYPE "ApiScope" AS ENUM ('READ', 'INGEST');

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "scopes" "ApiScope"[] DEFAULT ARRAY[]::"ApiScope"[];

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "clientAddress" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_userId_revokedAt_idx" ON "Session"("userId", "revokedAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Keys made before scopes existed could both read and ingest: they keep doing so.
UPDATE "ApiKey" SET "scopes" = ARRAY['READ', 'INGEST']::"ApiScope"[];

-- Text is now normalised on the way in (lib/text/normalize.ts). Rows stored before
-- that may hold characters no XML output can carry: line breaks in all spellings become
-- newlines (spaces in one-line fields); other C0/C1 controls, U+FFFE and U+FFFF go.
CREATE FUNCTION pg_temp.clean_multi(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(
    regexp_replace(t, E'\r\n?|[\u000B\u000C\u0085\u2028\u2029]', E'\n', 'g'),
    E'[\u0001-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]', '', 'g')
$$;
CREATE FUNCTION pg_temp.clean_line(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(pg_temp.clean_multi(t), E'\n\t', '  ')
$$;
CREATE FUNCTION pg_temp.clean_json(j jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN CASE jsonb_typeof(j)
    WHEN 'string' THEN to_jsonb(pg_temp.clean_multi(j #>> '{}'))
    WHEN 'array' THEN COALESCE((SELECT jsonb_agg(pg_temp.clean_json(e) ORDER BY i) FROM jsonb_array_elements(j) WITH ORDINALITY AS x(e, i)), '[]'::jsonb)
    WHEN 'object' THEN COALESCE((SELECT jsonb_object_agg(k, pg_temp.clean_json(v)) FROM jsonb_each(j) AS x(k, v)), '{}'::jsonb)
    ELSE j END;
END
$$;

DO $$
DECLARE
  bad CONSTANT text := E'[\u0001-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]';
  -- jsonb's text form escapes controls below U+0020 as \uXXXX, \b, \f, \n, \r or \t.
  bad_json CONSTANT text := E'\\\\u00[01][0-9a-f]|\\\\[bfr]|[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]';
  target record;
BEGIN
  FOR target IN SELECT * FROM (VALUES
    ('Story', 'headline', 'line'), ('Story', 'subheadline', 'line'), ('Story', 'datelinePlace', 'line'), ('Story', 'credit', 'line'),
    ('Story', 'bodyText', 'multi'), ('Story', 'correctionNote', 'multi'), ('Story', 'body', 'json'),
    ('Publication', 'headline', 'line'), ('Publication', 'subheadline', 'line'), ('Publication', 'datelinePlace', 'line'), ('Publication', 'credit', 'line'),
    ('Publication', 'bodyText', 'multi'), ('Publication', 'correctionNote', 'multi'), ('Publication', 'killNote', 'multi'), ('Publication', 'body', 'json'),
    ('StoryRevision', 'headline', 'line'), ('StoryRevision', 'subheadline', 'line'), ('StoryRevision', 'datelinePlace', 'line'), ('StoryRevision', 'credit', 'line'),
    ('StoryRevision', 'bodyText', 'multi'), ('StoryRevision', 'body', 'json'),
    ('ReviewComment', 'text', 'multi'), ('ReviewComment', 'anchor', 'json'),
    ('Tag', 'name', 'line'), ('Tag', 'description', 'multi'), ('TagAlias', 'name', 'line'),
    ('Topic', 'title', 'line'), ('Topic', 'backgroundText', 'multi'), ('Topic', 'background', 'json'),
    ('Section', 'name', 'line'), ('AuditEvent', 'note', 'multi'), ('Notification', 'message', 'multi'),
    ('WireItem', 'headline', 'line'), ('WireItem', 'subheadline', 'line'), ('WireItem', 'byline', 'line'), ('WireItem', 'datelinePlace', 'line'),
    ('WireItem', 'bodyText', 'multi'), ('WireItem', 'edNote', 'multi'), ('WireItem', 'body', 'json'), ('WireItem', 'meta', 'json'), ('WireItem', 'previous', 'json')
  ) AS t(tab, col, kind) LOOP
    IF target.kind = 'json' THEN
      EXECUTE format('UPDATE %I SET %I = pg_temp.clean_json(%I) WHERE %I::text ~ %L', target.tab, target.col, target.col, target.col, bad_json);
    ELSE
      EXECUTE format('UPDATE %I SET %I = pg_temp.clean_%s(%I) WHERE %I ~ %L', target.tab, target.col, target.kind, target.col, target.col, bad);
    END IF;
  END LOOP;
END
$$;
