package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// deskRule is a topic rule of taxonomy/source/topic-rules.json written as
// cue lists rather than a query: the editorial vocabulary of one desk.
// It tags Code when the document uses at least MinUnique distinct cues,
// at least MinStrong of them strong ones, and their matches weigh at
// least MinEvidence (a title match counting twice). Strong cues are words
// and phrases that on their own point at the desk ("goalkeeper",
// "stock exchange"); weak cues support it but also occur elsewhere
// ("match", "shares"). Block phrases veto the rule wherever they occur
// (a near miss that shares the desk's words). A cue ending in "*" is a
// prefix; a cue with a space is a phrase.
//
// The importer expands a desk rule into the EXTRA query language, so the
// classifier evaluates it like any other rule:
//
//	(and (or/countunique>=MinUnique strong… weak…)
//	     (or (or/countunique>=MinStrong strong…)
//	         (or/countunique>=MinWeak weak…))
//	     (or/countunique>=MinContext context…)
//	     (not block…))
type deskRule struct {
	ID     string   `json:"id"`
	Code   string   `json:"code"`
	Name   string   `json:"name"`
	Strong []string `json:"strong"`
	Weak   []string `json:"weak,omitempty"`
	Block  []string `json:"block,omitempty"`
	// Context cues set the scene the desk needs (a transfer is a sport
	// story: a club, a player, a manager): at least MinContext (1 when
	// 0) distinct ones must occur besides the desk's own cues. They are
	// not the desk's cues and may be another desk's.
	Context     []string `json:"context,omitempty"`
	MinContext  int      `json:"min_context,omitempty"`
	MinStrong   int      `json:"min_strong,omitempty"`
	MinUnique   int      `json:"min_unique,omitempty"`
	MinEvidence int      `json:"min_evidence,omitempty"`
	// MinWeak distinct weak cues stand in for the strong ones: a game
	// report written in "season, points, rebounds, victory, game" names
	// no position or league, but that many of the desk's words together
	// are the desk. 0 is weakOnly times MinUnique; negative, never (a
	// sport discipline: its weak cues are every sport's words).
	MinWeak int `json:"min_weak,omitempty"`
	// IPTCWeak is a Media Topic whose narrower topics' names become weak
	// cues (narrowerNames): the sport disciplines under "competition
	// discipline" are the sport desk's vocabulary, written by IPTC, not
	// picked from the texts the rules were tried on.
	IPTCWeak string `json:"iptc_weak,omitempty"`
	// InThreatReports keeps the desk in a text that reads as a threat
	// report (genre); other desks give way there (threatReport).
	InThreatReports bool `json:"in_threat_reports,omitempty"`
	// Relative is taxonomy.Rule.Relative: deskRelative when 0, none when
	// negative.
	Relative float64 `json:"relative,omitempty"`
	// NoFallback leaves the desk out of the fallback pass (deskFallback).
	NoFallback bool   `json:"no_fallback,omitempty"`
	Note       string `json:"note,omitempty"`
}

// deskFallback is the relaxed reading of every desk, tried only on a
// story that no rule tags (taxonomy.Rule.Fallback): a short story (a
// brief, a transfer, a product launch) names its subject with a few
// plain cues and no desk reaches the thresholds written for full-length
// stories. Each desk becomes a second rule, "<id>-fallback", with its
// thresholds times Scale (rounded up; at least one strong cue, MinUnique
// distinct cues and MinEvidence), its blocks and the threat-report veto:
// a desk that asks much of a full story (armed conflict: four strong
// cues) still asks more of a brief than one that asks little. Scale 0
// leaves fallbacks out.
type deskFallback struct {
	Scale       float64 `json:"scale"`
	MinUnique   int     `json:"min_unique"`
	MinEvidence int     `json:"min_evidence"`
	// Relative, when above the desk's, is the fallback's share of the
	// most salient topic: a brief is about one thing, so its fallback
	// desks keep only the one (or ones) its cues weigh most for.
	Relative float64 `json:"relative,omitempty"`
	Note     string  `json:"note,omitempty"`
}

// scaled is n times f rounded up, at least floor.
func scaled(n int, f float64, floor int) int {
	return max(int(math.Ceil(float64(n)*f-1e-9)), floor)
}

// Defaults of a desk rule: one strong cue among three distinct cues, and
// four matches (a headline cue and two in the body, or four in the body).
const (
	deskMinStrong   = 1
	deskMinUnique   = 3
	deskMinEvidence = 4
)

// deskRelative is the default Relative of a desk rule: a desk whose
// evidence weighs less than six tenths of the document's main topic's is
// a side remark of the story.
const deskRelative = 0.6

// genre is a kind of text recognised by its vocabulary: at least Min
// distinct Terms.
type genre struct {
	Min   int      `json:"min"`
	Terms []string `json:"terms"`
}

// deskRules expands the desk rules into rules with origin "curated";
// topics is the Media Topic tree (for IPTCWeak). A desk without
// InThreatReports gives way in a text of the threat-report genre (tr,
// when tr.Min > 0): the themes of a campaign's lures (tax returns, an
// election, a pandemic) are not what a threat report is about.
//
// weakOnly is the default MinWeak as a multiple of MinUnique (0: none).
func deskRules(desks []deskRule, known map[string]bool, topics []taxonomy.Topic, tr genre, fb deskFallback, weakOnly float64) ([]taxonomy.Rule, error) {
	var out []taxonomy.Rule
	ids := map[string]bool{}
	for _, d := range desks {
		if ids[d.ID] || d.ID == "" {
			return nil, fmt.Errorf("importing desk rule %q: duplicate or empty id", d.ID)
		}
		ids[d.ID] = true
		if !known[d.Code] {
			return nil, fmt.Errorf("importing desk rule %q: unknown topic %s", d.ID, d.Code)
		}
		if len(d.Strong) == 0 {
			return nil, fmt.Errorf("importing desk rule %q: no strong cues", d.ID)
		}
		seen := map[string]bool{}
		for _, c := range append(append(slices.Clone(d.Strong), d.Weak...), d.Block...) {
			k := strings.ToLower(strings.Join(strings.Fields(c), " "))
			if seen[k] {
				return nil, fmt.Errorf("importing desk rule %q: cue %q listed twice", d.ID, c)
			}
			seen[k] = true
		}
		if d.IPTCWeak != "" {
			if !known[d.IPTCWeak] {
				return nil, fmt.Errorf("importing desk rule %q: unknown topic %s in iptc_weak", d.ID, d.IPTCWeak)
			}
			for _, n := range narrowerNames(topics, d.IPTCWeak) {
				if !seen[n] {
					seen[n] = true
					d.Weak = append(slices.Clip(d.Weak), n)
				}
			}
		}
		d.Strong, d.Weak = inflectCues(d.Strong, seen), inflectCues(d.Weak, seen)
		ctx := map[string]bool{}
		for _, c := range d.Context {
			ctx[strings.ToLower(strings.Join(strings.Fields(c), " "))] = true
		}
		d.Context = inflectCues(d.Context, ctx)
		if d.MinWeak == 0 {
			d.MinWeak = scaled(cmp.Or(d.MinUnique, deskMinUnique), weakOnly, 0)
		}
		veto := func(q string) string {
			if tr.Min > 0 && !d.InThreatReports {
				q = strings.TrimSuffix(q, ")") + fmt.Sprintf(" (not (or/countunique>=%d %s)))", tr.Min, cueTerms(tr.Terms))
			}
			return q
		}
		q := veto(deskQuery(d))
		if _, err := taxonomy.ParseQuery(q); err != nil {
			return nil, fmt.Errorf("importing desk rule %q: %w", d.ID, err)
		}
		minEv := d.MinEvidence
		if minEv == 0 {
			minEv = deskMinEvidence
		}
		rel := d.Relative
		switch {
		case rel == 0:
			rel = deskRelative
		case rel < 0:
			rel = 0
		}
		out = append(out, taxonomy.Rule{ID: d.ID, Code: d.Code, Origin: "curated", Name: d.Name, Query: q, MinEvidence: minEv, Relative: rel, Note: d.Note})
		if fb.Scale > 0 && !d.NoFallback {
			r := d
			r.MinStrong = scaled(cmp.Or(d.MinStrong, deskMinStrong), fb.Scale, 1)
			r.MinUnique = scaled(cmp.Or(d.MinUnique, deskMinUnique), fb.Scale, max(fb.MinUnique, r.MinStrong))
			out = append(out, taxonomy.Rule{
				ID: d.ID + "-fallback", Code: d.Code, Origin: "curated", Name: d.Name + " (fallback: a story no rule tags)",
				Query: veto(deskQuery(r)), MinEvidence: scaled(minEv, fb.Scale, max(fb.MinEvidence, 1)), Relative: max(rel, fb.Relative), Fallback: true, Note: fb.Note,
			})
		}
	}
	return out, nil
}

func deskQuery(d deskRule) string {
	minStrong, minUnique := d.MinStrong, d.MinUnique
	if minStrong == 0 {
		minStrong = deskMinStrong
	}
	if minUnique == 0 {
		minUnique = deskMinUnique
	}
	strong := cueTerms(d.Strong)
	var b strings.Builder
	fmt.Fprintf(&b, "(and (or/countunique>=%d %s", minUnique, strong)
	if len(d.Weak) > 0 {
		b.WriteString(" " + cueTerms(d.Weak))
	}
	if d.MinWeak > 0 && len(d.Weak) > 0 {
		fmt.Fprintf(&b, ") (or (or/countunique>=%d %s) (or/countunique>=%d %s))", minStrong, strong, d.MinWeak, cueTerms(d.Weak))
	} else {
		fmt.Fprintf(&b, ") (or/countunique>=%d %s)", minStrong, strong)
	}
	if len(d.Context) > 0 {
		fmt.Fprintf(&b, " (or/countunique>=%d %s)", max(d.MinContext, 1), cueTerms(d.Context))
	}
	if len(d.Block) > 0 {
		fmt.Fprintf(&b, " (not %s)", cueTerms(d.Block))
	}
	b.WriteString(")")
	return b.String()
}

// cueTerms renders cues as terms: the single words in one "any" term,
// each phrase as an "adj" term.
func cueTerms(cues []string) string {
	var words, terms []string
	for _, c := range cues {
		c = strings.Join(strings.Fields(c), " ")
		if c == "" {
			continue
		}
		if strings.Contains(c, " ") {
			terms = append(terms, `(text_content adj "`+quote(c)+`")`)
			continue
		}
		words = append(words, c)
	}
	if len(words) > 0 {
		terms = append([]string{`(text_content any "` + quote(strings.Join(words, " ")) + `")`}, terms...)
	}
	return strings.Join(terms, " ")
}

func quote(s string) string { return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) }

// inflectCues appends to cues the regular plural of each cue that is not
// a prefix (of a phrase, its last word): an editor's vocabulary is
// written in the singular or the plural, the news uses both ("striker",
// "strikers"; "heart attack", "heart attacks"). A form already listed
// in the desk (seen, lower-cased) is not added again.
func inflectCues(cues []string, seen map[string]bool) []string {
	out := slices.Clone(cues)
	for _, c := range cues {
		c = strings.ToLower(strings.Join(strings.Fields(c), " "))
		if strings.HasSuffix(c, "*") {
			continue
		}
		i := strings.LastIndexByte(c, ' ') + 1
		p := plural(c[i:])
		if p == "" || seen[c[:i]+p] {
			continue
		}
		seen[c[:i]+p] = true
		out = append(out, c[:i]+p)
	}
	return out
}

// plural is the regular English plural of a word, or "" when the word
// looks plural already, is not a noun form that takes one (-ed, -ing,
// -ly, -ic, -al words), or is too short to tell (an acronym such as
// "mp" or "nba" is written with a plural on its own when it takes one).
func plural(w string) string {
	if len(w) < 4 || strings.ContainsAny(w, "0123456789&.'") {
		return ""
	}
	for _, suf := range []string{"s", "ed", "ing", "ly", "ic", "al", "ful", "ous", "ive", "able", "ible", "less", "est"} {
		if strings.HasSuffix(w, suf) {
			return ""
		}
	}
	for _, suf := range []string{"ch", "sh", "x", "z"} {
		if strings.HasSuffix(w, suf) {
			return w + "es"
		}
	}
	if n := len(w); w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// narrowerNames returns the names of the topics below code, lower-cased,
// that read as a word an article would use: one or two words, without
// the qualifiers and lists of a classification ("steeplechase
// (athletics)", "canoe slalom and sprint", "3x3 basketball").
func narrowerNames(topics []taxonomy.Topic, code string) []string {
	below := map[string]bool{code: true}
	for changed := true; changed; {
		changed = false
		for _, t := range topics {
			if !below[t.Code] && below[t.Parent] {
				below[t.Code], changed = true, true
			}
		}
	}
	var out []string
	for _, t := range topics {
		if t.Code == code || !below[t.Code] {
			continue
		}
		n := strings.ToLower(strings.TrimSpace(t.Label))
		if strings.ContainsAny(n, "(),/0123456789") || strings.Contains(n, " and ") || len(strings.Fields(n)) > 2 || len(n) < 4 {
			continue
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}
