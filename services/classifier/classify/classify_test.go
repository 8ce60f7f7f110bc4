package classify

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

func actorIDs(tags *newsv1.EntryTags) []string {
	out := []string{}
	for _, a := range tags.Actors {
		out = append(out, a.Id)
	}
	sort.Strings(out)
	return out
}

func TestDisambiguation(t *testing.T) {
	c := newTestClassifier(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ISIS-K is not ISIS", "ISIS-K claimed the attack.", []string{"isis-k"}},
		{"ISIS is Islamic State", "ISIS claimed the attack.", []string{"isis"}},
		{"ISIS-linked counts", "Police broke up an ISIS-linked cell.", []string{"isis"}},
		{"ISIS-related counts", "three ISIS-related arrests", []string{"isis"}},
		{"ISIS-Khorasan is isis-k", "ISIS-Khorasan fighters", []string{"isis-k"}},
		{"possessive", "ISIS-K’s clandestine cells", []string{"isis-k"}},
		{"child name does not tag parent", "Islamic State Khorasan Province claimed it.", []string{"isis-k"}},
		{"en dash branch name", "the Islamic State – Khorasan Province (ISKP)", []string{"isis-k"}},
		{"hyphen branch name", "on behalf of the Islamic State - Khorasan Province (ISIS-K)", []string{"isis-k"}},
		{"Wilayat Khorasan", "also known as “Wilayat Khorasan.”", []string{"isis-k"}},
		{"other IS province is isis", "“Wilayat Sinai” (Islamic State – Sinai Province)", []string{"isis"}},
		{"Khorasan region", "an ISIS revival wing named after the historic Khorasan region", []string{"isis"}},
		{"Khorasan region alone", "named after the historical region of Khorasan that included parts of Iran", []string{}},
		{"Khorasan al-Qaeda cell (seed 003)", "He added that security services are concerned that an Al-Qaeda wing known as Khorasan is planning an attack on a major airline.", []string{"al-qaeda", "khorasan-group"}},
		{"Khorasan Group", "US strikes hit the Khorasan Group in Syria.", []string{"khorasan-group"}},
		{"verb is", "This is a test and it is fine. Is it?", []string{}},
		{"IS militants", "IS militants attacked the town.", []string{"isis"}},
		{"IS claimed", "IS claimed responsibility.", []string{"isis"}},
		{"so-called IS", "fighters of the so-called IS returned", []string{"isis"}},
		{"compete with IS", "Al-Qaeda will try to compete with IS with complex actions", []string{"al-qaeda", "isis"}},
		{"shouting headline", "WHAT IS NEXT FOR EUROPE", []string{}},
		{"Islamic groups are not actors", "the target of attacks by Islamic groups and Islamists; Islamic terrorism", []string{}},
		{"jihadist is not an actor", "I don't know a single jihadist in jihadist networks", []string{}},
		{"Taliban-ruled", "deported to Taliban-ruled Afghanistan", []string{"taliban"}},
		{"Pakistani Taliban is TTP", "The Pakistani Taliban claimed it.", []string{"tehrik-e-taliban-pakistan"}},
		{"Russian ISIS-K", "ИГИЛ-К взяла на себя ответственность", []string{"isis-k"}},
		{"Arabic ISIS-K", "أعلنت ولاية خراسان مسؤوليتها", []string{"isis-k"}},
		{"French Daech", "revendiqué par Daech", []string{"isis"}},
		{"common-word alias capitalised", "Fancy Bear hackers struck again", []string{"apt28"}},
		{"common-word alias in lower case", "a fancy bear costume", []string{}},
		{"al Qaeda variants", "al Qaeda and al-Qaida", []string{"al-qaeda"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, actorIDs(c.Document("", tt.text)))
		})
	}
}

func TestActorTagFields(t *testing.T) {
	c := newTestClassifier(t)
	tags := c.Document("ISIS-K threat", "ISIS-K and ISKP. Islamic State Khorasan claimed it.")
	require.Len(t, tags.Actors, 1)
	a := tags.Actors[0]
	require.Equal(t, "isis-k", a.Id)
	require.Equal(t, "Islamic State Khorasan Province", a.Name)
	require.Equal(t, "terrorist-organisation", a.Type)
	require.Equal(t, []string{"ISIS-K", "ISKP", "Islamic State Khorasan"}, a.AliasesMatched)
	require.EqualValues(t, 4, a.Mentions)
	require.Len(t, a.Evidence, 4)
	require.Equal(t, &newsv1.Span{Start: 0, End: 6, Text: "ISIS-K"}, a.Evidence[0])
	require.Greater(t, a.Score, 0.8)
}

func TestPlaces(t *testing.T) {
	c := newTestClassifier(t)
	tags := c.Document("", "Tajik migrants in France; the U.S. and Uzbekistan. Let us see the Islamic State of Iraq.")
	var codes []string
	for _, p := range tags.Places {
		codes = append(codes, p.CountryCode)
	}
	sort.Strings(codes)
	// "us" is not the US; "Iraq" inside an actor's name is not a place mention.
	require.Equal(t, []string{"FR", "TJ", "US", "UZ"}, codes)
}

func TestTopicsInheritedAndEvidence(t *testing.T) {
	c := newTestClassifier(t)
	tags := c.Document("Terror plot foiled", "Police arrested two terrorist suspects over a terror plot.")
	byCode := map[string]*newsv1.TopicTag{}
	for _, tp := range tags.Topics {
		byCode[tp.Code] = tp
	}
	terr := byCode["medtop:20000103"]
	require.NotNil(t, terr)
	require.False(t, terr.Inherited)
	require.Equal(t, "terrorism", terr.Label)
	require.NotEmpty(t, terr.Evidence)
	crime := byCode["medtop:20000082"]
	require.NotNil(t, crime)
	require.True(t, crime.Inherited)
	for i := 1; i < len(tags.Topics); i++ {
		require.GreaterOrEqual(t, tags.Topics[i-1].Score, tags.Topics[i].Score)
	}
}

func TestSportEventNeedsSubstance(t *testing.T) {
	c := newTestClassifier(t)
	passing := c.Document("Moscow attack", "France raised security before the Paris Olympics. Serbia will monitor sports events. Germany hosts the European Championship. The FIFA World Cup was a target of an ISIS attack plot.")
	_, topics := predicted(passing)
	require.NotContains(t, topics, "medtop:20001108")
	focused := c.Document("Olympics security tightened", "Police checked cellars before the Olympics opening ceremony amid a terror threat.")
	_, topics = predicted(focused)
	require.Contains(t, topics, "medtop:20001108")
}

// checkSpans asserts that every span's offsets select its text in doc (code points).
func checkSpans(t testing.TB, doc string, tags *newsv1.EntryTags) {
	t.Helper()
	runes := []rune(doc)
	var spans []*newsv1.Span
	for _, a := range tags.Actors {
		spans = append(spans, a.Evidence...)
	}
	for _, tp := range tags.Topics {
		spans = append(spans, tp.Evidence...)
	}
	for _, p := range tags.Places {
		spans = append(spans, p.Evidence...)
	}
	for _, s := range spans {
		if s.Start < 0 || s.End > int32(len(runes)) || s.Start >= s.End {
			t.Fatalf("span %v out of range (doc has %d code points)", s, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Fatalf("span [%d,%d) selects %q, text says %q", s.Start, s.End, got, s.Text)
		}
	}
}

func TestSpanOffsets(t *testing.T) {
	c := newTestClassifier(t)
	docs := []struct{ title, text string }{
		{"", "Gérald said ISIS-K’s men — and ISIS — struck."},
		{"ИГИЛ-К", "Вилаят Хорасан и ولاية خراسان; ﬁve ＩＳＩＳ fighters; Straße; e\u0301té ISIS"},
		{"Ａｌ－Ｑａｅｄａ", "an Al\u2011Qaeda wing known as Khorasan"},
		{"", "ISIS\u00ad-K and IS-K; \U0001F600 ISIS"},
	}
	for _, fc := range loadFixtures(t) {
		docs = append(docs, struct{ title, text string }{fc.Title, fc.Text})
	}
	for i, d := range docs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			tags := c.Document(d.title, d.text)
			doc := d.text
			if d.title != "" {
				doc = d.title + "\n\n" + d.text
			}
			checkSpans(t, doc, tags)
		})
	}
	tags := c.Document("", "five ＩＳＩＳ fighters")
	require.Equal(t, []string{"ＩＳＩＳ"}, tags.Actors[0].AliasesMatched)
}

func TestArticleListing(t *testing.T) {
	tax := newTestClassifier(t).tax
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	c, err := New(tax, WithClock(func() time.Time { return at }))
	require.NoError(t, err)
	a := &newsv1.Article{
		PageType: newsv1.PageType_PAGE_TYPE_LISTING,
		Title:    "ISIS",
		Entries: []*newsv1.ListingEntry{
			{Title: "Taliban talks", Text: "Germany negotiates with the Taliban."},
			{Title: "ISIS-K", Text: "ISIS-K claimed the attack."},
		},
	}
	out := c.Article(a)
	require.Len(t, out.Entries, 2)
	require.Equal(t, []string{"taliban"}, actorIDs(out.Entries[0]))
	require.Equal(t, []string{"isis-k"}, actorIDs(out.Entries[1]))
	require.Equal(t, []string{"isis-k", "taliban"}, actorIDs(&newsv1.EntryTags{Actors: out.Actors}))
	require.Equal(t, tax.Version(), out.TaxonomyVersion)
	require.Equal(t, Version, out.ClassifierVersion)
	require.True(t, out.ClassifiedAt.AsTime().Equal(at))

	art := c.Article(&newsv1.Article{PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Title: "ISIS", Paragraphs: []string{"one", "IS claimed it"}})
	require.Equal(t, []string{"isis"}, actorIDs(&newsv1.EntryTags{Actors: art.Actors}))
	require.EqualValues(t, 2, art.Actors[0].Mentions)
	checkSpans(t, "ISIS\n\none\n\nIS claimed it", &newsv1.EntryTags{Actors: art.Actors})

	none := c.Article(&newsv1.Article{PageType: newsv1.PageType_PAGE_TYPE_NON_ARTICLE, Title: "ISIS"})
	require.Empty(t, none.Actors)
}

// TestFixtureReport logs per-label precision and recall over the
// development set (optional labels count neither way).
func TestFixtureReport(t *testing.T) {
	c := newTestClassifier(t)
	type pr struct{ tp, fp, fn int }
	stats := map[string]*pr{}
	get := func(k string) *pr {
		if stats[k] == nil {
			stats[k] = &pr{}
		}
		return stats[k]
	}
	for _, fc := range loadFixtures(t) {
		actors, topics := predicted(c.Document(fc.Title, fc.Text))
		for _, set := range []struct {
			got, req, opt []string
			prefix        string
		}{
			{actors, ids(fc.Actors, false), ids(fc.ActorsOptional, false), "actor "},
			{topics, ids(fc.Topics, true), ids(fc.TopicsOptional, true), "topic "},
		} {
			for _, r := range set.req {
				if slices.Contains(set.got, r) {
					get(set.prefix+r).tp++
				} else {
					get(set.prefix+r).fn++
				}
			}
			for _, g := range set.got {
				if !slices.Contains(set.req, g) && !slices.Contains(set.opt, g) {
					get(set.prefix+g).fp++
				}
			}
		}
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := stats[k]
		p, r := 1.0, 1.0
		if s.tp+s.fp > 0 {
			p = float64(s.tp) / float64(s.tp+s.fp)
		}
		if s.tp+s.fn > 0 {
			r = float64(s.tp) / float64(s.tp+s.fn)
		}
		t.Logf("%-32s tp=%d fp=%d fn=%d precision=%.2f recall=%.2f", k, s.tp, s.fp, s.fn, p, r)
	}
}

func FuzzDocument(f *testing.F) {
	f.Add("ISIS-K", "an Al-Qaeda wing known as Khorasan; IS militants; ИГИЛ-К")
	f.Add("", "ﬁ ＩＳＩＳ’s e\u0301 \u00ad - – — ' ’s")
	f.Add("Olympics", "terror threat at the Olympics, police said")
	c := newTestClassifier(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		if !utf8.ValidString(title) || !utf8.ValidString(text) {
			return // documents are valid UTF-8 (the extractor decodes them)
		}
		tags := c.Document(title, text)
		doc := text
		if title != "" {
			doc = title + "\n\n" + text
		}
		checkSpans(t, doc, tags)
	})
}

func BenchmarkArticle(b *testing.B) {
	c := newTestClassifier(b)
	raw, err := os.ReadFile(filepath.Join("testdata", "fixtures", "004-nationalledger.json"))
	require.NoError(b, err)
	_ = raw
	var fx fixtureCase
	for _, fc := range loadFixtures(b) {
		if fc.name == "004-nationalledger" {
			fx = fc
		}
	}
	// 004 is a typical ~800-word news story.
	words := len(strings.Fields(fx.Text))
	a := &newsv1.Article{PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Title: fx.Title, Paragraphs: strings.Split(fx.Text, "\n\n")}
	b.SetBytes(int64(len(fx.Title) + len(fx.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Article(a)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(words), "words/article")
}
