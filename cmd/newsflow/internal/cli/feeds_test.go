package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/bus/bustest"
	"github.com/newsflow/newsflow/services/fetcher/catalog"
)

func TestFeedsCommand(t *testing.T) {
	// No streams: the feeds command creates the catalog it needs.
	bt := bustest.Start(t, bustest.WithoutProvision())
	env := map[string]string{"NATS_URL": bt.URL}
	run := func(args ...string) (string, int) {
		var out, errb bytes.Buffer
		code := Main(t.Context(), append([]string{"feeds"}, args...), Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}, func(k string) string { return env[k] })
		return out.String() + errb.String(), code
	}
	out, code := run("add", "https://a.example/rss.xml", "--source", "a", "--interval", "10m", "--header", "Cookie=consent=1")
	require.Equal(t, 0, code, out)
	_, code = run("add", "ftp://nope", "--source", "a")
	assert.Equal(t, 2, code, "invalid feeds are refused")

	opmlFile := filepath.Join(t.TempDir(), "subs.opml")
	require.NoError(t, os.WriteFile(opmlFile, []byte(`<opml version="2.0"><body><outline text="Folder"><outline text="B News" xmlUrl="https://b.example/feed"/></outline></body></opml>`), 0o600))
	out, code = run("import-opml", opmlFile)
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "added https://b.example/feed (b-news)")

	out, code = run("disable", "https://b.example/feed")
	require.Equal(t, 0, code, out)
	out, code = run("ls", "--json")
	require.Equal(t, 0, code, out)
	rows := map[string]feedRow{}
	for line := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		var r feedRow
		require.NoError(t, json.Unmarshal([]byte(line), &r))
		rows[r.URL] = r
	}
	require.Len(t, rows, 2)
	assert.Equal(t, "new", rows["https://a.example/rss.xml"].Status)
	assert.False(t, rows["https://a.example/rss.xml"].NextPoll.IsZero(), "a new feed is due at once")
	assert.Equal(t, "disabled", rows["https://b.example/feed"].Status)

	out, code = run("enable", "https://b.example/feed")
	require.Equal(t, 0, code, out)
	out, code = run("ls")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "NEXT POLL")
	assert.NotContains(t, out, "disabled")

	// A feed URL's credentials, and an error message quoting it (as an
	// older fetcher stored it), never reach the output.
	secretURL := "https://carol:pw-s3cr3t@c.example/rss?key=k-s3cr3t"
	out, code = run("add", secretURL, "--source", "c")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "added https://REDACTED@c.example/rss?key=REDACTED (c)")
	cat, err := catalog.Open(t.Context(), bt.JS, catalog.Config{})
	require.NoError(t, err)
	require.NoError(t, cat.Modify(t.Context(), secretURL, func(s *catalog.State) {
		s.ConsecutiveFailures, s.LastError, s.LastErrorKind = 1, `fetching feed "`+secretURL+`": HTTP 500`, "http_5xx"
	}))
	for _, args := range [][]string{{"ls"}, {"ls", "--json"}} {
		out, code = run(args...)
		require.Equal(t, 0, code, out)
		assert.Contains(t, out, "c.example/rss?key=REDACTED")
		assert.Contains(t, out, "http_5xx")
		for _, secret := range []string{"carol", "pw-s3cr3t", "k-s3cr3t"} {
			assert.NotContains(t, out, secret, "feeds %v", args)
		}
	}

	out, code = run("rm", "https://a.example/rss.xml")
	require.Equal(t, 0, code, out)
	_, code = run("rm", "https://a.example/rss.xml")
	assert.Equal(t, 1, code)
	_, code = run("frobnicate")
	assert.Equal(t, 2, code)
}
