package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"google.golang.org/protobuf/encoding/protojson"

	"github.com/newsflow/newsflow/services/sink/store"
)

func runSearch(ctx context.Context, args []string, std Stdio, getenv func(string) string) (err error) {
	fs := newFlagSet("search", std)
	api := fs.String("api", envOr(getenv, "NEWSFLOW_SINK_URL", "http://127.0.0.1:8080"), "sink query API base URL (NEWSFLOW_SINK_URL; its key, if it needs one, in NEWSFLOW_API_KEY)")
	dbPath := fs.String("db", "", "query this SQLite database file directly instead of the API")
	actor := fs.String("actor", "", "threat actor id, e.g. isis-k")
	topic := fs.String("topic", "", "IPTC Media Topic code, e.g. medtop:20000103")
	country := fs.String("country", "", "ISO 3166-1 alpha-2 country code")
	source := fs.String("source", "", "source token")
	q := fs.String("q", "", "full-text query")
	since := fs.String("since", "", "published at or after: RFC 3339 time, date, or a duration ago (24h)")
	until := fs.String("until", "", "published before: RFC 3339 time, date, or a duration ago")
	limit := fs.Int("limit", 20, "records to print")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow search [--actor ID] [--topic CODE] [--q TEXT] [--since T] [flags]\n\nPrints matching records, newest first, as JSON lines.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	now := time.Now()
	sinceT, err := parseWhen(*since, now)
	if err != nil {
		return fmt.Errorf("%w: --since: %w", errUsage, err)
	}
	untilT, err := parseWhen(*until, now)
	if err != nil {
		return fmt.Errorf("%w: --until: %w", errUsage, err)
	}
	query := store.Query{Actor: *actor, Topic: *topic, Country: *country, Source: *source, Text: *q, Since: sinceT, Until: untilT, Limit: *limit}
	w := bufio.NewWriter(std.Out)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("writing output: %w", ferr)
		}
	}()
	if *dbPath != "" {
		return searchDB(ctx, *dbPath, query, w)
	}
	// The key comes from the environment only: a flag would show in ps.
	return searchAPI(ctx, *api, getenv("NEWSFLOW_API_KEY"), query, w)
}

func searchDB(ctx context.Context, path string, q store.Query, w io.Writer) error {
	db, err := store.Open(ctx, "sqlite://"+path, slog.New(slog.DiscardHandler))
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	defer func() { _ = db.Close() }()
	page, err := db.Search(ctx, q)
	if err != nil {
		return fmt.Errorf("searching: %w", err)
	}
	opts := protojson.MarshalOptions{UseProtoNames: true}
	for _, t := range page.Articles {
		b, err := opts.Marshal(t)
		if err != nil {
			return fmt.Errorf("encoding record: %w", err)
		}
		if err := writeCompactLine(w, b); err != nil {
			return err
		}
	}
	return nil
}

func searchAPI(ctx context.Context, base, key string, q store.Query, w io.Writer) error {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("actor", q.Actor)
	set("topic", q.Topic)
	set("country", q.Country)
	set("source", q.Source)
	set("q", q.Text)
	if !q.Since.IsZero() {
		v.Set("since", q.Since.Format(time.RFC3339))
	}
	if !q.Until.IsZero() {
		v.Set("until", q.Until.Format(time.RFC3339))
	}
	v.Set("limit", strconv.Itoa(q.Limit))
	u := strings.TrimSuffix(base, "/") + "/v1/articles?" + v.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("building request: %w", err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("querying the sink at %s: %w", base, err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return fmt.Errorf("reading the sink's answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("the sink answered %s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var page struct {
		Articles []json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal(body, &page); err != nil {
		return fmt.Errorf("decoding the sink's answer: %w", err)
	}
	for _, a := range page.Articles {
		if err := writeCompactLine(w, a); err != nil {
			return err
		}
	}
	return nil
}

// writeCompactLine writes one JSON value on one line; protojson's
// spacing is deliberately unstable, so it is compacted first.
func writeCompactLine(w io.Writer, b []byte) error {
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return fmt.Errorf("encoding record: %w", err)
	}
	buf.WriteByte('\n')
	_, err := w.Write(buf.Bytes())
	return err
}

// parseWhen accepts an RFC 3339 time, a date, or a duration meaning that
// long before now.
func parseWhen(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time, a date (2006-01-02) or a duration (24h)", s)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
