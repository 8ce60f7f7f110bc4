package opml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html/charset"
)

// ErrNotOPML is returned for a document without an <opml> root.
var ErrNotOPML = errors.New("opml: document is not OPML")

// Feed is one subscription.
type Feed struct {
	URL      string
	Title    string
	Source   string
	Language string
	// Category is the path of the folders it sits in ("News/World").
	Category string
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr"`
	Type     string    `xml:"type,attr"`
	XMLURL   string    `xml:"xmlUrl,attr"`
	Language string    `xml:"language,attr"`
	Outlines []outline `xml:"outline"`
}

type document struct {
	XMLName xml.Name `xml:"opml"`
	Head    struct {
		Title string `xml:"title"`
	} `xml:"head"`
	Body struct {
		Outlines []outline `xml:"outline"`
	} `xml:"body"`
}

// maxDepth bounds folder nesting (a hostile file could nest without end).
const maxDepth = 32

// Parse reads an OPML document; base resolves relative xmlUrls (may be empty).
func Parse(data []byte, base string) ([]Feed, error) {
	var doc document
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	if err := d.Decode(&doc); err != nil {
		if strings.Contains(err.Error(), "expected element type <opml>") {
			return nil, ErrNotOPML
		}
		return nil, fmt.Errorf("decoding OPML: %w", err)
	}
	b, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("parsing base URL %q: %w", base, err)
	}
	var out []Feed
	seen := make(map[string]bool)
	var walk func(os []outline, path []string)
	walk = func(os []outline, path []string) {
		if len(path) > maxDepth {
			return
		}
		for _, o := range os {
			name := strings.TrimSpace(o.Title)
			if name == "" {
				name = strings.TrimSpace(o.Text)
			}
			if raw := strings.TrimSpace(o.XMLURL); raw != "" {
				if u := absolute(b, raw); u != "" && !seen[u] {
					seen[u] = true
					out = append(out, Feed{URL: u, Title: name, Source: SourceID(name, u), Language: strings.TrimSpace(o.Language), Category: strings.Join(path, "/")})
				}
			}
			if len(o.Outlines) > 0 {
				walk(o.Outlines, append(slices.Clip(path), name))
			}
		}
	}
	walk(doc.Body.Outlines, nil)
	return out, nil
}

func absolute(base *url.URL, raw string) string {
	r, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	u := base.ResolveReference(r)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

var nonToken = regexp.MustCompile(`[^a-z0-9]+`)

// SourceID makes a subject-safe source token ([a-z0-9_-]+, at most 40
// characters) from a title, else from the feed URL's host.
func SourceID(title, feedURL string) string {
	s := strings.Trim(nonToken.ReplaceAllString(strings.ToLower(title), "-"), "-")
	if s == "" {
		if u, err := url.Parse(feedURL); err == nil {
			s = strings.Trim(nonToken.ReplaceAllString(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), "-"), "-")
		}
	}
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "-")
	}
	if s == "" {
		s = "feed"
	}
	return s
}
