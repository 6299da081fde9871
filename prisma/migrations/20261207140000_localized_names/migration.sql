-- A tag's name and a topic's title in the newsroom's other languages (the main name is in
-- its first): public pages show the page language's, the tag picker finds either.
CREATE TABLE "TagName" (
    "tagId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "TagName_pkey" PRIMARY KEY ("tagId", "language")
);

CREATE INDEX "TagName_normalized_idx" ON "TagName"("normalized");

ALTER TABLE "TagName" ADD CONSTRAINT "TagName_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "TopicTitle" (
    "topicId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "TopicTitle_pkey" PRIMARY KEY ("topicId", "language")
);

ALTER TABLE "TopicTitle" ADD CONSTRAINT "TopicTitle_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
