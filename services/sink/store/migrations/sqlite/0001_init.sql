-- Initial schema. Times are INTEGER microseconds since the Unix epoch (UTC).
-- record holds the whole TaggedArticle as binary protobuf; every other column
-- and table is an index over it, rewritten together with it.

CREATE TABLE articles (
	-- Rowid alias: stable across VACUUM, which the external-content FTS
	-- index below relies on. The article's key is id.
	seq                INTEGER PRIMARY KEY,
	id                 TEXT    NOT NULL UNIQUE,
	-- COALESCE(published, stored_at): the search order, kept as a column
	-- so it can be indexed and used as the keyset cursor.
	sort_time          INTEGER NOT NULL,
	source             TEXT    NOT NULL DEFAULT '',
	page_type          TEXT    NOT NULL DEFAULT '',
	published          INTEGER,
	language           TEXT    NOT NULL DEFAULT '',
	word_count         INTEGER NOT NULL DEFAULT 0,
	extractor_version  TEXT    NOT NULL DEFAULT '',
	taxonomy_version   TEXT    NOT NULL DEFAULT '',
	classifier_version TEXT    NOT NULL DEFAULT '',
	classified_at      INTEGER,
	fetched_at         INTEGER,
	stored_at          INTEGER NOT NULL,
	updated_at         INTEGER NOT NULL,
	canonical_url      TEXT    NOT NULL DEFAULT '',
	site_name          TEXT    NOT NULL DEFAULT '',
	byline             TEXT    NOT NULL DEFAULT '',
	title              TEXT    NOT NULL DEFAULT '',
	-- Large columns last: SQLite reads a row's columns in order, so the
	-- ones above are found without walking the overflow pages of these.
	text               TEXT    NOT NULL DEFAULT '',
	record             BLOB    NOT NULL
) STRICT;

CREATE INDEX articles_by_time ON articles (sort_time DESC, id DESC);
CREATE INDEX articles_by_source ON articles (source, sort_time DESC, id DESC);

CREATE TABLE article_actors (
	article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	actor_id   TEXT    NOT NULL,
	mentions   INTEGER NOT NULL DEFAULT 0,
	score      REAL    NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, actor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_actors_by_actor ON article_actors (actor_id, article_id);

CREATE TABLE article_topics (
	article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	code       TEXT    NOT NULL,
	score      REAL    NOT NULL DEFAULT 0,
	inherited  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, code)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_topics_by_code ON article_topics (code, article_id);

CREATE TABLE article_places (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	country    TEXT NOT NULL,
	PRIMARY KEY (article_id, country)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_places_by_country ON article_places (country, article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title,
	text,
	content = 'articles',
	content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
