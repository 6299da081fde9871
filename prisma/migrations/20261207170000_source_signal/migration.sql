-- A change to what a story shows its translators (headline, text, state) is announced on
-- the desk's channel when its transaction commits, if the story has translations: each
-- translator's open page hears of it at once and shows the source as it is now
-- (lib/http/source-stream.ts). An autosave that changes none of them says nothing.
CREATE FUNCTION newsroom_source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Story" WHERE "translationOfId" = NEW.id) THEN
    PERFORM pg_notify('newsroom_desk', json_build_object('kind', 'source', 'storyId', NEW.id)::text);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Story_source_changed" AFTER UPDATE OF "headline", "body", "status" ON "Story"
  FOR EACH ROW
  WHEN (OLD."headline" IS DISTINCT FROM NEW."headline" OR OLD."body" IS DISTINCT FROM NEW."body" OR OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION newsroom_source_changed();
