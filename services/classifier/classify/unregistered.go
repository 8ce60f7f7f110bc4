package classify

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// trackingPrefixes are the forms vendors give the groups they track
// before a name is known (Proofpoint TA505, Mandiant UNC2452 and FIN7,
// APT numbers, Qihoo APT-C-36, Microsoft DEV-0537 and Storm-0324,
// Recorded Future TAG-22, CERT-UA UAC-0056, SecureWorks TG-3390). A new
// group is reported under such a number long before any registry
// carries it; the form itself says what it is.
var trackingPrefixes = []struct {
	p        string
	min, max int  // digits
	sep      bool // a space or dash may stand between prefix and number ("APT 28")
	zero     bool // the number may start with 0 ("DEV-0537"); TA0001 is an ATT&CK tactic, not a group
}{
	{"apt-c-", 2, 3, false, false},
	{"apt", 1, 3, true, false},
	{"ta", 3, 4, false, false},
	{"unc", 3, 4, false, false},
	{"fin", 1, 2, true, false},
	{"dev-", 4, 4, false, true},
	{"storm-", 4, 4, false, true},
	{"tag-", 2, 3, false, false},
	{"uac-", 4, 4, false, true},
	{"tg-", 4, 4, false, false},
}

// trackingID returns the end of a vendor tracking number starting at
// b[a:] (normalised text), or -1.
func trackingID(b []byte, a int) int {
	for _, t := range trackingPrefixes {
		if !bytes.HasPrefix(b[a:], []byte(t.p)) {
			continue
		}
		j := a + len(t.p)
		if t.sep && j < len(b) && (b[j] == ' ' || b[j] == '-') {
			j++
		}
		d := j
		for d < len(b) && b[d] >= '0' && b[d] <= '9' {
			d++
		}
		if n := d - j; n < t.min || n > t.max || (d < len(b) && wordByteAt(b, d)) || (!t.zero && b[j] == '0') {
			continue
		}
		return d
	}
	return -1
}

// unregistered tags the groups named by a vendor tracking number that no
// registry actor carries (TypeUnregistered, id taxonomy.UnregisteredID).
// A number counts when written as vendors write it (the prefix in
// capitals, "Storm" capitalised), outside web addresses, not inside a
// registered actor's mention, and in a text that reads as a threat report
// or with a word for a group of people nearby ("the TA574 actor").
func (c *Classifier) unregistered(sc *scratch) []*newsv1.ActorTag {
	b := sc.n.b
	report := c.cyberSet >= 0 && sc.docTerms[c.cyberSet] >= c.docMin[c.cyberSet]
	var out []*newsv1.ActorTag
	add := func(id, name string, s, e int) {
		sp := sc.span(int32(s), int32(e))
		var t *newsv1.ActorTag
		for _, x := range out {
			if x.Id == id {
				t = x
			}
		}
		if t == nil {
			t = &newsv1.ActorTag{Id: id, Name: strings.ToUpper(name[:1]) + name[1:], Type: taxonomy.TypeUnregistered}
			out = append(out, t)
		}
		t.Mentions++
		t.Evidence = append(t.Evidence, sp)
		if !slices.Contains(t.AliasesMatched, sp.Text) {
			t.AliasesMatched = append(t.AliasesMatched, sp.Text)
		}
		if s < sc.n.titleEnd {
			t.Score = -1 // marks a headline mention until scored below
		}
	}
	for _, a := range sc.n.anchors {
		// Most words are rejected on their first two letters and on
		// having no digit among the next few bytes; this runs for every
		// word of every document.
		if int(a)+3 >= len(b) {
			break
		}
		switch uint16(b[a])<<8 | uint16(b[a+1]) {
		case 'a'<<8 | 'p', 't'<<8 | 'a', 't'<<8 | 'g', 'u'<<8 | 'n', 'u'<<8 | 'a', 'f'<<8 | 'i', 'd'<<8 | 'e', 's'<<8 | 't':
		default:
			continue
		}
		if !digitNear(b, int(a)+2) {
			continue
		}
		if a > 0 && (wordByteBefore(b, int(a)) || b[a-1] == '-' || b[a-1] == '.' || b[a-1] == '/' || b[a-1] == '_') {
			continue
		}
		e := trackingID(b, int(a))
		if e < 0 {
			continue
		}
		s := int(a)
		orig := sc.origText(s, e)
		if !vendorCase(orig) || c.inURL(sc, s, e) || (sc.links && inLinkTitle(b, s, e)) {
			continue
		}
		id := taxonomy.UnregisteredID(orig)
		if c.knownIDs[strings.TrimPrefix(id, "unregistered:")] || c.insideActor(sc, s, e) {
			continue
		}
		if !report && !peopleNear(b, s, e) {
			continue
		}
		add(id, orig, s, e)
	}
	if report {
		c.introduced(sc, add)
	}
	for _, t := range out {
		s := 1 - math.Pow(0.6, float64(t.Mentions))
		if t.Score < 0 {
			s += 0.1
		}
		t.Score = round3(min(1, s))
	}
	return out
}

// vendorCase reports a tracking number written as vendors write it: the
// letters of the prefix in capitals ("TA574", "APT-C-36"), or only the
// first ("Storm-0324").
func vendorCase(orig string) bool {
	r, _ := utf8.DecodeRuneInString(orig)
	if !unicode.IsUpper(r) {
		return false
	}
	if strings.HasPrefix(orig, "Storm") {
		return true
	}
	for _, r := range orig {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// insideActor reports whether b[s:e] overlaps an accepted actor mention.
func (c *Classifier) insideActor(sc *scratch, s, e int) bool {
	for _, m := range sc.accepted {
		if m.actor >= 0 && int(m.s) < e && s < int(m.e) {
			return true
		}
	}
	return false
}

// peopleNear reports a word for a group of people within eight words of
// b[s:e] ("the TA574 actor", "a group Proofpoint tracks as TA574").
func peopleNear(b []byte, s, e int) bool {
	var pb, nb [8][2]int32
	for _, w := range wordsBefore(b, s, pb[:0], 8) {
		if peopleNouns[string(b[w[0]:w[1]])] {
			return true
		}
	}
	for _, w := range wordsAfter(b, e, nb[:0], 8) {
		if peopleNouns[string(b[w[0]:w[1]])] {
			return true
		}
	}
	return false
}

// digitNear reports a digit in b[i:i+6] (a tracking number's digits
// start within six bytes of its second letter: "storm-0324").
func digitNear(b []byte, i int) bool {
	for j := i; j < len(b) && j < i+6; j++ {
		if b[j] >= '0' && b[j] <= '9' {
			return true
		}
	}
	return false
}

// introduced finds, in a threat report, groups a text introduces by name
// although no registry carries them: "the Lazarous group", "a new actor
// Proofpoint tracks as Shining Lantern", "a gang dubbed Dark Lantern".
// The structure says it is a group: a word for a group of people is the
// head ("the X group / gang / crew / threat actor") or the nearest noun
// before the naming verb ("an actor … known as X"); a name of software
// or a campaign introduced the same way ("a loader dubbed X", "the X
// campaign") has another head and is left alone. The name is one to
// three capitalised words, not a place or a nationality ("the Russian
// group") nor a word that describes rather than names.
func (c *Classifier) introduced(sc *scratch, add func(id, name string, s, e int)) {
	b := sc.n.b
	ws := wordsAfter(b, 0, sc.introWords[:0], len(b))
	sc.introWords = ws
	word := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return string(b[ws[i][0]:ws[i][1]])
	}
	// name reads up to three capitalised words from i on (dir 1) or
	// back from i (dir -1) and returns their span in words.
	name := func(i, dir int) (lo, hi int, ok bool) {
		lo, hi = i, i
		for k := i; k >= 0 && k < len(ws) && abs(k-i) < 3; k += dir {
			if k != i {
				// Neighbouring name words stand one space or dash apart.
				a, z := ws[min(k, k-dir)], ws[max(k, k-dir)]
				if z[0] != a[1]+1 || (b[a[1]] != ' ' && b[a[1]] != '-') {
					break
				}
			}
			if !c.capitalisedWord(sc, ws[k]) {
				break
			}
			lo, hi = min(lo, k), max(hi, k)
			ok = true
		}
		if !ok {
			return 0, 0, false
		}
		for hi > lo && (peopleNouns[word(hi)] || headNoun[word(hi)]) {
			hi-- // "dubbed Dark Lantern Group": the group's name
		}
		return lo, hi, true
	}
	try := func(lo, hi int) {
		s, e := int(ws[lo][0]), int(ws[hi][1])
		if bytes.ContainsAny(b[s:e], ".;\n") || notAName[word(lo)] || c.insideActor(sc, s, e) || c.inURL(sc, s, e) {
			return
		}
		places := true
		for k := lo; k <= hi; k++ {
			places = places && (c.placeWords[word(k)] || notAName[word(k)])
		}
		if places {
			return
		}
		orig := sc.origText(s, e)
		id := taxonomy.UnregisteredID(orig)
		if c.knownIDs[strings.TrimPrefix(id, "unregistered:")] {
			return
		}
		add(id, orig, s, e)
	}
	for i := range ws {
		switch w := word(i); {
		case w == "gang" || w == "crew" || w == "group" || w == "actor":
			// "the X group", "the X threat actor", "the X ransomware gang"
			j := i - 1
			if introModifier[word(j)] {
				j--
			} else if w == "actor" {
				continue // "actor" heads a name only as "threat actor"
			}
			// The head in lower case: "the Prisa Group" is a company's
			// own name, of which the text says nothing more. A name in
			// quotes before it is a term ("the “Everyone” group").
			if c.capitalisedWord(sc, ws[i]) {
				continue
			}
			if lo, hi, ok := name(j, -1); ok && word(lo-1) == "the" && hi == j && !quoted(b, int(ws[lo][0])) {
				try(lo, hi)
			}
		case (w == "is" || w == "as") && (word(i+1) == "a" || word(i+1) == "an") && i > 0 && ws[i][0] == ws[i-1][1]+1:
			// "X is a new APT group", "we assess X as a high-capability
			// threat group": a definition whose head is people.
			if !c.definedAsPeople(b, ws, word, i) {
				continue
			}
			lo, hi, ok := name(i-1, -1)
			switch {
			case !ok || hi != i-1:
			case w == "as" && !assessVerbs[word(lo-1)]:
			case lo == hi && c.tax.IsCommonWord(word(lo)): // "It is a group"
			default:
				try(lo, hi)
			}
		case w == "dubbed" || w == "called" || w == "named" || (w == "as" && (word(i-1) == "tracked" || word(i-1) == "tracks" || word(i-1) == "track" || word(i-1) == "known" || word(i-2) == "referred")):
			if !headedByPeople(word, i) {
				continue
			}
			if lo, hi, ok := name(i+1, 1); ok && lo == i+1 {
				try(lo, hi)
			}
		}
	}
}

// introModifier are words between a name and its head noun ("the X
// threat actor", "the X ransomware gang").
var introModifier = map[string]bool{"threat": true, "hacking": true, "apt": true, "ransomware": true, "extortion": true, "cybercrime": true, "espionage": true, "criminal": true}

// notAName are capitalised words that describe a group rather than name
// it ("the Chinese APT group" is caught as a nationality; "the Threat
// Intelligence group", "the Same group" by these).
var notAName = map[string]bool{
	"threat": true, "security": true, "research": true, "intelligence": true, "apt": true, "cyber": true,
	"hacking": true, "ransomware": true, "new": true, "this": true, "that": true, "these": true, "those": true,
	"same": true, "other": true, "unknown": true, "state": true, "nation": true, "the": true, "a": true, "an": true,
	"group": true, "gang": true, "team": true, "actor": true, "actors": true, "operation": true, "campaign": true,
}

// headedByPeople reports whether the nearest noun before the naming verb
// at word i, within six words, is a word for a group of people ("an
// actor we track as X") rather than for software or an operation ("a
// loader dubbed X", "a campaign called X").
func headedByPeople(word func(int) string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := word(k)
		switch {
		case peopleNouns[w] && w != "threat" && w != "apt":
			return true
		case softwareNouns[w] || codeNouns[w] || thingNouns[w]:
			return false
		}
	}
	return false
}

// capitalisedWord reports whether the original text of a normalised word
// starts with a capital letter or a digit.
func (c *Classifier) capitalisedWord(sc *scratch, w [2]int32) bool {
	bs, _ := sc.orig(w[0], w[1])
	r, _ := utf8.DecodeRuneInString(sc.doc[bs:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// quoted reports a quotation mark right before b[s:].
func quoted(b []byte, s int) bool {
	if s == 0 {
		return false
	}
	if b[s-1] == '"' || b[s-1] == '\'' {
		return true
	}
	r, _ := utf8.DecodeLastRune(b[:s])
	return r == '“' || r == '‘' || r == '«' || r == '„'
}

// thingNouns are what a name is given to besides people and code: "a
// campaign called X", "this method dubbed X".
var thingNouns = map[string]bool{
	"campaign": true, "campaigns": true, "operation": true, "attack": true, "attacks": true, "technique": true,
	"techniques": true, "method": true, "methods": true, "scheme": true, "tactic": true, "wave": true,
}

// assessVerbs before "X as a … group" make it a definition ("we assess
// X as a high-capability APT group").
var assessVerbs = map[string]bool{
	"assess": true, "assessed": true, "assesses": true, "consider": true, "considered": true, "considers": true,
	"classify": true, "classified": true, "classifies": true, "identify": true, "identified": true, "identifies": true,
	"regard": true, "regarded": true, "regards": true, "describe": true, "described": true, "describes": true,
}

// definedAsPeople reports whether the phrase after "is a" / "as a" at
// word i has, within five words of one sentence and before any word for
// code or an operation, a head that says an attacker: a gang or crew, or
// a group or actor with a word of the trade before it ("X is a
// financially motivated threat group", "an APT group"; not "X is a
// loader used by a group", nor "X is a team of analysts").
func (c *Classifier) definedAsPeople(b []byte, ws [][2]int32, word func(int) string, i int) bool {
	return c.definedAsPeopleWithin(b, ws, word, i, 5)
}

// definedAsPeopleWithin is definedAsPeople looking at up to reach words
// after the article.
func (c *Classifier) definedAsPeopleWithin(b []byte, ws [][2]int32, word func(int) string, i, reach int) bool {
	trade := false
	for k := i + 2; k < len(ws) && k <= i+1+reach; k++ {
		if bytes.ContainsAny(b[ws[k-1][1]:ws[k][0]], ".;:\n") {
			return false
		}
		w := word(k)
		switch {
		case introModifier[w]:
			// Before the code words: "ransomware" is one, but "a
			// ransomware group" is people; "a ransomware strain" is
			// stopped by the next word.
			trade = true
		case softwareNouns[w] || codeNouns[w] || thingNouns[w]:
			return false
		case w == "gang" || w == "crew" || w == "cartel" || w == "syndicate":
			return true
		case peopleNouns[w]:
			return trade && (w == "group" || w == "actor" || w == "actors" || w == "groups")
		}
	}
	return false
}
