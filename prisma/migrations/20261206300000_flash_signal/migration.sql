-- A FLASH sent for review is announced on the desk's channel when its transaction
-- commits (NOTIFY is delivered on commit), so every reviewer's open desk hears of it
-- at once, in a background tab too (lib/http/desk-signals.ts). A signal only: the
-- status itself changes by the workflow's moves alone.
CREATE FUNCTION newsroom_flash_in_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('newsroom_desk', json_build_object('kind', 'flash', 'storyId', NEW.id)::text);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Story_flash_in_review" AFTER UPDATE OF "submittedAt" ON "Story"
  FOR EACH ROW
  WHEN (NEW.status = 'IN_REVIEW' AND NEW.priority = 'FLASH' AND OLD."submittedAt" IS DISTINCT FROM NEW."submittedAt")
  EXECUTE FUNCTION newsroom_flash_in_review();
