-- Each language's public site lists its own stories, newest first.
CREATE INDEX "Publication_language_visibleAt_idx" ON "Publication"("language", "visibleAt" DESC);
