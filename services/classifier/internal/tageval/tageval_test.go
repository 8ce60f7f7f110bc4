package tageval

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

func defaultTax(t *testing.T) *taxonomy.Taxonomy {
	t.Helper()
	tax, err := taxonomy.Default()
	require.NoError(t, err)
	return tax
}

func TestResolve(t *testing.T) {
	r := NewResolver(defaultTax(t))
	tests := []struct {
		name  string
		names []string
		want  []string // Gold keys
	}{
		{"alias and name of one actor are one gold actor", []string{"APT28", "Fancy Bear", "fancy bear"}, []string{"apt28"}},
		{"case and dashes do not matter", []string{"boko haram", "Lashkar–e–Taiba"}, []string{"boko-haram", "lashkar-e-tayyiba"}},
		{"possessive dropped", []string{"Fancy Bear ’ s"}, []string{"apt28"}},
		{"a spaced or hyphenated group id is the id", []string{"APT 40", "FIN-7"}, []string{"apt40", "fin7"}},
		{"a span joining two names is split", []string{"Boko Haram / APT28"}, []string{"boko-haram", "apt28"}},
		{"unknown name kept as a gold actor", []string{"Blue Lantern Brigade"}, []string{"blue lantern brigade (not in registry)"}},
		{"unknown names deduplicated by key", []string{"Blue Lantern Brigade", "BLUE LANTERN BRIGADE"}, []string{"blue lantern brigade (not in registry)"}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, g := range r.Resolve(tt.names) {
				got = append(got, g.Key())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestResolveAmbiguousNarrows(t *testing.T) {
	r := &Resolver{byKey: map[string][]string{"cobalt": {"cobalt-group", "cobalt-mirage"}, "cobalt group": {"cobalt-group"}}}
	got := r.Resolve([]string{"Cobalt", "Cobalt Group"})
	require.Len(t, got, 1)
	assert.Equal(t, []string{"cobalt-group"}, got[0].IDs)
	got = r.Resolve([]string{"Cobalt"})
	require.Len(t, got, 1)
	assert.Equal(t, "cobalt-group|cobalt-mirage", got[0].Key())
}

func TestCompare(t *testing.T) {
	tax := defaultTax(t)
	tests := []struct {
		name                  string
		label                 Label
		gold                  []Gold
		pred, topics          []string
		found, missed, false_ []string
		missing, extra        []string
		actorsExact, topExact bool
	}{
		{
			name:  "all right; ancestors of required and optional codes allowed",
			label: Label{TopicsRequired: []string{"medtop:15000000", "medtop:20000822"}, TopicsOptional: []string{"medtop:20001065"}},
			gold:  []Gold{{Name: "Boko Haram", IDs: []string{"boko-haram"}}},
			pred:  []string{"boko-haram"}, topics: []string{"medtop:20001065", "medtop:20000822", "medtop:15000000"},
			found: []string{"boko-haram"}, actorsExact: true, topExact: true,
		},
		{
			name:  "missed, false and unknown actors; missing and extra topics",
			label: Label{TopicsRequired: []string{"medtop:15000000", "medtop:20000822"}},
			gold:  []Gold{{Name: "Boko Haram", IDs: []string{"boko-haram"}}, {Name: "Shining Lantern"}},
			pred:  []string{"hamas"}, topics: []string{"medtop:15000000", "medtop:20000099"},
			missed: []string{"boko-haram", "shining lantern (not in registry)"}, false_: []string{"hamas"},
			missing: []string{"medtop:20000822"}, extra: []string{"medtop:20000099"},
		},
		{
			name:  "ambiguous gold met by either reading",
			label: Label{},
			gold:  []Gold{{Name: "Cobalt", IDs: []string{"a", "b"}}},
			pred:  []string{"b"},
			found: []string{"a|b"}, actorsExact: true, topExact: true,
		},
		{
			name:  "a group no registry carries is found by an unregistered tag of the same name",
			label: Label{},
			gold:  []Gold{{Name: "TA 5999"}, {Name: "Shining Lantern"}},
			pred:  []string{"unregistered:ta5999", "unregistered:dark-lantern"},
			found: []string{"ta 5999 (not in registry)"}, missed: []string{"shining lantern (not in registry)"}, false_: []string{"unregistered:dark-lantern"},
			topExact: true,
		},
		{
			name:  "nothing to find, nothing found",
			label: Label{}, actorsExact: true, topExact: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(tt.label, tt.gold, tt.pred, tt.topics, tax)
			assert.Equal(t, tt.found, r.Found, "found")
			assert.Equal(t, tt.missed, r.Missed, "missed")
			assert.Equal(t, tt.false_, r.False, "false")
			assert.Equal(t, tt.missing, r.MissingTopics, "missing topics")
			assert.Equal(t, tt.extra, r.ExtraTopics, "extra topics")
			assert.Equal(t, tt.actorsExact, r.ActorsExact, "actors exact")
			assert.Equal(t, tt.topExact, r.TopicsExact, "topics exact")
		})
	}
}

func TestSummarise(t *testing.T) {
	tax := defaultTax(t)
	l := Label{Set: SetL3S, Split: SplitTune, TopicsRequired: []string{"medtop:15000000"}}
	rs := []DocResult{
		Compare(withID(l, "a"), []Gold{{Name: "x", IDs: []string{"x"}}}, []string{"x"}, []string{"medtop:15000000"}, tax),
		Compare(withID(l, "b"), []Gold{{Name: "x", IDs: []string{"x"}}, {Name: "y", IDs: []string{"y"}}}, []string{"x", "z"}, nil, tax),
		Compare(withID(l, "c"), nil, []string{"z"}, []string{"medtop:15000000", "medtop:20000099"}, tax),
	}
	s := Summarise(SplitTune, SetL3S, rs, tax)
	assert.Equal(t, PR{TP: 2, FP: 2, FN: 1, Precision: 0.5, Recall: 2.0 / 3}, s.Actors)
	assert.Equal(t, 1, s.ActorExact)
	assert.InDelta(t, 1.0/3, s.ActorExactRate, 1e-9)
	assert.Equal(t, 1, s.TopicExact)
	assert.Equal(t, PR{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3}, s.Topics)
	assert.Equal(t, TopicFailures{MissingOnly: 1, ExtraOnly: 1, MissingDesks: 1, ExtraBelow: 1}, s.TopicFailures,
		"b misses the required desk; c adds a topic below one")
	require.NotEmpty(t, s.FalseActors)
	assert.Equal(t, Confusion{Key: "z", Count: 2, Example: "b", With: "y"}, s.FalseActors[0])
	assert.Equal(t, []Confusion{{Key: "y", Count: 1, Example: "b", With: "z"}}, s.MissedActors)
	assert.Equal(t, "z", s.PerActor[0].Key, "worst first")
	assert.Equal(t, 2, s.PerActor[0].FP)
}

func withID(l Label, id string) Label { l.ID = id; return l }

func TestExcuse(t *testing.T) {
	tax := defaultTax(t)
	res := NewResolver(tax)
	for _, id := range []string{"conti", "sodinokibi"} {
		a, ok := tax.Actor(id)
		require.True(t, ok, id)
		require.Equal(t, taxonomy.TypeRansomware, a.Type, "the cases rest on %s being a ransomware gang", id)
	}
	a, ok := tax.Actor("turla")
	require.True(t, ok)
	require.NotEqual(t, taxonomy.TypeRansomware, a.Type)

	tests := []struct {
		name                 string
		groups, malware      []string
		pred                 []string
		excused              []string
		exactRaw, exactExcus bool
	}{
		{
			name:    "a ransomware gang a MALWARE span names is excused",
			malware: []string{"Conti", "Cobalt Strike"}, pred: []string{"conti"},
			excused: []string{"conti"}, exactExcus: true,
		},
		{
			name:    "MALWARE spans resolve like GROUP spans: any alias, joined spans, possessive",
			malware: []string{"REvil / Sodinokibi", "Conti's"}, pred: []string{"conti", "sodinokibi"},
			excused: []string{"conti", "sodinokibi"}, exactExcus: true,
		},
		{
			name:    "a state-linked group a MALWARE span names is not excused",
			malware: []string{"Turla", "Conti"}, pred: []string{"turla", "conti"},
			excused: []string{"conti"},
		},
		{
			name:    "a gang no MALWARE span of the document names is not excused",
			malware: []string{"Egregor"}, pred: []string{"conti"},
		},
		{
			name:   "a gang a GROUP span names stays gold, found",
			groups: []string{"Conti"}, malware: []string{"Conti"}, pred: []string{"conti"},
			exactRaw: true, exactExcus: true,
		},
		{
			name:   "a gang a GROUP span names stays gold, missed",
			groups: []string{"Conti"}, malware: []string{"Conti"},
		},
		{
			name:   "a miss keeps the adjusted set inexact",
			groups: []string{"APT28"}, malware: []string{"Conti"}, pred: []string{"conti"},
			excused: []string{"conti"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := Compare(Label{Set: SetAnnoCTR}, res.Resolve(tt.groups), tt.pred, nil, tax)
			got := Excuse(raw, res.Mentioned(tt.malware), tax)
			assert.Equal(t, tt.excused, got.Excused, "excused")
			assert.Equal(t, tt.exactRaw, got.ActorsExact, "raw exact")
			assert.Equal(t, tt.exactExcus, got.ActorsExactExcused, "adjusted exact")
			// The raw score is untouched.
			got.Excused, got.ActorsExactExcused = nil, raw.ActorsExactExcused
			assert.Equal(t, raw, got)
		})
	}
}

func TestSummariseExcused(t *testing.T) {
	tax := defaultTax(t)
	res := NewResolver(tax)
	doc := func(set, id string, groups, malware, pred []string) DocResult {
		l := Label{Set: set, ID: id, Split: SplitHeldout}
		return Excuse(Compare(l, res.Resolve(groups), pred, nil, tax), res.Mentioned(malware), tax)
	}
	rs := []DocResult{
		doc(SetAnnoCTR, "a", []string{"APT28"}, []string{"Conti", "REvil"}, []string{"apt28", "conti", "sodinokibi"}),
		doc(SetAnnoCTR, "b", nil, []string{"Turla"}, []string{"turla", "conti"}),
		doc(SetAnnoCTR, "c", []string{"APT28"}, []string{"Conti"}, []string{"conti"}),
		doc(SetL3S, "d", nil, nil, nil),
	}
	s := Summarise(SplitHeldout, "all", rs, tax)
	assert.Equal(t, PR{TP: 1, FP: 5, FN: 1, Precision: 1.0 / 6, Recall: 0.5}, s.Actors, "raw")
	assert.Equal(t, 1, s.ActorExact, "raw: d only")
	require.NotNil(t, s.Excused)
	assert.Equal(t, ExcusedScore{
		Tags: 3, IDs: []string{"conti", "sodinokibi"},
		Actors:     PR{TP: 1, FP: 2, FN: 1, Precision: 1.0 / 3, Recall: 0.5},
		ActorExact: 2, ActorExactRate: 0.5,
	}, *s.Excused)
	assert.Nil(t, Summarise(SplitHeldout, SetL3S, rs[3:], tax).Excused, "no AnnoCTR report, no adjusted score")
}

func TestLoadLabelsRejects(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"unknown split", `{"set":"l3s","id":"a","split":"train","topics_required":[]}`, `split "train"`},
		{"unknown set", `{"set":"news","id":"a","split":"tune","topics_required":[]}`, `set "news"`},
		{"unknown field", `{"set":"l3s","id":"a","split":"tune","topics":[]}`, `unknown field "topics"`},
		{"bare topic code", `{"set":"l3s","id":"a","split":"tune","topics_required":["15000000"]}`, `not a medtop: code`},
		{"duplicate", `{"set":"l3s","id":"a","split":"tune"}` + "\n" + `{"set":"l3s","id":"a","split":"tune"}`, `l3s/a labelled twice`},
		{"malformed", `{"set":`, `x.jsonl:1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "x.jsonl"), []byte(tt.content), 0o644))
			_, err := LoadLabels(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestSiteAndSplit(t *testing.T) {
	for in, want := range map[string]string{
		"http://news.bbc.co.uk/2/hi/7.stm":     "bbc.co.uk",
		"http://www.bbc.co.uk/sport":           "bbc.co.uk",
		"http://sport.guardian.co.uk/x":        "guardian.co.uk",
		"http://blacktown.yourguide.com.au/a":  "yourguide.com.au",
		"http://192.0.2.7/story":               "192.0.2.7",
		"https://WWW.Example.COM:8080/a?b=c#d": "example.com",
	} {
		got, err := Site(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := Site("/relative/path")
	assert.Error(t, err)

	// Deterministic, and the shares are close to the rule's over many keys.
	tune := map[string]int{}
	for i := range 2000 {
		k := strings.Repeat("x", i%7) + string(rune('a'+i%26)) + filepath.Join("site", string(rune(i)))
		assert.Equal(t, SplitOf(SetL3S, k), SplitOf(SetL3S, k))
		if SplitOf(SetL3S, k) == SplitTune {
			tune[SetL3S]++
		}
		if SplitOf(SetAnnoCTR, k) == SplitTune {
			tune[SetAnnoCTR]++
		}
	}
	assert.InDelta(t, 0.55, float64(tune[SetL3S])/2000, 0.05)
	assert.InDelta(t, 0.50, float64(tune[SetAnnoCTR])/2000, 0.05)
}

func TestSplitHeadline(t *testing.T) {
	tests := []struct{ in, title, body string }{
		{"Late goal settles derby \nA header in stoppage time won it.", "Late goal settles derby", "A header in stoppage time won it."},
		{" \n Late goal settles derby \n\nBody.", "Late goal settles derby", "Body."},
		{"One line only, a whole article without any break in it", "", "One line only, a whole article without any break in it"},
		{"This first line is a sentence and ends with a period.\nMore.", "", "This first line is a sentence and ends with a period.\nMore."},
		{"Jan 8\nBody text.", "", "Jan 8\nBody text."},
	}
	for _, tt := range tests {
		title, body := splitHeadline(tt.in)
		assert.Equal(t, tt.title, title, tt.in)
		assert.Equal(t, tt.body, body, tt.in)
	}
}

func TestReadAnnoCTR(t *testing.T) {
	got, err := ReadAnnoCTR(filepath.Join("testdata", "data", "annoctr"))
	require.NoError(t, err)
	require.Len(t, got, 5)
	// The BIO file lists r1-fancy before r0-zeta: reports are matched to
	// texts by their words, not by order.
	assert.Equal(t, []string{"Fancy Bear", "APT28", "Fancy Bear"}, got["r1-fancy"].Groups)
	assert.Equal(t, []string{"Cobalt Group"}, got["r0-zeta"].Groups)
	assert.Equal(t, []string{"Black Kingdom"}, got["r0-zeta"].Malware)
	assert.Empty(t, got["r1-fancy"].Malware)
	assert.Equal(t, []string{"Conti"}, got["r3-extortion"].Malware)
	assert.Empty(t, got["r3-extortion"].Groups)
	assert.Equal(t, []string{"Winnti Group ( APT41 )", "APT-C-36"}, got["r2-winnti"].Groups)
	assert.Equal(t, "Fancy Bear returns with new lures", got["r1-fancy"].Title)
	assert.True(t, strings.HasPrefix(got["r1-fancy"].Body, "APT28, also known"))
}

func TestSpanner(t *testing.T) {
	tests := []struct {
		name          string
		toks, tags    []string
		group, malwre []string
	}{
		{
			name:  "GROUP and MALWARE runs kept apart",
			toks:  []string{"Maze", "gang", "used", "Cobalt", "Strike", "and", "Egregor"},
			tags:  []string{"B-GROUP", "I-GROUP", "O", "B-TOOL", "I-TOOL", "O", "B-MALWARE"},
			group: []string{"Maze gang"}, malwre: []string{"Egregor"},
		},
		{
			name:  "an I- of another label ends a run and starts none",
			toks:  []string{"Wizard", "Spider", "Ryuk", "loader"},
			tags:  []string{"B-GROUP", "I-GROUP", "I-MALWARE", "I-MALWARE"},
			group: []string{"Wizard Spider"},
		},
		{
			name:   "adjacent B- runs are two spans; joining punctuation glued",
			toks:   []string{"Black", "Kingdom", "REvil", "Win", ".", "Gozi"},
			tags:   []string{"B-MALWARE", "I-MALWARE", "B-MALWARE", "B-MALWARE", "I-MALWARE", "I-MALWARE"},
			malwre: []string{"Black Kingdom", "REvil", "Win.Gozi"},
		},
		{name: "nothing annotated", toks: []string{"a", "b"}, tags: []string{"O", "B-ORG"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sp spanner
			for i, tok := range tt.toks {
				sp.tok(tok, tt.tags[i])
			}
			sp.flush()
			assert.Equal(t, tt.group, sp.spans[labelGroup], "GROUP")
			assert.Equal(t, tt.malwre, sp.spans[labelMalware], "MALWARE")
		})
	}
}

func TestJoinTokens(t *testing.T) {
	assert.Equal(t, "APT-C-36", joinTokens([]string{"APT-C", "-", "36"}))
	assert.Equal(t, "TEMP.Periscope", joinTokens([]string{"TEMP", ".", "Periscope"}))
	assert.Equal(t, "Cobalt Group", joinTokens([]string{"Cobalt", "Group"}))
}

func testConfig(split string) Config {
	return Config{LabelDir: filepath.Join("testdata", "labels"), DataDir: filepath.Join("testdata", "data"), Split: split, Set: "all", JSON: true}
}

func TestRunEndToEnd(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Run(testConfig("all"), c, tax, &buf))
	var out Output
	require.NoError(t, json.Unmarshal(buf.Bytes(), &out))
	assert.Empty(t, out.Problems, "testdata labels follow the split rule")
	require.Len(t, out.Docs, 7, "r0-zeta has no label and is not evaluated")

	byID := map[string]DocResult{}
	for _, d := range out.Docs {
		byID[d.ID] = d
	}
	// The real classifier finds the actors named in the invented texts...
	assert.Equal(t, []string{"boko-haram"}, byID["page-boko"].Found)
	assert.Equal(t, []string{"hamas"}, byID["page-hamas"].Found)
	assert.Empty(t, byID["page-match"].False, "a supporters' club is no actor")
	// ...and the GROUP spans of AnnoCTR, deduplicated after resolution.
	assert.Equal(t, []string{"apt28"}, byID["r1-fancy"].Found)
	assert.ElementsMatch(t, []string{"apt41", "apt-c-36"}, byID["r2-winnti"].Found)
	assert.Equal(t, []string{"shining lantern crew (not in registry)"}, byID["r2-winnti"].Missed)

	var heldAnno *Summary
	for i, s := range out.Summaries {
		if s.Split == SplitHeldout && s.Set == SetAnnoCTR {
			heldAnno = &out.Summaries[i]
		}
	}
	// The MALWARE spans: Conti (a ransomware gang) is a false actor in
	// the raw score and excused in the adjusted one; Turla (state-linked)
	// is false in both.
	assert.Equal(t, []string{"conti"}, byID["r3-extortion"].False)
	assert.Equal(t, []string{"conti"}, byID["r3-extortion"].Excused)
	assert.False(t, byID["r3-extortion"].ActorsExact)
	assert.True(t, byID["r3-extortion"].ActorsExactExcused)
	assert.Equal(t, []string{"turla"}, byID["r4-embassy"].False)
	assert.Empty(t, byID["r4-embassy"].Excused)
	assert.False(t, byID["r4-embassy"].ActorsExactExcused)

	require.NotNil(t, heldAnno)
	assert.Equal(t, 4, heldAnno.Docs)
	assert.Equal(t, PR{TP: 3, FP: 2, FN: 1, Precision: 0.6, Recall: 0.75}, heldAnno.Actors, "raw")
	assert.Equal(t, 1, heldAnno.ActorExact, "raw: r1-fancy only")
	require.NotNil(t, heldAnno.Excused)
	assert.Equal(t, ExcusedScore{
		Tags: 1, IDs: []string{"conti"},
		Actors:     PR{TP: 3, FP: 1, FN: 1, Precision: 0.75, Recall: 0.75},
		ActorExact: 2, ActorExactRate: 0.5,
	}, *heldAnno.Excused)
	for _, s := range out.Summaries {
		// The testdata's AnnoCTR reports are all heldout.
		hasAnno := s.Split == SplitHeldout && s.Set != SetL3S
		assert.Equal(t, hasAnno, s.Excused != nil, "an adjusted score exactly where AnnoCTR reports are: %s/%s", s.Split, s.Set)
	}
}

func TestRunTextShowsBothScores(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)
	cfg := testConfig(SplitHeldout)
	cfg.JSON, cfg.Errors = false, true
	var buf bytes.Buffer
	require.NoError(t, Run(cfg, c, tax, &buf))
	out := buf.String()
	assert.Regexp(t, `heldout\s+annoctr\s+4\s+0\.600\s+0\.750\s+0\.250 \(1\)`, out, "raw table unchanged")
	assert.Contains(t, out, "annoctr, MALWARE-annotated ransomware gangs excused")
	assert.Regexp(t, `heldout\s+annoctr\s+4\s+1\s+0\.750\s+0\.750\s+0\.500 \(2\)`, out, "adjusted table")
	assert.Contains(t, out, "actors, MALWARE-annotated ransomware gangs excused: P 0.750 R 0.750 (tp 3 fp 1 fn 1); exact sets 2/4; excused tags 1 [conti]")
	assert.Contains(t, out, "false [conti] (excused as MALWARE-annotated gangs [conti])")
}

func TestRunSplitFilter(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Run(testConfig(SplitTune), c, tax, &buf))
	var out Output
	require.NoError(t, json.Unmarshal(buf.Bytes(), &out))
	ids := []string{}
	for _, d := range out.Docs {
		assert.Equal(t, SplitTune, d.Split)
		ids = append(ids, d.ID)
	}
	slices.Sort(ids)
	assert.Equal(t, []string{"page-hamas", "page-match"}, ids)

	cfg := testConfig(SplitTune)
	cfg.JSON = false
	buf.Reset()
	require.NoError(t, Run(cfg, c, tax, &buf))
	assert.Contains(t, buf.String(), "== tune / l3s: 2 documents ==")
	assert.NotContains(t, buf.String(), "heldout")
}

func TestRunErrors(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)

	cfg := testConfig("all")
	cfg.DataDir = filepath.Join(t.TempDir(), "shared", "data")
	err = Run(cfg, c, tax, &bytes.Buffer{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrNoData), err)
	assert.Contains(t, err.Error(), "--data")

	cfg = testConfig("train")
	assert.ErrorContains(t, Run(cfg, c, tax, &bytes.Buffer{}), `--split: "train"`)

	// A label whose text is missing stops the run instead of shrinking the set.
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "l.jsonl"), []byte(`{"set":"l3s","id":"no-such-page","split":"tune"}`), 0o644))
	cfg = testConfig("all")
	cfg.LabelDir = dir
	assert.ErrorContains(t, Run(cfg, c, tax, &bytes.Buffer{}), "no-such-page")
}

func TestAssignSplits(t *testing.T) {
	dir := t.TempDir()
	in := `{"set":"l3s","id":"page-boko","actors":["Boko Haram"],"topics_required":["medtop:16000000"]}` + "\n" +
		`{"set":"annoctr","id":"r1-fancy","split":"tune","actors":[],"topics_required":[]}` + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(in), 0o644))
	l3s, err := ReadL3S(filepath.Join("testdata", "data", "l3s-gn1"), HeadlinePage)
	require.NoError(t, err)
	_, err = AssignSplits(dir, l3s)
	require.NoError(t, err)
	ls, err := LoadLabels(dir)
	require.NoError(t, err)
	require.Len(t, ls, 2)
	assert.Equal(t, SplitOf(SetL3S, "example.com"), ls[0].Split)
	assert.Equal(t, SplitOf(SetAnnoCTR, "r1-fancy"), ls[1].Split)
	assert.Equal(t, []string{"Boko Haram"}, ls[0].Actors)
}

// TestHalfOf checks that the halves keep a site's pages together (as the
// splits do), split by report id for AnnoCTR, and both occur.
func TestHalfOf(t *testing.T) {
	l3s := func(id, url string) Doc {
		return Doc{Label: Label{Set: SetL3S, ID: id}, Text: Text{URL: url}}
	}
	require.Equal(t, HalfOf(l3s("1", "http://news.bbc.co.uk/a")), HalfOf(l3s("2", "http://www.bbc.co.uk/b")), "one site, one half")
	seen := map[string]bool{}
	for _, id := range []string{"r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"} {
		seen[HalfOf(Doc{Label: Label{Set: SetAnnoCTR, ID: id}})] = true
	}
	require.Equal(t, map[string]bool{"a": true, "b": true}, seen, "reports fall in both halves")
}

func TestPool(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)
	labels := t.TempDir()
	b, err := os.ReadFile(filepath.Join("testdata", "labels", "l3s.jsonl"))
	require.NoError(t, err)
	var keep []string
	for l := range strings.SplitSeq(string(b), "\n") {
		if strings.Contains(l, `"page-match"`) {
			keep = append(keep, l)
		}
	}
	require.Len(t, keep, 1)
	require.NoError(t, os.WriteFile(filepath.Join(labels, "l3s.jsonl"), []byte(strings.Join(keep, "\n")+"\n"), 0o600))
	cfg := testConfig("all")
	cfg.LabelDir = labels
	pages, err := Pool(cfg, c, tax)
	require.NoError(t, err)
	// page-match is labelled, page-boko's site is heldout: page-hamas is the pool.
	require.Len(t, pages, 1)
	p := pages[0]
	assert.Equal(t, "page-hamas", p.ID)
	assert.Equal(t, "example.org", p.Site)
	assert.Contains(t, p.TopLevel, "medtop:16000000", "a ceasefire story reaches the conflict desk")
	var buf bytes.Buffer
	require.NoError(t, WritePool(&buf, pages, tax))
	assert.Contains(t, buf.String(), "pool: 1 unlabelled tune-site pages, 1 (1.000) with a top-level topic")
}

func TestSplitAtHeadline(t *testing.T) {
	titles := []string{"Goal.com - Chelsea - Cole: Winning Cup Would Give Momentum", "Sports"}
	tests := []struct {
		name, in, title, body string
		ok                    bool
	}{
		{
			"dateline before, body after on one line", "08/01/2008 11:13 Cole: Winning Cup Would Give Momentum Ahead of tonight's semi-final",
			"Cole: Winning Cup Would Give Momentum", "08/01/2008 11:13\nAhead of tonight's semi-final", true,
		},
		{"whitespace and case differ", "cole:  winning\ncup would give MOMENTUM\nBody.", "cole: winning cup would give MOMENTUM", "Body.", true},
		{"too far into the story", strings.Repeat("word ", 100) + "Cole: Winning Cup Would Give Momentum", "", "", false},
		{"part of a longer word", "Cole: Winning Cup Would Give Momentums and more", "", "", false},
		{"a title part under three words is no headline", "Sports and more", "", "", false},
		{"nothing but the headline", "Cole: Winning Cup Would Give Momentum", "", "", false},
	}
	for _, tt := range tests {
		title, body, ok := splitAtHeadline(tt.in, titles)
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.Equal(t, tt.title, title, tt.name)
		assert.Equal(t, tt.body, body, tt.name)
	}
}

func TestPageTitles(t *testing.T) {
	page := `<html><head><title>Site - Late goal &amp; a win</title><meta property="og:title" content="Late goal and a win"></head>` +
		`<body><h1>Sport <b>Story</b></h1><h1>Late goal</h1></body></html>`
	assert.Equal(t, []string{"Late goal and a win", "Site - Late goal & a win", "Sport Story", "Late goal"}, pageTitles(strings.NewReader(page)))
}
