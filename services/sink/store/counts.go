package store

import (
	"context"
	"fmt"
	"strings"
)

// TagCount is how many matching articles carry one tag.
type TagCount struct {
	// ID is the actor id or the topic qcode.
	ID string
	// Name is the actor's canonical name or the topic's label, as the
	// latest tagged article gave it ("" for rows stored before names were
	// kept).
	Name  string
	Count int64
}

// Tag counts are capped like pages.
const (
	DefaultTagLimit = 100
	MaxTagLimit     = 1000
)

// Actors counts the articles matching q per threat actor, most frequent
// first (ties by id). q's filters apply as in Search (typically Since and
// Until for a time window); Limit bounds the number of actors
// (DefaultTagLimit when <= 0, at most MaxTagLimit); Cursor is ignored.
func (s *Store) Actors(ctx context.Context, q Query) ([]TagCount, error) {
	return s.countTags(ctx, q, "article_actors", "actor_id", "name")
}

// Topics counts the articles matching q per Media Topic, most frequent
// first, like Actors. Inherited (ancestor) tags count, so a broad topic's
// count is the number of articles a topic= search finds.
func (s *Store) Topics(ctx context.Context, q Query) ([]TagCount, error) {
	return s.countTags(ctx, q, "article_topics", "code", "label")
}

func (s *Store) countTags(ctx context.Context, q Query, table, idCol, nameCol string) ([]TagCount, error) {
	return s.countBy(ctx, q, "counting "+table,
		"SELECT t."+idCol+", MAX(t."+nameCol+"), count(*) FROM "+table+" t JOIN articles a ON a.id = t.article_id",
		"t."+idCol)
}

// Countries counts the articles matching q per country (ISO 3166-1
// alpha-2, upper case; Name is empty), most frequent first, like Actors.
func (s *Store) Countries(ctx context.Context, q Query) ([]TagCount, error) {
	return s.countBy(ctx, q, "counting countries",
		"SELECT t.country, '', count(*) FROM article_places t JOIN articles a ON a.id = t.article_id", "t.country")
}

// Sources counts the articles matching q per source token (Name is
// empty), most frequent first, like Actors.
func (s *Store) Sources(ctx context.Context, q Query) ([]TagCount, error) {
	return s.countBy(ctx, q, "counting sources", "SELECT a.source, '', count(*) FROM articles a", "a.source")
}

// countBy runs selectFrom (which selects id, name and count over articles
// a) under q's filters, grouped by group, most frequent first.
func (s *Store) countBy(ctx context.Context, q Query, doing, selectFrom, group string) ([]TagCount, error) {
	limit := q.Limit
	switch {
	case limit <= 0:
		limit = DefaultTagLimit
	case limit > MaxTagLimit:
		limit = MaxTagLimit
	}
	if err := q.checkSpan(); err != nil {
		return nil, err
	}
	var bind binder
	where, ok, err := s.filters(ctx, q, bind.arg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doing, err)
	}
	if !ok {
		return []TagCount{}, nil
	}
	var b strings.Builder
	b.WriteString(selectFrom)
	if len(where) > 0 {
		b.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	b.WriteString(" GROUP BY " + group + " ORDER BY count(*) DESC, " + group + " LIMIT " + bind.arg(limit))
	rows, err := s.r.QueryContext(ctx, b.String(), bind.args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doing, err)
	}
	defer func() { _ = rows.Close() }()
	out := []TagCount{}
	for rows.Next() {
		var c TagCount
		if err := rows.Scan(&c.ID, &c.Name, &c.Count); err != nil {
			return nil, fmt.Errorf("%s: %w", doing, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", doing, err)
	}
	return out, nil
}
