package main

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Short source names, recorded on every alias (provenance) and counted in
// the import report. The order is the order of precedence for an actor's
// name and type when several sources describe it.
const (
	srcCanada     = "misp-terrorist-groups"
	srcThreat     = "misp-threat-actor"
	srcMITRE      = "mitre-attack"
	srcMicrosoft  = "microsoft"
	srcTidal      = "tidal"
	srcRansomware = taxonomy.SourceRansomware
	srcPhoenix    = "phoenix-mnsa"
	srcOverlay    = "overlay"
)

var sourceOrder = []string{srcCanada, srcThreat, srcMITRE, srcMicrosoft, srcTidal, srcRansomware, srcPhoenix}

// mispValue is one cluster of a MISP galaxy file.
type mispValue struct {
	Value       string `json:"value"`
	UUID        string `json:"uuid"`
	Description string `json:"description"`
	Meta        struct {
		Synonyms      []string `json:"synonyms"`
		Country       string   `json:"country"`
		StateSponsor  string   `json:"cfr-suspected-state-sponsor"`
		ExternalID    string   `json:"external_id"`
		GroupAttackID string   `json:"group_attack_id"`
		Source        string   `json:"source"`
		Motivations   []string `json:"observed_motivations"`
		Motive        string   `json:"motive"`
		OriginThreat  string   `json:"microsoft-origin-threat"`
		Links         []string `json:"links"`
		Date          string   `json:"date"`
		Attribution   []string `json:"name-attribution"`
	} `json:"meta"`
	Related []struct {
		DestUUID string `json:"dest-uuid"`
		Type     string `json:"type"`
	} `json:"related"`
}

type mispFile struct {
	Values []mispValue `json:"values"`
}

var (
	parenRE    = regexp.MustCompile(`\(([^()]*)\)`)
	mitreIDRE  = regexp.MustCompile(`^G\d{4}$`)
	mitreRefRE = regexp.MustCompile(`\bG\d{4}\b`)
	numericRE  = regexp.MustCompile(`^[\d\s.\-]+$`)
	yearRE     = regexp.MustCompile(`\b(19[5-9]\d|20[0-4]\d)\b`)
	// Phrases that date a group in the descriptions of every source.
	sinceRE = regexp.MustCompile(`(?i)\b(?:active since|operating since|operational since|since at least|(?:was )?(?:formed|founded|established|created|emerged|first (?:seen|observed|identified)) (?:in|around)) (?:at least )?(?:(?:early|mid|late|the end of)[- ])?(?:[A-Z][a-z]+ )?(19[5-9]\d|20[0-4]\d)\b`)
	untilRE = regexp.MustCompile(`(?i)\b(?:disbanded|dissolved|ceased (?:operations|activity)|shut down|went dark|announced (?:its|their) (?:closure|retirement)) (?:in|on) (?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+ )?(?:\d{1,2},? )?(19[5-9]\d|20[0-4]\d)\b`)
	// A splinter names the group it left ("a splinter group of al Qaida
	// in the Islamic Maghreb"); the name is resolved against the aliases.
	splitRE = regexp.MustCompile(`(?i)\b(?:splinter|breakaway|offshoot)(?: group| faction| organi[sz]ation)? (?:of|from) (?:the )?([^.,;()]{3,80})`)
	// An onion address in meta.links is a leak or negotiation site: someone
	// runs the operation and extorts under its name.
	onionRE = regexp.MustCompile(`(?i)\.onion\b`)
	// Descriptions that speak of the people behind a ransomware family.
	gangRE = regexp.MustCompile(`(?i)\b(?:ransomware[- ]as[- ]a[- ]service|raas|gang|cartel|affiliates?|operators|threat group|ransomware group|extortion group|leak site|double extortion)\b`)
	// Suffixes that turn a ransomware or cyber name into the group's name
	// ("BlackCat Ransomware Actors & Affiliates", "Daixin Team").
	groupSuffixRE = regexp.MustCompile(`(?i)\s+(?:ransomware\s+)?(?:actors\s*&\s*affiliates|actors|affiliates|operators|group|gang|team|crew)$|\s+ransomware$`)
)

// readSources reads every source file of dir into candidates, one per
// source entry, in the order of sourceOrder and of each file.
func readSources(dir string, ov overlay, skipped map[string]int) ([]*candidate, error) {
	excluded := map[string]bool{}
	for _, e := range ov.Exclude {
		excluded[e] = true
	}
	var cands []*candidate
	add := func(c *candidate) {
		if !excluded[c.key] {
			cands = append(cands, c)
		}
	}
	read := func(name string) ([]mispValue, error) {
		var f mispFile
		if err := readJSON(filepath.Join(dir, name), &f); err != nil {
			return nil, err
		}
		return f.Values, nil
	}

	vals, err := read("misp-galaxy-terrorist-groups.json")
	if err != nil {
		return nil, err
	}
	for _, v := range vals {
		name, extra := splitParens(v.Value)
		c := newCandidate(srcCanada, v, name, taxonomy.TypeTerrorist)
		id := ""
		for line := range strings.SplitSeq(v.Description, "\n") {
			if s, ok := strings.CutPrefix(line, "Id: "); ok {
				id = s
			}
			if s, ok := strings.CutPrefix(line, "Summary: "); ok && s != "N/A" {
				extra = append(extra, splitSummary(s)...)
			}
		}
		c.actor.Sources = []string{"misp-galaxy:terrorist-groups:" + v.UUID}
		c.actor.Designations = []string{"Canada: listed terrorist entity (Criminal Code s. 83.05), MISP id " + id}
		c.imported = toAliases(srcCanada, append([]string{name}, extra...))
		add(c)
	}

	if vals, err = read("misp-galaxy-threat-actor.json"); err != nil {
		return nil, err
	}
	for _, v := range vals {
		// A country is where a group is, not who it works for: it types
		// the group state-linked only when nothing says otherwise.
		typ := taxonomy.TypeCriminal
		if v.Meta.Country != "" {
			typ = taxonomy.TypeStateCyber
		}
		c := newCandidate(srcThreat, v, v.Value, typ)
		c.readType(v.Meta.Motive + "\n" + v.Description)
		if v.Meta.StateSponsor != "" {
			c.actor.Type, c.typed = taxonomy.TypeStateCyber, typedBySource
		}
		c.actor.Country = v.Meta.Country
		c.actor.Sources = []string{"misp-galaxy:threat-actor:" + v.UUID}
		for _, s := range append(append([]string(nil), v.Meta.Synonyms...), v.Meta.Attribution...) {
			c.ids = append(c.ids, mitreRefRE.FindAllString(s, -1)...)
		}
		c.imported = toAliases(srcThreat, cyberNames(v.Value, v.Meta.Synonyms))
		add(c)
	}

	if vals, err = read("misp-galaxy-mitre-intrusion-set.json"); err != nil {
		return nil, err
	}
	for _, v := range vals {
		name, _, _ := strings.Cut(v.Value, " - G")
		c := newCandidate(srcMITRE, v, name, taxonomy.TypeStateCyber)
		c.readType(v.Description)
		if strings.HasPrefix(name, "FIN") && c.typed == typedByDefault {
			c.actor.Type, c.typed = taxonomy.TypeCriminal, typedByText
		}
		c.actor.Sources = []string{"mitre-attack:" + v.Meta.ExternalID + " (MISP galaxy mitre-intrusion-set " + v.UUID + ")"}
		c.ids = append(c.ids, v.Meta.ExternalID)
		c.ownID = v.Meta.ExternalID
		c.imported = toAliases(srcMITRE, cyberNames(name, v.Meta.Synonyms))
		add(c)
	}

	if vals, err = read("misp-galaxy-microsoft-activity-group.json"); err != nil {
		return nil, err
	}
	for _, v := range vals {
		origin := strings.ToLower(v.Meta.OriginThreat)
		typ := taxonomy.TypeStateCyber
		if v.Meta.Country == "" {
			typ = taxonomy.TypeCriminal
		}
		c := newCandidate(srcMicrosoft, v, v.Value, typ)
		c.readType(v.Description)
		// Microsoft's origin says nation-state (a country) or financially
		// motivated: its own typing.
		switch {
		case strings.Contains(origin, "financially motivated"):
			if c.actor.Type != taxonomy.TypeRansomware {
				c.actor.Type = taxonomy.TypeCriminal
			}
			c.typed = typedBySource
		case v.Meta.Country != "" && !strings.Contains(origin, "private sector") && !strings.Contains(origin, "development"):
			c.actor.Type, c.typed = taxonomy.TypeStateCyber, typedBySource
		}
		c.actor.Country = v.Meta.Country
		c.actor.Sources = []string{"microsoft-activity-group (MISP galaxy " + v.UUID + ")"}
		c.imported = toAliases(srcMicrosoft, cyberNames(v.Value, v.Meta.Synonyms))
		add(c)
	}

	if vals, err = read("misp-galaxy-tidal-groups.json"); err != nil {
		return nil, err
	}
	for _, v := range vals {
		if strings.Contains(v.Value, "(Deprecated)") {
			continue
		}
		typ := taxonomy.TypeStateCyber
		financial := false
		for _, m := range v.Meta.Motivations {
			financial = financial || m == "Financial Gain"
		}
		espionage := slices.Contains(v.Meta.Motivations, "Cyber Espionage")
		lower := strings.ToLower(v.Value + " " + v.Description)
		switch {
		case espionage:
		case strings.Contains(lower, "ransomware"):
			typ = taxonomy.TypeRansomware
		case financial || v.Meta.Country == "":
			typ = taxonomy.TypeCriminal
		}
		// "BlackCat Ransomware Actors & Affiliates" is BlackCat.
		name := v.Value
		if core := strings.TrimSpace(groupSuffixRE.ReplaceAllString(name, "")); core != "" && typ == taxonomy.TypeRansomware {
			name = core
		}
		c := newCandidate(srcTidal, v, name, typ)
		if espionage || financial {
			// Tidal's observed motivations are the source's own typing
			// (espionage over financial gain: APT41, Fox Kitten).
			c.typed = typedBySource
		} else {
			c.readType(v.Description)
		}
		c.actor.Country = v.Meta.Country
		c.actor.Sources = []string{"tidal-cyber:" + v.Meta.GroupAttackID + " (MISP galaxy tidal-groups " + v.UUID + ")"}
		// Tidal numbers MITRE's groups with MITRE's ids, and its own from G3000.
		if v.Meta.Source == "MITRE" {
			c.ids = append(c.ids, v.Meta.GroupAttackID)
			c.ownID = v.Meta.GroupAttackID
		}
		c.imported = toAliases(srcTidal, cyberNames(v.Value, v.Meta.Synonyms))
		add(c)
	}

	if vals, err = read("misp-galaxy-ransomware.json"); err != nil {
		return nil, err
	}
	for _, v := range vals {
		if !ransomwareGang(v) {
			skipped[srcRansomware]++
			continue
		}
		name := properCase(strings.TrimSpace(v.Value))
		c := newCandidate(srcRansomware, v, name, taxonomy.TypeRansomware)
		c.typed = typedByText // the source lists ransomware and the gangs behind it
		c.actor.Sources = []string{"misp-galaxy:ransomware:" + v.UUID}
		if m := yearRE.FindString(v.Meta.Date); m != "" {
			c.actor.ActiveFrom, _ = strconv.Atoi(m)
		}
		syn := make([]string, 0, len(v.Meta.Synonyms))
		for _, s := range v.Meta.Synonyms {
			syn = append(syn, properCase(s))
		}
		c.imported = toAliases(srcRansomware, cyberNames(name, syn))
		add(c)
	}

	ph, err := readPhoenix(filepath.Join(dir, "phoenix-milnonstate-actors.txt"))
	if err != nil {
		return nil, err
	}
	for _, c := range ph {
		add(c)
	}
	return cands, nil
}

// How a candidate's type was decided, weakest first: a merge keeps the
// type of the member whose source said the most.
const (
	typedByDefault = iota // the source's default (a country, a file of state groups)
	typedByText           // the source's description says what the group does
	typedBySource         // a field of the source (a state sponsor, observed motivations)
)

// stateWords, ransomWords and crimeWords in a source's description of a
// cyber group say what it is, in that order of precedence: a state group
// that also deployed ransomware or stole money is still a state group.
var (
	stateWords  = regexp.MustCompile(`(?i)\b(state[- ]sponsored|state[- ]backed|nation[- ]state|government[- ]backed|(cyber[- ]?)?espionage|intelligence (service|agency)|military intelligence)\b`)
	ransomWords = regexp.MustCompile(`(?i)\b(ransomware|extortion|extorts?)\b`)
	crimeWords  = regexp.MustCompile(`(?i)\b(financially[- ]motivated|financial gain|cyber ?crim\w*|e-?crime|criminals?|fraud\w*|carding|banking (trojan|malware)|hacktivis\w*)\b`)
)

// readType types a cyber group from its source's description when the
// description says what the group does.
// The kind the description says most often wins; state over ransomware
// over crime among equals ("a rival of nation-state groups" once beside
// three mentions of ransomware is a ransomware gang).
func (c *candidate) readType(desc string) {
	st := len(stateWords.FindAllStringIndex(desc, -1))
	rw := len(ransomWords.FindAllStringIndex(desc, -1))
	cr := len(crimeWords.FindAllStringIndex(desc, -1))
	switch {
	case st == 0 && rw == 0 && cr == 0:
		return
	case st >= rw && st >= cr:
		c.actor.Type = taxonomy.TypeStateCyber
	case rw >= cr:
		c.actor.Type = taxonomy.TypeRansomware
	default:
		c.actor.Type = taxonomy.TypeCriminal
	}
	c.typed = typedByText
}

func newCandidate(src string, v mispValue, name, typ string) *candidate {
	c := &candidate{key: v.Value, src: src, desc: v.Description, uuid: v.UUID, actor: taxonomy.Actor{Name: name, Type: typ}}
	for _, r := range v.Related {
		switch r.Type {
		case "similar", "same-as":
			c.related = append(c.related, r.DestUUID)
		case "revoked-by":
			c.revokedBy = append(c.revokedBy, r.DestUUID)
		}
	}
	if m := sinceRE.FindStringSubmatch(v.Description); m != nil {
		c.actor.ActiveFrom, _ = strconv.Atoi(m[1])
	}
	if m := untilRE.FindStringSubmatch(v.Description); m != nil {
		c.actor.ActiveTo, _ = strconv.Atoi(m[1])
	}
	return c
}

// ransomwareGang decides whether a ransomware galaxy entry is an
// operation run by a gang (kept) or a malware family only (left out): it
// is kept when it lists an onion site (a leak or negotiation site, which
// someone runs under that name) or its description speaks of the people
// behind it (ransomware-as-a-service, affiliates, operators, a gang, a
// leak site, double extortion).
func ransomwareGang(v mispValue) bool {
	return slices.ContainsFunc(v.Meta.Links, onionRE.MatchString) || gangRE.MatchString(v.Description)
}

// cyberNames is a cyber group's name and synonyms plus the bare name of
// "X Group", "X Ransomware Actors" and the like, which reports use alone.
func cyberNames(name string, synonyms []string) []string {
	out := append([]string{name}, synonyms...)
	for _, n := range slices.Clip(out) {
		n = strings.TrimSpace(n)
		if core := strings.TrimSpace(groupSuffixRE.ReplaceAllString(n, "")); core != n && core != "" {
			out = append(out, core)
		}
	}
	return out
}

// properCase gives an all-lower-case name ("ransomhub", "ra group") the
// capitals a reader writes, so that a case-sensitive alias can match.
func properCase(s string) string {
	if s != strings.ToLower(s) {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// readPhoenix reads the PETRARCH/Phoenix militant non-state actor
// dictionary: "NAME_ [CODE] # comment" starts an actor, "+SYNONYM_" lines
// add names; words are joined by "_", and a parenthesised part is an
// acronym ("ANIMAL_LIBERATION_FRONT_(ALF)_"). Names are upper case in the
// file; they are written in title case (acronyms stay upper case).
func readPhoenix(path string) ([]*candidate, error) {
	b, err := readSource(path)
	if err != nil {
		return nil, fmt.Errorf("reading Phoenix actors: %w", err)
	}
	var out []*candidate
	var cur *candidate
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading Phoenix actors: %w", err)
	}
	// Words the file writes as an acronym somewhere ("(IRA)") stay upper
	// case in every name ("Real IRA", not "Real Ira").
	acronyms := map[string]bool{}
	for _, l := range lines {
		for _, m := range parenRE.FindAllStringSubmatch(l, -1) {
			if a := strings.Trim(m[1], "_ "); !strings.ContainsAny(a, "_ ") {
				acronyms[a] = true
			}
		}
	}
	line := 0
	for _, text := range lines {
		line++
		s := strings.TrimSpace(text)
		// The KEDS section ("International Militarized Groups, ca. 2009")
		// lists mostly individuals (leaders, operatives) and repeats the
		// groups of the first section; only the first section is read.
		if strings.HasPrefix(s, "# KEDS") {
			break
		}
		if c, _, ok := strings.Cut(s, "#"); ok {
			s = strings.TrimSpace(c)
		}
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "[") {
			continue // the code of the actor above, on a line of its own
		}
		if rest, ok := strings.CutPrefix(s, "+"); ok {
			if cur == nil {
				return nil, fmt.Errorf("reading Phoenix actors line %d: synonym before any actor", line)
			}
			// A few lines join two synonyms with "+".
			for syn := range strings.SplitSeq(rest, "+") {
				cur.imported = append(cur.imported, toAliases(srcPhoenix, phoenixNames(syn, acronyms))...)
			}
			continue
		}
		name, code, _ := strings.Cut(s, "[")
		code = strings.TrimSuffix(strings.TrimSpace(code), "]")
		names := phoenixNames(name, acronyms)
		if len(names) == 0 {
			cur = nil
			continue
		}
		cur = &candidate{key: "phoenix:" + strings.TrimSpace(name), src: srcPhoenix, actor: taxonomy.Actor{
			Name: names[0], Type: taxonomy.TypeMilitia,
			Sources: []string{"phoenix-mnsa:" + strings.Trim(strings.TrimSpace(name), "_") + " [" + code + "] (PETRARCH2 dictionary, from START TOPS)"},
		}}
		cur.imported = toAliases(srcPhoenix, names)
		out = append(out, cur)
	}
	return out, nil
}

// phoenixNames turns "ANIMAL_LIBERATION_FRONT_(ALF)_" into "Animal
// Liberation Front" and "ALF".
func phoenixNames(raw string, acronyms map[string]bool) []string {
	s := strings.TrimSpace(strings.ReplaceAll(raw, "_", " "))
	if s == "" {
		return nil
	}
	if n, ok := strings.CutSuffix(s, ", THE"); ok {
		s = "THE " + n // "ORDER,_THE" is "The Order"
	}
	name, extra := splitParens(s)
	var out []string
	// "ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS" names two
	// forms; a slash inside one word ("DHKP/C") does not.
	if name != "" {
		out = append(out, phoenixCase(name, acronyms))
	}
	if strings.Contains(name, "/") && strings.Contains(name, " ") {
		for part := range strings.SplitSeq(name, "/") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, phoenixCase(part, acronyms))
			}
		}
	}
	for _, e := range extra {
		if e = strings.TrimSpace(e); e != "" {
			if strings.Contains(" "+e+" ", " NAME ") || strings.Contains(e, "NAME:") {
				continue // an editor's note ("GENERAL NAME FOR LEFT-WING EXTREMISTS")
			}
			out = append(out, e) // acronyms keep their capitals
		}
	}
	return out
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true, "a": true, "an": true, "de": true, "del": true, "la": true, "el": true, "y": true, "al": true, "fi": true, "wal": true, "des": true, "du": true, "et": true, "di": true}

// phoenixCase title-cases an upper-case name. Words the file spells as an
// acronym elsewhere, short words without vowels and names of one short
// word stay upper case ("IRA", "PKK", "FARC").
func phoenixCase(s string, acronyms map[string]bool) string {
	words := strings.Fields(s)
	if len(words) == 1 && strings.Count(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return 'x'
		}
		return -1
	}, s), "x") <= 5 {
		return s // a name of one short word is an acronym ("FARC", "ETA")
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case acronyms[w], !strings.ContainsAny(lw, "aeiouy") && utf8.RuneCountInString(w) <= 5:
			// an acronym: keep it
		case i > 0 && smallWords[lw]:
			words[i] = lw
		default:
			words[i] = titleWord(lw)
		}
	}
	return strings.Join(words, " ")
}

// titleWord capitalises each part of a hyphenated or slashed word
// ("al-aqsa" → "Al-Aqsa", "association/ulster" → "Association/Ulster").
func titleWord(w string) string {
	if a, b, ok := strings.Cut(w, "/"); ok {
		return titleWord(a) + "/" + titleWord(b)
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if p == "" {
			continue
		}
		if i > 0 && smallWords[p] {
			continue
		}
		r, size := utf8.DecodeRuneInString(p)
		parts[i] = string(unicode.ToUpper(r)) + p[size:]
	}
	return strings.Join(parts, "-")
}
