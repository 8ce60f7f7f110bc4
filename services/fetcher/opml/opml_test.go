package opml

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "subscriptions.opml"))
	require.NoError(t, err)
	feeds, err := Parse(data, "https://lists.example/me.opml")
	require.NoError(t, err)
	assert.Equal(t, []Feed{
		{URL: "https://gazette.example/world.rss", Title: "The Gazette — World", Source: "the-gazette-world", Category: "News/World"},
		{URL: "https://lists.example/relative/atom.xml", Source: "lists-example", Language: "fr", Category: "News/World"},
	}, feeds)

	_, err = Parse([]byte(`<rss version="2.0"></rss>`), "")
	require.ErrorIs(t, err, ErrNotOPML)
}

func FuzzOPML(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "subscriptions.opml"))
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte(`<opml><body><outline xmlUrl="a"><outline xmlUrl="//x.example/f"/></outline></body></opml>`))
	token := regexp.MustCompile(`^[a-z0-9_-]{1,40}$`)
	f.Fuzz(func(t *testing.T, data []byte) {
		feeds, err := Parse(data, "https://example.com/list.opml")
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, fd := range feeds {
			if !regexp.MustCompile(`^https?://`).MatchString(fd.URL) || seen[fd.URL] {
				t.Fatalf("bad or repeated feed URL %q", fd.URL)
			}
			seen[fd.URL] = true
			if !token.MatchString(fd.Source) {
				t.Fatalf("source %q is not a subject token", fd.Source)
			}
		}
	})
}
