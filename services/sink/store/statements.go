package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// writeStmts are the upsert's statements, prepared once on the writer.
// Tx.StmtContext reuses a statement already prepared on the transaction's
// connection, and SQLite's writer is one long-lived connection, so each
// statement is parsed once per process rather than once per record.
type writeStmts struct {
	selectStamp, insertArticle, updateArticle *sql.Stmt
	deleteActors, deleteTopics, deletePlaces  *sql.Stmt
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
	return ws, nil
}

func (ws *writeStmts) all() []*sql.Stmt {
	return []*sql.Stmt{
		ws.selectStamp, ws.insertArticle, ws.updateArticle,
		ws.deleteActors, ws.deleteTopics, ws.deletePlaces,
	}
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
