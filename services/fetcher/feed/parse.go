package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Kinds of document Parse reads.
const (
	KindRSS          = "rss"
	KindAtom         = "atom"
	KindJSON         = "json"
	KindSitemap      = "sitemap"
	KindNewsSitemap  = "news_sitemap"
	KindSitemapIndex = "sitemap_index"
)

// Feed is a parsed feed document.
type Feed struct {
	// Kind is one of the Kind constants.
	Kind     string `json:"kind,omitempty"`
	Title    string `json:"title,omitempty"`
	Link     string `json:"link,omitempty"`
	Language string `json:"language,omitempty"`
	// TTL is how long the publisher says the feed stays fresh: RSS <ttl>,
	// else the syndication module's updatePeriod/updateFrequency. Zero when
	// it says nothing.
	TTL   time.Duration `json:"ttl,omitempty"`
	Items []Item        `json:"items"`
	// Sitemaps are a sitemap index's children, newest first.
	Sitemaps []string `json:"sitemaps,omitempty"`
	// Repairs counts the invalid bytes and forbidden control characters
	// replaced by U+FFFD before parsing.
	Repairs int `json:"repairs,omitempty"`
}

// Item is one entry of a feed, whatever its format.
type Item struct {
	Title string `json:"title,omitempty"`
	// Link is absolute, or empty when the item has no usable http(s) link.
	Link       string    `json:"link,omitempty"`
	GUID       string    `json:"guid,omitempty"`
	Summary    string    `json:"summary,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	Updated    time.Time `json:"updated,omitzero"`
	Authors    []string  `json:"authors,omitempty"`
	Categories []string  `json:"categories,omitempty"`
	Language   string    `json:"language,omitempty"`
}

// Parse parses a feed document fetched from feedURL: RSS 0.9x/1.0 (RDF)/2.0,
// Atom 0.3/1.0, JSON Feed 1.x, a plain or Google News sitemap, or a sitemap
// index, any of them gzipped. It is ParseDocument without a Content-Type.
func Parse(data []byte, feedURL string) (*Feed, error) {
	return ParseDocument(data, feedURL, "")
}

// ParseDocument is Parse for a document served with contentType, whose
// charset parameter applies when the document does not declare its own.
// Invalid bytes are repaired rather than fatal (see Feed.Repairs).
func ParseDocument(data []byte, feedURL, contentType string) (*Feed, error) {
	base, err := url.Parse(feedURL)
	if err != nil {
		return nil, fmt.Errorf("parsing feed URL %q: %w", feedURL, err)
	}
	if isGzip(data) {
		if data, err = gunzip(data); err != nil {
			return nil, fmt.Errorf("parsing feed %q: %w", feedURL, err)
		}
	}
	data, repairs, err := decode(data, contentType)
	if err != nil {
		return nil, fmt.Errorf("parsing feed %q: %w", feedURL, err)
	}
	var f *Feed
	switch rootElement(data) {
	case "urlset":
		f, err = parseURLSet(data, base)
	case "sitemapindex":
		f, err = parseIndex(data, base)
	default:
		f, err = parseFeed(data, base, feedURL)
	}
	if f != nil {
		f.Repairs = repairs
	}
	return f, err
}

func parseFeed(data []byte, base *url.URL, feedURL string) (*Feed, error) {
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("parsing feed %q: %w", feedURL, ErrNotFeed)
		}
		return nil, fmt.Errorf("parsing feed %q: %w", feedURL, err)
	}
	f := &Feed{
		Kind:     gf.FeedType,
		TTL:      ttl(gf, data),
		Title:    strings.TrimSpace(gf.Title),
		Link:     resolve(base, gf.Link),
		Language: strings.TrimSpace(gf.Language),
		Items:    make([]Item, 0, len(gf.Items)),
	}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		f.Items = append(f.Items, item(base, gi, f.Language))
	}
	return f, nil
}

func item(base *url.URL, gi *gofeed.Item, feedLang string) Item {
	it := Item{
		Title:      strings.TrimSpace(gi.Title),
		GUID:       strings.TrimSpace(gi.GUID),
		Summary:    strings.TrimSpace(gi.Description),
		Categories: nonEmpty(gi.Categories),
		Language:   feedLang,
	}
	link := strings.TrimSpace(gi.Link)
	if link == "" && len(gi.Links) > 0 {
		link = strings.TrimSpace(gi.Links[0])
	}
	if link == "" && isHTTPURL(it.GUID) {
		// RSS allows the guid to be the only permalink.
		link = it.GUID
	}
	it.Link = resolve(base, link)
	it.Published = date(gi.Published, gi.PublishedParsed)
	it.Updated = date(gi.Updated, gi.UpdatedParsed)
	for _, p := range gi.Authors {
		if p == nil {
			continue
		}
		name := strings.TrimSpace(p.Name)
		if name == "" {
			name = strings.TrimSpace(p.Email)
		}
		if name != "" && !slices.Contains(it.Authors, name) {
			it.Authors = append(it.Authors, name)
		}
	}
	if dc := gi.DublinCoreExt; dc != nil && len(dc.Language) > 0 && strings.TrimSpace(dc.Language[0]) != "" {
		it.Language = strings.TrimSpace(dc.Language[0])
	}
	return it
}

// date prefers ParseDate, which knows named zones gofeed reads as UTC, and
// falls back on gofeed's reading.
func date(raw string, parsed *time.Time) time.Time {
	if t, ok := ParseDate(raw); ok {
		return t
	}
	if parsed != nil {
		return parsed.UTC()
	}
	return time.Time{}
}

var rssTTL = regexp.MustCompile(`(?i)<ttl>\s*(\d{1,6})\s*</ttl>`)

// ttl reads RSS <ttl> (minutes), else sy:updatePeriod / sy:updateFrequency.
func ttl(gf *gofeed.Feed, data []byte) time.Duration {
	if gf.FeedType == KindRSS {
		head := data[:min(len(data), 64<<10)] // <ttl> sits in the channel head
		if m := rssTTL.FindSubmatch(head); m != nil {
			if n, err := strconv.Atoi(string(m[1])); err == nil && n > 0 {
				return time.Duration(n) * time.Minute
			}
		}
	}
	sy := gf.Extensions["sy"]
	if sy == nil {
		return 0
	}
	period := map[string]time.Duration{"hourly": time.Hour, "daily": 24 * time.Hour, "weekly": 7 * 24 * time.Hour, "monthly": 30 * 24 * time.Hour, "yearly": 365 * 24 * time.Hour}
	p := 24 * time.Hour
	if e := sy["updatePeriod"]; len(e) > 0 {
		d, ok := period[strings.ToLower(strings.TrimSpace(e[0].Value))]
		if !ok {
			return 0
		}
		p = d
	}
	freq := 1
	if e := sy["updateFrequency"]; len(e) > 0 {
		if n, err := strconv.Atoi(strings.TrimSpace(e[0].Value)); err == nil && n > 0 {
			freq = n
		}
	}
	if len(sy["updatePeriod"]) == 0 && len(sy["updateFrequency"]) == 0 {
		return 0
	}
	return p / time.Duration(freq)
}

// resolve makes ref absolute against base, and drops it unless it is http(s):
// a javascript: or mailto: link is not an article.
func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	abs := base.ResolveReference(r)
	if (abs.Scheme != "http" && abs.Scheme != "https") || abs.Host == "" {
		return ""
	}
	return abs.String()
}

func isHTTPURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func nonEmpty(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
