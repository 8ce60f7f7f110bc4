package store

import (
	"fmt"
	"strings"
	"testing"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// benchText is a news-sized paragraph; articles get six (~600 words).
var benchText = strings.Repeat("Officials said the militants attacked the convoy near the border at dawn. ", 8)

func BenchmarkUpsert(b *testing.B) {
	const batch = 100
	s := openTemp(b)
	n := 0
	for b.Loop() {
		recs := make([]*newsv1.TaggedArticle, batch)
		for i := range recs {
			recs[i] = rec(fmt.Sprintf("bench-%08d", n), withActors("isis-k", "al-shabaab"),
				withTopics("medtop:16000000", "medtop:16000001"), withCountries("AF", "PK"),
				withText("Attack on convoy", benchText, benchText, benchText, benchText, benchText, benchText))
			n++
		}
		if _, err := s.Upsert(b.Context(), recs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkUpsertRedelivery(b *testing.B) {
	const batch = 100
	s := openTemp(b)
	recs := make([]*newsv1.TaggedArticle, batch)
	for i := range recs {
		recs[i] = rec(fmt.Sprintf("bench-%08d", i), withActors("isis-k"), withText("Attack", benchText))
	}
	if _, err := s.Upsert(b.Context(), recs); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		if _, err := s.Upsert(b.Context(), recs); err != nil {
			b.Fatal(err)
		}
		n += batch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkSearch(b *testing.B) {
	s := openTemp(b)
	for i := range 20 {
		recs := make([]*newsv1.TaggedArticle, 500)
		for j := range recs {
			k := i*500 + j
			recs[j] = rec(idf(k), withActors(fmt.Sprintf("actor-%d", k%50)), withCountries("AF"), withText("Attack", benchText))
		}
		if _, err := s.Upsert(b.Context(), recs); err != nil {
			b.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name string
		q    Query
	}{
		{"all", Query{}},
		{"actor", Query{Actor: "actor-7"}},
		{"text_matching_all", Query{Text: "convoy border"}},
		{"actor_country", Query{Country: "af", Actor: "actor-3"}},
	} {
		q := tt.q
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(b.Context(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
