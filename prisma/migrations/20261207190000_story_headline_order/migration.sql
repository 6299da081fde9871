-- The desk's "Headline" sort walks this index instead of sorting every story.
CREATE INDEX "Story_headline_id_idx" ON "Story"("headline", "id");
