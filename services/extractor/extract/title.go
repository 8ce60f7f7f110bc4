package extract

import (
	"strings"
)

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " : "}

// headline picks the story title: the <h1> that agrees with the declared
// titles, else the JSON-LD headline, og:title or <title> without the site
// name (site, or a distinctive label of host).
func (m *meta) headline(site, host string) string {
	labels := hostLabels(host)
	refs := []string{}
	for _, r := range []string{m.metas["og:title"], m.ldString("headline"), m.metas["twitter:title"], m.title} {
		if r = normalize(r); r != "" {
			refs = append(refs, stripSite(r, site, labels))
		}
	}
	best, bestScore := "", 0.0
	for _, h := range m.h1s {
		for _, r := range refs {
			if s := titleSimilarity(h, r); s > bestScore {
				best, bestScore = h, s
			}
		}
	}
	if bestScore >= 0.5 {
		return best
	}
	if len(refs) > 0 {
		return refs[0]
	}
	if len(m.h1s) > 0 {
		return m.h1s[0]
	}
	return ""
}

// titleSimilarity is the share of ref's words found in h, provided most of
// h's own words are in ref (a logo <h1> "News" must not win).
func titleSimilarity(h, ref string) float64 {
	return newTitleWords(ref).similarity(h)
}

// titleWordSet holds the words of a reference title as titleSimilarity
// compares them: the headline search holds the page's title against
// every short line of the story, and building its word set for each
// line was most of that comparison's cost.
type titleWordSet struct {
	set map[string]bool
	n   int // ref's words, repeats included
}

func newTitleWords(ref string) titleWordSet {
	tw := titleWordSet{set: map[string]bool{}}
	for w := range strings.FieldsSeq(toLower(ref)) {
		tw.set[trimTitleWord(w)] = true
		tw.n++
	}
	return tw
}

// similarity is titleSimilarity(h, ref) for the ref tw was built from.
func (tw titleWordSet) similarity(h string) float64 {
	if tw.n == 0 {
		return 0
	}
	hit, hn := 0, 0
	for w := range strings.FieldsSeq(toLower(h)) {
		hn++
		if tw.set[trimTitleWord(w)] {
			hit++
		}
	}
	if hn == 0 || float64(hit)/float64(hn) < 0.8 {
		return 0
	}
	return float64(hit) / float64(tw.n)
}

// trimTitleWord drops the punctuation around a word of a title.
func trimTitleWord(w string) string { return strings.Trim(w, ".,:;!?\"'“”‘’") }

// stripSite removes site-name parts (" | Site", "Site - ") from a title:
// parts naming the site or the host ("icExample - Story", "Story - Section -
// Example.com"), then short section parts at the end while a story-length
// part remains.
func stripSite(t, site string, labels []string) string {
	fs := fold(site)
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		var keep []string
		for _, p := range parts {
			fp := fold(p)
			if fs != "" && (fp == fs || (len(fp) > 3 && strings.Contains(fs, fp)) || (len(fs) > 3 && strings.Contains(fp, fs) && len(fp) < len(fs)+12)) {
				continue
			}
			// A short part naming the host is the site's name; a story title
			// may hold the same word ("The economist who …").
			if words(p) <= 4 && containsAny(letters(fp), labels) {
				continue
			}
			keep = append(keep, p)
		}
		if len(keep) == 0 {
			continue
		}
		// Without a site name the trailing parts are sections and the
		// site: "Story - Soccer - Sport - Breaking News".
		for fs == "" && len(keep) > 1 && words(keep[len(keep)-1]) <= 3 && words(strings.Join(keep[:len(keep)-1], " ")) >= 4 {
			keep = keep[:len(keep)-1]
		}
		if len(keep) < len(parts) {
			return strings.TrimSpace(strings.Join(keep, sep))
		}
	}
	return t
}

// hostLabels returns the distinctive labels of a host name, lower-case
// letters and digits only: "icexample.network.co.uk" → icexample, network.
// Labels of four characters or fewer (www, co, news) are too likely to occur
// in words and are left out.
func hostLabels(host string) []string {
	var out []string
	for l := range strings.SplitSeq(strings.ToLower(host), ".") {
		if l = letters(l); len(l) > 4 {
			out = append(out, l)
		}
	}
	return out
}

// letters keeps the ASCII letters and digits of a lower-case string.
func letters(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
