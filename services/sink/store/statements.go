package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// writeStmts are the upsert's statements, prepared once on the writer.
// Tx.StmtContext reuses a statement already prepared on the transaction's
// connection, and SQLite's writer is one long-lived connection, so each
// statement is parsed once per process rather than once per record.
type writeStmts struct {
	selectStamp, insertArticle, updateArticle *sql.Stmt
	deleteActors, deleteTopics, deletePlaces  *sql.Stmt
	// tags are the tag tables' multi-row INSERTs, one per table and
	// tagChunk size. They are prepared here, with the others, because a
	// batch's transaction holds the writer's only connection: a statement
	// prepared on the pool during it would wait for that connection.
	tags map[tagInsertKey]*sql.Stmt
}

type tagInsertKey struct {
	head string
	rows int
}

// tagInsert is the prepared INSERT of rows rows (a tagChunk size) into a
// tag table.
func (ws *writeStmts) tagInsert(t tagTable, rows int) (*sql.Stmt, error) {
	st, ok := ws.tags[tagInsertKey{t.head, rows}]
	if !ok {
		return nil, fmt.Errorf("store: no prepared %d-row insert (%s)", rows, strings.TrimSuffix(t.head, " VALUES "))
	}
	return st, nil
}

func prepareWrites(ctx context.Context, db *sql.DB, d dialect) (*writeStmts, error) {
	ws := &writeStmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&ws.selectStamp, `SELECT canonical_url, extractor_version, classifier_version, taxonomy_version,
			classified_at, fetched_at FROM articles WHERE id = $1`},
		{&ws.insertArticle, insertArticleSQL},
		{&ws.updateArticle, updateArticleSQL},
		{&ws.deleteActors, `DELETE FROM article_actors WHERE article_id = $1`},
		{&ws.deleteTopics, `DELETE FROM article_topics WHERE article_id = $1`},
		{&ws.deletePlaces, `DELETE FROM article_places WHERE article_id = $1`},
	} {
		st, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			_ = ws.close()
			return nil, fmt.Errorf("preparing %q: %w", p.sql, err)
		}
		*p.dst = st
	}
	ws.tags = map[tagInsertKey]*sql.Stmt{}
	for _, t := range []tagTable{actorRows, topicRows, placeRows, nameRows} {
		for rows := 1; rows <= maxTagRowsPerInsert; rows *= 2 {
			st, err := db.PrepareContext(ctx, t.insertSQL(rows))
			if err != nil {
				_ = ws.close()
				return nil, fmt.Errorf("preparing the %d-row insert (%s): %w", rows, strings.TrimSuffix(t.head, " VALUES "), err)
			}
			ws.tags[tagInsertKey{t.head, rows}] = st
		}
	}
	return ws, nil
}

func (ws *writeStmts) all() []*sql.Stmt {
	all := []*sql.Stmt{
		ws.selectStamp, ws.insertArticle, ws.updateArticle,
		ws.deleteActors, ws.deleteTopics, ws.deletePlaces,
	}
	for _, st := range ws.tags {
		all = append(all, st)
	}
	return all
}

func (ws *writeStmts) close() error {
	var errs []error
	for _, st := range ws.all() {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}

// execIn runs a prepared statement inside tx.
func execIn(ctx context.Context, tx *sql.Tx, st *sql.Stmt, args ...any) (sql.Result, error) {
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}
