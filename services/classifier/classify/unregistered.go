package classify

import (
	"bytes"
	"math"
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
	upper    bool // the prefix is written in capitals
}{
	{"apt-c-", 2, 3, false, true},
	{"apt", 1, 3, true, true},
	{"ta", 3, 4, false, true},
	{"unc", 3, 4, false, true},
	{"fin", 1, 2, true, true},
	{"dev-", 4, 4, false, true},
	{"storm-", 4, 4, false, false},
	{"tag-", 2, 3, false, true},
	{"uac-", 4, 4, false, true},
	{"tg-", 4, 4, false, true},
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
		if n := d - j; n < t.min || n > t.max || (d < len(b) && wordByteAt(b, d)) {
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
		sp := sc.span(int32(s), int32(e))
		var t *newsv1.ActorTag
		for _, x := range out {
			if x.Id == id {
				t = x
			}
		}
		if t == nil {
			t = &newsv1.ActorTag{Id: id, Name: strings.ToUpper(orig[:1]) + orig[1:], Type: taxonomy.TypeUnregistered}
			out = append(out, t)
		}
		t.Mentions++
		t.Evidence = append(t.Evidence, sp)
		if !containsString(t.AliasesMatched, sp.Text) {
			t.AliasesMatched = append(t.AliasesMatched, sp.Text)
		}
		if s < sc.n.titleEnd {
			t.Score = -1 // marks a headline mention until scored below
		}
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

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
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
