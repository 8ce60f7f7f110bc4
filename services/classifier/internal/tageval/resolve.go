package tageval

import (
	"regexp"
	"slices"
	"strings"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Gold is one gold actor of a document after resolution.
type Gold struct {
	// Name is the label as written (the first form seen in the document).
	Name string
	// IDs are the registry actors the name resolves to: one, several when
	// the name is ambiguous in the registry, none when it is missing.
	IDs []string
}

// Key identifies the gold actor in tables: the registry id, the ids joined
// by "|" when ambiguous, or the name marked "not in registry".
func (g Gold) Key() string {
	if len(g.IDs) == 0 {
		return taxonomy.AliasKey(g.Name) + " (not in registry)"
	}
	return strings.Join(g.IDs, "|")
}

// Resolver maps actor names to registry ids through the registry's
// aliases and names, compared under taxonomy.AliasKey.
type Resolver struct {
	byKey map[string][]string
}

// NewResolver indexes every actor's name and aliases.
func NewResolver(t *taxonomy.Taxonomy) *Resolver {
	r := &Resolver{byKey: map[string][]string{}}
	add := func(s, id string) {
		k := taxonomy.AliasKey(s)
		if k != "" && !slices.Contains(r.byKey[k], id) {
			r.byKey[k] = append(r.byKey[k], id)
		}
	}
	for _, a := range t.Actors {
		add(a.Name, a.ID)
		add(a.ID, a.ID)
		for _, al := range a.Aliases {
			add(al.Text, a.ID)
		}
	}
	for _, ids := range r.byKey {
		slices.Sort(ids)
	}
	return r
}

// Lookup returns the actors whose name or alias is s. A group id written
// with a space or a dash ("APT 40", "FIN-7") is the id, as the classifier
// reads it.
func (r *Resolver) Lookup(s string) []string {
	k := taxonomy.AliasKey(s)
	if ids, ok := r.byKey[k]; ok {
		return ids
	}
	if m := spacedID.FindStringSubmatch(k); m != nil {
		return r.byKey[m[1]+m[2]]
	}
	return nil
}

var spacedID = regexp.MustCompile(`^([a-z]{2,4})[ -]([0-9]+)$`)

// Resolve turns a document's actor names into gold actors, one per
// distinct resolution: two names of one actor are one gold actor, and two
// unresolved names count once per distinct AliasKey.
//
// An annotated span that resolves as a whole wins. Otherwise the span is
// tried without a trailing possessive ("TrickBot group's") and then in
// its parts when it joins several names ("Winnti Group (APT41)",
// "APT33 / Elfin"), since annotators mark such runs as one span.
func (r *Resolver) Resolve(names []string) []Gold {
	var out []Gold
	seen := map[string]bool{}
	add := func(name string, ids []string) {
		g := Gold{Name: name, IDs: ids}
		for i := range out {
			// "Cobalt" (two actors) and "Cobalt Group" (one of them) in one
			// report are one gold actor: the narrower reading.
			if both := intersect(out[i].IDs, ids); len(both) > 0 {
				out[i].IDs = both
				return
			}
		}
		if k := g.Key(); !seen[k] {
			seen[k] = true
			out = append(out, g)
		}
	}
	for _, n := range names {
		for _, rd := range r.readings(n) {
			add(rd.name, rd.ids)
		}
	}
	return out
}

// reading is a name found in a span and the actors it resolves to (none
// when it is not in the registry).
type reading struct {
	name string
	ids  []string
}

// readings resolves one annotated span: as a whole, else without a
// trailing possessive, else part by part when it joins several names.
func (r *Resolver) readings(n string) []reading {
	n = strings.TrimSpace(n)
	if ids := r.Lookup(n); ids != nil {
		return []reading{{n, ids}}
	}
	bare := trimPossessive(n)
	if ids := r.Lookup(bare); ids != nil {
		return []reading{{bare, ids}}
	}
	parts := strings.FieldsFunc(bare, func(c rune) bool { return c == '(' || c == ')' || c == '/' || c == ',' })
	if len(parts) < 2 {
		return []reading{{bare, nil}}
	}
	var out []reading
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, reading{p, r.Lookup(p)})
		}
	}
	return out
}

// Mentioned returns, sorted, every actor id that any of the spans
// resolves to, read as Resolve reads them but without narrowing an
// ambiguous name: every reading counts, since a mention is not a claim.
func (r *Resolver) Mentioned(spans []string) []string {
	var out []string
	for _, n := range spans {
		for _, rd := range r.readings(n) {
			for _, id := range rd.ids {
				if !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

func trimPossessive(s string) string {
	for _, suf := range []string{" ’ s", " ' s", "’s", "'s", " ’", " '"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			return strings.TrimSpace(t)
		}
	}
	return s
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
