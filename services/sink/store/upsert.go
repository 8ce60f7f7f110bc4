package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
// exact rule. Records are applied in order, so a batch holding the same id
// twice ends with whichever supersedes.
//
// An invalid record (see Validate) fails the whole call with an error
// wrapping ErrInvalidRecord that names its index.
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

	now := time.Now().UnixMicro()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return UpsertResult{}, fmt.Errorf("beginning upsert: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	var res UpsertResult
	for _, r := range rows {
		o, err := s.upsertRow(ctx, tx, r, now)
		if err != nil {
			return UpsertResult{}, err
		}
		switch o {
		case inserted:
			res.Inserted++
		case updated:
			res.Updated++
		case skipped:
			res.Skipped++
		}
	}
	if err := tx.Commit(); err != nil {
		return UpsertResult{}, fmt.Errorf("committing upsert: %w", err)
	}
	return res, nil
}

type outcome int

const (
	inserted outcome = iota + 1
	updated
	skipped
)

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

func (s *Store) upsertRow(ctx context.Context, tx *sql.Tx, r row, now int64) (outcome, error) {
	// Two rounds: on PostgreSQL a concurrent transaction may insert the id
	// between our SELECT and INSERT; the INSERT then does nothing and the
	// second round sees (and locks) that row. SQLite's single writer never
	// takes the second round.
	for range 2 {
		var (
			cur        stamp
			classified sql.NullInt64
			fetched    sql.NullInt64
		)
		err := tx.StmtContext(ctx, s.ws.selectStamp).QueryRowContext(ctx, r.id).Scan(&cur.extractor, &cur.classifier, &cur.taxonomy, &classified, &fetched)
		if errors.Is(err, sql.ErrNoRows) {
			res, err := execIn(ctx, tx, s.ws.insertArticle, r.articleArgs(now)...)
			if err != nil {
				return 0, fmt.Errorf("inserting article %q: %w", r.id, err)
			}
			if n, err := res.RowsAffected(); err != nil {
				return 0, fmt.Errorf("inserting article %q: %w", r.id, err)
			} else if n == 0 {
				continue
			}
			if err := s.insertTags(ctx, tx, r); err != nil {
				return 0, err
			}
			return inserted, nil
		}
		if err != nil {
			return 0, fmt.Errorf("reading stored article %q: %w", r.id, err)
		}
		cur.classifiedAt, cur.fetchedAt = classified.Int64, fetched.Int64

		replace, reason := supersedes(r.stamp, cur)
		if !replace {
			s.logger.DebugContext(ctx, "keeping stored article", "id", r.id, "reason", reason,
				"stored_extractor_version", cur.extractor, "stored_taxonomy_version", cur.taxonomy,
				"extractor_version", r.stamp.extractor, "taxonomy_version", r.stamp.taxonomy)
			return skipped, nil
		}
		if _, err := execIn(ctx, tx, s.ws.updateArticle, r.articleArgs(now)...); err != nil {
			return 0, fmt.Errorf("updating article %q: %w", r.id, err)
		}
		for _, st := range []*sql.Stmt{s.ws.deleteActors, s.ws.deleteTopics, s.ws.deletePlaces} {
			if _, err := execIn(ctx, tx, st, r.id); err != nil {
				return 0, fmt.Errorf("clearing tags of %q: %w", r.id, err)
			}
		}
		if err := s.insertTags(ctx, tx, r); err != nil {
			return 0, err
		}
		return updated, nil
	}
	return 0, fmt.Errorf("upserting article %q: row kept changing under the transaction", r.id)
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
		canonicalURL: a.GetCanonicalUrl(),
		source:       a.GetSource(),
		pageType:     a.GetPageType().String(),
		title:        a.GetTitle(),
		byline:       a.GetByline(),
		language:     a.GetLanguage(),
		siteName:     a.GetSiteName(),
		text:         strings.Join(a.GetParagraphs(), "\n\n"),
		published:    micros(a.GetPublished()),
		classifiedAt: micros(rec.GetClassifiedAt()),
		fetchedAt:    micros(a.GetFetchedAt()),
		wordCount:    int64(a.GetWordCount()),
		record:       blob,
		actors:       rec.GetActors(),
		topics:       rec.GetTopics(),
	}
	r.stamp = stamp{
		extractor:    a.GetExtractorVersion(),
		classifier:   rec.GetClassifierVersion(),
		taxonomy:     rec.GetTaxonomyVersion(),
		classifiedAt: r.classifiedAt.Int64,
		fetchedAt:    r.fetchedAt.Int64,
	}
	for _, p := range rec.GetPlaces() {
		if c := normCountry(p.GetCountryCode()); c != "" {
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

// insertTags writes the index rows of the record's tags. Duplicates within
// a record (which the classifier should not emit) collapse to the first.
func (s *Store) insertTags(ctx context.Context, tx *sql.Tx, r row) error {
	for _, t := range r.actors {
		if t.GetId() == "" {
			continue
		}
		if _, err := execIn(ctx, tx, s.ws.insertActor, r.id, t.GetId(), t.GetMentions(), t.GetScore()); err != nil {
			return fmt.Errorf("indexing actor %q of %q: %w", t.GetId(), r.id, err)
		}
	}
	for _, t := range r.topics {
		if t.GetCode() == "" {
			continue
		}
		if _, err := execIn(ctx, tx, s.ws.insertTopic, r.id, t.GetCode(), t.GetScore(), t.GetInherited()); err != nil {
			return fmt.Errorf("indexing topic %q of %q: %w", t.GetCode(), r.id, err)
		}
	}
	for _, c := range r.countries {
		if _, err := execIn(ctx, tx, s.ws.insertPlace, r.id, c); err != nil {
			return fmt.Errorf("indexing country %q of %q: %w", c, r.id, err)
		}
	}
	return nil
}

func micros(ts *timestamppb.Timestamp) sql.NullInt64 {
	if ts == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: ts.AsTime().UnixMicro(), Valid: true}
}

func normCountry(c string) string { return strings.ToUpper(strings.TrimSpace(c)) }
