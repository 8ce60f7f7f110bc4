package classify

import (
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// Version is the classifier's own version, recorded in every TaggedArticle.
const Version = "classify/1.1.0"

// Classifier tags documents; build one with New and share it.
type Classifier struct {
	tax    *taxonomy.Taxonomy
	m      *matcher
	pats   []pattern
	actors []actorInfo
	rules  []rule
	// hasFallback: some rule is a fallback (taxonomy.Rule.Fallback).
	hasFallback bool
	places      []taxonomy.Place
	topics      map[string]taxonomy.Topic
	slots       []topicSlot
	// gates are the rules' necessary conditions and patGates, per
	// pattern, the gates it counts towards (topics.go).
	// Both are kept apart for fallback rules ([1]; [0] the others), which
	// are evaluated on few documents: the first pass does not count for
	// them.
	gates    []gate
	patGates [2][][]int32
	// patTerms lists, per pattern, the term nodes (node.term) that look
	// for it and where in their refs, so that a term walks only its
	// patterns that matched rather than all of them.
	patTerms [2][][]termAt
	terms    int32 // term nodes numbered so far
	// termsFirst is how many term nodes the rules that are not fallbacks
	// have; theirs are numbered first (1…termsFirst).
	termsFirst int32
	// placeWords are one-word place names and demonyms, lower case.
	placeWords map[string]bool
	// docMin is, per document cue set (taxonomy.DocCue), how many of its
	// distinct terms make a document that kind of text.
	docMin []int32
	// knownIDs are the registry's names in the form of
	// taxonomy.UnregisteredID without its prefix: a tracking number that
	// a registered actor carries is never tagged unregistered.
	knownIDs map[string]bool
	// cyberSet is the document cue set of threat reports ("cyber"), or -1.
	cyberSet int8
	now      func() time.Time
	pool     sync.Pool
}

// Option configures New.
type Option func(*Classifier)

// WithClock sets the clock that stamps TaggedArticle.classified_at
// (time.Now by default), for reproducible output in tests.
func WithClock(now func() time.Time) Option { return func(c *Classifier) { c.now = now } }

// Document tags one document: title, "\n\n", text (text alone when title is empty).
func (c *Classifier) Document(title, text string) *newsv1.EntryTags {
	doc, split := text, 0
	if title != "" {
		doc, split = title+"\n\n"+text, len(title)
	}
	return c.document(doc, split)
}

func (c *Classifier) document(doc string, split int) *newsv1.EntryTags {
	sc := c.pool.Get().(*scratch)
	defer c.pool.Put(sc)
	return c.tag(sc, doc, split)
}

// articleDoc builds title, "\n\n", paragraphs joined by "\n\n" in one
// allocation, and returns it with the length of the title part.
func articleDoc(title string, paras []string) (string, int) {
	n := 0
	for _, p := range paras {
		n += len(p) + 2
	}
	n = max(0, n-2)
	if title != "" {
		n += len(title) + 2
	}
	var b strings.Builder
	b.Grow(n)
	if title != "" {
		b.WriteString(title)
		b.WriteString("\n\n")
	}
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String(), len(title)
}

// Article tags an Article. Articles are classified on Document(title,
// paragraphs joined by "\n\n"). On listing pages each entry is classified
// on its own title and text into Entries (index-aligned), and the
// page-level tags are the union of the entries' tags; their spans point
// into the entries, so page-level tags of a listing carry no evidence.
// Non-article pages get no tags. classified_at comes from the Classifier's
// clock (WithClock).
func (c *Classifier) Article(a *newsv1.Article) *newsv1.TaggedArticle {
	out := &newsv1.TaggedArticle{
		Article:           a,
		TaxonomyVersion:   c.tax.Version(),
		ClassifierVersion: Version,
		ClassifiedAt:      timestamppb.New(c.now()),
	}
	switch a.GetPageType() {
	case newsv1.PageType_PAGE_TYPE_NON_ARTICLE:
		return out
	case newsv1.PageType_PAGE_TYPE_LISTING:
		for _, e := range a.GetEntries() {
			out.Entries = append(out.Entries, c.Document(e.GetTitle(), e.GetText()))
		}
		u := union(out.Entries)
		out.Topics, out.Actors, out.Places = u.Topics, u.Actors, u.Places
		return out
	}
	t := c.document(articleDoc(a.GetTitle(), a.GetParagraphs()))
	out.Topics, out.Actors, out.Places = t.Topics, t.Actors, t.Places
	return out
}

func union(entries []*newsv1.EntryTags) *newsv1.EntryTags {
	out := &newsv1.EntryTags{}
	actors := map[string]*newsv1.ActorTag{}
	topics := map[string]*newsv1.TopicTag{}
	places := map[string]*newsv1.PlaceTag{}
	for _, e := range entries {
		for _, a := range e.Actors {
			u, ok := actors[a.Id]
			if !ok {
				u = &newsv1.ActorTag{Id: a.Id, Name: a.Name, Type: a.Type, FormerIds: a.FormerIds}
				actors[a.Id] = u
				out.Actors = append(out.Actors, u)
			}
			u.Mentions += a.Mentions
			u.Score = max(u.Score, a.Score)
			for _, s := range a.AliasesMatched {
				if !slices.Contains(u.AliasesMatched, s) {
					u.AliasesMatched = append(u.AliasesMatched, s)
				}
			}
		}
		for _, t := range e.Topics {
			u, ok := topics[t.Code]
			if !ok {
				u = &newsv1.TopicTag{Code: t.Code, Label: t.Label, Inherited: true}
				topics[t.Code] = u
				out.Topics = append(out.Topics, u)
			}
			u.Score = max(u.Score, t.Score)
			u.Inherited = u.Inherited && t.Inherited
		}
		for _, p := range e.Places {
			u, ok := places[p.CountryCode]
			if !ok {
				u = &newsv1.PlaceTag{CountryCode: p.CountryCode, Name: p.Name}
				places[p.CountryCode] = u
				out.Places = append(out.Places, u)
			}
			u.Mentions += p.Mentions
		}
	}
	sortTags(out)
	return out
}

func sortTags(t *newsv1.EntryTags) {
	slices.SortFunc(t.Actors, func(a, b *newsv1.ActorTag) int {
		if a.Score != b.Score {
			return cmpDesc(a.Score, b.Score)
		}
		return strings.Compare(a.Id, b.Id)
	})
	slices.SortFunc(t.Topics, func(a, b *newsv1.TopicTag) int {
		if a.Score != b.Score {
			return cmpDesc(a.Score, b.Score)
		}
		return strings.Compare(a.Code, b.Code)
	})
	slices.SortFunc(t.Places, func(a, b *newsv1.PlaceTag) int {
		if a.Mentions != b.Mentions {
			return int(b.Mentions - a.Mentions)
		}
		return strings.Compare(a.CountryCode, b.CountryCode)
	})
}

func cmpDesc(a, b float64) int {
	if a > b {
		return -1
	}
	return 1
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
