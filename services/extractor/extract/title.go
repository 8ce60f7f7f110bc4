package extract

import (
	"strings"
)

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " : "}

// headline picks the story title: the <h1> that agrees with the declared
// titles, else the JSON-LD headline, og:title or <title> without the site
// name.
func (m *meta) headline(site string) string {
	refs := []string{}
	for _, r := range []string{m.metas["og:title"], m.ldString("headline"), m.metas["twitter:title"], m.title} {
		if r = normalize(r); r != "" {
			refs = append(refs, stripSite(r, site))
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
	hw := strings.Fields(strings.ToLower(h))
	rw := strings.Fields(strings.ToLower(ref))
	if len(hw) == 0 || len(rw) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, w := range rw {
		set[strings.Trim(w, ".,:;!?\"'“”‘’")] = true
	}
	hit := 0
	for _, w := range hw {
		if set[strings.Trim(w, ".,:;!?\"'“”‘’")] {
			hit++
		}
	}
	if float64(hit)/float64(len(hw)) < 0.8 {
		return 0
	}
	return float64(hit) / float64(len(rw))
}

// stripSite removes a site-name part (" | Site", "Site - ") from a title.
func stripSite(t, site string) string {
	fs := fold(site)
	for _, sep := range titleSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		if fs != "" {
			var keep []string
			for _, p := range parts {
				fp := fold(p)
				if fp == fs || (len(fp) > 3 && strings.Contains(fs, fp)) || (len(fs) > 3 && strings.Contains(fp, fs) && len(fp) < len(fs)+12) {
					continue
				}
				keep = append(keep, p)
			}
			if len(keep) > 0 && len(keep) < len(parts) {
				return strings.TrimSpace(strings.Join(keep, sep))
			}
			continue
		}
		last := parts[len(parts)-1]
		rest := strings.Join(parts[:len(parts)-1], sep)
		if words(last) <= 3 && words(rest) >= 4 {
			return strings.TrimSpace(rest)
		}
	}
	return t
}
