package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsflow/newsflow/services/fetcher/catalog"
	"github.com/newsflow/newsflow/services/fetcher/feedlist"
	"github.com/newsflow/newsflow/services/fetcher/opml"
	"github.com/newsflow/newsflow/services/fetcher/redact"
)

const feedsUsage = `usage: newsflow feeds COMMAND [flags]

Edits the fetcher's run-time feed list and shows feed health, in the
JetStream KV buckets NEWSFLOW_FEEDS and NEWSFLOW_FEED_STATE (NATS_URL).
Running fetchers pick changes up at once.

commands:
  add URL --source ID [--interval D] [--language L] [--user-agent UA] [--header K=V]...
  rm URL
  ls [--json]                  every feed with its health
  import-opml FILE [--interval D] [--source ID]
  enable URL                   re-enable a feed disabled after failures
  disable URL
`

type headerFlags map[string]string

func (h headerFlags) String() string { return fmt.Sprint(map[string]string(h)) }
func (h headerFlags) Set(v string) error {
	k, val, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(k) == "" {
		return fmt.Errorf("header %q: want NAME=VALUE", v)
	}
	h[strings.TrimSpace(k)] = val
	return nil
}

func runFeeds(ctx context.Context, args []string, std Stdio, getenv func(string) string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(std.Err, feedsUsage)
		if len(args) == 0 {
			return errUsage
		}
		return flag.ErrHelp
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("feeds "+sub, std)
	conn := natsFlags(fs, getenv)
	source := fs.String("source", "", "source id ([a-z0-9_-]+)")
	interval := fs.Duration("interval", 0, "poll interval (0: the fetcher's default)")
	language := fs.String("language", "", "BCP 47 language hint")
	userAgent := fs.String("user-agent", "", "User-Agent override")
	headers := headerFlags{}
	fs.Var(headers, "header", "extra request header NAME=VALUE (repeatable)")
	asJSON := fs.Bool("json", false, "ls: one JSON object per feed")
	fs.Usage = func() { fmt.Fprint(std.Err, feedsUsage); fs.PrintDefaults() }
	// Flags may follow the positional argument: newsflow feeds add URL --source x.
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	want := map[string]int{"add": 1, "rm": 1, "ls": 0, "import-opml": 1, "enable": 1, "disable": 1}
	n, ok := want[sub]
	if !ok {
		return fmt.Errorf("%w: unknown feeds command %q", errUsage, sub)
	}
	if len(pos) != n {
		return fmt.Errorf("%w: feeds %s takes %d argument(s)", errUsage, sub, n)
	}
	var opmlData []byte
	if sub == "import-opml" {
		var err error
		if opmlData, err = os.ReadFile(pos[0]); err != nil {
			return fmt.Errorf("reading %s: %w", pos[0], err)
		}
	}
	nc, js, err := connectJS(ctx, conn, "newsflow-feeds")
	if err != nil {
		return err
	}
	defer nc.Close()
	cat, err := catalog.Open(ctx, js, catalog.Config{})
	if err != nil {
		return err
	}
	switch sub {
	case "add":
		e := catalog.Entry{URL: pos[0], Source: *source, Interval: *interval, Language: *language, UserAgent: *userAgent}
		if len(headers) > 0 {
			e.Headers = headers
		}
		return feedsAdd(ctx, cat, []catalog.Entry{e}, std.Out)
	case "rm":
		if err := cat.Remove(ctx, pos[0]); err != nil {
			return err
		}
		fmt.Fprintf(std.Out, "removed %s\n", redact.URL(pos[0]))
		return nil
	case "ls":
		return feedsList(ctx, cat, *asJSON, std.Out)
	case "import-opml":
		subs, err := opml.Parse(opmlData, "")
		if err != nil {
			return fmt.Errorf("reading %s: %w", pos[0], err)
		}
		entries := make([]catalog.Entry, 0, len(subs))
		for _, s := range subs {
			src := s.Source
			if *source != "" {
				src = *source
			}
			entries = append(entries, catalog.Entry{URL: s.URL, Source: src, Title: s.Title, Interval: *interval, Language: s.Language, UserAgent: *userAgent})
		}
		return feedsAdd(ctx, cat, entries, std.Out)
	case "enable", "disable":
		if _, err := cat.StateOf(ctx, pos[0]); err != nil && !errors.Is(err, catalog.ErrNotFound) {
			return err
		}
		enable := sub == "enable"
		err := cat.Modify(ctx, pos[0], func(s *catalog.State) {
			s.Disabled = !enable
			s.DisabledReason, s.DisabledByFailures = "", false
			if enable {
				s.ConsecutiveFailures = 0
				s.NextPoll = time.Now().UTC()
			} else {
				s.DisabledReason = "disabled by hand"
			}
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(std.Out, "%sd %s\n", sub, redact.URL(pos[0]))
		return nil
	}
	return nil
}

// feedsAdd validates entries as the YAML list would and stores them; each
// is due at once.
func feedsAdd(ctx context.Context, cat *catalog.Catalog, entries []catalog.Entry, out io.Writer) error {
	fl := make([]feedlist.Entry, len(entries))
	for i, e := range entries {
		fl[i] = feedlist.Entry{URL: e.URL, Source: e.Source, Interval: e.Interval, Language: e.Language, UserAgent: e.UserAgent, Headers: e.Headers}
	}
	if _, err := feedlist.Convert(feedlist.Entry{}, fl); err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	for _, e := range entries {
		if err := cat.Add(ctx, e); err != nil {
			return err
		}
		if err := cat.Modify(ctx, e.URL, func(s *catalog.State) {
			if s.LastPoll.IsZero() {
				s.Source = e.Source
				s.NextPoll = time.Now().UTC()
			}
		}); err != nil {
			return err
		}
		fmt.Fprintf(out, "added %s (%s)\n", redact.URL(e.URL), e.Source)
	}
	return nil
}

type feedRow struct {
	URL                 string    `json:"url"`
	Source              string    `json:"source"`
	Origin              string    `json:"origin"` // "kv" or "file" (known only from its state)
	Status              string    `json:"status"`
	LastSuccess         time.Time `json:"last_success,omitzero"`
	LastError           string    `json:"last_error,omitempty"`
	LastErrorKind       string    `json:"last_error_kind,omitempty"`
	LastErrorAt         time.Time `json:"last_error_at,omitzero"`
	ConsecutiveFailures int       `json:"consecutive_failures"`
	ItemsSeen           int64     `json:"items_seen"`
	NextPoll            time.Time `json:"next_poll,omitzero"`
	Interval            string    `json:"interval,omitempty"`
	PolledBy            string    `json:"polled_by,omitempty"`
}

func feedsList(ctx context.Context, cat *catalog.Catalog, asJSON bool, out io.Writer) error {
	entries, err := cat.Entries(ctx)
	if err != nil {
		return err
	}
	states, err := cat.States(ctx)
	if err != nil {
		return err
	}
	rows := map[string]*feedRow{}
	for _, e := range entries {
		rows[catalog.Key(e.URL)] = &feedRow{URL: e.URL, Source: e.Source, Origin: "kv", Status: "new"}
	}
	now := time.Now()
	for k, v := range states {
		r, ok := rows[k]
		if !ok {
			r = &feedRow{URL: v.URL, Source: v.Source, Origin: "file"}
			rows[k] = r
		}
		r.LastSuccess, r.LastError, r.LastErrorKind, r.LastErrorAt = v.LastSuccess, v.LastError, v.LastErrorKind, v.LastErrorAt
		r.ConsecutiveFailures, r.ItemsSeen, r.NextPoll, r.PolledBy = v.ConsecutiveFailures, v.ItemsSeen, v.NextPoll, v.PolledBy
		if v.Interval > 0 {
			r.Interval = v.Interval.String()
		}
		switch {
		case v.Disabled:
			r.Status = "disabled"
		case v.Leased(now):
			r.Status = "polling"
		case v.ConsecutiveFailures > 0:
			r.Status = "failing"
		case !v.LastSuccess.IsZero():
			r.Status = "ok"
		default:
			r.Status = "new"
		}
	}
	list := make([]*feedRow, 0, len(rows))
	for _, r := range rows {
		// A feed URL's credentials stay in the catalog; what is shown
		// (and pasted into tickets) never carries them.
		r.URL, r.LastError = redact.URL(r.URL), redact.Text(r.LastError)
		list = append(list, r)
	}
	slices.SortFunc(list, func(a, b *feedRow) int { return strings.Compare(a.Source+a.URL, b.Source+b.URL) })
	if asJSON {
		enc := json.NewEncoder(out)
		for _, r := range list {
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("writing: %w", err)
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tURL\tSTATUS\tLAST SUCCESS\tFAILURES\tLAST ERROR\tITEMS SEEN\tNEXT POLL\tINTERVAL")
	ts := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.UTC().Format(time.RFC3339)
	}
	for _, r := range list {
		lastErr := "-"
		if r.LastError != "" {
			lastErr = r.LastErrorKind + ": " + feedsTruncate(r.LastError, 60)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%s\n", r.Source, r.URL, r.Status, ts(r.LastSuccess), r.ConsecutiveFailures, lastErr, r.ItemsSeen, ts(r.NextPoll), orDash(r.Interval))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	return nil
}

func feedsTruncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
