-- Initial PostgreSQL schema: the same tables and columns as the SQLite one
-- (times are BIGINT microseconds since the Unix epoch, UTC, so the shared
-- query code reads both alike), with a tsvector column and a GIN index in
-- place of FTS5. record holds the whole TaggedArticle as binary protobuf;
-- every other column and table is an index over it, rewritten with it.

CREATE TABLE articles (
	id                 TEXT     PRIMARY KEY,
	-- COALESCE(published, stored_at): the search order and keyset cursor.
	sort_time          BIGINT   NOT NULL,
	source             TEXT     NOT NULL DEFAULT '',
	page_type          TEXT     NOT NULL DEFAULT '',
	published          BIGINT,
	language           TEXT     NOT NULL DEFAULT '',
	word_count         BIGINT   NOT NULL DEFAULT 0,
	extractor_version  TEXT     NOT NULL DEFAULT '',
	taxonomy_version   TEXT     NOT NULL DEFAULT '',
	classifier_version TEXT     NOT NULL DEFAULT '',
	classified_at      BIGINT,
	fetched_at         BIGINT,
	stored_at          BIGINT   NOT NULL,
	updated_at         BIGINT   NOT NULL,
	canonical_url      TEXT     NOT NULL DEFAULT '',
	site_name          TEXT     NOT NULL DEFAULT '',
	byline             TEXT     NOT NULL DEFAULT '',
	title              TEXT     NOT NULL DEFAULT '',
	text               TEXT     NOT NULL DEFAULT '',
	-- Title (weight A) and text (B), diacritics folded by the store before
	-- to_tsvector('simple', …): no stemming, words match as written, the
	-- same as the SQLite backend's unicode61 tokenizer.
	tsv                TSVECTOR NOT NULL,
	record             BYTEA    NOT NULL
);

CREATE INDEX articles_by_time ON articles (sort_time DESC, id DESC);
CREATE INDEX articles_by_source ON articles (source, sort_time DESC, id DESC);
CREATE INDEX articles_by_stored ON articles (stored_at);
CREATE INDEX articles_fts ON articles USING GIN (tsv);

CREATE TABLE article_actors (
	article_id TEXT             NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	actor_id   TEXT             NOT NULL,
	name       TEXT             NOT NULL DEFAULT '',
	mentions   INTEGER          NOT NULL DEFAULT 0,
	score      DOUBLE PRECISION NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, actor_id)
);

CREATE INDEX article_actors_by_actor ON article_actors (actor_id, article_id);

CREATE TABLE article_topics (
	article_id TEXT             NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	code       TEXT             NOT NULL,
	label      TEXT             NOT NULL DEFAULT '',
	score      DOUBLE PRECISION NOT NULL DEFAULT 0,
	inherited  BOOLEAN          NOT NULL DEFAULT FALSE,
	PRIMARY KEY (article_id, code)
);

CREATE INDEX article_topics_by_code ON article_topics (code, article_id);

CREATE TABLE article_places (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	country    TEXT NOT NULL,
	PRIMARY KEY (article_id, country)
);

CREATE INDEX article_places_by_country ON article_places (country, article_id);
