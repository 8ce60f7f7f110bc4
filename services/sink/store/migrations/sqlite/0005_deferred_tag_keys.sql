-- The tag tables' foreign keys are checked at commit (DEFERRABLE INITIALLY
-- DEFERRED) instead of per statement. An immediate key lets a multi-row
-- INSERT abort half-way, so SQLite kept a statement journal for every tag
-- INSERT: a copy of each page the statement touched, a third of the cost
-- of writing a batch's tags. Upsert writes an article and its tags in one
-- transaction, so a missing article still fails the whole upsert (at
-- COMMIT); ON DELETE CASCADE still acts at once. The tables are rebuilt
-- (SQLite cannot alter a constraint), rows and indexes kept.

CREATE TABLE article_actors_new (
	article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	actor_id   TEXT    NOT NULL,
	mentions   INTEGER NOT NULL DEFAULT 0,
	score      REAL    NOT NULL DEFAULT 0,
	name       TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, actor_id)
) STRICT, WITHOUT ROWID;
INSERT INTO article_actors_new (article_id, actor_id, mentions, score, name)
	SELECT article_id, actor_id, mentions, score, name FROM article_actors;
DROP TABLE article_actors;
ALTER TABLE article_actors_new RENAME TO article_actors;
CREATE INDEX article_actors_by_actor ON article_actors (actor_id, article_id);

CREATE TABLE article_topics_new (
	article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	code       TEXT    NOT NULL,
	score      REAL    NOT NULL DEFAULT 0,
	inherited  INTEGER NOT NULL DEFAULT 0,
	label      TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, code)
) STRICT, WITHOUT ROWID;
INSERT INTO article_topics_new (article_id, code, score, inherited, label)
	SELECT article_id, code, score, inherited, label FROM article_topics;
DROP TABLE article_topics;
ALTER TABLE article_topics_new RENAME TO article_topics;
CREATE INDEX article_topics_by_code ON article_topics (code, article_id);

CREATE TABLE article_places_new (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	country    TEXT NOT NULL,
	PRIMARY KEY (article_id, country)
) STRICT, WITHOUT ROWID;
INSERT INTO article_places_new (article_id, country)
	SELECT article_id, country FROM article_places;
DROP TABLE article_places;
ALTER TABLE article_places_new RENAME TO article_places;
CREATE INDEX article_places_by_country ON article_places (country, article_id);
