package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"slices"
	"strings"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// UpsertResult counts what Upsert did with the records of one call.
type UpsertResult struct {
	// Inserted records had no stored row.
	Inserted int
	// Updated records superseded the stored row and replaced it.
	Updated int
	// Skipped records were already stored (a re-delivery) or older than
	// what is stored.
	Skipped int
}

// maxIDLen bounds ids so a malformed record cannot bloat the indexes.
const maxIDLen = 1024

// Validate reports whether rec can be stored at all. Its errors wrap
// ErrInvalidRecord; a consumer should dead-letter such a record rather than
// retry it. Upsert calls it on every record before writing anything.
func Validate(rec *newsv1.TaggedArticle) error {
	switch {
	case rec == nil:
		return fmt.Errorf("%w: nil record", ErrInvalidRecord)
	case rec.GetArticle() == nil:
		return fmt.Errorf("%w: no article", ErrInvalidRecord)
	case rec.GetArticle().GetId() == "":
		return fmt.Errorf("%w: article has no id", ErrInvalidRecord)
	case len(rec.GetArticle().GetId()) > maxIDLen:
		return fmt.Errorf("%w: article id longer than %d bytes", ErrInvalidRecord, maxIDLen)
	case strings.ContainsRune(rec.GetArticle().GetId(), 0):
		return fmt.Errorf("%w: article id contains a NUL byte", ErrInvalidRecord)
	}
	return nil
}

// Upsert stores recs in one transaction: either all of them are applied or,
// on error, none.
//
// Each record is inserted when its id is new. When the id is stored, the
// record replaces the stored one only if it supersedes it: any of
// extractor_version, classifier_version or taxonomy_version newer and none
// older; with the same versions, a later classified_at (then fetched_at).
// Re-delivering a stored record is therefore a no-op, counted as skipped,
// and an old record never overwrites a newer one. See supersedes for the
// exact rule, which both backends share (plan applies it in Go). Records
// are applied in order, so a batch holding the same id twice ends with
// whichever supersedes.
//
// An invalid record (see Validate) fails the whole call with an error
// wrapping ErrInvalidRecord that names its index.
//
// On PostgreSQL the transaction holds one advisory lock per distinct id
// until it commits; keep batches to a few thousand records (the default
// lock table holds max_locks_per_transaction=64 times max_connections
// locks across the server).
func (s *Store) Upsert(ctx context.Context, recs []*newsv1.TaggedArticle) (UpsertResult, error) {
	rows := make([]row, 0, len(recs))
	for i, rec := range recs {
		r, err := newRow(rec)
		if err != nil {
			return UpsertResult{}, fmt.Errorf("checking record %d: %w", i, err)
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return UpsertResult{}, nil
	}
	if s.pg != nil {
		return s.pg.upsert(ctx, rows, s.logger)
	}
	return s.upsertSQLite(ctx, rows)
}

type outcome int

const (
	inserted outcome = iota + 1
	updated
	skipped
)

// write is what a batch does to one id after precedence is applied.
type write struct {
	row row
	// op is inserted when the id was not stored before the batch, else
	// updated.
	op outcome
}

// plan applies the precedence rule to a batch, in order, against the stamps
// stored before it (keyed by id, read under a lock that keeps them
// current until commit). It returns the rows to write, at most one per id
// in order of first appearance, and the counts of the batch as if its
// records had been applied one by one.
func plan(rows []row, stored map[string]stamp, logger *slog.Logger) ([]write, UpsertResult) {
	var (
		res    UpsertResult
		writes []write
		index  = map[string]int{} // id → position in writes
	)
	for _, r := range rows {
		i, pending := index[r.id]
		cur, isStored := stored[r.id]
		switch {
		case pending:
			cur = writes[i].row.stamp
		case !isStored:
			index[r.id] = len(writes)
			writes = append(writes, write{row: r, op: inserted})
			res.Inserted++
			continue
		}
		replace, reason := supersedes(r.stamp, cur)
		if !replace && r.stamp.canonical != cur.canonical {
			logger.Warn("keeping stored article: the incoming record names another page", "id", r.id,
				"stored_canonical_url", cur.canonical, "canonical_url", r.stamp.canonical)
		}
		if !replace {
			logger.Debug("keeping stored article", "id", r.id, "reason", reason,
				"stored_extractor_version", cur.extractor, "stored_taxonomy_version", cur.taxonomy,
				"extractor_version", r.stamp.extractor, "taxonomy_version", r.stamp.taxonomy)
			res.Skipped++
			continue
		}
		res.Updated++
		if pending {
			writes[i].row = r
			continue
		}
		index[r.id] = len(writes)
		writes = append(writes, write{row: r, op: updated})
	}
	return writes, res
}

// Column order of articleArgs; insertArticle and updateArticle share it.
const (
	insertArticleSQL = `INSERT INTO articles (
		id, canonical_url, source, page_type, title, byline, published, language,
		site_name, word_count, text, extractor_version, taxonomy_version,
		classifier_version, classified_at, fetched_at, updated_at, record,
		stored_at, sort_time
	) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
		$17, COALESCE($7, $17))
	ON CONFLICT (id) DO NOTHING`

	// stored_at is kept: it is when the article first arrived.
	updateArticleSQL = `UPDATE articles SET
		canonical_url = $2, source = $3, page_type = $4, title = $5, byline = $6,
		published = $7, language = $8, site_name = $9, word_count = $10, text = $11,
		extractor_version = $12, taxonomy_version = $13, classifier_version = $14,
		classified_at = $15, fetched_at = $16, updated_at = $17, record = $18,
		sort_time = COALESCE($7, stored_at)
	WHERE id = $1`
)

// upsertSQLite reads the stored stamps, plans, and writes row by row with
// prepared statements: SQLite has one writer, so nothing can change between
// the read and the write.
func (s *Store) upsertSQLite(ctx context.Context, rows []row) (UpsertResult, error) {
	now := time.Now().UnixMicro()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return UpsertResult{}, fmt.Errorf("beginning upsert: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	stored := map[string]stamp{}
	for _, r := range rows {
		if _, ok := stored[r.id]; ok {
			continue
		}
		var (
			cur        stamp
			canonical  sql.NullString
			classified sql.NullInt64
			fetched    sql.NullInt64
		)
		err := tx.StmtContext(ctx, s.ws.selectStamp).QueryRowContext(ctx, r.id).Scan(&canonical, &cur.extractor, &cur.classifier, &cur.taxonomy, &classified, &fetched)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return UpsertResult{}, fmt.Errorf("reading stored article %q: %w", r.id, err)
		}
		cur.canonical = canonicalForm(canonical.String)
		cur.classifiedAt, cur.fetchedAt = classified.Int64, fetched.Int64
		stored[r.id] = cur
	}
	writes, res := plan(rows, stored, s.logger)
	// New rows get rowids above the largest before the batch (seq has no
	// AUTOINCREMENT: SQLite assigns max+1 while the batch holds the write
	// lock), so one statement indexes exactly this batch's new articles.
	var floor int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM articles`).Scan(&floor); err != nil {
		return UpsertResult{}, fmt.Errorf("reading the last article sequence: %w", err)
	}
	var tags tagRows
	for _, w := range writes {
		if err := s.writeSQLite(ctx, tx, w, now, &tags); err != nil {
			return UpsertResult{}, err
		}
	}
	if err := tags.write(ctx, tx, s.ws); err != nil {
		return UpsertResult{}, err
	}
	if res.Inserted > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ?`, floor); err != nil {
			return UpsertResult{}, fmt.Errorf("indexing the batch's new articles: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return UpsertResult{}, fmt.Errorf("committing upsert: %w", err)
	}
	return res, nil
}

func (s *Store) writeSQLite(ctx context.Context, tx *sql.Tx, w write, now int64, tags *tagRows) error {
	r := w.row
	if w.op == inserted {
		if _, err := execIn(ctx, tx, s.ws.insertArticle, r.articleArgs(now)...); err != nil {
			return fmt.Errorf("inserting article %q: %w", r.id, err)
		}
		tags.add(r)
		return nil
	}
	if _, err := execIn(ctx, tx, s.ws.updateArticle, r.articleArgs(now)...); err != nil {
		return fmt.Errorf("updating article %q: %w", r.id, err)
	}
	for _, st := range []*sql.Stmt{s.ws.deleteActors, s.ws.deleteTopics, s.ws.deletePlaces} {
		if _, err := execIn(ctx, tx, st, r.id); err != nil {
			return fmt.Errorf("clearing tags of %q: %w", r.id, err)
		}
	}
	tags.add(r)
	return nil
}

// row is a record flattened into column values, computed before the
// transaction starts so the write lock is held as briefly as possible.
type row struct {
	id, canonicalURL, source, pageType, title, byline string
	language, siteName, text                          string
	published, classifiedAt, fetchedAt                sql.NullInt64
	wordCount                                         int64
	stamp                                             stamp
	record                                            []byte
	actors                                            []*newsv1.ActorTag
	topics                                            []*newsv1.TopicTag
	countries                                         []string
}

func newRow(rec *newsv1.TaggedArticle) (row, error) {
	if err := Validate(rec); err != nil {
		return row{}, err
	}
	// Deterministic so equal records give equal bytes (diffable, dedupable).
	blob, err := proto.MarshalOptions{Deterministic: true}.Marshal(rec)
	if err != nil {
		return row{}, fmt.Errorf("encoding record %q: %w", rec.GetArticle().GetId(), err)
	}
	a := rec.GetArticle()
	r := row{
		id:           a.GetId(),
		canonicalURL: clean(a.GetCanonicalUrl()),
		source:       clean(a.GetSource()),
		pageType:     a.GetPageType().String(),
		title:        clean(a.GetTitle()),
		byline:       clean(a.GetByline()),
		language:     clean(a.GetLanguage()),
		siteName:     clean(a.GetSiteName()),
		text:         clean(strings.Join(a.GetParagraphs(), "\n\n")),
		published:    micros(a.GetPublished()),
		classifiedAt: micros(rec.GetClassifiedAt()),
		fetchedAt:    micros(a.GetFetchedAt()),
		wordCount:    int64(a.GetWordCount()),
		record:       blob,
		actors:       rec.GetActors(),
		topics:       rec.GetTopics(),
	}
	r.stamp = stamp{
		canonical:    canonicalForm(r.canonicalURL),
		extractor:    clean(a.GetExtractorVersion()),
		classifier:   clean(rec.GetClassifierVersion()),
		taxonomy:     clean(rec.GetTaxonomyVersion()),
		classifiedAt: r.classifiedAt.Int64,
		fetchedAt:    r.fetchedAt.Int64,
	}
	for _, p := range rec.GetPlaces() {
		if c := normCountry(clean(p.GetCountryCode())); c != "" {
			r.countries = append(r.countries, c)
		}
	}
	return r, nil
}

func (r row) articleArgs(now int64) []any {
	return []any{
		r.id, r.canonicalURL, r.source, r.pageType, r.title, r.byline, r.published, r.language,
		r.siteName, r.wordCount, r.text, r.stamp.extractor, r.stamp.taxonomy,
		r.stamp.classifier, r.classifiedAt, r.fetchedAt, now, r.record,
	}
}

// tagRows collects the index rows of a batch's tags, so that each tag
// table gets a few multi-row INSERTs per batch instead of one statement per
// tag (a news record has a dozen topics with their ancestors).
type tagRows struct {
	actors, topics, places []any
	names                  tagNames
}

// add queues the index rows of the record's tags.
func (t *tagRows) add(r row) {
	for _, a := range r.actors {
		if clean(a.GetId()) == "" {
			continue
		}
		t.actors = append(t.actors, r.id, clean(a.GetId()), clean(a.GetName()), a.GetMentions(), a.GetScore())
	}
	t.names.add(r)
	for _, tp := range r.topics {
		if clean(tp.GetCode()) == "" {
			continue
		}
		t.topics = append(t.topics, r.id, clean(tp.GetCode()), clean(tp.GetLabel()), tp.GetScore(), tp.GetInherited())
	}
	for _, c := range r.countries {
		t.places = append(t.places, r.id, c)
	}
}

// maxTagRowsPerInsert keeps a statement's parameters far below SQLite's
// limit (32,766) whatever the batch size. It is a power of two: see
// tagChunk.
const maxTagRowsPerInsert = 512

// tagChunk is how many of n queued rows the next INSERT takes: the largest
// power of two not above n (or maxTagRowsPerInsert). With these sizes only,
// a table has ten INSERT shapes, each prepared once when the store opens
// (writeStmts.tags), where a statement of exactly n rows was parsed
// anew for every batch (a 500-row VALUES list is thousands of tokens).
func tagChunk(n int) int {
	if n >= maxTagRowsPerInsert {
		return maxTagRowsPerInsert
	}
	return 1 << (bits.Len(uint(n)) - 1)
}

// tagTable is one tag table's multi-row INSERT: its head, up to VALUES,
// and its column count.
type tagTable struct {
	head string
	cols int
}

var (
	actorRows = tagTable{"INSERT OR IGNORE INTO article_actors (article_id, actor_id, name, mentions, score) VALUES ", 5}
	topicRows = tagTable{"INSERT OR IGNORE INTO article_topics (article_id, code, label, score, inherited) VALUES ", 5}
	placeRows = tagTable{"INSERT OR IGNORE INTO article_places (article_id, country) VALUES ", 2}
	nameRows  = tagTable{"INSERT OR IGNORE INTO tag_names (kind, folded, id) VALUES ", 3}
)

// insertSQL is the table's INSERT of rows rows.
func (t tagTable) insertSQL(rows int) string {
	tuple := "(?" + strings.Repeat(", ?", t.cols-1) + ")"
	var q strings.Builder
	q.Grow(len(t.head) + rows*(len(tuple)+2))
	q.WriteString(t.head)
	for i := range rows {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(tuple)
	}
	return q.String()
}

// write inserts the queued rows. Duplicates within a record (which the
// classifier should not emit) collapse to the first.
//
// OR IGNORE rather than ON CONFLICT DO NOTHING: besides a duplicate key it
// also turns a NOT NULL violation (which Go values never make) into a
// skipped row, so that, with the tag tables' foreign keys deferred to
// COMMIT (migration 0005), nothing can abort a multi-row INSERT half-way
// and SQLite keeps no statement journal for it (a copy of every page the
// statement touches; a third of the tags' cost with 32 KB pages).
func (t *tagRows) write(ctx context.Context, tx *sql.Tx, ws *writeStmts) error {
	for _, tbl := range []struct {
		tagTable
		args []any
	}{
		{actorRows, t.actors},
		{topicRows, t.topics},
		{placeRows, t.places},
		{nameRows, t.names.args()},
	} {
		for args := tbl.args; len(args) > 0; {
			n := tagChunk(len(args) / tbl.cols)
			st, err := ws.tagInsert(tbl.tagTable, n)
			if err != nil {
				return err
			}
			if _, err := execIn(ctx, tx, st, args[:n*tbl.cols]...); err != nil {
				return fmt.Errorf("indexing tags (%s): %w", strings.TrimSuffix(tbl.head, " VALUES "), err)
			}
			args = args[n*tbl.cols:]
		}
	}
	return nil
}

// tagNames collects the distinct names a batch's tags may be searched by
// (see migration 0004_tag_names): lower-cased actor ids and names and
// topic labels, each with the id it names.
type tagNames map[[3]string]bool

func (n *tagNames) add(r row) {
	if *n == nil {
		*n = tagNames{}
	}
	for _, a := range r.actors {
		id := clean(a.GetId())
		if id == "" {
			continue
		}
		(*n)[[3]string{"actor", strings.ToLower(id), id}] = true
		name := clean(a.GetName())
		if name != "" {
			(*n)[[3]string{"actor", strings.ToLower(name), id}] = true
		}
		// A former id names the same actor: a search by it finds the
		// records tagged since, and a search by the id or name finds the
		// records tagged under it before the merge.
		for _, f := range a.GetFormerIds() {
			if f = clean(f); f == "" || f == id {
				continue
			}
			(*n)[[3]string{"actor", strings.ToLower(f), id}] = true
			(*n)[[3]string{"actor", strings.ToLower(id), f}] = true
			if name != "" {
				(*n)[[3]string{"actor", strings.ToLower(name), f}] = true
			}
		}
	}
	for _, t := range r.topics {
		code, label := clean(t.GetCode()), clean(t.GetLabel())
		if code != "" && label != "" {
			(*n)[[3]string{"topic", strings.ToLower(label), code}] = true
		}
	}
}

// sorted lists the names in key order: concurrent PostgreSQL writers then
// insert shared new keys in the same order and queue instead of
// deadlocking.
func (n tagNames) sorted() [][3]string {
	keys := make([][3]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [3]string) int {
		for i := range a {
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	return keys
}

// args flattens the names for a multi-row INSERT of (kind, folded, id).
func (n tagNames) args() []any {
	out := make([]any, 0, 3*len(n))
	for _, k := range n.sorted() {
		out = append(out, k[0], k[1], k[2])
	}
	return out
}

func micros(ts *timestamppb.Timestamp) sql.NullInt64 {
	if ts == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: ts.AsTime().UnixMicro(), Valid: true}
}

// clean drops NUL bytes, which PostgreSQL text cannot hold; the record
// blob keeps the exact original.
func clean(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "")
}

func normCountry(c string) string { return strings.ToUpper(strings.TrimSpace(c)) }
