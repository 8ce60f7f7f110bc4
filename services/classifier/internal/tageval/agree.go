package tageval

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Comparisons of a run with a second editor's labels (Config.Second), in
// the order they are printed. "first" is the development set's labels,
// "second" the second editor's.
const (
	TaggerVsFirst  = "tagger vs first"
	SecondVsFirst  = "second vs first"
	FirstVsSecond  = "first vs second"
	TaggerVsSecond = "tagger vs second"
)

// Prediction is what one side of a comparison claims for a document:
// actor ids (as the tagger tags them) and topic codes (with their broader
// topics, as the tagger adds them).
type Prediction struct {
	Actors []string
	Topics []string
}

// EditorPrediction reads an editor's label as if it were the tagger's
// output, to be scored against another editor's gold: the predicted
// topics are the label's required codes (what the editor would certainly
// give) and their broader topics, never its optional ones; the predicted
// actors are its names resolved through the registry as gold names are.
// A name several actors share is read as the one the gold holds, if any
// (the gold side gets the same benefit, see Resolve); a name no actor
// carries is the unregistered actor of that name, as the tagger would tag
// it.
func EditorPrediction(l Label, gold []Gold, res *Resolver, tax *taxonomy.Taxonomy) Prediction {
	var p Prediction
	for _, g := range res.Resolve(l.Actors) {
		id := taxonomy.UnregisteredID(g.Name)
		if len(g.IDs) > 0 {
			id = g.IDs[0]
			for _, gg := range gold {
				if both := intersect(g.IDs, gg.IDs); len(both) > 0 {
					id = both[0]
					break
				}
			}
		}
		if !slices.Contains(p.Actors, id) {
			p.Actors = append(p.Actors, id)
		}
	}
	for _, c := range l.TopicsRequired {
		for _, t := range append([]string{c}, tax.Ancestors(c)...) {
			if !slices.Contains(p.Topics, t) {
				p.Topics = append(p.Topics, t)
			}
		}
	}
	return p
}

// Comparison is one scoring on the documents both editors labelled: the
// predictions of Pred against the gold of Gold, with the same metric as
// the tagger's (Compare, Summarise).
type Comparison struct {
	Name    string      `json:"name"`
	Pred    string      `json:"prediction"`
	Gold    string      `json:"gold"`
	Summary Summary     `json:"summary"`
	Docs    []DocResult `json:"docs"`
}

// Agreement is the result of a run with a second editor's labels.
type Agreement struct {
	TaxonomyVersion string `json:"taxonomy_version"`
	// SecondLabels is how many labels the second editor's file holds;
	// every one must have a first label (Agree says which has none).
	SecondLabels int `json:"second_labels"`
	// SameDesk counts the documents whose two labels require the same
	// top-level topics, SameRequired those that require the same codes.
	SameDesk     int `json:"same_desk"`
	SameRequired int `json:"same_required"`
	// Compatible counts the documents on which each editor's required
	// codes are within what the other allows (required, optional or
	// broader): the editors differ at most in which defensible code is
	// the main one. TaggerEither counts those on which the tagger's set
	// is exact against at least one editor.
	Compatible   int `json:"compatible"`
	TaggerEither int `json:"tagger_exact_either"`
	// PerDesk breaks the exact topic sets down by the first label's
	// top-level topic.
	PerDesk     []DeskAgreement `json:"per_desk"`
	Comparisons []Comparison    `json:"comparisons"`
	Problems    []string        `json:"problems,omitempty"`
}

// DeskAgreement is the exact topic-set count of each comparison on the
// documents whose first label requires one top-level topic.
type DeskAgreement struct {
	Desk  string         `json:"desk"`
	Label string         `json:"label"`
	Docs  int            `json:"docs"`
	Exact map[string]int `json:"exact"`
}

// Agree scores, on docs (each with its first label), the tagger against
// the first labels, each editor against the other, and the tagger against
// the second labels. Every document of docs must have a second label;
// second labels of documents not in docs are left out (a filter of the
// run dropped them).
func Agree(docs []Doc, second []Label, tg Tagger, tax *taxonomy.Taxonomy) (Agreement, error) {
	by := map[string]Label{}
	for _, l := range second {
		by[l.Set+"/"+l.ID] = l
	}
	res := NewResolver(tax)
	ag := Agreement{TaxonomyVersion: tax.Version(), SecondLabels: len(second)}
	runs := map[string][]DocResult{}
	for _, d := range docs {
		s, ok := by[d.Label.Set+"/"+d.Label.ID]
		if !ok {
			return Agreement{}, fmt.Errorf("comparing editors: %s/%s has no second label", d.Label.Set, d.Label.ID)
		}
		if s.Split != d.Label.Split {
			ag.Problems = append(ag.Problems, fmt.Sprintf("%s/%s: second label's split %s, first label's %s", s.Set, s.ID, s.Split, d.Label.Split))
		}
		s.Split = d.Label.Split // one document, one split
		malware := res.Mentioned(d.Text.Malware)
		goldFirst := res.Resolve(slices.Concat(d.Label.Actors, d.Text.Groups))
		goldSecond := res.Resolve(slices.Concat(s.Actors, d.Text.Groups))
		withGroups := func(l Label) Label {
			l.Actors = slices.Concat(l.Actors, d.Text.Groups)
			return l
		}
		tagged := Tag(d, tg)
		bySecond := EditorPrediction(withGroups(s), goldFirst, res, tax)
		byFirst := EditorPrediction(withGroups(d.Label), goldSecond, res, tax)
		score := func(name string, l Label, gold []Gold, p Prediction) {
			runs[name] = append(runs[name], Excuse(Compare(l, gold, p.Actors, p.Topics, tax), malware, tax))
		}
		score(TaggerVsFirst, d.Label, goldFirst, tagged)
		score(SecondVsFirst, d.Label, goldFirst, bySecond)
		score(FirstVsSecond, s, goldSecond, byFirst)
		score(TaggerVsSecond, s, goldSecond, tagged)
		last := func(name string) DocResult { return runs[name][len(runs[name])-1] }
		if len(last(SecondVsFirst).ExtraTopics) == 0 && len(last(FirstVsSecond).ExtraTopics) == 0 {
			ag.Compatible++
		}
		if last(TaggerVsFirst).TopicsExact || last(TaggerVsSecond).TopicsExact {
			ag.TaggerEither++
		}
		if slices.Equal(desks(d.Label.TopicsRequired, tax), desks(s.TopicsRequired, tax)) {
			ag.SameDesk++
		}
		if slices.Equal(slices.Sorted(slices.Values(d.Label.TopicsRequired)), slices.Sorted(slices.Values(s.TopicsRequired))) {
			ag.SameRequired++
		}
	}
	ag.PerDesk = perDesk(docs, runs, tax)
	split, set := partOf(docs)
	for _, c := range []struct{ name, pred, gold string }{
		{TaggerVsFirst, "tagger", "first editor"},
		{SecondVsFirst, "second editor's required", "first editor"},
		{FirstVsSecond, "first editor's required", "second editor"},
		{TaggerVsSecond, "tagger", "second editor"},
	} {
		rs := runs[c.name]
		ag.Comparisons = append(ag.Comparisons, Comparison{
			Name: c.name, Pred: c.pred, Gold: c.gold, Summary: Summarise(split, set, rs, tax), Docs: rs,
		})
	}
	return ag, nil
}

// Tag runs the tagger on one document.
func Tag(d Doc, tg Tagger) Prediction {
	tags := tg.Document(d.Text.Title, d.Text.Body)
	var p Prediction
	for _, a := range tags.GetActors() {
		p.Actors = append(p.Actors, a.GetId())
	}
	for _, t := range tags.GetTopics() {
		p.Topics = append(p.Topics, t.GetCode())
	}
	return p
}

// desks are the sorted top-level topics of codes.
func desks(codes []string, tax *taxonomy.Taxonomy) []string {
	var out []string
	for _, c := range codes {
		top := c
		if as := tax.Ancestors(c); len(as) > 0 {
			top = as[len(as)-1]
		}
		if !slices.Contains(out, top) {
			out = append(out, top)
		}
	}
	slices.Sort(out)
	return out
}

// partOf names the split and set docs belong to, "all" where they mix.
func partOf(docs []Doc) (split, set string) {
	for i, d := range docs {
		if i == 0 {
			split, set = d.Label.Split, d.Label.Set
			continue
		}
		if d.Label.Split != split {
			split = "all"
		}
		if d.Label.Set != set {
			set = "all"
		}
	}
	return split, set
}

// perDesk counts the exact topic sets of every comparison per top-level
// topic of the first label, most documents first.
func perDesk(docs []Doc, runs map[string][]DocResult, tax *taxonomy.Taxonomy) []DeskAgreement {
	idx := map[string]int{}
	var out []DeskAgreement
	for i, d := range docs {
		k := strings.Join(desks(d.Label.TopicsRequired, tax), "+")
		j, ok := idx[k]
		if !ok {
			j = len(out)
			idx[k] = j
			label := k
			if t, ok := tax.Topic(k); ok {
				label = t.Label
			}
			out = append(out, DeskAgreement{Desk: k, Label: label, Exact: map[string]int{}})
		}
		out[j].Docs++
		for name, rs := range runs {
			if rs[i].TopicsExact {
				out[j].Exact[name]++
			}
		}
	}
	slices.SortStableFunc(out, func(a, b DeskAgreement) int {
		return cmp.Or(cmp.Compare(b.Docs, a.Docs), cmp.Compare(a.Desk, b.Desk))
	})
	return out
}
