package tageval

import (
	"cmp"
	"slices"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Tagger tags one document (classify.Classifier satisfies it).
type Tagger interface {
	Document(title, text string) *newsv1.EntryTags
}

// Doc is a labelled document with its text.
type Doc struct {
	Label Label
	Text  Text
}

// DocResult is what the tagger got right and wrong on one document.
type DocResult struct {
	Set   string `json:"set"`
	ID    string `json:"id"`
	Split string `json:"split"`
	// Gold are the resolved gold actors; Predicted the tagged actor ids.
	Gold      []Gold   `json:"gold"`
	Predicted []string `json:"predicted"`
	// Found are the keys of gold actors tagged, Missed those not tagged,
	// False the predicted ids no gold actor accounts for.
	Found  []string `json:"found,omitempty"`
	Missed []string `json:"missed,omitempty"`
	False  []string `json:"false,omitempty"`
	// Topics are the predicted codes (inherited ones included); Required
	// the gold codes, MissingTopics the required codes not predicted,
	// ExtraTopics the predicted codes neither required, optional nor a
	// broader topic of either.
	Topics        []string `json:"topics"`
	Required      []string `json:"required"`
	MissingTopics []string `json:"missing_topics,omitempty"`
	ExtraTopics   []string `json:"extra_topics,omitempty"`
	ActorsExact   bool     `json:"actors_exact"`
	TopicsExact   bool     `json:"topics_exact"`
	// Excused are the False ids excused by the annotators' MALWARE
	// convention (see Excuse); they stay in False, which is the raw score.
	// ActorsExactExcused is ActorsExact with them left out.
	Excused            []string `json:"excused,omitempty"`
	ActorsExactExcused bool     `json:"actors_exact_excused"`
}

// Evaluate tags every document and compares it with its labels.
func Evaluate(docs []Doc, tg Tagger, tax *taxonomy.Taxonomy) []DocResult {
	res := NewResolver(tax)
	out := make([]DocResult, 0, len(docs))
	for _, d := range docs {
		p := Tag(d, tg)
		gold := res.Resolve(slices.Concat(d.Label.Actors, d.Text.Groups))
		r := Compare(d.Label, gold, p.Actors, p.Topics, tax)
		out = append(out, Excuse(r, res.Mentioned(d.Text.Malware), tax))
	}
	return out
}

// Excuse applies the AnnoCTR annotators' convention to a compared
// document. They mark many ransomware and extortion gangs (REvil, Maze,
// Conti) as MALWARE, not GROUP, while the tagger is meant to tag such a
// gang as an actor; counted raw, the tag is a false actor that reflects
// the convention, not an error. A false actor is excused when its
// registry type is ransomware/extortion gang and it is among the actors
// the document's MALWARE spans resolve to (malware, from
// Resolver.Mentioned). An excused actor is neither gold nor false in the
// adjusted score; a gang a GROUP span names stays gold as before, and
// nothing else in r changes.
func Excuse(r DocResult, malware []string, tax *taxonomy.Taxonomy) DocResult {
	r.Excused = nil
	for _, id := range r.False {
		if a, ok := tax.Actor(id); ok && a.Type == taxonomy.TypeRansomware && slices.Contains(malware, id) {
			r.Excused = append(r.Excused, id)
		}
	}
	r.ActorsExactExcused = len(r.Missed) == 0 && len(r.False) == len(r.Excused)
	return r
}

// Compare scores one document: gold actors against predicted actor ids,
// and the label's topics against predicted codes.
func Compare(l Label, gold []Gold, pred, topics []string, tax *taxonomy.Taxonomy) DocResult {
	r := DocResult{
		Set: l.Set, ID: l.ID, Split: l.Split, Gold: gold, Predicted: slices.Sorted(slices.Values(pred)),
		Topics: slices.Sorted(slices.Values(topics)), Required: l.TopicsRequired,
	}
	used := map[string]bool{}
	for _, g := range gold {
		hit := false
		ids := g.IDs
		if len(ids) == 0 {
			// A group no registry entry carries is found by a tag of
			// an unregistered group under the same name.
			ids = []string{taxonomy.UnregisteredID(g.Name)}
		}
		for _, id := range ids {
			if slices.Contains(pred, id) {
				used[id], hit = true, true
			}
		}
		if hit {
			r.Found = append(r.Found, g.Key())
		} else {
			r.Missed = append(r.Missed, g.Key())
		}
	}
	for _, id := range r.Predicted {
		if !used[id] {
			r.False = append(r.False, id)
		}
	}
	allowed := map[string]bool{}
	for _, c := range slices.Concat(l.TopicsRequired, l.TopicsOptional) {
		allowed[c] = true
		for _, a := range tax.Ancestors(c) {
			allowed[a] = true
		}
	}
	for _, c := range l.TopicsRequired {
		if !slices.Contains(topics, c) {
			r.MissingTopics = append(r.MissingTopics, c)
		}
	}
	for _, c := range r.Topics {
		if !allowed[c] {
			r.ExtraTopics = append(r.ExtraTopics, c)
		}
	}
	r.ActorsExact = len(r.Missed) == 0 && len(r.False) == 0
	r.ActorsExactExcused = r.ActorsExact // until Excuse says otherwise
	r.TopicsExact = len(r.MissingTopics) == 0 && len(r.ExtraTopics) == 0
	return r
}

// PR is a precision/recall count. Precision is 1 when nothing was
// predicted and recall 1 when there was nothing to find: no claim made,
// none wrong.
type PR struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

func (p *PR) finish() {
	p.Precision, p.Recall = ratio(p.TP, p.TP+p.FP), ratio(p.TP, p.TP+p.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Row is one actor or topic in a per-label table.
type Row struct {
	Key   string `json:"key"`
	Label string `json:"label,omitempty"`
	PR
	// Note is "ambiguous in registry" for a gold name several actors share.
	Note string `json:"note,omitempty"`
}

// Confusion is one kind of error with how often it happened.
type Confusion struct {
	Key     string `json:"key"`
	Label   string `json:"label,omitempty"`
	Count   int    `json:"count"`
	Example string `json:"example"`
	// With is what most often went wrong the other way in the same
	// documents (the gold actor missed where this one was tagged falsely,
	// or the reverse): the likely confusion.
	With string `json:"with,omitempty"`
}

// Summary aggregates the results of one split and set.
type Summary struct {
	Split          string      `json:"split"`
	Set            string      `json:"set"`
	Docs           int         `json:"docs"`
	Actors         PR          `json:"actors"`
	ActorExact     int         `json:"actor_exact"`
	ActorExactRate float64     `json:"actor_exact_rate"`
	Topics         PR          `json:"topics"`
	TopicExact     int         `json:"topic_exact"`
	TopicExactRate float64     `json:"topic_exact_rate"`
	PerActor       []Row       `json:"per_actor"`
	PerTopic       []Row       `json:"per_topic"`
	FalseActors    []Confusion `json:"false_actors"`
	MissedActors   []Confusion `json:"missed_actors"`
	FalseTopics    []Confusion `json:"false_topics"`
	MissedTopics   []Confusion `json:"missed_topics"`
	// TopicFailures splits the documents with a wrong topic set by how
	// they are wrong.
	TopicFailures TopicFailures `json:"topic_failures"`
	// Excused is the actor score with the MALWARE convention applied (see
	// Excuse); set when the part holds AnnoCTR reports, the only ones with
	// MALWARE spans. Everything above is the raw score.
	Excused *ExcusedScore `json:"malware_gangs_excused,omitempty"`
	// CI95 are the 95 % bootstrap intervals of the headline scores.
	CI95 Intervals `json:"ci95"`
}

// TopicFailures splits the documents whose topic set is wrong: a
// required topic missing and nothing outside the allowed set (a recall
// failure), a topic outside the allowed set and nothing missing (a
// precision failure), or both; and counts the missing and extra codes by
// level, a top-level topic (a desk) or one below it. A change to the
// rules shows here which way it moves the errors, which the exact-set
// rate alone does not.
type TopicFailures struct {
	MissingOnly  int `json:"missing_only"`
	ExtraOnly    int `json:"extra_only"`
	Both         int `json:"both"`
	MissingDesks int `json:"missing_desks"`
	MissingBelow int `json:"missing_below"`
	ExtraDesks   int `json:"extra_desks"`
	ExtraBelow   int `json:"extra_below"`
}

// add counts the topic errors of r.
func (f *TopicFailures) add(r DocResult, tax *taxonomy.Taxonomy) {
	switch m, e := len(r.MissingTopics) > 0, len(r.ExtraTopics) > 0; {
	case m && e:
		f.Both++
	case m:
		f.MissingOnly++
	case e:
		f.ExtraOnly++
	}
	top := func(c string) bool { return len(tax.Ancestors(c)) == 0 }
	for _, c := range r.MissingTopics {
		if top(c) {
			f.MissingDesks++
		} else {
			f.MissingBelow++
		}
	}
	for _, c := range r.ExtraTopics {
		if top(c) {
			f.ExtraDesks++
		} else {
			f.ExtraBelow++
		}
	}
}

// ExcusedScore is the actor score of a part with the ransomware gangs
// its MALWARE spans name excused: Tags is how many tags were excused
// (each was a false positive in the raw score), IDs which actors.
type ExcusedScore struct {
	Tags           int      `json:"excused_tags"`
	IDs            []string `json:"excused_ids"`
	Actors         PR       `json:"actors"`
	ActorExact     int      `json:"actor_exact"`
	ActorExactRate float64  `json:"actor_exact_rate"`
}

// Summarise aggregates results (already filtered to one split and set).
// Topic precision counts a predicted code as right when the label allows
// it; topic recall counts required codes only.
func Summarise(split, set string, rs []DocResult, tax *taxonomy.Taxonomy) Summary {
	s := Summary{Split: split, Set: set, Docs: len(rs), CI95: bootstrap(rs)}
	actors := map[string]*Row{}
	topics := map[string]*Row{}
	row := func(m map[string]*Row, k string) *Row {
		if m[k] == nil {
			m[k] = &Row{Key: k}
		}
		return m[k]
	}
	falseA, missA := newTally(), newTally()
	falseT, missT := newTally(), newTally()
	for _, r := range rs {
		for _, g := range r.Gold {
			rw := row(actors, g.Key())
			if len(g.IDs) > 1 {
				rw.Note = "ambiguous in registry"
			}
		}
		for _, k := range r.Found {
			row(actors, k).TP++
		}
		for _, k := range r.Missed {
			row(actors, k).FN++
			missA.add(k, r.ID, r.False)
		}
		for _, k := range r.False {
			row(actors, k).FP++
			falseA.add(k, r.ID, r.Missed)
		}
		s.Actors.TP += len(r.Found)
		s.Actors.FN += len(r.Missed)
		s.Actors.FP += len(r.False)
		if r.ActorsExact {
			s.ActorExact++
		}
		if r.TopicsExact {
			s.TopicExact++
		}
		s.TopicFailures.add(r, tax)
		for _, c := range r.Required {
			if slices.Contains(r.MissingTopics, c) {
				row(topics, c).FN++
				missT.add(c, r.ID, r.ExtraTopics)
			} else {
				row(topics, c).TP++
			}
		}
		for _, c := range r.Topics {
			switch {
			case slices.Contains(r.ExtraTopics, c):
				row(topics, c).FP++
				falseT.add(c, r.ID, r.MissingTopics)
			case !slices.Contains(r.Required, c):
				row(topics, c) // allowed extra: listed, counted neither way
			}
		}
		s.Topics.FP += len(r.ExtraTopics)
		s.Topics.FN += len(r.MissingTopics)
		s.Topics.TP += len(r.Required) - len(r.MissingTopics)
	}
	s.Actors.finish()
	s.Topics.finish()
	if slices.ContainsFunc(rs, func(r DocResult) bool { return r.Set == SetAnnoCTR }) {
		ex := &ExcusedScore{IDs: []string{}}
		for _, r := range rs {
			ex.Tags += len(r.Excused)
			for _, id := range r.Excused {
				if !slices.Contains(ex.IDs, id) {
					ex.IDs = append(ex.IDs, id)
				}
			}
			if r.ActorsExactExcused {
				ex.ActorExact++
			}
		}
		slices.Sort(ex.IDs)
		ex.Actors = PR{TP: s.Actors.TP, FP: s.Actors.FP - ex.Tags, FN: s.Actors.FN}
		ex.Actors.finish()
		ex.ActorExactRate = ratio(ex.ActorExact, s.Docs)
		s.Excused = ex
	}
	s.ActorExactRate = ratio(s.ActorExact, s.Docs)
	s.TopicExactRate = ratio(s.TopicExact, s.Docs)
	label := func(code string) string {
		if t, ok := tax.Topic(code); ok {
			return t.Label
		}
		return "(not in taxonomy)"
	}
	s.PerActor = rows(actors, func(string) string { return "" })
	s.PerTopic = rows(topics, label)
	s.FalseActors = falseA.list(nil)
	s.MissedActors = missA.list(nil)
	s.FalseTopics = falseT.list(label)
	s.MissedTopics = missT.list(label)
	return s
}

func rows(m map[string]*Row, label func(string) string) []Row {
	out := make([]Row, 0, len(m))
	for _, r := range m {
		r.finish()
		r.Label = label(r.Key)
		out = append(out, *r)
	}
	// Worst first: most errors, then most gold, then by key.
	slices.SortFunc(out, func(a, b Row) int {
		return cmp.Or(cmp.Compare(b.FP+b.FN, a.FP+a.FN), cmp.Compare(b.TP+b.FN, a.TP+a.FN), cmp.Compare(a.Key, b.Key))
	})
	return out
}

type tally struct {
	n       map[string]int
	example map[string]string
	with    map[string]map[string]int
}

func newTally() *tally {
	return &tally{n: map[string]int{}, example: map[string]string{}, with: map[string]map[string]int{}}
}

func (t *tally) add(k, id string, other []string) {
	t.n[k]++
	if _, ok := t.example[k]; !ok {
		t.example[k] = id
	}
	if t.with[k] == nil {
		t.with[k] = map[string]int{}
	}
	for _, o := range other {
		t.with[k][o]++
	}
}

func (t *tally) list(label func(string) string) []Confusion {
	out := make([]Confusion, 0, len(t.n))
	for k, n := range t.n {
		c := Confusion{Key: k, Count: n, Example: t.example[k]}
		if label != nil {
			c.Label = label(k)
		}
		best := 0
		for o, m := range t.with[k] {
			if m > best || m == best && o < c.With {
				c.With, best = o, m
			}
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Confusion) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key)) })
	return out
}
