-- Names and labels for GET /v1/actors and /v1/topics (rows written before
-- this migration keep '' until the article is rewritten), and an index for
-- retention, which deletes by stored_at.

ALTER TABLE article_actors ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE article_topics ADD COLUMN label TEXT NOT NULL DEFAULT '';

CREATE INDEX articles_by_stored ON articles (stored_at);
