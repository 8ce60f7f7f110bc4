package classify

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

type pattern struct {
	text    string
	aliases []aliasRef
	places  []placeRef
	// prefix: a rule looks for the pattern as the start of a word, so a
	// match inside a longer word counts (otherwise only whole words do).
	prefix bool
	// docSets are the document cue sets the pattern is a term of.
	docSets []int8
}

// notAPlace marks a place exclusion ("Latin America"): it wins over the
// place names inside it and is not reported.
const notAPlace = -2

type placeRef struct {
	place int32  // index into places, or notAPlace
	exact string // the name normalised without case folding
}

type aliasRef struct {
	actor int32
	text  string // alias as written in the taxonomy
	// exact is the alias normalised without case folding, for case-sensitive aliases.
	exact string
	cs    bool
	// family: a ransomware source lists the alias as a family's name,
	// so a threat report writes it for the code (readMentions).
	family bool
	ctx    *aliasGate
}

type actorInfo struct {
	a taxonomy.Actor
}

// New compiles t into a Classifier.
func New(t *taxonomy.Taxonomy, opts ...Option) (*Classifier, error) {
	c := &Classifier{tax: t, now: time.Now, places: t.Places, topics: map[string]taxonomy.Topic{}, cyberSet: -1}
	for _, o := range opts {
		o(c)
	}
	for _, tp := range t.Topics {
		c.topics[tp.Code] = tp
	}
	index := map[string]int32{}
	pat := func(s string) int32 {
		if i, ok := index[s]; ok {
			return i
		}
		i := int32(len(c.pats))
		index[s] = i
		c.pats = append(c.pats, pattern{text: s})
		return i
	}
	cues := map[string][][]string{}
	for name, phrases := range t.CueSets {
		cues[name] = phraseTokens(phrases)
	}
	// Contexts that only name a cue set share its index.
	nearIndex := map[string]map[string][][]string{}
	nextIndex := map[string]map[string]bool{}
	docIndex := map[string]int8{}
	for _, name := range slices.Sorted(maps.Keys(t.DocCues)) {
		dc := t.DocCues[name]
		set := int8(len(c.docMin))
		docIndex[name] = set
		if name == taxonomy.DocCyber {
			c.cyberSet = set
		}
		c.docMin = append(c.docMin, int32(dc.Min))
		for _, term := range dc.Terms {
			if key := normalizeString(term, true); key != "" {
				p := pat(key)
				if !slices.Contains(c.pats[p].docSets, set) {
					c.pats[p].docSets = append(c.pats[p].docSets, set)
				}
			}
		}
	}
	c.knownIDs = map[string]bool{}
	for ai, a := range t.Actors {
		c.actors = append(c.actors, actorInfo{a: a})
		c.knownIDs[strings.TrimPrefix(taxonomy.UnregisteredID(a.ID), "unregistered:")] = true
		for _, al := range a.Aliases {
			c.knownIDs[strings.TrimPrefix(taxonomy.UnregisteredID(al.Text), "unregistered:")] = true
		}
		for _, al := range a.Aliases {
			ref := aliasRef{actor: int32(ai), text: al.Text, cs: al.CaseSensitive, family: slices.Contains(al.Sources, taxonomy.SourceRansomware), ctx: compileGate(al.Context, cues, pat, nearIndex, nextIndex, docIndex)}
			if ref.cs {
				ref.exact = exactForm(al.Text)
			}
			key := normalizeString(al.Text, true)
			if key == "" {
				continue
			}
			// variant is another spelling of key, and of ref.exact with it.
			type variant struct{ key, exact string }
			variants := []variant{{key, ref.exact}}
			if strings.Contains(key, "-") {
				variants = append(variants, variant{strings.ReplaceAll(key, "-", " "), strings.ReplaceAll(ref.exact, "-", " ")})
			}
			// "APT40" is also written "APT 40" and "APT-40".
			if i := idSplit(key); i > 0 && (!ref.cs || idSplit(strings.ToLower(ref.exact)) == i) {
				for _, sep := range []string{" ", "-"} {
					v := variant{key: key[:i] + sep + key[i:]}
					if ref.cs {
						v.exact = ref.exact[:i] + sep + ref.exact[i:]
					}
					variants = append(variants, v)
				}
			}
			for _, v := range variants {
				p := pat(v.key)
				r := ref
				r.exact = v.exact
				if !slices.ContainsFunc(c.pats[p].aliases, func(x aliasRef) bool { return x.actor == r.actor && x.exact == r.exact && x.ctx == nil && r.ctx == nil }) {
					c.pats[p].aliases = append(c.pats[p].aliases, r)
				}
			}
		}
	}
	c.placeWords = map[string]bool{}
	for pi, p := range t.Places {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if !strings.Contains(name, " ") {
				c.placeWords[strings.ToLower(name)] = true
			}
			if key := normalizeString(name, true); key != "" {
				i := pat(key)
				c.pats[i].places = append(c.pats[i].places, placeRef{place: int32(pi), exact: exactForm(name)})
			}
		}
	}
	for _, x := range t.PlaceExclusions {
		if key := normalizeString(x, true); key != "" {
			i := pat(key)
			c.pats[i].places = append(c.pats[i].places, placeRef{place: notAPlace, exact: exactForm(x)})
		}
	}
	for _, r := range t.Rules {
		if _, ok := c.topics[r.Code]; !ok {
			return nil, fmt.Errorf("compiling rule %q: %w: unknown topic %s", r.ID, taxonomy.ErrInvalid, r.Code)
		}
		minEv := r.MinEvidence
		if minEv <= 0 {
			minEv = taxonomy.DefaultMinEvidence
		}
		ru := rule{id: r.ID, code: r.Code, slot: c.topicSlot(r.Code), minEvidence: minEv, expr: compileExpr(r.Expr, pat)}
		empty, actors := ru.expr.holdsEmpty()
		ru.always = empty || actors
		ru.relative = r.Relative
		ru.fallback = r.Fallback
		c.hasFallback = c.hasFallback || r.Fallback
		c.rules = append(c.rules, ru)
	}
	c.buildGates()
	patterns := make([]string, len(c.pats))
	for i, p := range c.pats {
		patterns[i] = p.text
	}
	c.m = newMatcher(patterns)
	c.pool.New = func() any { return &scratch{} }
	return c, nil
}

// idSplit returns where the digits start in a group id made of letters
// then digits ("apt40", "fin7", "ta505"), or 0.
func idSplit(key string) int {
	i := 0
	for i < len(key) && key[i] >= 'a' && key[i] <= 'z' {
		i++
	}
	if i < 2 || i > 4 || i == len(key) {
		return 0
	}
	for j := i; j < len(key); j++ {
		if key[j] < '0' || key[j] > '9' {
			return 0
		}
	}
	return i
}

func phraseTokens(ps []string) [][]string {
	var out [][]string
	for _, p := range ps {
		if t := tokens(normalizeString(p, true)); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// tokens splits normalised text into words (runs of word characters).
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}
