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
	"text/tabwriter"
	"time"

	"google.golang.org/protobuf/encoding/protojson"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
	"github.com/newsflow/newsflow/services/sink/store"
)

func runSearch(ctx context.Context, args []string, std Stdio, getenv func(string) string) (err error) {
	fs := newFlagSet("search", std)
	api := fs.String("api", envOr(getenv, "NEWSFLOW_SINK_URL", "http://127.0.0.1:8080"), "sink query API base URL (NEWSFLOW_SINK_URL; its key, if it needs one, in NEWSFLOW_API_KEY)")
	dbPath := fs.String("db", "", "query this SQLite database file directly instead of the API")
	actor := fs.String("actor", "", "threat actor id or name, any case, e.g. isis-k or ISIS-K")
	topic := fs.String("topic", "", "IPTC Media Topic label or code, e.g. terrorism, medtop:20000103 or 20000103")
	country := fs.String("country", "", "ISO 3166-1 alpha-2 country code")
	source := fs.String("source", "", "source token")
	q := fs.String("q", "", "full-text query")
	since := fs.String("since", "", "published at or after: RFC 3339 time, date, or a duration ago (24h, 7d, 2w)")
	until := fs.String("until", "", "published before: RFC 3339 time, date, or a duration ago")
	limit := fs.Int("limit", 20, "records to print")
	asJSON := fs.Bool("json", false, "print the records as JSON lines (protojson) instead of a table")
	fs.Usage = func() {
		fmt.Fprintln(std.Err, "usage: newsflow search [--actor ID] [--topic LABEL|CODE] [--q TEXT] [--since T] [--json] [flags]\n\nPrints matching records, newest first: a table, or JSON lines with --json.")
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
	actorID, topicCode, note, err := resolveTags(*actor, *topic)
	if err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if note != "" {
		fmt.Fprintln(std.Err, note)
	}
	query := store.Query{Actor: actorID, Topic: topicCode, Country: *country, Source: *source, Text: *q, Since: sinceT, Until: untilT, Limit: *limit}
	w := bufio.NewWriter(std.Out)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("writing output: %w", ferr)
		}
	}()
	var recs []json.RawMessage
	if *dbPath != "" {
		recs, err = searchDB(ctx, *dbPath, query)
	} else {
		// The key comes from the environment only: a flag would show in ps.
		recs, err = searchAPI(ctx, *api, getenv("NEWSFLOW_API_KEY"), query)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		for _, r := range recs {
			if err := writeCompactLine(w, r); err != nil {
				return err
			}
		}
		return nil
	}
	return printSearchTable(w, recs)
}

// printSearchTable prints one line per record: when, where from, what, and
// its tags.
func printSearchTable(w io.Writer, recs []json.RawMessage) error {
	if len(recs) == 0 {
		_, err := fmt.Fprintln(w, "no matching records")
		return err
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tSOURCE\tTITLE\tACTORS\tTOPICS\tPLACES")
	for _, r := range recs {
		var t newsv1.TaggedArticle
		if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(r, &t); err != nil {
			return fmt.Errorf("decoding record: %w", err)
		}
		a := t.GetArticle()
		when := "-"
		if ts := a.GetPublished(); ts != nil {
			when = ts.AsTime().UTC().Format("2006-01-02 15:04")
		}
		var actors, topics, places []string
		for _, ac := range t.GetActors() {
			actors = append(actors, ac.GetId())
		}
		for _, tp := range t.GetTopics() {
			if !tp.GetInherited() {
				topics = append(topics, tp.GetLabel())
			}
		}
		for _, pl := range t.GetPlaces() {
			places = append(places, pl.GetCountryCode())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", when, a.GetSource(), feedsTruncate(oneLine(a.GetTitle()), 70),
			orDash(strings.Join(actors, ",")), orDash(feedsTruncate(strings.Join(topics, ", "), 50)), orDash(feedsTruncate(strings.Join(places, ","), 24)))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	return nil
}

// resolveTags turns what a person types into the stored ids: an actor id
// in any case, or an actor's name, and a topic's label (any case), its
// Media Topic code, or the code's number. note, when set, is for the
// person: the actor is one a taxonomy merge folded into another.
func resolveTags(actor, topic string) (actorID, topicCode, note string, err error) {
	actor, topic = strings.TrimSpace(actor), strings.TrimSpace(topic)
	if actor == "" && topic == "" {
		return "", "", "", nil
	}
	tax, err := taxonomy.Default()
	if err != nil {
		return "", "", "", fmt.Errorf("loading taxonomy: %w", err)
	}
	if actor != "" {
		actor = resolveActor(tax, actor)
		note = formerActorNote(tax, actor)
	}
	if topic != "" {
		if topic, err = resolveTopic(tax, topic); err != nil {
			return "", "", "", err
		}
	}
	return actor, topic, note, nil
}

func resolveActor(tax *taxonomy.Taxonomy, s string) string {
	id := strings.ToLower(s)
	if _, ok := tax.Actor(id); ok {
		return id
	}
	for _, a := range tax.Actors {
		if strings.EqualFold(a.Name, s) {
			return a.ID
		}
	}
	// An id of another taxonomy version: the store may still hold it.
	return id
}

// formerActorNote tells, for an actor id a taxonomy merge folded into
// another actor, where the records tagged since went: the search still
// finds what was stored under the id asked for.
func formerActorNote(tax *taxonomy.Taxonomy, id string) string {
	a, ok := tax.Successor(id)
	if !ok {
		return ""
	}
	return fmt.Sprintf("note: actor %s was folded into %s (%s) in taxonomy %s; records tagged since are under --actor %s", id, a.ID, a.Name, tax.Version(), a.ID)
}

func resolveTopic(tax *taxonomy.Taxonomy, s string) (string, error) {
	code := s
	if _, err := strconv.ParseUint(s, 10, 64); err == nil {
		code = "medtop:" + s
	}
	if _, ok := tax.Topic(strings.ToLower(code)); ok {
		return strings.ToLower(code), nil
	}
	var matches, near []string
	for _, tp := range tax.Topics {
		switch {
		case strings.EqualFold(tp.Label, s):
			matches = append(matches, tp.Code)
		case len(near) < 5 && strings.Contains(strings.ToLower(tp.Label), strings.ToLower(s)):
			near = append(near, fmt.Sprintf("%q (%s)", tp.Label, tp.Code))
		}
	}
	switch {
	case len(matches) == 1:
		return matches[0], nil
	case len(matches) > 1:
		return "", fmt.Errorf("--topic %q names several topics (%s): give the code", s, strings.Join(matches, ", "))
	case strings.HasPrefix(s, "medtop:"):
		return s, nil // a code this taxonomy does not know: the store may
	case len(near) > 0:
		return "", fmt.Errorf("--topic %q is no topic's label; did you mean %s?", s, strings.Join(near, ", "))
	}
	return "", fmt.Errorf("--topic %q is no topic's label or code (see the labels in newsflow search --json output)", s)
}

func searchDB(ctx context.Context, path string, q store.Query) ([]json.RawMessage, error) {
	db, err := store.Open(ctx, "sqlite://"+path, slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer func() { _ = db.Close() }()
	page, err := db.Search(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("searching: %w", err)
	}
	opts := protojson.MarshalOptions{UseProtoNames: true}
	out := make([]json.RawMessage, 0, len(page.Articles))
	for _, t := range page.Articles {
		b, err := opts.Marshal(t)
		if err != nil {
			return nil, fmt.Errorf("encoding record: %w", err)
		}
		out = append(out, b)
	}
	return out, nil
}

func searchAPI(ctx context.Context, base, key string, q store.Query) ([]json.RawMessage, error) {
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
		return nil, fmt.Errorf("building request: %w", err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("querying the sink at %s: %w", base, err)
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return nil, fmt.Errorf("reading the sink's answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the sink answered %s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var page struct {
		Articles []json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal(body, &page); err != nil {
		return nil, fmt.Errorf("decoding the sink's answer: %w", err)
	}
	return page.Articles, nil
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
	if t, ok := ago(s, now); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time, a date (2006-01-02) or a duration (24h, 7d, 2w)", s)
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// ago is now minus a duration: Go's (90m, 24h) plus days and weeks, which
// time.ParseDuration lacks (7d, 2w, 1d12h); calendar days, so 7d is the
// same wall-clock time a week ago across a DST change.
func ago(s string, now time.Time) (time.Time, bool) {
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), true
	}
	if n, rest, ok := cutCount(s, 'w'); ok {
		return agoRest(rest, now.AddDate(0, 0, -7*n))
	}
	if n, rest, ok := cutCount(s, 'd'); ok {
		return agoRest(rest, now.AddDate(0, 0, -n))
	}
	return time.Time{}, false
}

func agoRest(rest string, t time.Time) (time.Time, bool) {
	if rest == "" {
		return t, true
	}
	return ago(rest, t)
}

// cutCount splits "7d12h" at unit into 7 and "12h".
func cutCount(s string, unit byte) (int, string, bool) {
	i := strings.IndexByte(s, unit)
	if i <= 0 {
		return 0, "", false
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil || n <= 0 || n > 100000 {
		return 0, "", false
	}
	return n, s[i+1:], true
}
