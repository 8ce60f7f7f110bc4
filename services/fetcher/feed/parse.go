package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feed is a parsed feed document.
type Feed struct {
	Title    string `json:"title,omitempty"`
	Link     string `json:"link,omitempty"`
	Language string `json:"language,omitempty"`
	Items    []Item `json:"items"`
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

// Parse parses a feed document fetched from feedURL.
func Parse(data []byte, feedURL string) (*Feed, error) {
	base, err := url.Parse(feedURL)
	if err != nil {
		return nil, fmt.Errorf("parsing feed URL %q: %w", feedURL, err)
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("parsing feed %q: %w", feedURL, ErrNotFeed)
		}
		return nil, fmt.Errorf("parsing feed %q: %w", feedURL, err)
	}
	f := &Feed{
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
	if gi.PublishedParsed != nil {
		it.Published = gi.PublishedParsed.UTC()
	}
	if gi.UpdatedParsed != nil {
		it.Updated = gi.UpdatedParsed.UTC()
	}
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
