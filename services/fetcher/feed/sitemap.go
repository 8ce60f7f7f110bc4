package feed

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// MaxSitemapBytes is the largest sitemap accepted after gunzip (the
// protocol's limit is 50 MB uncompressed).
const MaxSitemapBytes = 50 << 20

// gunzip undoes a gzipped document (a sitemap.xml.gz served as
// application/gzip rather than with Content-Encoding), within MaxSitemapBytes.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("reading gzip header: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxSitemapBytes+1))
	if err != nil {
		return nil, fmt.Errorf("gunzipping: %w", err)
	}
	if len(out) > MaxSitemapBytes {
		return nil, ErrTooLarge
	}
	return out, nil
}

func isGzip(data []byte) bool { return len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b }

// rootElement is the local name of the document's first element, "" when
// data is not XML.
func rootElement(data []byte) string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	for range 64 { // prolog, comments, doctype
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
	return ""
}

type xmlURLSet struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
		News    *struct {
			Publication struct {
				Name     string `xml:"name"`
				Language string `xml:"language"`
			} `xml:"publication"`
			PublicationDate string `xml:"publication_date"`
			Title           string `xml:"title"`
			Keywords        string `xml:"keywords"`
		} `xml:"news"`
	} `xml:"url"`
}

type xmlSitemapIndex struct {
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

func decodeXML(data []byte, v any) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	if err := d.Decode(v); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("decoding sitemap: %w", err)
	}
	return nil
}

// parseURLSet reads a plain or Google News sitemap: every <url> is an item;
// news:title, news:publication_date, news:language and news:keywords fill
// the item where present, lastmod the Updated time otherwise.
func parseURLSet(data []byte, base *url.URL) (*Feed, error) {
	var us xmlURLSet
	if err := decodeXML(data, &us); err != nil {
		return nil, err
	}
	f := &Feed{Kind: KindSitemap, Items: make([]Item, 0, len(us.URLs))}
	for _, u := range us.URLs {
		loc := strings.TrimSpace(u.Loc)
		it := Item{Link: resolve(base, loc), GUID: loc}
		if t, ok := ParseDate(u.LastMod); ok {
			it.Updated = t
		}
		if n := u.News; n != nil {
			f.Kind = KindNewsSitemap
			it.Title = strings.TrimSpace(n.Title)
			it.Language = strings.TrimSpace(n.Publication.Language)
			if f.Title == "" {
				f.Title = strings.TrimSpace(n.Publication.Name)
			}
			if t, ok := ParseDate(n.PublicationDate); ok {
				it.Published = t
			}
			it.Categories = nonEmpty(strings.Split(n.Keywords, ","))
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// parseIndex reads a sitemap index: its children, newest first (by
// lastmod; those without one last, in document order).
func parseIndex(data []byte, base *url.URL) (*Feed, error) {
	var si xmlSitemapIndex
	if err := decodeXML(data, &si); err != nil {
		return nil, err
	}
	type child struct {
		link string
		mod  time.Time
	}
	var children []child
	for _, s := range si.Sitemaps {
		if link := resolve(base, strings.TrimSpace(s.Loc)); link != "" {
			t, _ := ParseDate(s.LastMod)
			children = append(children, child{link, t})
		}
	}
	slices.SortStableFunc(children, func(a, b child) int { return b.mod.Compare(a.mod) })
	f := &Feed{Kind: KindSitemapIndex, Items: []Item{}}
	for _, c := range children {
		if !slices.Contains(f.Sitemaps, c.link) {
			f.Sitemaps = append(f.Sitemaps, c.link)
		}
	}
	return f, nil
}
