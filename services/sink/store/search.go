package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// Page limits.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Query selects articles. Zero fields do not filter; the others combine with
// AND.
type Query struct {
	// Actor is a threat actor id ("isis-k") or canonical name ("Islamic
	// State Khorasan Province"), any case (see resolveActor).
	Actor string
	// Topic is an IPTC Media Topic qcode ("medtop:20000103") or label
	// ("terrorism", any case); a bare number gets the "medtop:" prefix.
	// Inherited (ancestor) tags match, so a broad topic finds articles
	// tagged with its narrower ones.
	Topic string
	// Country is an ISO 3166-1 alpha-2 code, any case.
	Country string
	// Source is the source token.
	Source string
	// Text is free text searched in title and body: every word must occur
	// (a word with punctuation, like "al-Shabaab", must occur as written,
	// as a phrase). Operators are not interpreted.
	Text string
	// Since (inclusive) and Until (exclusive) bound the published time, or
	// the stored time for articles without one.
	Since, Until time.Time
	// Limit is the page size: DefaultLimit when <= 0, at most MaxLimit.
	Limit int
	// Cursor is Page.NextCursor of the previous page; empty for the first.
	Cursor string
}

// Page is one page of results, newest first.
type Page struct {
	Articles []*newsv1.TaggedArticle
	// NextCursor continues after this page; empty when there is no more.
	NextCursor string
}

// Search returns the articles matching q, newest first by published time
// (stored time when unpublished), ties broken by id. Pagination is by keyset,
// so pages stay consistent while articles are added: an article inserted
// above the cursor is not seen, one below it is.
//
// Errors wrap ErrInvalidQuery or ErrInvalidCursor when q cannot be answered.
func (s *Store) Search(ctx context.Context, q Query) (Page, error) {
	limit := q.Limit
	switch {
	case limit <= 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	if err := q.checkSpan(); err != nil {
		return Page{}, err
	}

	var bind binder
	where, ok, err := s.filters(ctx, q, bind.arg)
	if err != nil || !ok {
		return Page{}, err
	}
	if q.Cursor != "" {
		c, err := decodeCursor(q.Cursor)
		if err != nil {
			return Page{}, err
		}
		where = append(where, "(a.sort_time, a.id) < ("+bind.arg(c.Time)+", "+bind.arg(c.ID)+")")
	}

	// The page is chosen on the small columns first and the records joined
	// after: sorting many matches (a common word) with their records would
	// drag every record through the sorter. One extra row tells whether
	// there is a next page.
	var b strings.Builder
	b.WriteString("WITH page AS (SELECT a.id, a.sort_time FROM articles a")
	if len(where) > 0 {
		b.WriteString(" WHERE ")
		b.WriteString(strings.Join(where, " AND "))
	}
	b.WriteString(" ORDER BY a.sort_time DESC, a.id DESC LIMIT " + bind.arg(limit+1) + ")")
	b.WriteString(" SELECT r.record, page.sort_time, page.id FROM page JOIN articles r ON r.id = page.id")
	b.WriteString(" ORDER BY page.sort_time DESC, page.id DESC")

	rows, err := s.r.QueryContext(ctx, b.String(), bind.args...)
	if err != nil {
		return Page{}, fmt.Errorf("searching articles: %w", err)
	}
	defer func() { _ = rows.Close() }()
	var (
		page     Page
		lastTime int64
		lastID   string
	)
	for rows.Next() {
		if len(page.Articles) == limit {
			page.NextCursor = encodeCursor(lastTime, lastID)
			break
		}
		var blob []byte
		if err := rows.Scan(&blob, &lastTime, &lastID); err != nil {
			return Page{}, fmt.Errorf("searching articles: %w", err)
		}
		rec, err := unmarshalRecord(blob)
		if err != nil {
			return Page{}, fmt.Errorf("searching articles: %q: %w", lastID, err)
		}
		page.Articles = append(page.Articles, rec)
	}
	if err := rows.Err(); err != nil {
		return Page{}, fmt.Errorf("searching articles: %w", err)
	}
	return page, nil
}

// filters turns q's filters (not its cursor or limit) into WHERE
// conditions on articles a, binding values through arg. ok is false when
// nothing can match (free text with nothing searchable in it, a NUL byte in
// a value, an actor or topic no stored article has).
func (s *Store) filters(ctx context.Context, q Query, arg func(any) string) (where []string, ok bool, err error) {
	for _, v := range []string{q.Actor, q.Topic, q.Country, q.Source} {
		if strings.IndexByte(v, 0) >= 0 {
			// Stored values have none (see clean); PostgreSQL would refuse it.
			return nil, false, nil
		}
	}
	if strings.TrimSpace(q.Actor) != "" {
		ids, err := s.resolveActor(ctx, q.Actor)
		if err != nil || len(ids) == 0 {
			return nil, false, err
		}
		where = append(where, "EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id AND x.actor_id "+in(ids, arg)+")")
	}
	if strings.TrimSpace(q.Topic) != "" {
		codes, err := s.resolveTopic(ctx, q.Topic)
		if err != nil || len(codes) == 0 {
			return nil, false, err
		}
		where = append(where, "EXISTS (SELECT 1 FROM article_topics x WHERE x.article_id = a.id AND x.code "+in(codes, arg)+")")
	}
	if v := normCountry(q.Country); v != "" {
		where = append(where, "EXISTS (SELECT 1 FROM article_places x WHERE x.article_id = a.id AND x.country = "+arg(v)+")")
	}
	if v := strings.TrimSpace(q.Source); v != "" {
		where = append(where, "a.source = "+arg(v))
	}
	if strings.TrimSpace(q.Text) != "" {
		fq, ok := s.d.textQuery(q.Text)
		if !ok {
			// Nothing searchable (only punctuation): nothing can match.
			return nil, false, nil
		}
		where = append(where, s.d.textFilter(arg(fq)))
	}
	if !q.Since.IsZero() {
		where = append(where, "a.sort_time >= "+arg(q.Since.UnixMicro()))
	}
	if !q.Until.IsZero() {
		where = append(where, "a.sort_time < "+arg(q.Until.UnixMicro()))
	}
	return where, true, nil
}

// in is "= $n" for one value and "IN ($n, …)" for several.
func in(vs []string, arg func(any) string) string {
	if len(vs) == 1 {
		return "= " + arg(vs[0])
	}
	ps := make([]string, len(vs))
	for i, v := range vs {
		ps[i] = arg(v)
	}
	return "IN (" + strings.Join(ps, ", ") + ")"
}

// maxResolved bounds the ids a name or label resolves to; more would be a
// taxonomy with many tags sharing one name, which no analyst asks for.
const maxResolved = 20

// resolveActor turns what an analyst typed into the stored actor ids it
// names: an id in any case ("ISIS-K" → "isis-k") or a canonical name in
// any case, looked up in tag_names (one index lookup). Nothing there: the
// value as given, so an id stored before tag_names existed still matches.
func (s *Store) resolveActor(ctx context.Context, v string) ([]string, error) {
	v = strings.TrimSpace(v)
	ids, err := s.column(ctx, `SELECT id FROM tag_names WHERE kind = 'actor' AND folded = $1 ORDER BY id LIMIT `+strconv.Itoa(maxResolved), strings.ToLower(v))
	if err != nil || len(ids) > 0 {
		return ids, err
	}
	return []string{v}, nil
}

// resolveTopic turns a qcode ("medtop:20000103", "20000103") into itself
// and a label ("terrorism", any case) into the codes stored with it (none:
// nothing matches).
func (s *Store) resolveTopic(ctx context.Context, v string) ([]string, error) {
	v = strings.TrimSpace(v)
	if strings.Contains(v, ":") || isDigits(v) {
		return []string{normTopic(v)}, nil
	}
	return s.column(ctx, `SELECT id FROM tag_names WHERE kind = 'topic' AND folded = $1 ORDER BY id LIMIT `+strconv.Itoa(maxResolved), strings.ToLower(v))
}

func (s *Store) column(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("resolving a filter: %w", err)
	}
	defer func() { _ = rows.Close() }()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("resolving a filter: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("resolving a filter: %w", err)
	}
	return out, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// normTopic gives a qcode its stored form: "medtop:" before a bare
// number, the scheme alias in lower case ("MEDTOP:1" → "medtop:1").
func normTopic(t string) string {
	t = strings.TrimSpace(t)
	scheme, code, ok := strings.Cut(t, ":")
	if !ok {
		if t == "" {
			return ""
		}
		return "medtop:" + t
	}
	return strings.ToLower(scheme) + ":" + code
}

// checkSpan refuses a window that ends before it starts.
func (q Query) checkSpan() error {
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return fmt.Errorf("%w: since (%s) must be before until (%s)", ErrInvalidQuery,
			q.Since.Format(time.RFC3339), q.Until.Format(time.RFC3339))
	}
	return nil
}

// binder collects a statement's arguments and names their placeholders
// ($1, $2, …; the SQLite driver takes them too).
type binder struct{ args []any }

func (b *binder) arg(v any) string {
	b.args = append(b.args, v)
	return "$" + strconv.Itoa(len(b.args))
}
