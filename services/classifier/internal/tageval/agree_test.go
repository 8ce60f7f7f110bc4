package tageval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/classify"
)

// TestAgreeEditors scores invented pairs of labels of one document against
// each other, both ways, as Agree does for a second editor.
func TestAgreeEditors(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)
	const (
		sport, match, transfer, soccer = "medtop:15000000", "medtop:20000822", "medtop:20001148", "medtop:20001065"
		politics, intl, govt           = "medtop:11000000", "medtop:20000638", "medtop:20000593"
		conflict, terror               = "medtop:16000000", "medtop:20000053"
	)
	lab := func(actors, req, opt []string) Label {
		return Label{Set: SetL3S, ID: "p", Split: SplitTune, Actors: actors, TopicsRequired: req, TopicsOptional: opt}
	}
	type side struct {
		exact         bool
		missing, xtra []string
		found, false_ []string
	}
	tests := []struct {
		name                    string
		first, second           Label
		fwd, rev                side // second scored against first, first against second
		sameDesk, sameReq, comp bool
	}{
		{
			name:  "the same required codes agree both ways, whatever the optional ones",
			first: lab(nil, []string{sport, match}, []string{soccer}), second: lab(nil, []string{match, sport}, nil),
			fwd: side{exact: true}, rev: side{exact: true}, sameDesk: true, sameReq: true, comp: true,
		},
		{
			name:  "another child of the same desk, each allowed by the other: compatible, not exact",
			first: lab(nil, []string{sport, transfer}, []string{match}), second: lab(nil, []string{sport, match}, []string{transfer}),
			fwd:      side{missing: []string{transfer}},
			rev:      side{missing: []string{match}},
			sameDesk: true, comp: true,
		},
		{
			name:  "a deeper code brings its parent, as the tagger's output does",
			first: lab(nil, []string{sport, match}, []string{soccer}), second: lab(nil, []string{sport, soccer}, nil),
			fwd:      side{exact: true},
			rev:      side{missing: []string{soccer}},
			sameDesk: true, comp: true,
		},
		{
			// The second allows politics only as the parent of government.
			name:  "another desk that the first allows and the second does not",
			first: lab(nil, []string{politics, intl}, []string{conflict, terror}), second: lab(nil, []string{conflict, terror}, []string{govt}),
			fwd: side{missing: []string{politics, intl}},
			rev: side{missing: []string{conflict, terror}, xtra: []string{intl}},
		},
		{
			name:  "one actor under two of its names",
			first: lab([]string{"Boko Haram"}, nil, nil), second: lab([]string{"boko haram"}, nil, nil),
			fwd: side{exact: true, found: []string{"boko-haram"}}, rev: side{exact: true, found: []string{"boko-haram"}},
			sameDesk: true, sameReq: true, comp: true,
		},
		{
			name:  "a group no registry carries, named alike",
			first: lab([]string{"Shining Lantern Crew"}, nil, nil), second: lab([]string{"shining lantern crew"}, nil, nil),
			fwd:      side{exact: true, found: []string{"shining lantern crew (not in registry)"}},
			rev:      side{exact: true, found: []string{"shining lantern crew (not in registry)"}},
			sameDesk: true, sameReq: true, comp: true,
		},
		{
			name:  "an actor only the second names is false one way and missed the other",
			first: lab([]string{"Hamas"}, nil, nil), second: lab([]string{"Hamas", "Boko Haram"}, nil, nil),
			fwd:      side{found: []string{"hamas"}, false_: []string{"boko-haram"}},
			rev:      side{found: []string{"boko-haram", "hamas"}}, // Boko Haram missed: the subtest below
			sameDesk: true, sameReq: true, comp: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := []Doc{{Label: tt.first, Text: Text{Body: "Nothing to tag here."}}}
			ag, err := Agree(docs, []Label{tt.second}, c, tax)
			require.NoError(t, err)
			by := map[string]DocResult{}
			for _, cmp := range ag.Comparisons {
				require.Len(t, cmp.Docs, 1, cmp.Name)
				by[cmp.Name] = cmp.Docs[0]
			}
			check := func(name string, want side) {
				r := by[name]
				assert.Equal(t, want.exact, r.TopicsExact && r.ActorsExact, "%s: exact", name)
				assert.Equal(t, want.missing, r.MissingTopics, "%s: missing", name)
				assert.Equal(t, want.xtra, r.ExtraTopics, "%s: extra", name)
				if want.found != nil {
					assert.ElementsMatch(t, want.found, append(append([]string{}, r.Found...), r.Missed...), "%s: gold actors", name)
				}
				assert.Equal(t, want.false_, r.False, "%s: false actors", name)
			}
			check(SecondVsFirst, tt.fwd)
			check(FirstVsSecond, tt.rev)
			assert.Equal(t, b2i(tt.sameDesk), ag.SameDesk, "same desk")
			assert.Equal(t, b2i(tt.sameReq), ag.SameRequired, "same required")
			assert.Equal(t, b2i(tt.comp), ag.Compatible, "compatible")
		})
	}
	t.Run("an actor the first does not name is missed in the reverse", func(t *testing.T) {
		docs := []Doc{{Label: lab([]string{"Hamas"}, nil, nil)}}
		ag, err := Agree(docs, []Label{lab([]string{"Hamas", "Boko Haram"}, nil, nil)}, c, tax)
		require.NoError(t, err)
		rev := ag.Comparisons[2]
		require.Equal(t, FirstVsSecond, rev.Name)
		assert.Equal(t, []string{"boko-haram"}, rev.Docs[0].Missed)
		assert.Equal(t, PR{TP: 1, FN: 1, Precision: 1, Recall: 0.5}, rev.Summary.Actors)
	})
	t.Run("a document without a second label is an error", func(t *testing.T) {
		_, err := Agree([]Doc{{Label: lab(nil, nil, nil)}}, nil, c, tax)
		assert.ErrorContains(t, err, "l3s/p has no second label")
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestRunSecond runs an agreement on the testdata: the editors' rows come
// from the labels alone, and the tagger's row equals an ordinary run on
// the same documents (--ids), since both score the tagger one way.
func TestRunSecond(t *testing.T) {
	tax := defaultTax(t)
	c, err := classify.New(tax)
	require.NoError(t, err)
	dir := t.TempDir()
	second := filepath.Join(dir, "l3s"+SecondSuffix)
	require.NoError(t, os.WriteFile(second, []byte(
		`{"set":"l3s","id":"page-boko","split":"heldout","actors":["Boko Haram","Blue Lantern Brigade"],"topics_required":["medtop:16000000","medtop:20000053"]}`+"\n"+
			`{"set":"l3s","id":"page-match","split":"tune","actors":[],"topics_required":["medtop:15000000","medtop:20001108"],"topics_optional":["medtop:20000822"]}`+"\n"), 0o644))

	cfg := testConfig("all")
	cfg.Second = second
	var buf bytes.Buffer
	require.NoError(t, Run(cfg, c, tax, &buf))
	var ag Agreement
	require.NoError(t, json.Unmarshal(buf.Bytes(), &ag))
	assert.Equal(t, 2, ag.SecondLabels)
	assert.Equal(t, 2, ag.SameDesk)
	assert.Equal(t, 1, ag.SameRequired, "page-boko")
	assert.Equal(t, 1, ag.Compatible, "page-match: sport event is not among the first label's allowed codes")
	require.Len(t, ag.Comparisons, 4)
	fwd := ag.Comparisons[1]
	require.Equal(t, SecondVsFirst, fwd.Name)
	assert.Equal(t, 2, fwd.Summary.Docs)
	assert.Equal(t, 1, fwd.Summary.TopicExact)
	assert.Equal(t, PR{TP: 1, FP: 1, Precision: 0.5, Recall: 1}, fwd.Summary.Actors, "the brigade is the second editor's false actor")

	// The same documents through --ids: the tagger is scored alike.
	cfg = testConfig("all")
	cfg.IDs = second
	buf.Reset()
	require.NoError(t, Run(cfg, c, tax, &buf))
	var out Output
	require.NoError(t, json.Unmarshal(buf.Bytes(), &out))
	require.Len(t, out.Docs, 2)
	tagger := ag.Comparisons[0]
	require.Equal(t, TaggerVsFirst, tagger.Name)
	exact := 0
	for _, d := range out.Docs {
		if d.TopicsExact {
			exact++
		}
	}
	assert.Equal(t, exact, tagger.Summary.TopicExact)
	assert.ElementsMatch(t, out.Docs, tagger.Docs)

	cfg = testConfig("all")
	cfg.Second, cfg.JSON, cfg.Errors = second, false, true
	buf.Reset()
	require.NoError(t, Run(cfg, c, tax, &buf))
	assert.Regexp(t, `second vs first\s+second editor's required\s+first editor\s+2\s+0\.500\s+1\.000\s+0\.500 \(1\)`, buf.String())
	assert.Contains(t, buf.String(), "l3s/tune page-match\n  topics first [medtop:15000000 medtop:20000822] second [medtop:15000000 medtop:20001108]")

	// A second label of a document the development set does not label.
	require.NoError(t, os.WriteFile(second, []byte(`{"set":"l3s","id":"page-nowhere","split":"tune","actors":[],"topics_required":[]}`), 0o644))
	cfg = testConfig("all")
	cfg.Second = second
	assert.ErrorContains(t, Run(cfg, c, tax, &bytes.Buffer{}), "page-nowhere has no label")
}

func TestLoadLabelsLeavesSecondOut(t *testing.T) {
	dir := t.TempDir()
	line := `{"set":"l3s","id":"a","split":"tune","topics_required":["medtop:15000000"]}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "l3s.jsonl"), []byte(line), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "l3s"+SecondSuffix), []byte(line), 0o644))
	ls, err := LoadLabels(dir)
	require.NoError(t, err, "a second editor's label of a labelled page is no duplicate")
	assert.Len(t, ls, 1)
	ls, err = LoadSecond(filepath.Join(dir, "l3s"+SecondSuffix))
	require.NoError(t, err)
	assert.Equal(t, "a", ls[0].ID)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "dup"+SecondSuffix), []byte(line+"\n"+line), 0o644))
	_, err = LoadSecond(filepath.Join(dir, "dup"+SecondSuffix))
	assert.ErrorContains(t, err, "l3s/a labelled twice")
}

func TestReadIDs(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string
		err           string
	}{
		{"plain lines, comments and blanks", "# chosen\na\n\n b \n", []string{"a", "b"}, ""},
		{"label lines", `{"set":"l3s","id":"x","split":"tune"}` + "\nplain\n", []string{"x", "plain"}, ""},
		{"a JSON line without an id", `{"set":"l3s"}`, nil, "x.txt:1: a JSON line without an id"},
		{"nothing", "# only a comment\n", nil, "no id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "x.txt")
			require.NoError(t, os.WriteFile(p, []byte(tt.content), 0o644))
			got, err := ReadIDs(p)
			if tt.err != "" {
				assert.ErrorContains(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
