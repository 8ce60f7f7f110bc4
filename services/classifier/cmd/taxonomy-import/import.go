package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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
}

type overlayActor struct {
	taxonomy.Actor
	// ReplaceAliases drops the imported aliases instead of appending them.
	ReplaceAliases bool `json:"replace_aliases,omitempty"`
}

type mispGalaxy struct {
	Name   string `json:"name"`
	Values []struct {
		Value       string `json:"value"`
		UUID        string `json:"uuid"`
		Description string `json:"description"`
		Meta        struct {
			Synonyms    []string `json:"synonyms"`
			Country     string   `json:"country"`
			StateSponsr string   `json:"cfr-suspected-state-sponsor"`
			ExternalID  string   `json:"external_id"`
		} `json:"meta"`
	} `json:"values"`
}

// candidate is an actor while it is being assembled.
type candidate struct {
	actor    taxonomy.Actor
	key      string // source value, for overlay lookups
	imported []taxonomy.Alias
}

func importAll(_ context.Context, cfg config) (*report, error) {
	rep := &report{}
	var ov overlay
	if err := readJSON(filepath.Join(cfg.SourceDir, "actors-overlay.json"), &ov); err != nil {
		return nil, err
	}
	dict, err := readWords(cfg.WordsFile)
	if err != nil {
		return nil, err
	}
	cands, err := readMISP(cfg.MISPDir, ov)
	if err != nil {
		return nil, err
	}
	var pf taxonomy.PlacesFile
	if err := readJSON(filepath.Join(cfg.SourceDir, "places.json"), &pf); err != nil {
		return nil, err
	}
	// A country's name is never an actor's alias ("IRFAN – Canada" gives "Canada").
	drop := map[string]bool{}
	for _, p := range pf.Places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			drop[taxonomy.AliasKey(n)] = true
		}
	}
	actors, usedWords := buildActors(cands, ov, dict, drop, rep)
	af := taxonomy.ActorsFile{
		Sources: []string{
			"MISP galaxy: terrorist-groups (Canada listed terrorist entities), threat-actor, mitre-intrusion-set; CC0 1.0 or BSD-2-Clause; MITRE ATT&CK® content © The MITRE Corporation, used under the ATT&CK terms of use",
			"taxonomy/source/actors-overlay.json (newsflow, hand-curated; wins over imported data)",
		},
		Actors: actors,
	}
	tf, rf, err := buildTopics(cfg)
	if err != nil {
		return nil, err
	}
	rep.Actors, rep.Topics, rep.Rules, rep.Places = len(actors), len(tf.Topics), len(rf.Rules), len(pf.Places)
	for _, a := range actors {
		rep.Aliases += len(a.Aliases)
	}
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
	// Loading what was written is the cheapest complete validation.
	if _, err := taxonomy.Load(os.DirFS(cfg.OutDir)); err != nil {
		return nil, fmt.Errorf("validating output: %w", err)
	}
	return rep, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
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

func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening word list: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only; a Scanner error is reported below
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		// Capitalised entries are proper nouns (Lazarus, Taliban), not common words.
		if w != "" && w == strings.ToLower(w) && !strings.ContainsAny(w, "'#") {
			words[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading word list: %w", err)
	}
	return words, nil
}

var (
	parenRE   = regexp.MustCompile(`\(([^()]*)\)`)
	mitreIDRE = regexp.MustCompile(`^G\d{4}$`)
	numericRE = regexp.MustCompile(`^[\d\s.\-]+$`)
)

func readMISP(dir string, ov overlay) ([]*candidate, error) {
	excluded := map[string]bool{}
	for _, e := range ov.Exclude {
		excluded[e] = true
	}
	var cands []*candidate
	byKey := map[string]*candidate{} // alias key → candidate, for MITRE merging

	var tg mispGalaxy
	if err := readJSON(filepath.Join(dir, "misp-galaxy-terrorist-groups.json"), &tg); err != nil {
		return nil, err
	}
	for _, v := range tg.Values {
		if excluded[v.Value] {
			continue
		}
		name, extra := splitParens(v.Value)
		c := &candidate{key: v.Value, actor: taxonomy.Actor{
			Name:    name,
			Type:    taxonomy.TypeTerrorist,
			Sources: []string{"misp-galaxy:terrorist-groups:" + v.UUID},
		}}
		id := ""
		for line := range strings.SplitSeq(v.Description, "\n") {
			if s, ok := strings.CutPrefix(line, "Id: "); ok {
				id = s
			}
			if s, ok := strings.CutPrefix(line, "Summary: "); ok && s != "N/A" {
				extra = append(extra, splitSummary(s)...)
			}
		}
		c.actor.Designations = []string{"Canada: listed terrorist entity (Criminal Code s. 83.05), MISP id " + id}
		c.imported = toAliases(append([]string{name}, extra...))
		cands = append(cands, c)
	}

	var ta mispGalaxy
	if err := readJSON(filepath.Join(dir, "misp-galaxy-threat-actor.json"), &ta); err != nil {
		return nil, err
	}
	for _, v := range ta.Values {
		if excluded[v.Value] {
			continue
		}
		typ := taxonomy.TypeCriminal
		if v.Meta.Country != "" || v.Meta.StateSponsr != "" {
			typ = taxonomy.TypeStateCyber
		}
		c := &candidate{key: v.Value, actor: taxonomy.Actor{
			Name: v.Value, Type: typ, Country: v.Meta.Country,
			Sources: []string{"misp-galaxy:threat-actor:" + v.UUID},
		}}
		c.imported = toAliases(append([]string{v.Value}, v.Meta.Synonyms...))
		for _, s := range append([]string{v.Value}, v.Meta.Synonyms...) {
			if _, ok := byKey[taxonomy.AliasKey(s)]; !ok {
				byKey[taxonomy.AliasKey(s)] = c
			}
		}
		cands = append(cands, c)
	}

	var mi mispGalaxy
	if err := readJSON(filepath.Join(dir, "misp-galaxy-mitre-intrusion-set.json"), &mi); err != nil {
		return nil, err
	}
	for _, v := range mi.Values {
		if excluded[v.Value] {
			continue
		}
		name, _, _ := strings.Cut(v.Value, " - G")
		names := append([]string{name}, v.Meta.Synonyms...)
		src := "mitre-attack:" + v.Meta.ExternalID + " (MISP galaxy mitre-intrusion-set " + v.UUID + ")"
		var into *candidate
		for _, s := range append([]string{v.Meta.ExternalID}, names...) {
			if c, ok := byKey[taxonomy.AliasKey(s)]; ok {
				into = c
				break
			}
		}
		if into != nil {
			into.actor.Sources = append(into.actor.Sources, src)
			into.imported = append(into.imported, toAliases(names)...)
			continue
		}
		typ := taxonomy.TypeStateCyber
		if strings.HasPrefix(name, "FIN") || strings.Contains(strings.ToLower(v.Description), "financially motivated") {
			typ = taxonomy.TypeCriminal
		}
		c := &candidate{key: v.Value, actor: taxonomy.Actor{Name: name, Type: typ, Sources: []string{src}}}
		c.imported = toAliases(names)
		cands = append(cands, c)
	}
	return cands, nil
}

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

func toAliases(names []string) []taxonomy.Alias {
	out := make([]taxonomy.Alias, 0, len(names))
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		n = strings.TrimSuffix(n, ".")
		if n != "" {
			out = append(out, taxonomy.Alias{Text: n})
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
	case len(words) == 1 && dict[words[0]]:
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

// titleCase reports a single word written with a capital and then lower
// case only ("Sandworm", not "APT28" or "BlackEnergy").
func titleCase(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[size:] {
		if unicode.IsLetter(c) && !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

func buildActors(cands []*candidate, ov overlay, dict, drop map[string]bool, rep *report) ([]taxonomy.Actor, map[string]bool) {
	for _, d := range ov.DropAliases {
		drop[taxonomy.AliasKey(d)] = true
	}
	used := map[string]bool{}
	noteWords := func(text string) {
		for _, w := range strings.FieldsFunc(taxonomy.AliasKey(text), func(r rune) bool { return r == ' ' || r == '-' }) {
			if dict[w] {
				used[w] = true
			}
		}
	}
	byID := map[string]*candidate{}
	var order []*candidate
	for _, o := range ov.Actors {
		c := &candidate{actor: o.Actor}
		c.actor.Sources = append(slices.Clone(c.actor.Sources), "overlay")
		byID[o.ID] = c
		order = append(order, c)
	}
	replace := map[string]bool{}
	for _, o := range ov.Actors {
		replace[o.ID] = o.ReplaceAliases
	}
	for _, c := range cands {
		if target, ok := ov.Merge[c.key]; ok {
			t := byID[target]
			if t == nil {
				rep.Dropped = append(rep.Dropped, dropped{c.key, "", "merge target " + target + " unknown"})
				continue
			}
			t.actor.Sources = append(t.actor.Sources, c.actor.Sources...)
			t.imported = append(t.imported, c.imported...)
			continue
		}
		id := ov.IDs[c.key]
		if id == "" {
			id = slug(c.actor.Name)
		}
		if t, ok := byID[id]; ok && t.key == "" { // overlay entry: imported data fills in
			t.key = c.key
			if t.actor.Type == "" {
				t.actor.Type = c.actor.Type
			}
			if t.actor.Country == "" {
				t.actor.Country = c.actor.Country
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
		if typ, ok := ov.Types[c.key]; ok {
			c.actor.Type = typ
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
	owners := map[string]map[string]bool{}
	for _, c := range order {
		for _, a := range c.imported {
			k := taxonomy.AliasKey(a.Text)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][c.actor.ID] = true
		}
	}
	var out []taxonomy.Actor
	for _, c := range order {
		a := c.actor
		seen := map[string]bool{}
		var aliases []taxonomy.Alias
		for _, al := range a.Aliases {
			k := taxonomy.AliasKey(al.Text)
			if !seen[k] {
				seen[k] = true
				aliases = append(aliases, al)
				noteWords(al.Text)
			}
		}
		if !replace[a.ID] {
			for _, al := range c.imported {
				k := taxonomy.AliasKey(al.Text)
				if seen[k] {
					continue
				}
				seen[k] = true
				noteWords(al.Text)
				if o, ok := curatedOwner[k]; ok && o != a.ID {
					rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, "curated for " + o})
					continue
				}
				if len(owners[k]) > 1 {
					rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, "ambiguous: names several actors"})
					continue
				}
				ok, cs, reason := vet(al.Text, dict, drop)
				if !ok {
					rep.Dropped = append(rep.Dropped, dropped{a.ID, al.Text, reason})
					continue
				}
				al.CaseSensitive = cs
				aliases = append(aliases, al)
			}
		}
		if len(aliases) == 0 {
			rep.Dropped = append(rep.Dropped, dropped{a.ID, "", "actor has no usable alias; skipped"})
			continue
		}
		a.Aliases = aliases
		a.Sources = slices.Compact(a.Sources)
		out = append(out, a)
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
	desks, err := deskRules(cur.Desks, known)
	if err != nil {
		return tf, rf, err
	}
	rf.Rules = append(rf.Rules, desks...)
	return tf, rf, nil
}
