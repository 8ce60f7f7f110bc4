package classify

import (
	"encoding/json"
	"fmt"
	"maps"
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
		{"Ansar Allah is the Houthis, not Hezbollah", "Ansar Allah fired missiles at a tanker.", []string{"ansarallah"}},
		{"Hezbollah and the Houthis", "Hezbollah and the Houthis praised the attack.", []string{"ansarallah", "hezbollah"}},
		{"Russian Houthis", "Хуситы атаковали судно", []string{"ansarallah"}},
		{"German Houthis", "Die Huthi-Miliz griff ein Schiff an", []string{"ansarallah"}},
		{"HTS in context", "HTS fighters entered Idlib.", []string{"hayat-tahrir-al-sham"}},
		{"HTS out of context", "Check the HTS code before you import goods.", []string{}},
		{"Nusra Front is HTS", "the former Nusra Front", []string{"hayat-tahrir-al-sham"}},
		{"capitalised cyber name", "Sandworm hackers hit the grid", []string{"sandworm"}},
		{"lower-case cyber name is a word", "sandworm puppets at the fair", []string{}},
		{"AQAP does not tag its parent by name", "Al-Qaeda in the Arabian Peninsula claimed the attack.", []string{"al-qaida-in-the-arabian-peninsula"}},
		{"TTP", "Tehrik-e-Taliban Pakistan claimed the attack.", []string{"tehrik-e-taliban-pakistan"}},
		{"Wagner Group", "Wagner Group mercenaries left Mali.", []string{"wagner-group"}},
		{"Wagner the composer", "an evening of Wagner operas", []string{}},
		{"French ISIS-K", "revendiqué par l’État islamique au Khorasan", []string{"isis-k"}},
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

// TestActorTagFormerIDs: a tag names the ids a merge folded into its
// actor, so that a store can find the records tagged under them; an actor
// no merge touched carries none.
func TestActorTagFormerIDs(t *testing.T) {
	c := newTestClassifier(t)
	tags := c.Document("Russian hackers", "The SolarWinds intrusion was the work of APT29, the Russian foreign intelligence service's hacking group. APT29 used a trojanised update to reach its targets.")
	require.Equal(t, []string{"apt29"}, actorIDs(tags))
	require.Contains(t, tags.Actors[0].FormerIds, "unc2452")
	tags = c.Document("ISIS-K threat", "ISIS-K and ISKP. Islamic State Khorasan claimed it.")
	require.Equal(t, []string{"isis-k"}, actorIDs(tags))
	require.Empty(t, tags.Actors[0].FormerIds)
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

	tests := []struct {
		name, text string
		want       []string
	}{
		{"regions are not countries", "Growth slowed in Latin America; South American exporters and the Indian Ocean trade suffered.", nil},
		{"a country beside a region", "Brazil led Latin America.", []string{"BR"}},
		{"longest name wins", "Papua New Guinea and Guinea-Bissau, not New Guinea island", []string{"GW", "PG"}},
		{"British Columbia is Canada", "wildfires in British Columbia", []string{"CA"}},
		{"added countries", "The Bahamas, Timor-Leste and Cabo Verde; Tongan and Fijian officials met in Nuku'alofa.", []string{"BS", "CV", "FJ", "TL", "TO"}},
		{"capitals and demonyms", "Officials in Ouagadougou and Burkinabè troops; a Motswana diplomat in Gaborone", []string{"BF", "BW"}},
		{"Russian forms", "Атака в Москве; Россия и Франция", []string{"FR", "RU"}},
		{"Arabic forms", "في أفغانستان وباكستان", []string{"AF"}},
		{"French and German forms", "les États-Unis et l'Allemagne; Deutschland und Russland", []string{"DE", "RU", "US"}},
		{"a name inside an actor's name", "Tehrik-e-Taliban Pakistan claimed it.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range c.Document("", tt.text).Places {
				got = append(got, p.CountryCode)
			}
			sort.Strings(got)
			require.Equal(t, tt.want, got)
		})
	}
}

func TestTopicThresholds(t *testing.T) {
	c := newTestClassifier(t)
	codes := func(tags *newsv1.EntryTags) []string {
		var out []string
		for _, tp := range tags.Topics {
			if !tp.Inherited {
				out = append(out, tp.Code)
			}
		}
		return out
	}
	// One word of an EXTRA rule in a long body is not what the story is about (seed 003).
	passing := c.Document("Terror threat rises", "Officials said the terrorists use the best encryption and concealment techniques.")
	require.NotContains(t, codes(passing), "medtop:20000627")
	// A title hit counts twice; the data-protection rule asks for more (an override with a note).
	require.NotContains(t, codes(c.Document("Hackers strike bank", "The bank said accounts were safe.")), "medtop:20000627")
	require.Contains(t, codes(c.Document("Hackers steal records", "Regulators said the breach raises data protection questions.")), "medtop:20000627")
	// Terror vocabulary in other languages.
	require.Contains(t, codes(c.Document("Attentat déjoué en France", "Un suspect a été interpellé.")), "medtop:20000103")
	require.Contains(t, codes(c.Document("", "Группировка ИГИЛ-К взяла ответственность за теракт. Нападение произошло вечером.")), "medtop:20000103")
	// A cyber group together with hacking vocabulary is cyber crime.
	require.Contains(t, codes(c.Document("", "Sandworm hacked the grid operator.")), "medtop:20000086")
	// Every tag's score reaches the threshold's: no topic on a single body word.
	for _, tp := range c.Document("", "The migrant said nothing.").Topics {
		t.Errorf("unexpected topic %s on one body word", tp.Code)
	}
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

// corpusCase is one labelled snippet of testdata/corpus.json.
type corpusCase struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Text           string   `json:"text"`
	Actors         []string `json:"actors"`
	ActorsOptional []string `json:"actors_optional"`
	Topics         []string `json:"topics"`
	TopicsOptional []string `json:"topics_optional"`
	Places         []string `json:"places"`
}

func loadCorpus(t testing.TB, file string) []corpusCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	require.NoError(t, err)
	var c struct {
		Cases []corpusCase `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(b, &c))
	require.NotEmpty(t, c.Cases)
	return c.Cases
}

// prCounts tallies one label's true positives, false positives and false negatives.
type prCounts struct{ tp, fp, fn int }

func (s prCounts) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s prCounts) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// prTable scores predictions against required and optional labels:
// optional labels count neither way.
type prTable map[string]*prCounts

func (t prTable) add(kind string, got, required, optional []string) (misses []string) {
	get := func(k string) *prCounts {
		if t[kind+" "+k] == nil {
			t[kind+" "+k] = &prCounts{}
		}
		return t[kind+" "+k]
	}
	for _, r := range required {
		if slices.Contains(got, r) {
			get(r).tp++
		} else {
			get(r).fn++
			misses = append(misses, "missed "+kind+" "+r)
		}
	}
	for _, g := range got {
		if !slices.Contains(required, g) && !slices.Contains(optional, g) {
			get(g).fp++
			misses = append(misses, "extra "+kind+" "+g)
		}
	}
	return misses
}

func (t prTable) total(kind string) prCounts {
	var s prCounts
	for k, c := range t {
		if strings.HasPrefix(k, kind+" ") {
			s.tp, s.fp, s.fn = s.tp+c.tp, s.fp+c.fp, s.fn+c.fn
		}
	}
	return s
}

func (t prTable) String() string {
	keys := slices.Sorted(maps.Keys(t))
	var b strings.Builder
	fmt.Fprintf(&b, "%-44s %4s %4s %4s %9s %6s\n", "label", "tp", "fp", "fn", "precision", "recall")
	for _, k := range keys {
		s := t[k]
		fmt.Fprintf(&b, "%-44s %4d %4d %4d %9.2f %6.2f\n", k, s.tp, s.fp, s.fn, s.precision(), s.recall())
	}
	for _, kind := range []string{"actor", "topic", "place"} {
		s := t.total(kind)
		fmt.Fprintf(&b, "%-44s %4d %4d %4d %9.2f %6.2f\n", "ALL "+kind+"s (micro)", s.tp, s.fp, s.fn, s.precision(), s.recall())
	}
	return b.String()
}

// topicLabels returns the labels (the fixture vocabulary) of the
// non-inherited topics in tags; codes outside that vocabulary are listed
// apart, since nobody labelled them either way.
func topicLabels(tags *newsv1.EntryTags) (labels, other []string) {
	byCode := map[string]string{}
	for l, c := range fixtureTopicCodes {
		byCode[c] = l
	}
	for _, tp := range tags.Topics {
		if tp.Inherited {
			continue
		}
		if l, ok := byCode[tp.Code]; ok {
			labels = append(labels, l)
		} else {
			other = append(other, tp.Code+" "+tp.Label)
		}
	}
	return labels, other
}

// TestReport prints per-label precision and recall over the development
// fixtures (actors and topics), the labelled corpus in
// testdata/corpus.json (actors, topics, places; the rules were tuned with
// it) and testdata/corpus-unseen.json (written after tuning, never tuned
// on), with every miss:
//
//	go test ./classify -run TestReport -v
//
// The fixtures must be exact (TestFixtures); the corpus is measured, and
// only guarded by floors so that a regression shows.
func TestReport(t *testing.T) {
	c := newTestClassifier(t)
	for _, set := range []string{"fixtures", "corpus", "unseen", "all"} {
		tab := prTable{}
		var notes, unlabelled []string
		if set == "fixtures" || set == "all" {
			for _, fc := range loadFixtures(t) {
				tags := c.Document(fc.Title, fc.Text)
				actors, _ := predicted(tags)
				topics, other := topicLabels(tags)
				miss := tab.add("actor", actors, ids(fc.Actors, false), ids(fc.ActorsOptional, false))
				miss = append(miss, tab.add("topic", topics, labels(fc.Topics), labels(fc.TopicsOptional))...)
				for _, m := range miss {
					notes = append(notes, fc.name+": "+m)
				}
				if len(other) > 0 {
					unlabelled = append(unlabelled, fmt.Sprintf("%s: %v", fc.name, other))
				}
			}
		}
		var cases []corpusCase
		if set == "corpus" || set == "all" {
			cases = append(cases, loadCorpus(t, "corpus.json")...)
		}
		if set == "unseen" || set == "all" {
			cases = append(cases, loadCorpus(t, "corpus-unseen.json")...)
		}
		{
			for _, cc := range cases {
				tags := c.Document(cc.Title, cc.Text)
				actors, _ := predicted(tags)
				topics, other := topicLabels(tags)
				var places []string
				for _, p := range tags.Places {
					places = append(places, p.CountryCode)
				}
				miss := tab.add("actor", actors, cc.Actors, cc.ActorsOptional)
				miss = append(miss, tab.add("topic", topics, cc.Topics, cc.TopicsOptional)...)
				miss = append(miss, tab.add("place", places, cc.Places, nil)...)
				for _, m := range miss {
					notes = append(notes, "corpus/"+cc.ID+": "+m)
				}
				if len(other) > 0 {
					unlabelled = append(unlabelled, fmt.Sprintf("corpus/%s: %v", cc.ID, other))
				}
			}
		}
		t.Logf("per-label precision and recall, %s:\n%s", set, tab)
		if set != "all" {
			for _, n := range notes {
				t.Log(n)
			}
			for _, u := range unlabelled {
				t.Log("codes outside the labelled vocabulary: " + u)
			}
		}
		if set == "fixtures" {
			require.Empty(t, notes, "the fixtures are exact")
		}
		if set == "all" {
			for _, kind := range []string{"actor", "topic", "place"} {
				s := tab.total(kind)
				require.GreaterOrEqual(t, s.precision(), reportFloor[kind][0], "%s precision", kind)
				require.GreaterOrEqual(t, s.recall(), reportFloor[kind][1], "%s recall", kind)
			}
		}
	}
}

// reportFloor is the micro-averaged precision and recall TestReport
// requires over fixtures and corpus together.
var reportFloor = map[string][2]float64{
	"actor": {0.95, 0.95},
	"topic": {0.90, 0.90},
	"place": {0.95, 0.90},
}

func labels(ls []label) []string {
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, l.Label)
	}
	return out
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

// BenchmarkArticle tags a typical ~800-word news story (fixture 004) on
// one goroutine; ns/op and articles/s are the classifier's alone.
// Benchmarks often run on shared, busy machines, so it also reports
// cpu-articles/s, the rate per CPU-second of the process (Linux; the wall
// clock elsewhere), and x-ref: the classifier's CPU time over that of a
// reference pass (strings.ToLower plus a byte scan counting words) run
// over the same document as many times right after the loop. x-ref stays
// put when the machine is busy; multiply ref-cpu-articles/s on a quiet
// machine by 1/x-ref to compare. Run with
//
//	go test ./classify -run '^$' -bench BenchmarkArticle -count 10 -cpu 1
func BenchmarkArticle(b *testing.B) {
	c := newTestClassifier(b)
	var fx fixtureCase
	for _, fc := range loadFixtures(b) {
		if fc.name == "004-nationalledger" {
			fx = fc
		}
	}
	words := len(strings.Fields(fx.Text))
	a := &newsv1.Article{PageType: newsv1.PageType_PAGE_TYPE_ARTICLE, Title: fx.Title, Paragraphs: strings.Split(fx.Text, "\n\n")}
	doc := fx.Title + "\n\n" + fx.Text
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		c.Article(a)
	}
	cpu1 := processCPU()
	n := 0
	for range b.N {
		n += referenceScan(doc)
	}
	cpu2 := processCPU()
	cls, ref := cpu1-cpu0, cpu2-cpu1
	if n == 0 || cls <= 0 || ref <= 0 {
		b.Fatal("no measurement")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)/cls.Seconds(), "cpu-articles/s")
	b.ReportMetric(float64(b.N)/ref.Seconds(), "ref-cpu-articles/s")
	b.ReportMetric(cls.Seconds()/ref.Seconds(), "x-ref")
	b.ReportMetric(float64(words), "words/article")
}

// referenceScan is the floor BenchmarkArticle is compared with: lower-case
// the document and look at every byte once.
func referenceScan(doc string) int {
	low := strings.ToLower(doc)
	words, in := 0, false
	for i := 0; i < len(low); i++ {
		c := low[i]
		w := c >= 0x80 || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9')
		if w && !in {
			words++
		}
		in = w
	}
	return words
}
