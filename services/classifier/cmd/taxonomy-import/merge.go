package main

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// undecided is a merge the importer would not make on its own: two
// entries share an alias, but joining them would put two entries of one
// source into one actor (the source itself keeps them apart). The alias
// then names several actors and is dropped from all of them unless the
// overlay assigns it.
type undecided struct {
	Alias   string
	Entries []string // "source:value" of the two sides
}

// mergeCandidates folds the entries of all sources that describe one
// actor into one candidate: entries that share a MITRE group id or a MISP
// "similar"/"same-as" relation, then entries that share a distinctive
// alias (one that vet keeps and that is not a bare acronym, which too many
// organisations share). A merge that would put two entries of the same
// source into one actor is refused and recorded, unless the alias is the
// primary name of both (a source listing one group twice).
func mergeCandidates(cands []*candidate, dict, drop map[string]bool, rep *report) []*candidate {
	n := len(cands)
	parent := make([]int, n)
	srcs := make([]map[string]bool, n)
	for i, c := range cands {
		parent[i] = i
		srcs[i] = map[string]bool{c.src: true}
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int, sameName bool) bool {
		ra, rb := find(a), find(b)
		if ra == rb {
			return true
		}
		if !sameName {
			for s := range srcs[rb] {
				if srcs[ra][s] {
					return false
				}
			}
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		for s := range srcs[rb] {
			srcs[ra][s] = true
		}
		return true
	}
	var refused [][2]int
	refuse := func(alias string, a, b int) {
		refused = append(refused, [2]int{a, b})
		rep.Undecided = append(rep.Undecided, undecided{Alias: alias, Entries: []string{cands[a].src + ":" + cands[a].key, cands[b].src + ":" + cands[b].key}})
	}

	// Strong links first: ids and relations.
	byID := map[string]int{}
	byUUID := map[string]int{}
	for i, c := range cands {
		if c.uuid != "" {
			byUUID[c.uuid] = i
		}
	}
	// What a source itself says is one group joins across the one-entry-
	// per-source rule, before anything else can keep it apart: MITRE
	// folds a group into another ("revoked-by": UNC2452 into APT29, APT34
	// into OilRig), and one MITRE group id is one group whichever source
	// numbers it (MITRE's own, Tidal's MITRE-sourced).
	force := func(a, b int, why string) {
		if !union(a, b, false) {
			union(a, b, true)
			rep.Forced = append(rep.Forced, undecided{Alias: why, Entries: []string{cands[a].src + ":" + cands[a].key, cands[b].src + ":" + cands[b].key}})
		}
	}
	for i, c := range cands {
		for _, u := range c.revokedBy {
			if j, ok := byUUID[u]; ok {
				force(j, i, "revoked-by")
			}
		}
	}
	own := map[string]int{}
	for i, c := range cands {
		if c.ownID != "" {
			if j, ok := own[c.ownID]; ok {
				force(j, i, c.ownID)
			} else {
				own[c.ownID] = i
			}
		}
	}
	for i, c := range cands {
		for _, id := range c.ids {
			if j, ok := byID[id]; ok {
				if !union(j, i, false) {
					refuse(id, j, i)
				}
				continue
			}
			byID[id] = i
		}
		for _, u := range c.related {
			if j, ok := byUUID[u]; ok && !union(i, j, false) {
				refuse("related "+u, i, j)
			}
		}
	}

	// Then distinctive aliases, in a fixed order.
	holders := map[string][]int{}
	primary := make([]string, n)
	for i, c := range cands {
		primary[i] = taxonomy.AliasKey(c.actor.Name)
		seen := map[string]bool{}
		for _, al := range c.imported {
			k := taxonomy.AliasKey(al.Text)
			if seen[k] {
				continue
			}
			seen[k] = true
			if ok, _, _ := vet(al.Text, dict, drop); !ok || isAcronym(al.Text) {
				continue
			}
			holders[k] = append(holders[k], i)
		}
	}
	keys := make([]string, 0, len(holders))
	for k, h := range holders {
		if len(h) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		h := holders[k]
		for _, j := range h[1:] {
			if !union(h[0], j, primary[h[0]] == k && primary[j] == k) && find(h[0]) != find(j) {
				refuse(k, h[0], j)
			}
		}
	}

	// A ransomware family the ransomware galaxy lists twice, once with the
	// word "Ransomware" ("Lorenz" and "Lorenz Ransomware"), is one family
	// when the entry with the word joined nothing else: one that other
	// sources claim ("Karma Ransomware", a state group's persona) is a
	// family of its own.
	size := map[int]int{}
	for i := range cands {
		size[find(i)]++
	}
	family := map[string]int{}
	for i, c := range cands {
		if c.src == srcRansomware && familyName(c.key) == c.key {
			family[taxonomy.AliasKey(c.key)] = i
		}
	}
	for i, c := range cands {
		if c.src != srcRansomware || familyName(c.key) == c.key || size[find(i)] != 1 {
			continue
		}
		if j, ok := family[taxonomy.AliasKey(familyName(c.key))]; ok {
			force(j, i, taxonomy.AliasKey(familyName(c.key)))
		}
	}

	// A split that one source makes and two others undo is outvoted:
	// when entries of at least two sources that list only one side each
	// give the other side's name as an alias (MITRE's Magic Hound and
	// Microsoft's Mint Sandstorm both list "APT35", which the MISP threat-
	// actor galaxy keeps apart from its Charming Kitten), the sides join.
	for _, p := range refused {
		a, b := find(p[0]), find(p[1])
		if a == b {
			continue
		}
		if why := outvoted(cands, find, a, b); why != "" {
			union(a, b, true)
			rep.Forced = append(rep.Forced, undecided{Alias: why, Entries: []string{cands[p[0]].src + ":" + cands[p[0]].key, cands[p[1]].src + ":" + cands[p[1]].key}})
		}
	}

	// Build one candidate per component, members in source order.
	rank := map[string]int{}
	for i, s := range sourceOrder {
		rank[s] = i
	}
	groups := map[int][]int{}
	var roots []int
	for i := range cands {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	out := make([]*candidate, 0, len(roots))
	for _, r := range roots {
		members := groups[r]
		slices.SortStableFunc(members, func(a, b int) int { return rank[cands[a].src] - rank[cands[b].src] })
		leadFirst(cands, members)
		if len(members) == 1 {
			c := cands[members[0]]
			c.keys = []string{c.key}
			out = append(out, c)
			continue
		}
		first := cands[members[0]]
		m := &candidate{key: first.key, src: first.src, actor: first.actor}
		ransomware, typed := false, -1
		m.actor.Sources = nil
		m.actor.Designations = nil
		for _, i := range members {
			c := cands[i]
			m.keys = append(m.keys, c.key)
			m.actor.Sources = append(m.actor.Sources, c.actor.Sources...)
			m.actor.Designations = append(m.actor.Designations, c.actor.Designations...)
			m.imported = append(m.imported, c.imported...)
			m.desc += c.desc + "\n"
			if m.actor.Country == "" {
				m.actor.Country = c.actor.Country
			}
			if c.actor.ActiveFrom != 0 && (m.actor.ActiveFrom == 0 || c.actor.ActiveFrom < m.actor.ActiveFrom) {
				m.actor.ActiveFrom = c.actor.ActiveFrom
			}
			m.actor.ActiveTo = max(m.actor.ActiveTo, c.actor.ActiveTo)
			// The type of the member whose source said the most wins
			// (a state sponsor or observed motivations over a
			// description, a description over a default). Among equals
			// the first source's, but a gang the ransomware sources know
			// is a ransomware gang rather than a criminal group.
			switch {
			case c.typed > typed:
				m.actor.Type, typed = c.actor.Type, c.typed
			case c.typed == typed && c.actor.Type == taxonomy.TypeRansomware && m.actor.Type == taxonomy.TypeCriminal:
				m.actor.Type = taxonomy.TypeRansomware
			}
			ransomware = ransomware || c.actor.Type == taxonomy.TypeRansomware
		}
		m.typed = typed
		// A state-linked type no source backs with a country is a
		// source's default (MITRE types every intrusion set state-linked
		// unless it reads as financially motivated), and a ransomware
		// source outweighs it (Maze's TA2101, Play, INC Ransom, Medusa).
		if ransomware && m.actor.Type == taxonomy.TypeStateCyber && m.actor.Country == "" && typed < typedBySource {
			m.actor.Type = taxonomy.TypeRansomware
		}
		out = append(out, m)
	}
	return out
}

// outvoted reports, for two components (roots a and b) a source kept
// apart, the sources that name one side's entry in an entry of the other
// side while they have no entry on the first side ("mitre-attack,
// microsoft-activity-group"), when there are at least two; else "".
func outvoted(cands []*candidate, find func(int) int, a, b int) string {
	side := map[int]int{a: 1, b: 2}
	names := [3]map[string]bool{nil, {}, {}}
	srcs := [3]map[string]bool{nil, {}, {}}
	var members [3][]int
	for i, c := range cands {
		if k := side[find(i)]; k > 0 {
			members[k] = append(members[k], i)
			names[k][taxonomy.AliasKey(c.actor.Name)] = true
			srcs[k][c.src] = true
		}
	}
	votes := map[string]bool{}
	for k := 1; k <= 2; k++ {
		other := 3 - k
		for _, i := range members[k] {
			c := cands[i]
			if srcs[other][c.src] || votes[c.src] {
				continue
			}
			if slices.ContainsFunc(c.imported, func(al taxonomy.Alias) bool { return names[other][taxonomy.AliasKey(al.Text)] }) {
				votes[c.src] = true
			}
		}
	}
	if len(votes) < 2 {
		return ""
	}
	out := make([]string, 0, len(votes))
	for s := range votes {
		out = append(out, s)
	}
	sort.Strings(out)
	return "named by " + strings.Join(out, ", ")
}

// leadFirst moves to the front, among the members of the first source of
// a merged actor, the entry whose name the other members carry most as
// an alias, then one not named with the word "Ransomware": the actor is
// named after it. A source that lists one group twice ("Charming Kitten"
// and a loosely similar "Flying Kitten", "Lorenz" and "Lorenz
// Ransomware") leaves the name to what the other sources call it.
func leadFirst(cands []*candidate, members []int) {
	best, bestScore := 0, [2]int{-1, -1}
	for k, i := range members {
		if cands[i].src != cands[members[0]].src {
			break
		}
		key := taxonomy.AliasKey(cands[i].actor.Name)
		named := 0
		for _, j := range members {
			if cands[j].src == cands[i].src {
				continue
			}
			if slices.ContainsFunc(cands[j].imported, func(a taxonomy.Alias) bool { return taxonomy.AliasKey(a.Text) == key }) {
				named++
			}
		}
		plain := 0
		if familyName(cands[i].actor.Name) == cands[i].actor.Name {
			plain = 1
		}
		if sc := [2]int{named, plain}; sc[0] > bestScore[0] || (sc[0] == bestScore[0] && sc[1] > bestScore[1]) {
			best, bestScore = k, sc
		}
	}
	if best > 0 {
		lead := members[best]
		copy(members[1:best+1], members[:best])
		members[0] = lead
	}
}

// familyName is a ransomware galaxy entry's name without a trailing
// word "Ransomware" ("Lorenz Ransomware" → "Lorenz").
func familyName(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && strings.EqualFold(name[i+1:], "ransomware") {
		return name[:i]
	}
	return name
}

// stripArticle drops a leading article from a name ("La Liga" → "Liga").
func stripArticle(text string) string {
	if art, rest, ok := strings.Cut(text, " "); ok && articles[strings.ToLower(art)] {
		return rest
	}
	return text
}

// particles start Arabic names of groups as often as of people ("Al-Aqsa").
var particles = map[string]bool{"al": true, "el": true, "ad": true, "as": true, "an": true, "abu": true, "bin": true, "ibn": true}

var articles = map[string]bool{"the": true, "la": true, "el": true, "le": true, "les": true, "los": true, "las": true, "il": true, "lo": true, "die": true, "der": true, "das": true}

// isAcronym reports an alias written as an acronym of up to five capital
// letters ("RAF", "ALF", "FARC"), which many organisations share.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// ambiguity says why an alias may name something other than the actor:
// an acronym ("acronym"), an English word or a phrase of English words
// ("common-word"), or a word the word list knows as a proper noun — a
// person, a place, a myth ("proper-noun": Lazarus, Wagner, Medusa), two
// English words run together ("compound-word": WildCard). Any other single
// word without digits ("Sandworm", "Winnti") counts as "single-word" for
// imported aliases, where nobody has looked at it.
//
// A name of three or more words is a name even when every word is common
// ("Animal Liberation Front", "Red Army Faction"): capitals on that many
// ordinary words do not happen by chance. A leading "the" does not count.
// Curated (overlay) aliases are reviewed names: only acronyms and common
// words are flagged there.
func ambiguity(text string, dict, proper, places map[string]bool, imported bool) []string {
	key := taxonomy.AliasKey(text)
	rest := text
	// A leading article, English or Romance or German ("The Base", "La
	// Liga"), leaves the rest to judge.
	if art, after, ok := strings.Cut(key, " "); ok && articles[art] {
		key = after
		_, rest, _ = strings.Cut(text, " ")
	}
	words := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' })
	var why []string
	if isAcronym(rest) {
		why = append(why, "acronym")
	}
	allCommon := len(words) > 0 && len(words) <= 2
	for _, w := range words {
		if !dict[w] {
			allCommon = false
		}
	}
	if allCommon {
		why = append(why, "common-word")
	}
	if !imported {
		return why
	}
	if len(words) == 1 && proper[words[0]] && !allCommon {
		why = append(why, "proper-noun")
	}
	// A given name and a family name ("Charles Martel", "Mohammed Deif"):
	// sources list leaders among their groups' names.
	if len(words) == 2 && proper[words[0]] && !dict[words[0]] && !dict[words[1]] && !particles[words[0]] && !places[words[0]] {
		if f := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '-' }); len(f) == 2 && titleCase(f[0]) && titleCase(f[1]) {
			why = append(why, "person-name")
		}
	}
	if len(why) == 0 && len(words) == 1 && compound(key, dict) {
		why = append(why, "compound-word") // "WildCard", "GreyEnergy"
	}
	// Any other single word without digits ("Turla", "REvil", "WHOis")
	// is also a malware, a tool or a word of some trade; ids with digits
	// ("APT28", "TA505") are not.
	if len(why) == 0 && len(words) == 1 && !strings.ContainsFunc(key, unicode.IsDigit) {
		why = append(why, "single-word")
	}
	return why
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

// compound reports a word made of two English words of three letters or
// more ("wildcard", "greyenergy"), which text uses as words too.
func compound(key string, dict map[string]bool) bool {
	if !utf8.ValidString(key) || len(key) < 6 || strings.ContainsFunc(key, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false
	}
	for i := 3; i <= len(key)-3; i++ {
		if dict[key[:i]] && dict[key[i:]] {
			return true
		}
	}
	return false
}

// cueSet is the cue set that supports an ambiguous alias of an actor of
// typ: words that speak of militants, or of the people behind a cyber
// operation ("group", "gang", "operators", "hackers"). Words that speak
// only of the technique ("malware", "ransomware") do not help, because a
// cyber group's name is often also its tool's name, and threat reports
// are full of them.
func cueSet(typ string) string {
	switch typ {
	case taxonomy.TypeTerrorist, taxonomy.TypeMilitia:
		return "militant"
	}
	return "people"
}

// defaultContext is the context an ambiguous imported alias gets: a cue
// of the actor's kind nearby (within three words for an acronym, "FARC
// rebels"; eight otherwise, "Sandworm hackers … the grid"), or another
// mention of the actor by a name that needs no support.
//
// A single word is also vetoed when a capitalised word continues it (it
// is then part of another name, "Cobalt Strike"), and an English word or
// a proper noun at the start of a sentence, where its capital says
// nothing.
func defaultContext(typ, text string, why []string) *taxonomy.Context {
	w := 8
	if slices.Contains(why, "acronym") {
		w = 3
	}
	x := &taxonomy.Context{Window: w, Cues: cueSet(typ), CoMention: true, CuesAfter: slices.Contains(why, "acronym")}
	if cueSet(typ) == "people" {
		x.NotNext = malwareNouns
		// A coined word and nothing else (not a malware family's name,
		// an English word or a name), two English words written as one
		// in camel case ("OilRig", "MuddyWater"; not "Foxmail", a
		// product, or "Sandworm"), or a capitalised name of several
		// English words ("Secret Blizzard", "Mustang Panda"), names the
		// group wherever the text reads as a threat report and writes it
		// capitalised (classify: settle).
		// Not one English word or given name ("Bitter", "Iridium",
		// "Leviathan"): threat reports name products, browsers and gas
		// fields that way too.
		if len(why) == 1 && (why[0] == "single-word" || why[0] == "compound-word" && camelCase(text) || why[0] == "common-word" && strings.Contains(stripArticle(text), " ")) {
			x.Doc = "cyber"
		}
	}
	if !strings.ContainsAny(stripArticle(text), " ") {
		x.NotInName = true
		x.NotFirst = slices.Contains(why, "common-word") || slices.Contains(why, "proper-noun")
	}
	return x
}

// malwareNouns after a cyber group's name make it the name of its tool.
var malwareNouns = []string{"beacon", "beacons", "stager", "shellcode", "config", "ransomware", "malware", "backdoor", "backdoors", "trojan", "loader", "dropper", "implant", "variant", "variants", "sample", "samples", "payload", "payloads", "binary", "binaries", "strain", "family", "stealer", "botnet", "encryptor", "locker", "builder", "infection", "infections", "rat", "module", "modules", "plugin", "executable", "file", "files", "dll", "version", "versions", "instance", "instances", "build", "builds", "code"}

// splitFrom finds the group a splinter left: a description that calls it
// a splinter, breakaway or offshoot of a named group, or a name that is
// another group's name with "Real", "Continuity", "New" or "True" before
// it ("Real Irish Republican Army"). names maps unambiguous alias keys to
// actor ids.
func splitFrom(a taxonomy.Actor, desc string, names map[string]string) string {
	resolve := func(phrase string) string {
		words := strings.Fields(taxonomy.AliasKey(phrase))
		for n := len(words); n > 0; n-- {
			if id, ok := names[strings.Join(words[:n], " ")]; ok && id != a.ID {
				return id
			}
		}
		return ""
	}
	for _, m := range splitRE.FindAllStringSubmatch(desc, -1) {
		if id := resolve(m[1]); id != "" {
			return id
		}
	}
	for _, al := range append([]taxonomy.Alias{{Text: a.Name}}, a.Aliases...) {
		first, rest, ok := strings.Cut(al.Text, " ")
		if !ok {
			continue
		}
		switch first {
		case "Real", "Continuity", "New", "True":
			if id, ok := names[taxonomy.AliasKey(rest)]; ok && id != a.ID {
				return id
			}
		}
	}
	return ""
}

// camelCase reports a capital right after a lower-case letter inside a
// word ("OilRig", "MuddyWater"): a coined name, not a word.
func camelCase(text string) bool {
	prev := rune(0)
	for _, r := range text {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}
