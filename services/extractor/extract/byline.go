package extract

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// agencyWords mark an organisation rather than a person in a byline part.
var agencyWords = []string{
	"reuters", "associated press", "afp", "agence", "bloomberg", "staff", "desk", "bureau",
	"news", "agency", "press", "team", "editor", "editors", "correspondent", "reporter",
	"reporters", "wire", "service", "services", "newsroom", "media", "times", "post", "online",
	"tribune", "journal", "herald", "dpa", "ani", "pti", "ians", "xinhua", "tass", "ap",
	"contributor", "contributors", "admin", "editorial", "report", "web",
	"ltd", "limited", "inc", "llc", "plc", "gmbh", "corp", "corporation", "company", "group", "network",
}

var bylinePrefixes = []string{"written by ", "words by ", "reported by ", "story by ", "by ", "von ", "par ", "por ", "oleh "}

// byline returns the personal names of the authors, comma separated.
func (m *meta) byline(body *html.Node, site string) string {
	var cands []string
	if m.article != nil {
		cands = append(cands, ldAuthors(m.article["author"])...)
		if len(cands) == 0 {
			cands = append(cands, ldAuthors(m.article["creator"])...)
		}
	}
	if names := personNames(cands, site); names != "" {
		return names
	}
	for _, k := range []string{"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"} {
		if names := personNames([]string{m.metas[k]}, site); names != "" {
			return names
		}
	}
	var vis []string
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || len(vis) > 4 {
			return len(vis) <= 4
		}
		if attr(n, "rel") == "author" || attr(n, "itemprop") == "author" || bylineClass(attr(n, "class")) || bylineClass(attr(n, "id")) {
			if t := textOf(n); t != "" && words(t) <= 12 {
				vis = append(vis, t)
			}
			return false
		}
		return true
	})
	return personNames(vis, site)
}

// bylineClass reports a class or id naming a byline or author box.
func bylineClass(s string) bool {
	if s == "" {
		return false
	}
	s = strings.ToLower(s)
	return classHas(s, "byline") || classHas(s, "author")
}

func ldAuthors(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldAuthors(e)...)
		}
		return out
	case map[string]any:
		if hasType(x, map[string]bool{"organization": true, "newsmediaorganization": true, "corporation": true}) {
			return nil
		}
		if s, ok := x["name"].(string); ok {
			return []string{s}
		}
	}
	return nil
}

// personNames keeps the parts of raw bylines that look like a person's name.
func personNames(raw []string, site string) string {
	var out []string
	seen := map[string]bool{}
	fs := fold(site)
	for _, r := range raw {
		r = normalize(html.UnescapeString(r))
		if r == "" || strings.Contains(r, "://") || strings.Contains(r, "@") || strings.HasPrefix(r, "/") {
			continue
		}
		low := strings.ToLower(r)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(low, p) {
				r = strings.TrimSpace(r[len(p):])
				break
			}
		}
		f := func(c rune) bool { return c == ',' || c == ';' || c == '|' || c == '&' || c == '/' || c == '\n' }
		for _, part := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(r, " and ", ","), " und ", ","), f) {
			part = strings.TrimSpace(part)
			if isPersonName(part) && fold(part) != fs && !seen[part] {
				seen[part] = true
				out = append(out, part)
			}
		}
	}
	return strings.Join(out, ", ")
}

func isPersonName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	low := " " + strings.ToLower(s) + " "
	for _, a := range agencyWords {
		if strings.Contains(low, " "+a+" ") {
			return false
		}
	}
	caps := 0
	for _, w := range ws {
		r := []rune(w)
		if slices.ContainsFunc(r, unicode.IsDigit) {
			return false
		}
		if unicode.IsUpper(r[0]) {
			caps++
		}
	}
	return caps >= 2 || (caps >= 1 && len(ws) >= 3)
}
