package api

import (
	"encoding/csv"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/sink/store"
)

// TestSearchByLabelNameAndAgo checks the filters an analyst types: a topic
// by label, an actor id in another case or by name, "since=7d".
func TestSearchByLabelNameAndAgo(t *testing.T) {
	logger := slog.New(slog.DiscardHandler)
	s, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "api.db"), logger)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	kabul := article("kabul", 0, "isis-k", "AF", "Bombing in Kabul")
	kabul.Actors[0].Name = "Islamic State Khorasan Province"
	kabul.Topics = append(kabul.Topics, &newsv1.TopicTag{Code: "medtop:20000103", Label: "terrorism", Score: 0.9})
	_, err = s.Upsert(t.Context(), []*newsv1.TaggedArticle{
		kabul,
		article("raid", 5, "al-shabaab", "SO", "Raid in Mogadishu"),
		article("hack", 9, "apt28", "UA", "Grid hack"),
	})
	require.NoError(t, err)
	// "Now" is three days after hack: 7d reaches back to raid, not kabul.
	now := baseTime.AddDate(0, 0, 12)
	srv := httptest.NewServer(newWithClock(s, logger, func() time.Time { return now }))
	t.Cleanup(srv.Close)

	tests := []struct {
		query string
		want  []string
	}{
		{"topic=terrorism", []string{"kabul"}},
		{"topic=Terrorism", []string{"kabul"}},
		{"topic=medtop:20000103", []string{"kabul"}},
		{"topic=sport", nil},
		{"actor=ISIS-K", []string{"kabul"}},
		{"actor=islamic+state+khorasan+province", []string{"kabul"}},
		{"since=7d", []string{"hack", "raid"}},
		{"since=1w", []string{"hack", "raid"}},
		{"since=100h", []string{"hack"}},
		{"since=30d&until=4d", []string{"raid", "kabul"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var body listBody
			require.Equal(t, 200, getJSON(t, srv.URL+"/v1/articles?"+tt.query, &body), body.Error)
			require.Equal(t, tt.want, body.ids())
		})
	}
	for _, bad := range []string{"since=0d", "since=-7d", "since=7x", "since=d", "since=99999999999d", "since=1d&until=2d"} {
		var body listBody
		require.Equal(t, 400, getJSON(t, srv.URL+"/v1/articles?"+bad, &body), bad)
		require.NotEmpty(t, body.Error, bad)
	}
}

func TestExportCSV(t *testing.T) {
	evil := article("evil", 1, "", "", "=HYPERLINK(\"http://attacker.test\")")
	evil.Article.Byline = "Reporter, \"Quoted\"\nNext line"
	srv := server(t, article("kabul", 0, "isis-k", "AF", "Bombing in Kabul"), evil)
	resp, err := http.Get(srv.URL + "/v1/export?format=csv")
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	require.Equal(t, 200, resp.StatusCode)
	require.Equal(t, "text/csv; charset=utf-8", resp.Header.Get("Content-Type"))
	rows, err := csv.NewReader(resp.Body).ReadAll()
	require.NoError(t, err)
	require.Equal(t, [][]string{
		csvHeader,
		{"evil", "2026-03-02T12:00:00Z", "example", "", `'=HYPERLINK("http://attacker.test")`, "https://example.test/evil", "Reporter, \"Quoted\"\nNext line", "en", "6", "", "medtop:16000000", "conflict, war and peace", ""},
		{"kabul", "2026-03-01T12:00:00Z", "example", "", "Bombing in Kabul", "https://example.test/kabul", "", "en", "6", "isis-k", "medtop:16000000", "conflict, war and peace", "AF"},
	}, rows)
}
