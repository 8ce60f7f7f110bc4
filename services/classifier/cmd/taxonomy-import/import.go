package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

type config struct {
	MISPDir, IPTCDir, SourceDir, WordsFile, OutDir, Date string
}

type dropped struct{ Actor, Alias, Reason string }

type report struct {
	Actors, Aliases, Topics, Rules, ExtraRules, Places int
	Dropped                                            []dropped
	Undecided                                          []undecided
	// Forced are merges a source itself asked for across the one-entry-
	// per-source rule: a MITRE revocation, one MITRE id, a ransomware
	// family listed twice.
	Forced []undecided
	// Retired are former actor ids (former-ids.json) whose sources no
	// actor holds any more: ids with no successor.
	Retired []string
	// Moved are the former ids with the actor that holds each now.
	Moved []string
	// Entries counts source entries read, Kept the actors each source
	// contributes to, ByType the actors per type, Gated the aliases that
	// need context.
	// Skipped counts source entries left out on purpose (ransomware
	// families that are not gangs).
	Entries, Kept, ByType, Skipped map[string]int
	Gated                          int
	// TypedBy counts the cyber groups per type and what decided it
	// (typedByDefault…), after merging; the overlay's types count apart.
	TypedBy map[string]*[4]int
}

// overlay is taxonomy/source/actors-overlay.json: hand-curated decisions
// that win over the imported data.
type overlay struct {
	// IDs gives imported entries (by their MISP value) a stable id.
	IDs map[string]string `json:"ids"`
	// Merge folds an imported entry into another actor (e.g. IS provinces
	// other than Khorasan into isis, as the labelling guide counts them).
	Merge map[string]string `json:"merge"`
	// Exclude lists imported entries that are not organisations.
	Exclude []string `json:"exclude"`
	// Types overrides the type of imported entries (by MISP value).
	Types map[string]string `json:"types"`
	// DropAliases are generic phrases never used as aliases.
	DropAliases []string `json:"drop_aliases"`
	// Actors are curated entries; their fields win, their aliases come first.
	Actors []overlayActor `json:"actors"`
	// SplitFrom sets or corrects the group a splinter left, by actor id.
	SplitFrom map[string]string `json:"split_from"`
	// Plain lists curated aliases that look ambiguous (short acronyms)
	// but that a reviewer found to name nothing else in the news ("PKK").
	Plain []string `json:"plain"`
	// AliasContext gives an alias (by alias text) its context rule,
	// replacing the generic one; e.g. RAF with the Royal Air Force
	// blocked.
	AliasContext map[string]*taxonomy.Context `json:"alias_context"`
	// CueSets are written to actors.json for Context.Cues.
	CueSets map[string][]string `json:"cue_sets"`
	// DocCues are written to actors.json (taxonomy.DocCue); their
	// one-word terms count as common words, like Jargon.
	DocCues map[string]taxonomy.DocCue `json:"doc_cues"`
	// Jargon are words of computing and security work that the English
	// word list lacks ("whois"); aliases spelt like them are common words.
	Jargon []string `json:"jargon"`
}

type overlayActor struct {
	taxonomy.Actor
	// ReplaceAliases drops the imported aliases instead of appending them.
	ReplaceAliases bool `json:"replace_aliases,omitempty"`
}

// candidate is an actor while it is being assembled.
type candidate struct {
	actor   taxonomy.Actor
	key     string   // source value, for overlay lookups
	keys    []string // after merging: the source values of every member
	src     string   // short source name (srcCanada…)
	uuid    string
	ids     []string // MITRE group ids the entry carries
	related []string // uuids of entries a MISP relation calls the same
	// ownID is the MITRE group id that is the entry's own (MITRE's
	// external id, a Tidal group MITRE numbered), not one a synonym
	// list cites; revokedBy are the uuids of the entries MITRE folded
	// this one into (a "revoked-by" relation).
	ownID     string
	revokedBy []string
	desc      string
	imported  []taxonomy.Alias
	typed     int // how the type was decided (typedByDefault…)
}

func importAll(_ context.Context, cfg config) (*report, error) {
	rep := &report{}
	var ov overlay
	if err := readJSON(filepath.Join(cfg.SourceDir, "actors-overlay.json"), &ov); err != nil {
		return nil, err
	}
	dict, proper, err := readWords(cfg.WordsFile)
	if err != nil {
		return nil, err
	}
	// The working vocabulary of threat reports ("whois", "payload") is as
	// common there as English words are in the news: an alias spelt like
	// one is a common word, not a coined name.
	for _, w := range ov.Jargon {
		dict[strings.ToLower(w)] = true
	}
	for _, dc := range ov.DocCues {
		for _, w := range dc.Terms {
			if !strings.ContainsAny(w, " -") {
				dict[strings.ToLower(w)] = true
			}
		}
	}
	rep.Skipped = map[string]int{}
	cands, err := readSources(cfg.MISPDir, ov, rep.Skipped)
	if err != nil {
		return nil, err
	}
	var pf taxonomy.PlacesFile
	if err := readJSON(filepath.Join(cfg.SourceDir, "places.json"), &pf); err != nil {
		return nil, err
	}
	// A country's name is never an actor's alias ("IRFAN – Canada" gives "Canada").
	drop := map[string]bool{}
	placeKeys := map[string]bool{}
	for _, p := range pf.Places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			drop[taxonomy.AliasKey(n)] = true
			placeKeys[taxonomy.AliasKey(n)] = true
		}
	}
	rep.Entries = map[string]int{}
	for _, c := range cands {
		rep.Entries[c.src]++
	}
	for _, d := range ov.DropAliases {
		drop[taxonomy.AliasKey(d)] = true
	}
	cands = mergeCandidates(cands, dict, drop, rep)
	actors, usedWords := buildActors(cands, ov, dict, proper, drop, rep, placeKeys)
	former, err := readFormerIDs(cfg.SourceDir)
	if err != nil {
		return nil, err
	}
	if rep.Retired, err = assignFormerIDs(actors, former); err != nil {
		return nil, err
	}
	for _, a := range actors {
		for _, id := range a.FormerIDs {
			rep.Moved = append(rep.Moved, id+" → "+a.ID)
		}
	}
	slices.Sort(rep.Moved)
	if err := checkDropped(cfg.OutDir, actors, rep.Retired); err != nil {
		return nil, err
	}
	af := taxonomy.ActorsFile{
		Sources: []string{
			"MISP galaxy: terrorist-groups (Canada listed terrorist entities), threat-actor, mitre-intrusion-set, ransomware (gangs only), microsoft-activity-group, tidal-groups; CC0 1.0 or BSD-2-Clause; MITRE ATT&CK® content © The MITRE Corporation, used under the ATT&CK terms of use",
			"PETRARCH2/Phoenix militant non-state actor dictionary (openeventdata/petrarch2, MIT; names from START's TOPS database)",
			"taxonomy/source/actors-overlay.json (newsflow, hand-curated; wins over imported data)",
		},
		CueSets: ov.CueSets,
		DocCues: ov.DocCues,
		Actors:  actors,
	}
	tf, rf, err := buildTopics(cfg)
	if err != nil {
		return nil, err
	}
	rep.Actors, rep.Topics, rep.Rules, rep.Places = len(actors), len(tf.Topics), len(rf.Rules), len(pf.Places)
	for _, a := range actors {
		rep.Aliases += len(a.Aliases)
	}
	rep.count(actors)
	for _, r := range rf.Rules {
		if r.Origin == "iptc-extra" {
			rep.ExtraRules++
		}
	}
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", cfg.OutDir, err)
	}
	words := slices.Sorted(func(yield func(string) bool) {
		for w := range usedWords {
			if !yield(w) {
				return
			}
		}
	})
	outputs := []struct {
		name string
		v    any
	}{{taxonomy.FileActors, af}, {taxonomy.FileTopics, tf}, {taxonomy.FileRules, rf}, {taxonomy.FilePlaces, pf}}
	for _, o := range outputs {
		if err := writeJSON(filepath.Join(cfg.OutDir, o.name), o.v); err != nil {
			return nil, err
		}
	}
	header := "# Common English words (SCOWL word list via " + filepath.Base(cfg.WordsFile) + ") that occur in actor aliases; see SOURCES.md\n"
	if err := os.WriteFile(filepath.Join(cfg.OutDir, taxonomy.FileCommonWords), []byte(header+strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		return nil, fmt.Errorf("writing common words: %w", err)
	}
	if err := os.WriteFile(filepath.Join(cfg.OutDir, taxonomy.FileDate), []byte(cfg.Date+"\n"), 0o644); err != nil {
		return nil, fmt.Errorf("writing DATE: %w", err)
	}
	if err := os.WriteFile(filepath.Join(cfg.OutDir, fileReport), []byte(rep.markdown()), 0o644); err != nil {
		return nil, fmt.Errorf("writing import report: %w", err)
	}
	// Loading what was written is the cheapest complete validation.
	if _, err := taxonomy.Load(os.DirFS(cfg.OutDir)); err != nil {
		return nil, fmt.Errorf("validating output: %w", err)
	}
	return rep, nil
}

// readSource reads a source file, or its gzip-compressed copy path+".gz"
// when path itself is absent (the copies the repository keeps in
// taxonomy/upstream, so that the import is reproducible from a clone).
func readSource(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return b, err
	}
	f, gzErr := os.Open(path + ".gz")
	if gzErr != nil {
		return nil, err // the plain file's error names what was asked for
	}
	defer func() { _ = f.Close() }() // read-only
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("decompressing %s.gz: %w", path, err)
	}
	b, err = io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompressing %s.gz: %w", path, err)
	}
	return b, nil
}

func readJSON(path string, v any) error {
	b, err := readSource(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decoding %s: %w", path, err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encoding %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// readWords reads the word list: lower-case entries are common words,
// capitalised ones proper nouns (Lazarus, Wagner, Medusa), both returned
// in lower case.
func readWords(path string) (words, proper map[string]bool, err error) {
	b, err := readSource(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading word list: %w", err)
	}
	words, proper = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.ContainsAny(w, "'#") {
			continue
		}
		if w == strings.ToLower(w) {
			words[w] = true
		} else {
			proper[strings.ToLower(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading word list: %w", err)
	}
	return words, proper, nil
}

// truncatedName reports a Phoenix alias that is another name of the same
// actor without its last word, a kind of organisation, and is made of
// common words and demonyms ("Armed
// Islamic" of "Armed Islamic Group", "Libyan Fighting" of "Libyan
// Fighting Group"): the dictionary lists such prefixes for its own
// matcher, and in text they are ordinary phrases ("Libyan fighting
// continued").
func truncatedName(al taxonomy.Alias, c *candidate, dict, proper map[string]bool) bool {
	if len(al.Sources) != 1 || al.Sources[0] != srcPhoenix {
		return false
	}
	key := taxonomy.AliasKey(al.Text)
	words := strings.Fields(key)
	if len(words) < 2 {
		return false
	}
	// Three words or more are a name (SOURCES.md), unless the last is an
	// adjective left without its noun ("Libyan Islamic Fighting").
	if last := words[len(words)-1]; len(words) > 2 && !hasAnySuffix(last, "ing", "ic", "ary", "ist", "ant") {
		return false
	}
	for _, w := range words {
		if !dict[w] && !proper[w] {
			return false
		}
	}
	// The longer name adds only what kind of organisation it is.
	longer := func(t string) bool {
		rest, ok := strings.CutPrefix(taxonomy.AliasKey(t), key+" ")
		return ok && !strings.Contains(rest, " ") && orgNouns[rest]
	}
	return slices.ContainsFunc(c.imported, func(x taxonomy.Alias) bool { return longer(x.Text) }) ||
		slices.ContainsFunc(c.actor.Aliases, func(x taxonomy.Alias) bool { return longer(x.Text) })
}

func hasAnySuffix(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return strings.HasSuffix(s, x) })
}

var orgNouns = map[string]bool{"group": true, "army": true, "front": true, "movement": true, "organization": true, "organisation": true, "party": true, "brigade": true, "brigades": true, "fighters": true, "forces": true, "council": true, "committee": true, "league": true, "union": true, "cells": true, "faction": true, "commandos": true, "network": true}

// splitParens separates "Hamas (Harakat …) (Islamic Resistance Movement)"
// into the name and the parenthesised forms.
func splitParens(s string) (string, []string) {
	var extra []string
	for _, m := range parenRE.FindAllStringSubmatch(s, -1) {
		// "(Mohammad, Muhammad, Muhammed)" lists spellings of one word, not names.
		if strings.Contains(m[1], ",") {
			continue
		}
		extra = append(extra, strings.Split(m[1], "/")...)
	}
	name := strings.Join(strings.Fields(parenRE.ReplaceAllString(s, " ")), " ")
	return name, extra
}

// splitSummary splits a Canadian listing summary ("A, B; C and D.") into names.
func splitSummary(s string) []string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	var out []string
	depth := 0
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		}
		return depth == 0 && (r == ',' || r == ';')
	}) {
		part = strings.TrimSpace(part)
		// Only a leading "and " is a list joiner: splitting on every " and "
		// would cut "Islamic State of Iraq and Syria" into an alias "Syria".
		part = strings.TrimPrefix(part, "and ")
		name, extra := splitParens(part)
		out = append(out, name)
		out = append(out, extra...)
	}
	return out
}

func toAliases(src string, names []string) []taxonomy.Alias {
	out := make([]taxonomy.Alias, 0, len(names))
	for _, n := range names {
		n = strings.TrimSpace(strings.TrimSuffix(strings.Join(strings.Fields(n), " "), "."))
		if n != "" {
			out = append(out, taxonomy.Alias{Text: n, Sources: []string{src}})
		}
		// "Abu Sayyaf Group" is also "Abu Sayyaf"; a one-word rest
		// ("Wagner", "Khorasan") is too often something else.
		if core, ok := strings.CutSuffix(n, " Group"); ok && strings.Contains(core, " ") && !strings.HasPrefix(strings.ToLower(core), "the ") {
			out = append(out, taxonomy.Alias{Text: core, Sources: []string{src}})
		}
	}
	return out
}

var stripMarks = transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

func slug(s string) string {
	s, _, _ = transform.String(stripMarks, s)
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// vet decides whether an imported alias is safe to match, and whether it
// needs its case. Imported synonyms include campaign names, ids and
// ordinary words ("Silence", "The Base", "Zinc") that would tag every
// other article.
func vet(text string, dict map[string]bool, drop map[string]bool) (ok, caseSensitive bool, reason string) {
	key := taxonomy.AliasKey(text)
	words := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' })
	switch {
	case drop[key]:
		return false, false, "generic phrase (overlay drop list)"
	case utf8.RuneCountInString(text) < 3:
		return false, false, "shorter than 3 characters"
	case numericRE.MatchString(text):
		return false, false, "numeric"
	case mitreIDRE.MatchString(text):
		return false, false, "MITRE id (kept as source)"
	case strings.ContainsAny(text, ":"), strings.HasPrefix(key, "operation "):
		return false, false, "campaign or annotated name"
	case len(words) == 1 && dict[words[0]] && !titleCase(text) && text != strings.ToUpper(text):
		// Written with a capital, a word can be a name ("Cobalt", "Play");
		// it is then kept, gated on context.
		return false, false, "common English word"
	case len(words) == 2 && words[0] == "the" && dict[words[1]]:
		return false, false, "common English phrase"
	}
	allCommon := true
	for _, w := range words {
		if !dict[w] {
			allCommon = false
		}
	}
	upper := text == strings.ToUpper(text) && strings.IndexFunc(text, unicode.IsLetter) >= 0
	// Short acronyms collide with other acronyms in other case (e.g. "Isi"),
	// phrases of ordinary words ("Fancy Bear") are names only when
	// capitalised, and so is a capitalised single word the word list does
	// not know ("Sandworm" names the group, "sandworm puppets" do not).
	return true, allCommon || (upper && utf8.RuneCountInString(text) <= 4) || (len(words) == 1 && titleCase(text)), ""
}

func buildActors(cands []*candidate, ov overlay, dict, proper, drop map[string]bool, rep *report, placeNames map[string]bool) ([]taxonomy.Actor, map[string]bool) {
	used := map[string]bool{}
	noteWords := func(text string) {
		for _, w := range strings.FieldsFunc(taxonomy.AliasKey(text), func(r rune) bool { return r == ' ' || r == '-' }) {
			if dict[w] {
				used[w] = true
			}
		}
	}
	plain := map[string]bool{}
	for _, p := range ov.Plain {
		plain[p] = true
	}
	byID := map[string]*candidate{}
	var order []*candidate
	for _, o := range ov.Actors {
		c := &candidate{actor: o.Actor, src: srcOverlay}
		c.actor.Sources = append(slices.Clone(c.actor.Sources), "overlay")
		byID[o.ID] = c
		order = append(order, c)
	}
	replace := map[string]bool{}
	for _, o := range ov.Actors {
		replace[o.ID] = o.ReplaceAliases
	}
	overlayAlias := map[string]string{}
	for _, o := range ov.Actors {
		for _, al := range o.Aliases {
			overlayAlias[taxonomy.AliasKey(al.Text)] = o.ID
		}
	}
	lookup := func(m map[string]string, c *candidate) (string, bool) {
		for _, k := range c.keys {
			if v, ok := m[k]; ok {
				return v, true
			}
		}
		return "", false
	}
	for _, c := range cands {
		if len(c.keys) == 0 {
			c.keys = []string{c.key}
		}
		if target, ok := lookup(ov.Merge, c); ok {
			t := byID[target]
			if t == nil {
				rep.Dropped = append(rep.Dropped, dropped{c.key, "", "merge target " + target + " unknown"})
				continue
			}
			t.actor.Sources = append(t.actor.Sources, c.actor.Sources...)
			t.imported = append(t.imported, c.imported...)
			t.desc += c.desc
			continue
		}
		id, _ := lookup(ov.IDs, c)
		if id == "" {
			// An entry whose name is a curated alias is that curated actor
			// ("Al-Qaida in the Arabian Peninsula" from a listing).
			for _, n := range entryNames(c) {
				if o, ok := overlayAlias[n]; ok {
					id = o
					break
				}
			}
		}
		if t, ok := byID[id]; ok && t.src == srcOverlay && t.key != "" { // a further entry for a filled-in curated actor
			t.keys = append(t.keys, c.keys...)
			t.desc += c.desc
			t.actor.Designations = append(t.actor.Designations, c.actor.Designations...)
			t.actor.Sources = append(t.actor.Sources, c.actor.Sources...)
			t.imported = append(t.imported, c.imported...)
			continue
		}
		if id == "" {
			id = slug(c.actor.Name)
		}
		if t, ok := byID[id]; ok && t.key == "" { // overlay entry: imported data fills in
			t.key, t.keys, t.desc = c.key, c.keys, c.desc
			if t.actor.Type == "" {
				t.actor.Type = c.actor.Type
			}
			if t.actor.Country == "" {
				t.actor.Country = c.actor.Country
			}
			if t.actor.ActiveFrom == 0 {
				t.actor.ActiveFrom = c.actor.ActiveFrom
			}
			if t.actor.ActiveTo == 0 {
				t.actor.ActiveTo = c.actor.ActiveTo
			}
			t.actor.Designations = append(t.actor.Designations, c.actor.Designations...)
			t.actor.Sources = append(c.actor.Sources, t.actor.Sources...)
			t.imported = append(t.imported, c.imported...)
			continue
		}
		for base, n := id, 2; byID[id] != nil; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		c.actor.ID = id
		how := c.typed
		if typ, ok := lookup(ov.Types, c); ok {
			c.actor.Type, how = typ, 3
		}
		if c.src != srcCanada && c.src != srcPhoenix || how == 3 {
			if rep.TypedBy == nil {
				rep.TypedBy = map[string]*[4]int{}
			}
			if rep.TypedBy[c.actor.Type] == nil {
				rep.TypedBy[c.actor.Type] = &[4]int{}
			}
			rep.TypedBy[c.actor.Type][how]++
		}
		byID[id] = c
		order = append(order, c)
	}

	// An alias named by several actors is kept only where the overlay puts
	// it; otherwise it is ambiguous and dropped everywhere.
	curatedOwner := map[string]string{}
	for _, c := range order {
		for _, a := range c.actor.Aliases {
			curatedOwner[taxonomy.AliasKey(a.Text)] = c.actor.ID
		}
	}
	// An alias several actors carry goes to the one that has it as the
	// name of one of its entries, or else to the one most source entries
	// give it to; when that does not single one out it is dropped from all.
	type claim struct{ named, votes int }
	claims := map[string]map[string]*claim{}
	for _, c := range order {
		names := map[string]bool{}
		for _, n := range entryNames(c) {
			names[n] = true
		}
		for _, a := range c.imported {
			k := taxonomy.AliasKey(a.Text)
			if claims[k] == nil {
				claims[k] = map[string]*claim{}
			}
			cl := claims[k][c.actor.ID]
			if cl == nil {
				cl = &claim{}
				claims[k][c.actor.ID] = cl
			}
			cl.votes++
			if names[k] {
				cl.named = 1
			}
		}
	}
	owner := func(k string) string {
		best, bestScore, tie := "", [2]int{-1, -1}, false
		for id, cl := range claims[k] {
			sc := [2]int{cl.named, cl.votes}
			switch {
			case sc[0] > bestScore[0] || (sc[0] == bestScore[0] && sc[1] > bestScore[1]):
				best, bestScore, tie = id, sc, false
			case sc == bestScore:
				tie = true
			}
		}
		if tie {
			return ""
		}
		return best
	}
	// gate gives an ambiguous alias its context rule: the overlay's for
	// that alias text, else the generic one for the actor's type.
	gate := func(a *taxonomy.Actor, al *taxonomy.Alias, imported bool) {
		if x, ok := ov.AliasContext[al.Text]; ok {
			al.Context = x
		}
		if plain[al.Text] {
			return
		}
		al.Ambiguous = ambiguity(al.Text, dict, proper, placeNames, imported)
		// A ransomware gang is named after its ransomware: every name of
		// it is also a malware family's ("REvil ransomware").
		if imported && a.Type == taxonomy.TypeRansomware && slices.Contains(al.Sources, srcRansomware) {
			al.Ambiguous = append(al.Ambiguous, "malware-name")
		}
		// A sponsor's or front's name ("Mabna Institute", a company, a
		// university) names the organisation, which reports cite as the
		// group's sponsor or employer: it stands for the group only beside
		// another of its names. Not the group's own name, nor a vendor's
		// name in capitals ("BRONZE UNIVERSITY").
		if institutional(al.Text) && al.Context == nil && al.Text != a.Name && strings.ToUpper(al.Text) != al.Text {
			al.Ambiguous = append(al.Ambiguous, "organisation-name")
			al.Context = &taxonomy.Context{CoMention: true}
		}
		// A creed is no name ("Marxist-Leninist", a Phoenix synonym):
		// text uses it for any group, party or person of that belief,
		// so it stands for the group only beside another of its names.
		if creed(al.Text) && al.Text != a.Name {
			al.Ambiguous = append(al.Ambiguous, "creed")
			al.Context = &taxonomy.Context{CoMention: true}
		}
		if len(al.Ambiguous) > 0 && al.Context == nil {
			al.Context = defaultContext(a.Type, al.Text, al.Ambiguous)
			if _, ok := ov.DocCues[al.Context.Doc]; !ok {
				al.Context.Doc = "" // no such vocabulary in this overlay
			}
		}
		if al.Context != nil {
			rep.Gated++
			// Context decides; a case rule still holds for acronyms and
			// words ("RAF", not "raf"; "Cobalt", not "cobalt").
			// An acronym or a word is a name only in its capitals; a
			// coined word ("Sandworm", "Darkside") is matched in any case,
			// since writers vary it ("DarkSide") and context decides.
			al.CaseSensitive = slices.ContainsFunc(al.Ambiguous, func(w string) bool {
				return w == "acronym" || w == "common-word" || w == "proper-noun" || w == "person-name"
			})
			// A compound of words still needs its capital: "sandworm" and
			// "wildcard" are words.
			al.Context.Capital = !al.CaseSensitive && slices.Contains(al.Ambiguous, "compound-word")
		}
	}
	var out []taxonomy.Actor
	for _, c := range order {
		a := c.actor
		seen := map[string]int{}
		var aliases []taxonomy.Alias
		for _, al := range a.Aliases {
			k := taxonomy.AliasKey(al.Text)
			if _, ok := seen[k]; !ok {
				seen[k] = len(aliases)
				al.Sources = []string{srcOverlay}
				gate(&a, &al, false)
				aliases = append(aliases, al)
				noteWords(al.Text)
			}
		}
		if !replace[a.ID] {
			for _, al := range c.imported {
				k := taxonomy.AliasKey(al.Text)
				if i, ok := seen[k]; ok {
					if i >= 0 {
						for _, s := range al.Sources {
							if !slices.Contains(aliases[i].Sources, s) {
								aliases[i].Sources = append(aliases[i].Sources, s)
							}
						}
					}
					continue
				}
				seen[k] = -1
				noteWords(al.Text)
				if o, ok := curatedOwner[k]; ok && o != a.ID {
					rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, "curated for " + o})
					continue
				}
				if len(claims[k]) > 1 {
					if o := owner(k); o != a.ID {
						reason := "ambiguous: names several actors"
						if o != "" {
							reason = "shared; kept for " + o
						}
						rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, reason})
						continue
					}
				}
				if truncatedName(al, c, dict, proper) {
					rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, "Phoenix prefix of a longer name, common words only"})
					continue
				}
				ok, cs, reason := vet(al.Text, dict, drop)
				if !ok {
					rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, reason})
					continue
				}
				al.CaseSensitive = cs
				gate(&a, &al, true)
				seen[k] = len(aliases)
				aliases = append(aliases, al)
			}
		}
		if len(aliases) == 0 {
			rep.Dropped = append(rep.Dropped, dropped{a.ID, "", "actor has no usable alias; skipped"})
			continue
		}
		for i := range aliases {
			sort.Strings(aliases[i].Sources)
		}
		a.Aliases = aliases
		a.Sources = slices.Compact(a.Sources)
		a.Designations = slices.Compact(a.Designations)
		out = append(out, a)
		c.actor = a
	}

	// Splinters: resolved once every actor has its id, against aliases
	// that name one actor and need no context.
	names := map[string]string{}
	for _, a := range out {
		for _, al := range a.Aliases {
			if al.Context == nil {
				names[taxonomy.AliasKey(al.Text)] = a.ID
			}
		}
	}
	desc := map[string]string{}
	for _, c := range order {
		desc[c.actor.ID] = c.desc
	}
	for i := range out {
		a := &out[i]
		if id, ok := ov.SplitFrom[a.ID]; ok {
			a.SplitFrom = id
			continue
		}
		if a.SplitFrom == "" && a.Parent == "" {
			a.SplitFrom = splitFrom(*a, desc[a.ID], names)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, used
}

type iptcEN struct {
	Topics []struct {
		TopicID string `json:"topicId"`
		Name    string `json:"name"`
	} `json:"topics"`
}

type iptcHierarchy struct {
	Topics []struct {
		Code    string  `json:"code"`
		Name    string  `json:"name"`
		Broader *string `json:"broader"`
		Retired *string `json:"retired"`
	} `json:"topics"`
}

type extraRules struct {
	Rules []struct {
		Name    string `json:"name"`
		Query   string `json:"query"`
		TopicID string `json:"topicId"`
	} `json:"rules"`
}

// curatedRules is taxonomy/source/topic-rules.json.
type curatedRules struct {
	Rules []taxonomy.Rule `json:"rules"`
	// ExtraOverrides adjusts imported EXTRA rules by id ("extra-<name>"):
	// a stronger evidence threshold, or leaving the rule out, with a note
	// saying why.
	ExtraOverrides map[string]extraOverride `json:"extra_overrides"`
	// ExtraDefaults applies to every imported EXTRA rule that its
	// override does not set: EXTRA rules tag deep codes on a word or two,
	// which in general news is often a side remark.
	ExtraDefaults extraOverride `json:"extra_defaults"`
	// Desks are rules written as cue lists (desks.go).
	Desks []deskRule `json:"desks"`
	// ThreatReport is the vocabulary of the threat-report genre, in which
	// most desks give way (deskRules).
	ThreatReport genre `json:"threat_report"`
	// DeskFallback is the relaxed reading of the desks for a story no
	// rule tags (deskFallback).
	DeskFallback deskFallback `json:"desk_fallback"`
	// DeskWeakOnly is the default deskRule.MinWeak as a multiple of the
	// desk's MinUnique (0: weak cues never stand in for strong ones).
	DeskWeakOnly float64 `json:"desk_weak_only"`
	// Competition is copied to rules.json as it is.
	Competition *taxonomy.Competition `json:"competition,omitempty"`
}

type extraOverride struct {
	MinEvidence int     `json:"min_evidence,omitempty"`
	Relative    float64 `json:"relative,omitempty"`
	Disabled    bool    `json:"disabled,omitempty"`
	Note        string  `json:"note"`
}

func buildTopics(cfg config) (taxonomy.TopicsFile, taxonomy.RulesFile, error) {
	var (
		en  iptcEN
		hi  iptcHierarchy
		ex  extraRules
		cur curatedRules
	)
	for _, f := range []struct {
		path string
		v    any
	}{
		{filepath.Join(cfg.IPTCDir, "media-topics-en.json"), &en},
		{filepath.Join(cfg.IPTCDir, "media-topics-hierarchy.json"), &hi},
		{filepath.Join(cfg.IPTCDir, "extra-rules-en.jsonl"), &ex},
		{filepath.Join(cfg.SourceDir, "topic-rules.json"), &cur},
	} {
		if err := readJSON(f.path, f.v); err != nil {
			return taxonomy.TopicsFile{}, taxonomy.RulesFile{}, err
		}
	}
	label := map[string]string{}
	for _, t := range en.Topics {
		label[t.TopicID] = t.Name
	}
	tf := taxonomy.TopicsFile{Sources: []string{
		"IPTC Media Topics (media-topics-en.json labels via iptc/extra-examples, MIT; hierarchy from the October 2023 mapping export), IPTC NewsCodes CC BY 4.0",
	}}
	known := map[string]bool{}
	for _, t := range hi.Topics {
		if t.Retired != nil {
			continue
		}
		l := label[t.Code]
		if l == "" {
			l = t.Name
		}
		tp := taxonomy.Topic{Code: t.Code, Label: l}
		if t.Broader != nil {
			tp.Parent = *t.Broader
		}
		tf.Topics = append(tf.Topics, tp)
		known[t.Code] = true
	}
	// Labelled topics that the hierarchy export lacks still count.
	for _, t := range en.Topics {
		if !known[t.TopicID] {
			tf.Topics = append(tf.Topics, taxonomy.Topic{Code: t.TopicID, Label: t.Name})
			known[t.TopicID] = true
		}
	}
	sort.Slice(tf.Topics, func(i, j int) bool { return tf.Topics[i].Code < tf.Topics[j].Code })

	rf := taxonomy.RulesFile{Sources: []string{
		"IPTC EXTRA rules (iptc/extra-examples, MIT): origin iptc-extra",
		"taxonomy/source/topic-rules.json (newsflow, hand-curated): origin curated",
	}}
	used := map[string]bool{}
	for _, r := range ex.Rules {
		if r.Name == "Test Rule" {
			continue
		}
		if !known[r.TopicID] {
			return tf, rf, fmt.Errorf("importing EXTRA rule %q: unknown topic %s", r.Name, r.TopicID)
		}
		if _, err := taxonomy.ParseQuery(r.Query); err != nil {
			return tf, rf, fmt.Errorf("importing EXTRA rule %q: %w", r.Name, err)
		}
		name, _, _ := strings.Cut(r.Name, " - ")
		rule := taxonomy.Rule{ID: "extra-" + slug(name), Code: r.TopicID, Origin: "iptc-extra", Name: r.Name, Query: r.Query}
		if o, ok := cur.ExtraOverrides[rule.ID]; ok {
			used[rule.ID] = true
			if o.Disabled {
				continue
			}
			rule.MinEvidence, rule.Relative, rule.Note = o.MinEvidence, o.Relative, o.Note
		}
		if rule.MinEvidence == 0 {
			rule.MinEvidence = cur.ExtraDefaults.MinEvidence
		}
		if rule.Relative == 0 {
			rule.Relative = cur.ExtraDefaults.Relative
		}
		rf.Rules = append(rf.Rules, rule)
	}
	for id := range cur.ExtraOverrides {
		if !used[id] {
			return tf, rf, fmt.Errorf("importing EXTRA overrides: no rule %q", id)
		}
	}
	for _, r := range cur.Rules {
		if !known[r.Code] {
			return tf, rf, fmt.Errorf("importing curated rule %q: unknown topic %s", r.ID, r.Code)
		}
		if _, err := taxonomy.ParseQuery(r.Query); err != nil {
			return tf, rf, fmt.Errorf("importing curated rule %q: %w", r.ID, err)
		}
		r.Origin = "curated"
		rf.Rules = append(rf.Rules, r)
	}
	desks, err := deskRules(cur.Desks, known, tf.Topics, cur.ThreatReport, cur.DeskFallback, cur.DeskWeakOnly)
	if err != nil {
		return tf, rf, err
	}
	rf.Rules = append(rf.Rules, desks...)
	rf.Competition = cur.Competition
	return tf, rf, nil
}

// entryNames are the alias keys of the names (not synonyms) of the source
// entries a candidate was built from.
func entryNames(c *candidate) []string {
	out := []string{taxonomy.AliasKey(c.actor.Name)}
	for _, k := range c.keys {
		n, _ := splitParens(strings.ReplaceAll(strings.TrimPrefix(k, "phoenix:"), "_", " "))
		n, _, _ = strings.Cut(n, " - G")
		if k := taxonomy.AliasKey(n); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// institutionNouns end the name of a legal organisation rather than of a
// clandestine group.
var institutionNouns = map[string]bool{"institute": true, "university": true, "company": true, "corporation": true, "inc": true, "ltd": true, "llc": true}

// institutional reports an alias whose last word is an institutionNoun
// ("Mabna Institute", "Mabna Institute Group" counts through its
// second-last word).
func institutional(text string) bool {
	w := strings.FieldsFunc(taxonomy.AliasKey(text), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	if len(w) > 1 && w[len(w)-1] == "group" {
		w = w[:len(w)-1]
	}
	return len(w) > 1 && institutionNouns[w[len(w)-1]]
}

// creed reports an alias made only of words for a belief ("Marxist
// Leninist", "Maoist"): adjectives in -ist, which describe rather than
// name.
func creed(text string) bool {
	w := strings.FieldsFunc(taxonomy.AliasKey(text), func(r rune) bool { return r == ' ' || r == '-' })
	for _, x := range w {
		if !strings.HasSuffix(x, "ist") && !strings.HasSuffix(x, "ists") {
			return false
		}
	}
	return len(w) > 0
}
