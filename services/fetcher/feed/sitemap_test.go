package feed

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNewsSitemap(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "news-sitemap.xml"))
	require.NoError(t, err)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(data)
	require.NoError(t, zw.Close())
	for name, doc := range map[string][]byte{"plain": data, "gzipped": gz.Bytes()} {
		t.Run(name, func(t *testing.T) {
			f, err := Parse(doc, "https://gazette.example/sitemaps/news.xml")
			require.NoError(t, err)
			assert.Equal(t, KindNewsSitemap, f.Kind)
			assert.Equal(t, "The Gazette", f.Title)
			require.Len(t, f.Items, 3)
			it := f.Items[0]
			assert.Equal(t, "https://gazette.example/world/2024/07/27/story.html", it.Link)
			assert.Equal(t, "Officials warn of ISIS-K threat ahead of the Games", it.Title)
			assert.Equal(t, time.Date(2024, 7, 27, 7, 0, 0, 0, time.UTC), it.Published)
			assert.Equal(t, "en", it.Language)
			assert.Equal(t, []string{"security", "Olympics", "France"}, it.Categories)
			assert.Equal(t, "https://gazette.example/relative/story.html", f.Items[1].Link)
			assert.Equal(t, time.Date(2024, 7, 26, 0, 0, 0, 0, time.UTC), f.Items[1].Updated)
			assert.Empty(t, f.Items[2].Link)
		})
	}
}

func TestParseSitemapIndex(t *testing.T) {
	f, err := Parse([]byte(`<?xml version="1.0"?>
<!-- generated -->
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <sitemap><loc>https://x.example/a.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
 <sitemap><loc>/b.xml.gz</loc><lastmod>2024-07-01T00:00:00Z</lastmod></sitemap>
 <sitemap><loc>https://x.example/c.xml</loc></sitemap>
</sitemapindex>`), "https://x.example/sitemap.xml")
	require.NoError(t, err)
	assert.Equal(t, KindSitemapIndex, f.Kind)
	assert.Empty(t, f.Items)
	assert.Equal(t, []string{"https://x.example/b.xml.gz", "https://x.example/a.xml", "https://x.example/c.xml"}, f.Sitemaps)
}

func TestParseGzipBomb(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte("<urlset>"))
	_, _ = zw.Write(make([]byte, MaxSitemapBytes))
	require.NoError(t, zw.Close())
	_, err := Parse(gz.Bytes(), "https://x.example/s.xml.gz")
	require.ErrorIs(t, err, ErrTooLarge)
}

func TestParseTTL(t *testing.T) {
	f, err := Parse([]byte(`<rss version="2.0"><channel><title>t</title><ttl>45</ttl><item><link>/a</link></item></channel></rss>`), "https://x.example/f")
	require.NoError(t, err)
	assert.Equal(t, 45*time.Minute, f.TTL)
	f, err = Parse([]byte(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="https://x.example/"><title>rdf</title><link>https://x.example/</link><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>
<item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link></item></rdf:RDF>`), "https://x.example/f")
	require.NoError(t, err)
	assert.Equal(t, KindRSS, f.Kind)
	assert.Equal(t, 30*time.Minute, f.TTL)
	require.Len(t, f.Items, 1)
}

func TestParseOldFormats(t *testing.T) {
	for name, doc := range map[string]string{
		"rss 0.91": `<rss version="0.91"><channel><title>t</title><item><title>x</title><link>https://x.example/091</link></item></channel></rss>`,
		"atom 0.3": `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><entry><title>x</title><link rel="alternate" href="https://x.example/03"/><issued>2024-07-27T10:00:00Z</issued></entry></feed>`,
		"json 1.1": `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"/json","date_published":"2024-07-27T10:00:00+03:00"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			f, err := Parse([]byte(doc), "https://x.example/feed")
			require.NoError(t, err)
			require.Len(t, f.Items, 1)
			assert.Contains(t, f.Items[0].Link, "https://x.example/")
		})
	}
}

func TestParseDate(t *testing.T) {
	utc := func(h, m int) time.Time { return time.Date(2024, 3, 26, h, m, 0, 0, time.UTC) }
	for in, want := range map[string]time.Time{
		"Tue, 26 Mar 2024 10:00:00 MSK":        utc(7, 0),
		"Tue, 26 Mar 2024 10:00:00 IST":        utc(4, 30),
		"Tue, 26 Mar 2024 10:00:00 EST":        utc(15, 0),
		"Tue, 26 Mar 2024 10:00:00 CEST":       utc(8, 0),
		"Tue, 26 Mar 2024 10:00:00 GMT+3":      utc(7, 0),
		"Tue, 26 Mar 2024 10:00:00 +0300":      utc(7, 0),
		"26 Mar 2024 10:00 +0300":              utc(7, 0),
		"Tuesday, 26 March 2024 10:00 PDT":     utc(17, 0),
		"March 26, 2024 - 10:00":               utc(10, 0),
		"March 26, 2024 10:00 AEDT":            time.Date(2024, 3, 25, 23, 0, 0, 0, time.UTC),
		"2024-03-26T10:00:00+03:00":            utc(7, 0),
		"2024-03-26T10:00Z":                    utc(10, 0),
		"2024-03-26 10:00:00":                  utc(10, 0),
		"2024-03-26":                           utc(0, 0),
		"  Tue,  26 Mar 2024  10:00:00 (UTC) ": utc(10, 0),
		"Mar 26, 2024 10:00 AM":                utc(10, 0),
	} {
		got, ok := ParseDate(in)
		if assert.True(t, ok, in) {
			assert.Equal(t, want, got, in)
		}
	}
	for _, bad := range []string{"", "yesterday", "32 Mar 2024", "2024-13-01"} {
		_, ok := ParseDate(bad)
		assert.False(t, ok, bad)
	}
}

func FuzzSitemap(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "news-sitemap.xml"))
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte(`<sitemapindex><sitemap><loc>/a.xml</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>`))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		parsed, err := Parse(data, "https://example.com/sitemap.xml")
		if err != nil {
			return
		}
		for _, it := range parsed.Items {
			if it.Link != "" && !isHTTPURL(it.Link) {
				t.Fatalf("item link %q is not absolute http(s)", it.Link)
			}
		}
		for _, s := range parsed.Sitemaps {
			if !isHTTPURL(s) {
				t.Fatalf("child sitemap %q is not absolute http(s)", s)
			}
		}
	})
}

func FuzzDate(f *testing.F) {
	f.Add("Tue, 26 Mar 2024 10:00:00 MSK")
	f.Add("2024-03-26T10:00:00+03:00")
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := ParseDate(s); ok && got.Location() != time.UTC {
			t.Fatalf("%q parsed to non-UTC %v", s, got)
		}
	})
}
