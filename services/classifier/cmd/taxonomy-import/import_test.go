package main

import (
	"bytes"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the importer's output")

func testConfig(out string) config {
	return config{
		MISPDir:   filepath.Join("testdata", "misp"),
		IPTCDir:   filepath.Join("testdata", "iptc"),
		SourceDir: filepath.Join("testdata", "source"),
		WordsFile: filepath.Join("testdata", "words.txt"),
		OutDir:    out,
		Date:      "2025-11-22",
	}
}

var outputs = []string{taxonomy.FileActors, taxonomy.FileTopics, taxonomy.FileRules, taxonomy.FilePlaces, taxonomy.FileCommonWords, taxonomy.FileDate, fileReport}

// TestImportReproducible runs the importer on small slices of the sources
// twice and compares the output with itself and with the golden files.
func TestImportReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	_, err := importAll(t.Context(), testConfig(a))
	require.NoError(t, err)
	_, err = importAll(t.Context(), testConfig(b))
	require.NoError(t, err)
	for _, name := range outputs {
		ga, err := os.ReadFile(filepath.Join(a, name))
		require.NoError(t, err)
		gb, err := os.ReadFile(filepath.Join(b, name))
		require.NoError(t, err)
		require.True(t, bytes.Equal(ga, gb), "%s differs between runs", name)
		golden := filepath.Join("testdata", "golden", name)
		if *update {
			require.NoError(t, os.WriteFile(golden, ga, 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		require.Equal(t, string(want), string(ga), "%s differs from %s (run with -update after an intended change)", name, golden)
	}
}

func TestImportDecisions(t *testing.T) {
	out := t.TempDir()
	rep, err := importAll(t.Context(), testConfig(out))
	require.NoError(t, err)
	tax, err := taxonomy.Load(os.DirFS(out))
	require.NoError(t, err)
	require.Empty(t, tax.Lint())

	aliases := func(id string) []string {
		a, ok := tax.Actor(id)
		require.True(t, ok, id)
		var out []string
		for _, al := range a.Aliases {
			out = append(out, al.Text)
		}
		return out
	}
	isis := aliases("isis")
	require.Contains(t, isis, "Ansar Bayt al-Maqdis", "IS provinces fold into isis")
	require.NotContains(t, isis, "Syria", "names are not split on 'and'")
	require.Contains(t, aliases("isis-k"), "ISIL Khorasan")
	require.NotContains(t, aliases("jaish-e-mohammed"), "Muhammad", "spelling lists in parentheses are not aliases")
	_, ok := tax.Actor("the-base")
	require.False(t, ok, "an actor whose only name is a common phrase is skipped")
	_, ok = tax.Actor("james-mason")
	require.False(t, ok, "individuals are excluded")
	irfan := aliases("international-relief-fund-for-the-afflicted-and-needy-canada")
	require.NotContains(t, irfan, "Canada", "country names are never actor aliases")

	apt28, _ := tax.Actor("apt28")
	require.Equal(t, taxonomy.TypeStateCyber, apt28.Type)
	require.True(t, slices.ContainsFunc(apt28.Sources, func(s string) bool { return bytes.HasPrefix([]byte(s), []byte("mitre-attack:G0007")) }), "MITRE set merges into the MISP actor")
	for _, al := range apt28.Aliases {
		if al.Text == "Fancy Bear" || al.Text == "FANCY BEAR" {
			require.True(t, al.CaseSensitive, "common-word names match only capitalised")
		}
		require.NotEqual(t, "G0007", al.Text)
	}
	fin7, ok := tax.Actor("fin7")
	require.True(t, ok)
	require.Equal(t, taxonomy.TypeCriminal, fin7.Type)

	// New sources: ransomware gangs only, merged across sources, gated
	// ambiguous aliases, splinters, provenance.
	_, ok = tax.Actor("wannacry")
	require.False(t, ok, "a ransomware family without a leak site or operators is malware, not a gang")
	clop, ok := tax.Actor("clop")
	require.True(t, ok)
	require.Equal(t, taxonomy.TypeRansomware, clop.Type, "MITRE's default state-linked type, backed by no country, yields to a ransomware source")
	lockbit, ok := tax.Actor("lockbit")
	require.True(t, ok)
	require.Equal(t, taxonomy.TypeRansomware, lockbit.Type)
	blackcat, ok := tax.Actor("blackcat")
	require.True(t, ok, "Tidal's \"BlackCat Ransomware Actors & Affiliates\" is BlackCat")
	require.Equal(t, taxonomy.TypeRansomware, blackcat.Type)
	alias := func(id, text string) taxonomy.Alias {
		a, ok := tax.Actor(id)
		require.True(t, ok, id)
		for _, al := range a.Aliases {
			if al.Text == text {
				return al
			}
		}
		t.Fatalf("%s has no alias %q", id, text)
		return taxonomy.Alias{}
	}
	require.Equal(t, []string{"microsoft", "misp-threat-actor", "mitre-attack", "tidal"}, alias("apt28", "APT28").Sources,
		"MITRE id, Microsoft's synonyms and Tidal's MITRE id merge into one actor, with provenance per alias")
	_, ok = tax.Actor("forest-blizzard")
	require.False(t, ok, "Forest Blizzard is APT28")
	require.Contains(t, rep.Undecided, undecided{Alias: "ta505", Entries: []string{"microsoft:Lace Tempest", "microsoft:Spandex Tempest"}},
		"two entries of one source sharing an alias stay apart, recorded")
	for _, id := range []string{"lace-tempest", "spandex-tempest"} {
		require.NotContains(t, aliases(id), "TA505", "an alias two actors share is dropped from both")
	}
	jra, ok := tax.Actor("japanese-red-army")
	require.True(t, ok, "a source listing one group twice under one name is one actor")
	require.Len(t, jra.Sources, 2)
	require.Equal(t, "irish-republican-army", func() string { a, _ := tax.Actor("real-irish-republican-army"); return a.SplitFrom }())
	farc := alias("revolutionary-armed-forces-of-colombia", "FARC")
	require.Equal(t, []string{"acronym"}, farc.Ambiguous)
	require.NotNil(t, farc.Context, "an acronym is tagged only with context")
	require.True(t, farc.Context.CoMention)
	require.Equal(t, "militant", farc.Context.Cues)
	tigers := alias("tigers", "Tigers")
	require.Contains(t, tigers.Ambiguous, "common-word")
	require.True(t, tigers.CaseSensitive)
	require.Equal(t, "people", alias("conti", "Conti").Context.Cues)
	require.Contains(t, alias("lockbit", "LockBit").Ambiguous, "malware-name", "a ransomware gang is named after its malware")
	raf := alias("baader-meinhof-group", "RAF")
	require.Equal(t, []string{"Royal Air Force", "Royal Australian Air Force"}, raf.Context.Block, "the overlay's context for an alias wins")
	require.Nil(t, alias("isis", "ISIS").Context, "an acronym the overlay lists as plain needs no context")
	require.Equal(t, taxonomy.TypeMilitia, jra.Type)
	require.Equal(t, 2007, func() int { a, _ := tax.Actor("apt28"); return a.ActiveFrom }(), "active years from \"since at least 2007\"")

	var extra int
	for _, r := range tax.Rules {
		require.NotEqual(t, "Test Rule", r.Name)
		if r.Origin == "iptc-extra" {
			extra++
		}
	}
	require.Equal(t, 1, extra)
	require.Equal(t, rep.ExtraRules, extra)
	mig, ok := tax.Topic("medtop:20000634")
	require.True(t, ok)
	require.Equal(t, "migration of people", mig.Label, "labels come from media-topics-en.json")
	_, ok = tax.Topic("medtop:20000064")
	require.False(t, ok, "retired codes are left out")
}

func TestRunFlags(t *testing.T) {
	logger := slog.New(slog.DiscardHandler)
	require.Error(t, run(t.Context(), []string{"-out", t.TempDir()}, io.Discard, logger))
	var stdout bytes.Buffer
	args := []string{"-misp", "testdata/misp", "-iptc", "testdata/iptc", "-source", "testdata/source", "-words", "testdata/words.txt", "-out", t.TempDir(), "-date", "2025-11-22"}
	require.NoError(t, run(t.Context(), args, &stdout, logger))
	require.Contains(t, stdout.String(), "actors ")
}

// TestEmbeddedDataUpToDate re-imports the full sources and compares with
// the embedded taxonomy/data. The sources are the repository's own copies
// in taxonomy/upstream (gzip-compressed; refreshed from ../shared/data and
// Debian's word list when those change), so the check runs on any clone.
func TestEmbeddedDataUpToDate(t *testing.T) {
	upstream := filepath.Join("..", "..", "taxonomy", "upstream")
	date, err := os.ReadFile(filepath.Join("..", "..", "taxonomy", "data", taxonomy.FileDate))
	require.NoError(t, err)
	out := t.TempDir()
	cfg := config{
		MISPDir: filepath.Join(upstream, "actors"), IPTCDir: filepath.Join(upstream, "iptc"),
		SourceDir: filepath.Join("..", "..", "taxonomy", "source"), WordsFile: filepath.Join(upstream, "words", "words"),
		OutDir: out, Date: string(bytes.TrimSpace(date)),
	}
	_, err = importAll(t.Context(), cfg)
	require.NoError(t, err)
	for _, name := range outputs {
		got, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join("..", "..", "taxonomy", "data", name))
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "taxonomy/data/%s is stale: re-run cmd/taxonomy-import", name)
	}
}

func TestInstitutional(t *testing.T) {
	tests := []struct {
		alias string
		want  bool
	}{
		{"Mabna Institute", true},
		{"Mabna Institute Group", true},
		{"Example Trading Company", true},
		{"Example Tech Co. Ltd.", true},
		{"Institute", false}, // a word alone is another matter (common-word)
		{"Fancy Bear", false},
		{"Lazarus Group", false},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, institutional(tt.alias), tt.alias)
	}
}
