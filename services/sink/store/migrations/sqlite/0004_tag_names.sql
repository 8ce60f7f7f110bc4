-- What an analyst may type for a tag, lower-cased, and the tag ids it
-- names: actor ids and canonical names, topic labels. A search by
-- "ISIS-K", "Islamic State Khorasan Province" or "terrorism" resolves here
-- with one index lookup instead of a read of the tag tables. Rows are only
-- added (a renamed tag keeps its old name too); a name whose articles are
-- all gone resolves to an id that matches nothing, which is the right
-- answer. New rows are lower-cased in Go (Unicode); the backfill uses
-- SQLite's lower(), which folds ASCII only.

CREATE TABLE tag_names (
	kind   TEXT NOT NULL, -- 'actor' or 'topic'
	folded TEXT NOT NULL,
	id     TEXT NOT NULL,
	PRIMARY KEY (kind, folded, id)
) STRICT, WITHOUT ROWID;

INSERT INTO tag_names (kind, folded, id)
	SELECT DISTINCT 'actor', lower(actor_id), actor_id FROM article_actors
	UNION SELECT DISTINCT 'actor', lower(name), actor_id FROM article_actors WHERE name <> ''
	UNION SELECT DISTINCT 'topic', lower(label), code FROM article_topics WHERE label <> '';
