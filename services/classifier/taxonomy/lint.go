package taxonomy

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Problem is one finding of Lint.
type Problem struct {
	Kind    string // e.g. "duplicate-alias", "common-word-alias"
	Subject string // actor id, topic code, rule id or place code
	Detail  string
}

func (p Problem) String() string { return p.Kind + " " + p.Subject + ": " + p.Detail }

var actorTypes = map[string]bool{TypeTerrorist: true, TypeStateCyber: true, TypeMilitia: true, TypeCriminal: true, TypeRansomware: true}

// AliasKey is the form under which two aliases count as the same: NFKC,
// lower case, one kind of dash and apostrophe, single spaces.
func AliasKey(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.Is(unicode.Pd, r) || r == '\u2212':
			r = '-'
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`':
			r = '\''
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Lint reports data that would tag wrongly: aliases shared by several
// actors, ungated aliases that are common English words or shorter than
// three characters, unknown parents, types and topic codes.
func (t *Taxonomy) Lint() []Problem {
	var ps []Problem
	add := func(kind, subject, format string, args ...any) {
		ps = append(ps, Problem{Kind: kind, Subject: subject, Detail: fmt.Sprintf(format, args...)})
	}
	owner := map[string]string{}
	places := map[string]bool{}
	for _, p := range t.Places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			places[AliasKey(n)] = true
		}
	}
	for _, a := range t.Actors {
		if !actorTypes[a.Type] {
			add("unknown-type", a.ID, "type %q", a.Type)
		}
		if a.Parent != "" {
			if _, ok := t.Actor(a.Parent); !ok {
				add("unknown-parent", a.ID, "parent %q", a.Parent)
			}
		}
		if a.SplitFrom != "" {
			if _, ok := t.Actor(a.SplitFrom); !ok {
				add("unknown-split-from", a.ID, "split_from %q", a.SplitFrom)
			}
		}
		if len(a.Aliases) == 0 {
			add("no-alias", a.ID, "actor has no alias")
		}
		seen := map[string]bool{}
		for _, al := range a.Aliases {
			k := AliasKey(al.Text)
			if seen[k] {
				continue
			}
			seen[k] = true
			if o, ok := owner[k]; ok && o != a.ID {
				add("duplicate-alias", a.ID, "%q also names %s", al.Text, o)
			}
			owner[k] = a.ID
			if al.Context != nil {
				continue
			}
			if why := ambiguity(al, places); len(why) > 0 {
				add("ambiguous-alias", a.ID, "%q (%s) has no context rule", al.Text, strings.Join(why, ", "))
			}
			if utf8.RuneCountInString(strings.TrimSpace(al.Text)) < 3 {
				add("short-alias", a.ID, "%q", al.Text)
			}
			if !strings.ContainsAny(k, " -") && t.IsCommonWord(k) {
				add("common-word-alias", a.ID, "%q is an English word", al.Text)
			}
			if strings.HasPrefix(k, "the ") && !strings.Contains(k[4:], " ") && t.IsCommonWord(k[4:]) {
				add("common-word-alias", a.ID, "%q is an English phrase", al.Text)
			}
		}
	}
	for _, tp := range t.Topics {
		if tp.Parent != "" {
			if _, ok := t.Topic(tp.Parent); !ok {
				add("unknown-parent", tp.Code, "parent %q", tp.Parent)
			}
		}
	}
	for _, r := range t.Rules {
		if _, ok := t.Topic(r.Code); !ok {
			add("unknown-topic", r.ID, "code %q", r.Code)
		}
	}
	placeOwner := map[string]string{}
	for _, p := range t.Places {
		if len(p.Code) != 2 || strings.ToUpper(p.Code) != p.Code {
			add("bad-country-code", p.Code, "not ISO 3166-1 alpha-2")
		}
		for _, al := range append([]string{p.Name}, p.Aliases...) {
			if o, ok := placeOwner[al]; ok && o != p.Code {
				add("duplicate-alias", p.Code, "%q also names %s", al, o)
			}
			placeOwner[al] = p.Code
		}
	}
	return ps
}

// ambiguity is why an alias without context may name something else: the
// reasons the importer recorded, and a place name (places.json), which
// Lint can tell on its own.
func ambiguity(al Alias, places map[string]bool) []string {
	why := al.Ambiguous
	if places[AliasKey(al.Text)] && !slices.Contains(why, "place") {
		why = append(slices.Clip(why), "place")
	}
	return why
}
