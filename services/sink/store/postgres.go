package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed migrations/postgres/*.sql
var postgresMigrations embed.FS

// migrationLockClass is the first key of the advisory lock that serialises
// migrations (the second is the schema's name hashed), "nf" in ASCII.
const migrationLockClass = 0x6e66

func postgresDialect() (dialect, error) {
	sub, err := fs.Sub(postgresMigrations, "migrations/postgres")
	if err != nil {
		return dialect{}, fmt.Errorf("opening embedded migrations: %w", err)
	}
	return dialect{
		name:       "postgres",
		migrations: sub,
		lockMigrations: func(ctx context.Context, tx *sql.Tx) error {
			// Transaction-scoped: released by the commit that records the
			// migrations, so a replica starting at the same time waits,
			// then finds them applied.
			_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, migrationLockClass)
			return err
		},
		textQuery: tsQuery,
		textFilter: func(p string) string {
			return "a.tsv @@ websearch_to_tsquery('simple', " + p + ")"
		},
	}, nil
}

// pgStore is the PostgreSQL write path: batched, one round trip for the
// locks and stored versions and one for all the writes.
type pgStore struct {
	pool *pgxpool.Pool
}

// openPostgres connects a pool to dsn and returns it with a database/sql
// view of the same pool, which the shared read and migration code uses.
func openPostgres(ctx context.Context, dsn string) (*pgStore, *sql.DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrInvalidDSN, err)
	}
	if cfg.MaxConns < 8 {
		cfg.MaxConns = 8
	}
	// Fail fast while the database is down: the sink's batch runner probes
	// with Ping and backs off instead of queueing on a dial.
	if cfg.ConnConfig.ConnectTimeout == 0 || cfg.ConnConfig.ConnectTimeout > 10*time.Second {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to PostgreSQL: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, nil, fmt.Errorf("connecting to PostgreSQL: %w", err)
	}
	return &pgStore{pool: pool}, stdlib.OpenDBFromPool(pool), nil
}

// upsert locks the batch's ids, reads their stored versions, applies the
// shared precedence rule (plan) and writes the winners with multi-row
// statements, all in one transaction.
func (p *pgStore) upsert(ctx context.Context, rows []row, logger *slog.Logger) (UpsertResult, error) {
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.id)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)

	tx, err := p.pool.BeginTx(ctx, pgx.TxOptions{})
	if err != nil {
		return UpsertResult{}, fmt.Errorf("beginning upsert: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()

	// Advisory locks per id, taken in one order so that two replicas
	// writing overlapping batches queue rather than deadlock, and cover ids
	// not stored yet (which FOR UPDATE cannot lock).
	b := &pgx.Batch{}
	b.Queue(`SELECT count(pg_advisory_xact_lock(k)) FROM (
		SELECT DISTINCT hashtextextended(id, 0) AS k FROM unnest($1::text[]) AS u(id) ORDER BY 1) s`, ids)
	b.Queue(`SELECT id, canonical_url, extractor_version, classifier_version, taxonomy_version, classified_at, fetched_at
		FROM articles WHERE id = ANY($1)`, ids)
	br := tx.SendBatch(ctx, b)
	if _, err := br.Exec(); err != nil {
		_ = br.Close()
		return UpsertResult{}, fmt.Errorf("locking %d articles: %w", len(ids), err)
	}
	stored := make(map[string]stamp, len(ids))
	q, err := br.Query()
	if err != nil {
		_ = br.Close()
		return UpsertResult{}, fmt.Errorf("reading stored articles: %w", err)
	}
	for q.Next() {
		var (
			id                  string
			cur                 stamp
			canonical           pgtype.Text
			classified, fetched pgtype.Int8
		)
		if err := q.Scan(&id, &canonical, &cur.extractor, &cur.classifier, &cur.taxonomy, &classified, &fetched); err != nil {
			q.Close()
			_ = br.Close()
			return UpsertResult{}, fmt.Errorf("reading stored articles: %w", err)
		}
		cur.canonical = canonicalForm(canonical.String)
		cur.classifiedAt, cur.fetchedAt = classified.Int64, fetched.Int64
		stored[id] = cur
	}
	q.Close()
	if err := q.Err(); err != nil {
		_ = br.Close()
		return UpsertResult{}, fmt.Errorf("reading stored articles: %w", err)
	}
	if err := br.Close(); err != nil {
		return UpsertResult{}, fmt.Errorf("reading stored articles: %w", err)
	}

	writes, res := plan(rows, stored, logger)
	if len(writes) > 0 {
		if err := p.write(ctx, tx, writes); err != nil {
			return UpsertResult{}, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return UpsertResult{}, fmt.Errorf("committing upsert: %w", err)
	}
	return res, nil
}

// upsertArticlesSQL writes many articles from parallel arrays. A row that
// exists is replaced (plan already decided it should be) except stored_at,
// the first arrival.
const upsertArticlesSQL = `INSERT INTO articles (
	id, canonical_url, source, page_type, title, byline, published, language,
	site_name, word_count, text, extractor_version, taxonomy_version,
	classifier_version, classified_at, fetched_at, record, tsv,
	updated_at, stored_at, sort_time
)
SELECT u.id, u.canonical_url, u.source, u.page_type, u.title, u.byline, u.published, u.language,
	u.site_name, u.word_count, u.text, u.extractor_version, u.taxonomy_version,
	u.classifier_version, u.classified_at, u.fetched_at, u.record,
	setweight(to_tsvector('simple', u.fold_title), 'A') || setweight(to_tsvector('simple', u.fold_text), 'B'),
	$20, $20, COALESCE(u.published, $20)
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[],
	$8::text[], $9::text[], $10::bigint[], $11::text[], $12::text[], $13::text[], $14::text[],
	$15::bigint[], $16::bigint[], $17::bytea[], $18::text[], $19::text[])
	AS u(id, canonical_url, source, page_type, title, byline, published, language,
	site_name, word_count, text, extractor_version, taxonomy_version, classifier_version,
	classified_at, fetched_at, record, fold_title, fold_text)
ON CONFLICT (id) DO UPDATE SET
	canonical_url = excluded.canonical_url, source = excluded.source, page_type = excluded.page_type,
	title = excluded.title, byline = excluded.byline, published = excluded.published,
	language = excluded.language, site_name = excluded.site_name, word_count = excluded.word_count,
	text = excluded.text, extractor_version = excluded.extractor_version,
	taxonomy_version = excluded.taxonomy_version, classifier_version = excluded.classifier_version,
	classified_at = excluded.classified_at, fetched_at = excluded.fetched_at, record = excluded.record,
	tsv = excluded.tsv, updated_at = excluded.updated_at,
	sort_time = COALESCE(excluded.published, articles.stored_at)`

func (p *pgStore) write(ctx context.Context, tx pgx.Tx, writes []write) error {
	n := len(writes)
	var (
		id, canonical, source, pageType, title, byline = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		language, siteName, text, extractor, taxonomy  = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		classifier, foldTitle, foldText                = make([]string, n), make([]string, n), make([]string, n)
		published, classifiedAt, fetchedAt             = make([]pgtype.Int8, n), make([]pgtype.Int8, n), make([]pgtype.Int8, n)
		wordCount                                      = make([]int64, n)
		record                                         = make([][]byte, n)
		replaced                                       []string

		actArticle, actID, actName  []string
		actMentions                 []int32
		actScore                    []float64
		topArticle, topCode, topLbl []string
		topScore                    []float64
		topInherited                []bool
		plArticle, plCountry        []string
		names                       tagNames
	)
	for i, w := range writes {
		r := w.row
		id[i], canonical[i], source[i], pageType[i], title[i], byline[i] = r.id, r.canonicalURL, r.source, r.pageType, r.title, r.byline
		language[i], siteName[i], text[i] = r.language, r.siteName, r.text
		extractor[i], taxonomy[i], classifier[i] = r.stamp.extractor, r.stamp.taxonomy, r.stamp.classifier
		published[i], classifiedAt[i], fetchedAt[i] = nullInt8(r.published), nullInt8(r.classifiedAt), nullInt8(r.fetchedAt)
		wordCount[i], record[i] = r.wordCount, r.record
		foldTitle[i], foldText[i] = foldDiacritics(r.title), foldDiacritics(r.text)
		if w.op == updated {
			replaced = append(replaced, r.id)
		}
		names.add(r)
		seen := map[string]bool{}
		for _, t := range r.actors {
			a := clean(t.GetId())
			if a == "" || seen[a] {
				continue
			}
			seen[a] = true
			actArticle, actID, actName = append(actArticle, r.id), append(actID, a), append(actName, clean(t.GetName()))
			actMentions, actScore = append(actMentions, t.GetMentions()), append(actScore, t.GetScore())
		}
		clear(seen)
		for _, t := range r.topics {
			c := clean(t.GetCode())
			if c == "" || seen[c] {
				continue
			}
			seen[c] = true
			topArticle, topCode, topLbl = append(topArticle, r.id), append(topCode, c), append(topLbl, clean(t.GetLabel()))
			topScore, topInherited = append(topScore, t.GetScore()), append(topInherited, t.GetInherited())
		}
		clear(seen)
		for _, c := range r.countries {
			if seen[c] {
				continue
			}
			seen[c] = true
			plArticle, plCountry = append(plArticle, r.id), append(plCountry, c)
		}
	}
	now := time.Now().UnixMicro()

	b := &pgx.Batch{}
	b.Queue(upsertArticlesSQL, id, canonical, source, pageType, title, byline, published, language,
		siteName, wordCount, text, extractor, taxonomy, classifier, classifiedAt, fetchedAt, record,
		foldTitle, foldText, now)
	if len(replaced) > 0 {
		for _, t := range []string{"article_actors", "article_topics", "article_places"} {
			b.Queue(`DELETE FROM `+t+` WHERE article_id = ANY($1)`, replaced)
		}
	}
	if len(actID) > 0 {
		b.Queue(`INSERT INTO article_actors (article_id, actor_id, name, mentions, score)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::float8[])`,
			actArticle, actID, actName, actMentions, actScore)
	}
	if len(topCode) > 0 {
		b.Queue(`INSERT INTO article_topics (article_id, code, label, score, inherited)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::bool[])`,
			topArticle, topCode, topLbl, topScore, topInherited)
	}
	if len(plCountry) > 0 {
		b.Queue(`INSERT INTO article_places (article_id, country)
			SELECT * FROM unnest($1::text[], $2::text[])`, plArticle, plCountry)
	}
	if len(names) > 0 {
		var kind, folded, tagID []string
		for _, k := range names.sorted() {
			kind, folded, tagID = append(kind, k[0]), append(folded, k[1]), append(tagID, k[2])
		}
		b.Queue(`INSERT INTO tag_names (kind, folded, id)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, kind, folded, tagID)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("writing %d articles: %w", n, err)
	}
	return nil
}

func nullInt8(v sql.NullInt64) pgtype.Int8 { return pgtype.Int8{Int64: v.Int64, Valid: v.Valid} }

// foldDiacritics removes combining marks after canonical decomposition
// ("café" → "cafe"), as SQLite's unicode61 tokenizer does with
// remove_diacritics 2, so both backends match the same words.
func foldDiacritics(s string) string {
	if isASCII(s) {
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// tsQuery turns free user text into a websearch_to_tsquery string that
// cannot be misread: each whitespace-separated word becomes a quoted phrase
// (its own double quotes turned into spaces), which PostgreSQL parses with
// the same parser as the article text, and the phrases are ANDed. Operators
// (or, -, quotes) are never interpreted. ok is false when no word is left.
// Diacritics are folded as in the index.
func tsQuery(text string) (query string, ok bool) {
	text = foldDiacritics(strings.ToValidUTF8(text, " "))
	var b strings.Builder
	for _, w := range strings.FieldsFunc(text, isSeparator) {
		if !strings.ContainsFunc(w, isTokenRune) {
			continue
		}
		phrase := strings.ReplaceAll(w, `"`, " ")
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(phrase)
		b.WriteByte('"')
	}
	return b.String(), b.Len() > 0
}

// isPostgresFull reports PostgreSQL's class 53, insufficient resources
// (53100 disk_full, 53200 out_of_memory, 53300 too_many_connections).
func isPostgresFull(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && strings.HasPrefix(pe.Code, "53")
}
