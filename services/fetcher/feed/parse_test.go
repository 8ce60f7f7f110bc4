package feed

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestParseGolden(t *testing.T) {
	tests := []struct{ file, feedURL string }{
		{"rss.xml", "http://news.test/feeds/rss.xml"},
		{"atom.xml", "http://news.test/feeds/atom.xml"},
		{"feed.json", "http://news.test/feeds/feed.json"},
		{"relative.rss", "https://rel.example/feeds/latest/rss.xml"},
		{"xmlbase.atom", "https://elsewhere.example/atom.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			require.NoError(t, err)
			f, err := Parse(data, tt.feedURL)
			require.NoError(t, err)
			got, err := json.MarshalIndent(f, "", "  ")
			require.NoError(t, err)
			golden := filepath.Join("testdata", tt.file+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

// The three fixture feeds describe the same five stories; whatever the
// format, the fetcher must see the same links, times and titles.
func TestParseFormatsAgree(t *testing.T) {
	var feeds []*Feed
	for _, file := range []string{"rss.xml", "atom.xml", "feed.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		require.NoError(t, err)
		f, err := Parse(data, "http://news.test/feeds/"+file)
		require.NoError(t, err)
		require.Len(t, f.Items, 5, file)
		feeds = append(feeds, f)
	}
	for i := range feeds[0].Items {
		for _, f := range feeds[1:] {
			a, b := feeds[0].Items[i], f.Items[i]
			assert.Equal(t, a.Link, b.Link)
			assert.Equal(t, a.Title, b.Title)
			assert.True(t, a.Published.Equal(b.Published), "%v != %v", a.Published, b.Published)
			assert.Equal(t, "en", b.Language)
			assert.NotEmpty(t, b.Authors)
		}
	}
}

func TestParseLinks(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "relative.rss"))
	require.NoError(t, err)
	f, err := Parse(data, "https://rel.example/feeds/latest/rss.xml")
	require.NoError(t, err)
	require.Len(t, f.Items, 3)
	assert.Equal(t, "https://rel.example/feeds/news/1.html", f.Items[0].Link)
	assert.Equal(t, "https://other.example/story/2", f.Items[1].Link, "permalink guid is the link")
	assert.Empty(t, f.Items[2].Link, "javascript: links are dropped")

	data, err = os.ReadFile(filepath.Join("testdata", "xmlbase.atom"))
	require.NoError(t, err)
	f, err = Parse(data, "https://elsewhere.example/atom.xml")
	require.NoError(t, err)
	require.Len(t, f.Items, 2)
	assert.Equal(t, "https://base.example/section/sub/story.html", f.Items[0].Link)
	assert.Equal(t, "https://base.example/other.html", f.Items[1].Link)
}

func TestParseErrors(t *testing.T) {
	_, err := Parse([]byte("<html><body>not a feed</body></html>"), "https://example.com/")
	require.ErrorIs(t, err, ErrNotFeed)
	_, err = Parse([]byte(`<rss version="2.0"><channel><item><title>x`), "https://example.com/")
	require.Error(t, err)
}

func FuzzFeed(f *testing.F) {
	for _, file := range []string{"rss.xml", "atom.xml", "feed.json", "relative.rss", "xmlbase.atom"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		require.NoError(f, err)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		parsed, err := Parse(data, "https://example.com/feed")
		if err != nil {
			return
		}
		for _, it := range parsed.Items {
			if it.Link != "" && !isHTTPURL(it.Link) {
				t.Fatalf("item link %q is not absolute http(s)", it.Link)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "rss.xml"))
	require.NoError(b, err)
	items := 0
	for b.Loop() {
		f, err := Parse(data, "http://news.test/feeds/rss.xml")
		if err != nil {
			b.Fatal(err)
		}
		items += len(f.Items)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
	b.ReportMetric(float64(len(data))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}
