-- New articles enter the full-text index once per batch (Upsert inserts
-- them with one INSERT … SELECT after the batch's rows) instead of through
-- a trigger per row: FTS5 flushes its pending terms to disk at every
-- statement's savepoint, so a per-row trigger wrote one tiny segment per
-- statement and spent most of a batch merging them. Updates and deletes
-- keep their triggers: they are rare and must remove the old terms.

DROP TRIGGER articles_fts_insert;
