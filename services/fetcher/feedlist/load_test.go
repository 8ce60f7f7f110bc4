package feedlist

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/fetcher/poll"
)

func TestLoad(t *testing.T) {
	feeds, err := Load(filepath.Join("testdata", "feeds.yaml"))
	require.NoError(t, err)
	assert.Equal(t, []poll.Feed{
		{
			URL: "https://www.example.com/rss.xml", Source: "example", Interval: 10 * time.Minute,
			Language: "en", UserAgent: "newsflow-fetcher/0.1 (+https://example.org/bot)",
			Headers: map[string]string{"X-Env": "prod"},
		},
		{
			URL: "https://news.example.org/atom.xml", Source: "example_org-2", Interval: 90 * time.Second,
			Language: "ru", UserAgent: "newsflow-fetcher/0.1 (+https://example.org/bot)",
			Headers: map[string]string{"X-Env": "prod", "Cookie": "consent=1"},
		},
	}, feeds)
}

func TestParseList(t *testing.T) {
	feeds, err := Parse([]byte(`
- url: http://a.example/feed.json
  source: a
- url: http://b.example/rss
  source: b
  interval: 1h
`))
	require.NoError(t, err)
	require.Len(t, feeds, 2)
	assert.Zero(t, feeds[0].Interval, "poller default applies")
	assert.Equal(t, time.Hour, feeds[1].Interval)
	assert.Nil(t, feeds[0].Headers)
}

func TestParseInvalid(t *testing.T) {
	tests := map[string]string{
		"empty":          ``,
		"no feeds":       `feeds: []`,
		"relative url":   "- {url: /rss.xml, source: a}",
		"ftp url":        "- {url: 'ftp://a.example/rss', source: a}",
		"no host":        "- {url: 'http:///rss', source: a}",
		"missing url":    "- {source: a}",
		"upper source":   "- {url: 'http://a.example/', source: Example}",
		"dotted source":  "- {url: 'http://a.example/', source: a.b}",
		"missing source": "- {url: 'http://a.example/'}",
		"unit-less":      "- {url: 'http://a.example/', source: a, interval: 600}",
		"bad interval":   "- {url: 'http://a.example/', source: a, interval: soon}",
		"negative":       "- {url: 'http://a.example/', source: a, interval: -1m}",
		"unknown key":    "- {url: 'http://a.example/', source: a, intervall: 1m}",
		"duplicate": `
- {url: 'http://a.example/', source: a}
- {url: 'http://a.example/', source: b}`,
		"not yaml": "feeds: [",
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(doc))
			require.ErrorIs(t, err, ErrInvalid)
		})
	}
	_, err := Load(filepath.Join(t.TempDir(), "missing.yaml"))
	require.ErrorIs(t, err, os.ErrNotExist)
}

func FuzzParse(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "feeds.yaml"))
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte("- {url: 'http://a.example/', source: a, interval: 1m}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		feeds, err := Parse(data)
		if err != nil {
			return
		}
		for _, fd := range feeds {
			if !sourceToken.MatchString(fd.Source) {
				t.Fatalf("accepted source %q", fd.Source)
			}
		}
	})
}
