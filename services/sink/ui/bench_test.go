package ui

import (
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/newsflow/newsflow/services/sink/api"
	"github.com/newsflow/newsflow/services/sink/store"
)

// BenchmarkPages serves UI pages over the demo records in-process, beside
// the JSON API answering the same search as a reference: the UI's page
// runs the search plus the facet, total (and, for tag pages, timeline)
// queries and renders HTML.
func BenchmarkPages(b *testing.B) {
	logger := slog.New(slog.DiscardHandler)
	s, err := store.Open(b.Context(), filepath.Join(b.TempDir(), "ui.db"), logger)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	recs := demoRecords(b)
	if _, err := s.Upsert(b.Context(), recs); err != nil {
		b.Fatal(err)
	}
	h := Mount(api.New(s, logger), s, logger)
	id := recs[1].GetArticle().GetId()
	for _, tt := range []struct{ name, path string }{
		{"api_search", "/v1/articles?topic=terrorism&actor=ISIS-K"},
		{"ui_search", "/?topic=terrorism&actor=ISIS-K"},
		{"ui_article", "/article/" + id},
		{"ui_actor", "/actor/isis-k"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequestWithContext(b.Context(), "GET", tt.path, nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", tt.path, rec.Code)
				}
			}
		})
	}
}
