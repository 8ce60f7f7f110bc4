package taxonomy

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"
)

func TestDefaultLintsClean(t *testing.T) {
	tax, err := Default()
	require.NoError(t, err)
	require.Empty(t, tax.Lint())
	require.Regexp(t, `^\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}$`, tax.Version())
	for _, id := range []string{"isis", "isis-k", "al-qaeda", "khorasan-group", "taliban"} {
		_, ok := tax.Actor(id)
		require.True(t, ok, id)
	}
	k, _ := tax.Actor("isis-k")
	require.Equal(t, "isis", k.Parent)
	require.Equal(t, []string{"medtop:20000082", "medtop:02000000"}, tax.Ancestors("medtop:20000103"))
}

func TestLintFindsProblems(t *testing.T) {
	fsys := fstest.MapFS{
		FileActors: {Data: []byte(`{"actors":[
			{"id":"a","name":"A","type":"terrorist-organisation","parent":"nope","aliases":[{"text":"Red Hand"},{"text":"silence"},{"text":"XY"}]},
			{"id":"b","name":"B","type":"gang","aliases":[{"text":"red  hand"}]},
			{"id":"c","name":"C","type":"militia","split_from":"gone","aliases":[{"text":"RAF","ambiguous":["acronym"]},{"text":"France"},
				{"text":"ALF","ambiguous":["acronym"],"context":{"window":3,"co_mention":true}}]}]}`)},
		FileTopics:      {Data: []byte(`{"topics":[{"code":"medtop:1","label":"x","parent":"medtop:404"}]}`)},
		FileRules:       {Data: []byte(`{"rules":[{"id":"r","code":"medtop:2","query":"(title any \"x\")"}]}`)},
		FilePlaces:      {Data: []byte(`{"places":[{"code":"fr","name":"France","aliases":[]}]}`)},
		FileCommonWords: {Data: []byte("silence\n")},
		FileDate:        {Data: []byte("2025-01-01\n")},
	}
	tax, err := Load(fsys)
	require.NoError(t, err)
	kinds := map[string]string{}
	for _, p := range tax.Lint() {
		kinds[p.Kind+" "+p.Subject] = p.Detail
	}
	for _, want := range []string{
		"unknown-parent a", "common-word-alias a", "short-alias a", "unknown-type b",
		"duplicate-alias b", "unknown-parent medtop:1", "unknown-topic r", "bad-country-code fr",
		"unknown-split-from c", "ambiguous-alias c",
	} {
		require.Contains(t, kinds, want)
	}
	var ambiguous []string
	for _, p := range tax.Lint() {
		if p.Kind == "ambiguous-alias" {
			ambiguous = append(ambiguous, p.Detail)
		}
	}
	require.Equal(t, []string{`"RAF" (acronym) has no context rule`, `"France" (place) has no context rule`}, ambiguous,
		"an ambiguous alias without a context rule is reported, one with a rule is not")

	fsys[FileActors] = &fstest.MapFile{Data: []byte(`{"actors":[{"id":"a","name":"A","type":"militia","aliases":[{"text":"ALF","context":{"window":3,"cues":"nope"}}]}]}`)}
	_, err = Load(fsys)
	require.ErrorIs(t, err, ErrInvalid, "a context naming an unknown cue set does not load")

	fsys[FileActors] = &fstest.MapFile{Data: []byte(`{"actors":[{"id":"a","name":"A","type":"militia","aliases":[{"text":"Zorx","context":{"window":3,"doc":"cyber"}}]}]}`)}
	_, err = Load(fsys)
	require.ErrorIs(t, err, ErrInvalid, "a context naming unknown document cues does not load")

	fsys[FileActors] = &fstest.MapFile{Data: []byte(`{"doc_cues":{"cyber":{"min":3,"terms":["malware","phishing"]}},"actors":[]}`)}
	_, err = Load(fsys)
	require.ErrorIs(t, err, ErrInvalid, "document cues asking for more terms than they list do not load")

	fsys[FileActors] = &fstest.MapFile{Data: []byte(`{"doc_cues":{"cyber":{"min":2,"terms":["malware","phishing"]}},"actors":[{"id":"a","name":"A","type":"militia","aliases":[{"text":"Zorx","context":{"window":3,"doc":"cyber"}}]}]}`)}
	tax, err = Load(fsys)
	require.NoError(t, err)
	require.Equal(t, 2, tax.DocCues["cyber"].Min)
}

func TestLoadMountedDir(t *testing.T) {
	tax, err := Load(os.DirFS("data"))
	require.NoError(t, err)
	def, err := Default()
	require.NoError(t, err)
	require.Equal(t, def.Version(), tax.Version())
}

// TestLoadGzippedFiles: a file may come compressed (the ConfigMap layout
// in deploy/), and the taxonomy is the same one, version included; a
// compressed file that inflates past the bound is refused.
func TestLoadGzippedFiles(t *testing.T) {
	def, err := Default()
	require.NoError(t, err)
	fsys := fstest.MapFS{}
	for _, name := range []string{FileActors, FileTopics, FileRules, FilePlaces, FileCommonWords, FileDate} {
		b, err := os.ReadFile(filepath.Join("data", name))
		require.NoError(t, err)
		if name == FileActors {
			fsys[name+".gz"] = &fstest.MapFile{Data: gzipped(t, b)}
			continue
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	tax, err := Load(fsys)
	require.NoError(t, err)
	require.Equal(t, def.Version(), tax.Version())
	require.Len(t, tax.Actors, len(def.Actors))

	fsys[FileActors+".gz"] = &fstest.MapFile{Data: gzipped(t, bytes.Repeat([]byte(" "), maxDataFile+1))}
	_, err = Load(fsys)
	require.ErrorIs(t, err, ErrTooLarge)
}

// TestLoadRefusesBadCompetition: a share above one would drop every
// topic but the heaviest; the file is refused, not half applied.
func TestLoadRefusesBadCompetition(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{FileActors, FileTopics, FileRules, FilePlaces, FileCommonWords, FileDate} {
		b, err := os.ReadFile(filepath.Join("data", name))
		require.NoError(t, err)
		fsys[name] = &fstest.MapFile{Data: b}
	}
	tax, err := Load(fsys)
	require.NoError(t, err)
	require.NotNil(t, tax.Competition)

	var rf RulesFile
	require.NoError(t, json.Unmarshal(fsys[FileRules].Data, &rf))
	rf.Competition = &Competition{ChildShare: 6}
	b, err := json.Marshal(rf)
	require.NoError(t, err)
	fsys[FileRules] = &fstest.MapFile{Data: b}
	_, err = Load(fsys)
	require.ErrorIs(t, err, ErrInvalid)
	require.ErrorContains(t, err, "competition")
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  bool
	}{
		{"term", `(title any "a b")`, false},
		{"nested", `(and (or/count>=3 (body = "x*")) (not (title adj "y z")))`, false},
		{"prox", `(prox/unit=sentence/distance=1 (body adj "a") (body adj "b"))`, false},
		{"bare", `(or ("Rohingya") (title adj/literal "l.g.b.t."))`, false},
		{"comment", `(and (title any "x") // note // (not (title = "y")))`, false},
		{"countunique", `(or/countunique>2 (body any "a b c"))`, false},
		{"unknown op", `(xor (title any "a"))`, true},
		{"unbalanced", `(and (title any "a")`, true},
		{"bad mode", `(title like "a")`, true},
		{"empty or", `(or)`, true},
		{"prox arity", `(prox/unit=word/distance<2 (body any "a"))`, true},
		{"trailing", `(title any "a") x`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := ParseQuery(tt.in)
			if tt.wantErr {
				require.ErrorIs(t, err, ErrQuery)
				return
			}
			require.NoError(t, err)
			again, err := ParseQuery(e.String())
			require.NoError(t, err)
			require.Equal(t, e.String(), again.String())
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`(title any "a b")`, `(and (or/count>=3 (body = "x*")) (not ("y")))`, `(prox/unit=word/distance<=3 (body adj "a") (title any "b"))`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		e, err := ParseQuery(q)
		if err != nil {
			return
		}
		again, err := ParseQuery(e.String())
		if err != nil {
			t.Fatalf("re-parsing %q: %v", e.String(), err)
		}
		if again.String() != e.String() {
			t.Fatalf("round trip: %q != %q", again.String(), e.String())
		}
	})
}

func TestUnregisteredID(t *testing.T) {
	tests := []struct{ name, want string }{
		{"TA574", "unregistered:ta574"},
		{"TA 574", "unregistered:ta574"},
		{"APT-97", "unregistered:apt97"},
		{"APT-C-36", "unregistered:apt-c-36"},
		{"Storm-0324", "unregistered:storm-0324"},
		{"DEV-0537", "unregistered:dev0537"},
		{"ReconHell", "unregistered:reconhell"},
		{"Magecart  Group", "unregistered:magecart-group"},
		{"“Shining Lantern”", "unregistered:shining-lantern"},
	}
	for _, tt := range tests {
		if got := UnregisteredID(tt.name); got != tt.want {
			t.Errorf("UnregisteredID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFormerIDs: an id a merge folded into another actor leads to it, and
// a registry in which a former id is also an actor's id, or two actors
// claim one former id, is refused: a subject would mean two actors.
func TestFormerIDs(t *testing.T) {
	def, err := Default()
	require.NoError(t, err)
	a, ok := def.Successor("unc2452")
	require.True(t, ok, "UNC2452 was folded into APT29 by a MITRE revocation")
	require.Equal(t, "apt29", a.ID)
	_, ok = def.Successor("apt29")
	require.False(t, ok, "a current id has no successor")
	_, ok = def.Actor("unc2452")
	require.False(t, ok, "a former id is no actor of its own")

	load := func(mutate func(*ActorsFile)) error {
		fsys := fstest.MapFS{}
		for _, name := range []string{FileActors, FileTopics, FileRules, FilePlaces, FileCommonWords, FileDate} {
			b, err := os.ReadFile(filepath.Join("data", name))
			require.NoError(t, err)
			fsys[name] = &fstest.MapFile{Data: b}
		}
		var af ActorsFile
		require.NoError(t, json.Unmarshal(fsys[FileActors].Data, &af))
		mutate(&af)
		b, err := json.Marshal(af)
		require.NoError(t, err)
		fsys[FileActors] = &fstest.MapFile{Data: b}
		_, err = Load(fsys)
		return err
	}
	tests := []struct {
		name   string
		mutate func(*ActorsFile)
		want   string
	}{
		{"former id is an actor's id", func(af *ActorsFile) {
			af.Actors[0].FormerIDs = append(af.Actors[0].FormerIDs, af.Actors[1].ID)
		}, "is an actor's id"},
		{"former id held twice", func(af *ActorsFile) {
			af.Actors[0].FormerIDs = append(af.Actors[0].FormerIDs, "gone-group")
			af.Actors[1].FormerIDs = append(af.Actors[1].FormerIDs, "gone-group")
		}, "held twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := load(tt.mutate)
			require.ErrorIs(t, err, ErrInvalid)
			require.ErrorContains(t, err, tt.want)
		})
	}
	require.NoError(t, load(func(af *ActorsFile) { af.Actors[0].FormerIDs = append(af.Actors[0].FormerIDs, "gone-group") }))
}
