package classify

import (
	"math"
	"slices"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// span returns the Span of normalised b[s:e] in the original document
// (byte and character offsets, original text), made once per mention start
// and cut from a slab so that evidence costs few allocations.
func (sc *scratch) span(s, e int32) *newsv1.Span {
	if c := sc.spans[s]; c.sp != nil && c.e == e {
		return c.sp
	}
	if len(sc.slab) == 0 {
		// A fresh block; Spans handed out earlier stay with their tags.
		sc.slab = make([]newsv1.Span, 64)
	}
	sp := &sc.slab[0]
	sc.slab = sc.slab[1:]
	bs, cs := sc.n.origStart(s)
	be, ce := sc.n.origEnd(sc.doc, e-1)
	sp.Start, sp.End, sp.Text = int32(cs), int32(ce), sc.doc[bs:be]
	if sc.spans[s].sp == nil {
		sc.spans[s] = spanEntry{e: e, sp: sp}
		sc.touched = append(sc.touched, s)
	}
	return sp
}

// buildTags turns the accepted mentions into actor and place tags, each
// with its evidence spans (the original text of every mention) and a score
// that saturates in mentions and counts a headline mention extra.
func (c *Classifier) buildTags(sc *scratch) ([]*newsv1.ActorTag, []*newsv1.PlaceTag) {
	// First count the mentions per tag, so that all evidence lists share
	// one allocation.
	sc.actorTag, sc.placeTag = sc.actorTag[:0], sc.placeTag[:0]
	// Place exclusions have done their job.
	sc.accepted = slices.DeleteFunc(sc.accepted, func(m mention) bool { return m.place == notAPlace })
	for _, m := range sc.accepted {
		refs, idx := &sc.placeTag, m.place
		if m.actor >= 0 {
			refs, idx = &sc.actorTag, m.actor
		}
		k := slices.IndexFunc(*refs, func(x tagRef) bool { return x.idx == idx })
		if k < 0 {
			k = len(*refs)
			*refs = append(*refs, tagRef{idx: idx})
		}
		(*refs)[k].n++
		if m.actor >= 0 && int(m.s) < sc.n.titleEnd {
			(*refs)[k].title = true
		}
	}
	if len(sc.accepted) == 0 {
		return nil, nil
	}
	// The tags themselves are cut from one block per kind too, and the
	// matched aliases of every actor from one list (an actor has at most
	// as many distinct aliases as mentions): a story names many places,
	// and an allocation per tag was a third of the allocations per article.
	evidence := make([]*newsv1.Span, 0, len(sc.accepted))
	actors := make([]*newsv1.ActorTag, len(sc.actorTag))
	actorBlock := make([]newsv1.ActorTag, len(sc.actorTag))
	var aliases []string
	if len(sc.actorTag) > 0 {
		n := 0
		for _, r := range sc.actorTag {
			n += r.n
		}
		aliases = make([]string, 0, n)
	}
	for k, r := range sc.actorTag {
		a := &c.actors[r.idx].a
		t := &actorBlock[k]
		// Clipped: a caller that appends to a tag's former ids gets a
		// copy instead of writing into the taxonomy's.
		t.Id, t.Name, t.Type, t.FormerIds = a.ID, a.Name, a.Type, slices.Clip(a.FormerIDs)
		t.Evidence = evidence[len(evidence) : len(evidence) : len(evidence)+r.n]
		t.AliasesMatched = aliases[len(aliases) : len(aliases) : len(aliases)+r.n]
		actors[k] = t
		evidence = evidence[:len(evidence)+r.n]
		aliases = aliases[:len(aliases)+r.n]
	}
	places := make([]*newsv1.PlaceTag, len(sc.placeTag))
	placeBlock := make([]newsv1.PlaceTag, len(sc.placeTag))
	for k, r := range sc.placeTag {
		p := &c.places[r.idx]
		t := &placeBlock[k]
		t.CountryCode, t.Name = p.Code, p.Name
		t.Evidence = evidence[len(evidence) : len(evidence) : len(evidence)+r.n]
		places[k] = t
		evidence = evidence[:len(evidence)+r.n]
	}
	for _, m := range sc.accepted {
		sp := sc.span(m.s, m.e)
		if m.actor >= 0 {
			t := actors[slices.IndexFunc(sc.actorTag, func(x tagRef) bool { return x.idx == m.actor })]
			t.Mentions++
			t.Evidence = append(t.Evidence, sp)
			if !slices.Contains(t.AliasesMatched, sp.Text) {
				t.AliasesMatched = append(t.AliasesMatched, sp.Text)
			}
			continue
		}
		t := places[slices.IndexFunc(sc.placeTag, func(x tagRef) bool { return x.idx == m.place })]
		t.Mentions++
		t.Evidence = append(t.Evidence, sp)
	}
	if len(actors) == 0 {
		actors = nil
	}
	if len(places) == 0 {
		places = nil
	}
	for k, t := range actors {
		// Saturating in mentions; a headline mention counts extra.
		s := 1 - math.Pow(0.6, float64(t.Mentions))
		if sc.actorTag[k].title {
			s += 0.1
		}
		t.Score = round3(min(1, s))
	}
	return actors, places
}
