package classify

import (
	"bytes"
	"slices"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// readMentions drops accepted actor mentions that, read in their place in
// the whole document, do not name the actor:
//
//   - a mention inside the title of a cited page (the text of a Markdown
//     link of several words, "[TA2101 plays government imposter …](…)"):
//     a reference list names what other pages were about, not what this
//     one reports;
//   - a name that is part of a place's or a work's name: a capitalised
//     facility noun right after it ("Hezbollah Street", "Hamas
//     Hospital") or a word for a work right before it ("the film Red
//     Army Faction", "the novel Black September");
//   - in a text that reads as a threat report, every mention of a
//     criminal group or ransomware gang whose name the text uses for a
//     piece of software ("Maze ransomware", "GozNym malware"), or of a
//     ransomware gang by a name the ransomware sources give its family
//     ("Conti"; not "TA505"), unless one mention reads as the people
//     ("the Maze operators", "affiliates of Egregor"). Threat reports
//     write a ransomware family's name for the code; the gang is named
//     with a noun that says so. News is left alone: there the name
//     stands for the gang.
func (c *Classifier) readMentions(sc *scratch) {
	if len(sc.accepted) == 0 {
		return
	}
	b := sc.n.b
	if sc.links {
		sc.accepted = slices.DeleteFunc(sc.accepted, func(m mention) bool {
			return m.actor >= 0 && inLinkTitle(b, int(m.s), int(m.e))
		})
	}
	sc.accepted = slices.DeleteFunc(sc.accepted, func(m mention) bool {
		return m.actor >= 0 && c.namesAThing(sc, int(m.s), int(m.e))
	})
	if c.cyberSet < 0 || sc.docTerms[c.cyberSet] < c.docMin[c.cyberSet] {
		return
	}
	type reading struct {
		people, family bool
		// software lists the names (normalised text) the text writes for
		// code: a group named otherwise too ("APT28 … the Sofacy
		// backdoor") keeps that other name.
		software []string
	}
	var rd map[int32]*reading // few actors per document
	get := func(a int32) *reading {
		if rd == nil {
			rd = map[int32]*reading{}
		}
		r := rd[a]
		if r == nil {
			r = &reading{}
			rd[a] = r
		}
		return r
	}
	for _, m := range sc.accepted {
		if m.actor >= 0 && cyberType(c.actors[m.actor].a.Type) {
			get(m.actor)
		}
	}
	if rd == nil {
		return
	}
	// Every match of a name, including those its context vetoed ("Maze
	// ransomware" is not a mention of the gang, "the operators of the
	// Maze ransomware" is), says how the text uses it.
	for _, h := range sc.hits {
		if !h.whole {
			continue
		}
		for _, ar := range c.pats[h.pat].aliases {
			r := rd[ar.actor]
			if r == nil {
				continue
			}
			r.family = r.family || ar.family
			r.people = r.people || peopleReading(b, int(h.s), int(h.e))
			if softwareReading(b, int(h.e)) || namedAsThing(b, int(h.s)) {
				if name := string(b[h.s:h.e]); !slices.Contains(r.software, name) {
					r.software = append(r.software, name)
				}
			}
		}
	}
	// An actor goes when all its accepted names are written for code.
	for _, m := range sc.accepted {
		if r := rd[m.actor]; m.actor >= 0 && r != nil && len(r.software) > 0 && !slices.Contains(r.software, string(b[m.s:m.e])) {
			r.software = r.software[:0]
		}
	}
	sc.accepted = slices.DeleteFunc(sc.accepted, func(m mention) bool {
		if m.actor < 0 {
			return false
		}
		r := rd[m.actor]
		if r == nil || r.people {
			return false
		}
		software := len(r.software) > 0
		switch c.actors[m.actor].a.Type {
		case taxonomy.TypeRansomware:
			// A gang named by its family's name ("Conti") is the code
			// until a mention reads as people; one a source names
			// otherwise ("TA505", "Storm-0324") only when the text
			// writes that name for code.
			return r.family || software
		}
		// A criminal or state-linked group whose name the text writes
		// only for code ("GozNym malware", "the Shamoon wiper") is its
		// code there.
		return software
	})
}

func cyberType(t string) bool {
	return t == taxonomy.TypeRansomware || t == taxonomy.TypeCriminal || t == taxonomy.TypeStateCyber
}

// inLinkTitle reports whether b[s:e] lies in the text of a Markdown link
// ("[…](") of at least four words on one line: the title of a cited page.
func inLinkTitle(b []byte, s, e int) bool {
	open := -1
	for i := s - 1; i >= 0 && s-i < 300; i-- {
		switch b[i] {
		case '[':
			open = i
		case ']', '\n':
			return false
		}
		if open >= 0 {
			break
		}
	}
	if open < 0 {
		return false
	}
	end := -1
	for j := e; j < len(b) && j-e < 300; j++ {
		switch b[j] {
		case ']':
			end = j
		case '[', '\n':
			return false
		}
		if end >= 0 {
			break
		}
	}
	k := end + 1
	for k < len(b) && k-end < 4 && isSpaceByte(b[k]) {
		k++
	}
	if end < 0 || k >= len(b) || b[k] != '(' {
		return false
	}
	return len(bytes.Fields(b[open+1:end])) >= 4
}

// peopleNouns after a cyber name make it the people behind it ("the
// Maze operators", "the REvil ransomware gang").
var peopleNouns = map[string]bool{
	"group": true, "groups": true, "gang": true, "gangs": true, "crew": true, "team": true, "collective": true,
	"cartel": true, "syndicate": true, "operators": true, "operator": true, "affiliates": true, "affiliate": true,
	"actor": true, "actors": true, "members": true, "hackers": true, "cybercriminals": true, "criminals": true,
	"threat": true, "apt": true, "developers": true, "authors": true,
}

// agentVerbs right after a name make it the subject of what only people
// do ("LockBit claimed the attack", "Conti demanded $5 million").
var agentVerbs = map[string]bool{
	"claimed": true, "claims": true, "demanded": true, "demands": true, "said": true, "says": true,
	"posted": true, "posts": true, "threatened": true, "threatens": true, "announced": true, "announces": true,
	"boasted": true, "told": true, "negotiated": true, "recruited": true, "recruits": true,
}

// peopleBefore are words that, followed by "of", make the next name its
// people ("operators of Maze", "members of Conti").
var peopleBefore = map[string]bool{
	"operators": true, "operator": true, "affiliates": true, "affiliate": true, "members": true,
	"developers": true, "authors": true, "leaders": true, "leader": true,
}

// softwareNouns right after a cyber name make it the name of its code.
var softwareNouns = map[string]bool{
	"ransomware": true, "malware": true, "trojan": true, "loader": true, "botnet": true, "payload": true,
	"payloads": true, "sample": true, "samples": true, "variant": true, "variants": true, "binary": true,
	"binaries": true, "backdoor": true, "rat": true, "stealer": true, "infection": true, "infections": true,
	"executable": true, "strain": true, "family": true, "encryptor": true, "builder": true, "dropper": true,
	"dll": true, "module": true, "modules": true, "implant": true, "decryptor": true, "locker": true,
	"wiper": true, "wipers": true, "rootkit": true, "worm": true, "spyware": true, "keylogger": true,
	"webshell": true, "toolkit": true, "toolset": true, "downloader": true, "launcher": true, "implants": true,
	"backdoors": true, "trojans": true, "loaders": true, "droppers": true, "stealers": true,
}

// peopleReading reports a people noun right after b[s:e] (one software
// noun may stand between: "the REvil ransomware gang") or "operators of"
// right before it.
func peopleReading(b []byte, s, e int) bool {
	var buf [3][2]int32
	next := wordsAfter(b, e, buf[:0], 2)
	if len(next) > 0 && adjacent(b, e, int(next[0][0])) {
		w := b[next[0][0]:next[0][1]]
		if peopleNouns[string(w)] || agentVerbs[string(w)] {
			return true
		}
		if softwareNouns[string(w)] && len(next) > 1 && adjacent(b, int(next[0][1]), int(next[1][0])) && peopleNouns[string(b[next[1][0]:next[1][1]])] {
			return true
		}
	}
	if people, _ := defined(b, e); people {
		return true
	}
	var pbuf [3][2]int32
	prev := wordsBefore(b, s, pbuf[:0], 3)
	for i := 0; i+1 < len(prev); i++ {
		w := string(b[prev[i][0]:prev[i][1]])
		if w == "the" && i == 0 {
			continue
		}
		return w == "of" && peopleBefore[string(b[prev[i+1][0]:prev[i+1][1]])]
	}
	return false
}

// defined reads a definition right after a name ending at e ("X: one of
// the newest ransomware gangs", "X is a financially motivated group", "X
// was two separate malicious programs"), within six words and one
// sentence: people when a word for a group of people is in it, else
// software when a word for code is.
func defined(b []byte, e int) (people, software bool) {
	e = afterLink(b, e)
	i := e
	for i < len(b) && i-e < 4 && (b[i] == '*' || b[i] == ' ' || b[i] == '"') {
		i++
	}
	colon := i < len(b) && b[i] == ':'
	var buf [7][2]int32
	next := wordsAfter(b, e, buf[:0], 7)
	if !colon && e < len(b) && b[e] == ',' && len(next) > 0 && next[0][0] == int32(e)+2 {
		// An apposition: "X, a ransomware gang that …".
		switch string(b[next[0][0]:next[0][1]]) {
		case "a", "an", "the", "one":
			colon = true
		}
	}
	if !colon {
		if len(next) == 0 || next[0][0] != int32(e)+1 || b[e] != ' ' {
			return false, false
		}
		if w := string(b[next[0][0]:next[0][1]]); w != "is" && w != "was" && w != "are" && w != "were" {
			return false, false
		}
		next = next[1:]
	}
	for k, w := range next {
		if k == 6 || bytes.ContainsAny(b[e:w[0]], ".;\n") {
			break
		}
		word := b[w[0]:w[1]]
		if peopleNouns[string(word)] {
			return true, false
		}
		software = software || softwareNouns[string(word)] || codeNouns[string(word)]
	}
	return false, software
}

// afterLink returns the end of a Markdown link's address when a link's
// text ends at e ("[Play](https://…) is a ransomware group"), else e: the
// address stands between a name and what the sentence says about it.
func afterLink(b []byte, e int) int {
	if e < len(b) && b[e] == ']' {
		if k := linkTargetEnd(b, e+1); k >= 0 {
			return k
		}
	}
	return e
}

// codeNouns say a name is a piece of software when they define it ("X
// was two separate malicious programs").
var codeNouns = map[string]bool{"program": true, "programs": true, "tool": true, "tools": true, "software": true, "framework": true}

// softwareReading reports a software noun right after a name ending at
// e, or a definition that calls it code.
func softwareReading(b []byte, e int) bool {
	if _, sw := defined(b, e); sw {
		return true
	}
	var buf [1][2]int32
	next := wordsAfter(b, e, buf[:0], 1)
	return len(next) > 0 && adjacent(b, e, int(next[0][0])) && softwareNouns[string(b[next[0][0]:next[0][1]])]
}

// adjacent reports whether only a space or a dash separates b[:e] from b[s:].
func adjacent(b []byte, e, s int) bool {
	return s == e+1 && (b[e] == ' ' || b[e] == '-')
}

// namedAsThing reports a name given, right before b[s:], to code or an
// operation rather than to people: "researchers dubbed this method
// “BazarCall”", "a loader known as X" (the nearest noun before the naming
// verb, as headedByPeople reads it, or the noun between verb and name).
func namedAsThing(b []byte, s int) bool {
	var buf [9][2]int32
	prev := wordsBefore(b, s, buf[:0], 9) // nearest first
	word := func(i int) string {          // i counts forwards, as headedByPeople expects
		k := len(prev) - 1 - i
		if k < 0 || k >= len(prev) {
			return ""
		}
		return string(b[prev[k][0]:prev[k][1]])
	}
	v := len(prev) - 1 // the word right before the name
	if w := word(v); softwareNouns[w] || codeNouns[w] || thingNouns[w] {
		// "dubbed this method X", "named the new loader X".
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			switch word(k) {
			case "dubbed", "called", "named":
				return k < v-1
			}
		}
		return false
	}
	switch w := word(v); {
	case w == "dubbed" || w == "called" || w == "named":
	case w == "as" && (word(v-1) == "known" || word(v-1) == "tracked" || word(v-1) == "referred"):
		v--
	default:
		return false
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		w := word(k)
		switch {
		case peopleNouns[w] && w != "threat" && w != "apt":
			return false
		case softwareNouns[w] || codeNouns[w] || thingNouns[w]:
			return true
		}
	}
	return false
}

// facilityNouns, capitalised right after a name, make it part of a
// place's name.
var facilityNouns = map[string]bool{
	"street": true, "road": true, "avenue": true, "square": true, "boulevard": true, "lane": true,
	"bridge": true, "stadium": true, "hospital": true, "school": true, "university": true, "mosque": true,
	"airport": true, "station": true, "park": true, "district": true, "quarter": true,
}

// workNouns right before a name make it a title ("the film Red Army
// Faction").
var workNouns = map[string]bool{
	"film": true, "movie": true, "documentary": true, "novel": true, "book": true, "play": true,
	"musical": true, "album": true, "song": true, "series": true, "opera": true, "thriller": true,
}

// namesAThing reports a name read as part of a place's or a work's name.
func (c *Classifier) namesAThing(sc *scratch, s, e int) bool {
	b := sc.n.b
	var buf [1][2]int32
	if next := wordsAfter(b, e, buf[:0], 1); len(next) > 0 && adjacent(b, e, int(next[0][0])) && b[e] == ' ' &&
		facilityNouns[string(b[next[0][0]:next[0][1]])] && c.capitalisedWord(sc, next[0]) {
		return true
	}
	prev := wordsBefore(b, s, buf[:0], 1)
	return len(prev) > 0 && int(prev[0][1])+1 == s && b[s-1] == ' ' && workNouns[string(b[prev[0][0]:prev[0][1]])]
}
