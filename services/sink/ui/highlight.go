package ui

import (
	"slices"
	"strings"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// A block is a title or a paragraph of a document, cut into segments that
// are marked where evidence covers them.
type block struct {
	Heading bool
	Segs    []segment
}

// segment is a run of text covered by the same evidence (none when Class
// is empty). Tags lists the tags whose evidence covers it, for the mark's
// tooltip.
type segment struct {
	Text  string
	Class string
	Tags  string
}

// evidence is one span of one tag.
type evidence struct {
	start, end int
	kind       string // "actor", "topic" or "place"
	tag        string // the tag as a reader names it
	text       string // the matched text as the classifier saw it
}

// collectEvidence lists the spans of every tag of a document's tag set.
func collectEvidence(actors []*newsv1.ActorTag, topics []*newsv1.TopicTag, places []*newsv1.PlaceTag) []evidence {
	var out []evidence
	add := func(kind, tag string, spans []*newsv1.Span) {
		for _, s := range spans {
			out = append(out, evidence{start: int(s.GetStart()), end: int(s.GetEnd()), kind: kind, tag: tag, text: s.GetText()})
		}
	}
	for _, a := range actors {
		add("actor", "actor "+orID(a.GetName(), a.GetId()), a.GetEvidence())
	}
	for _, t := range topics {
		add("topic", "topic "+orID(t.GetLabel(), t.GetCode()), t.GetEvidence())
	}
	for _, p := range places {
		add("place", "place "+orID(p.GetName(), p.GetCountryCode()), p.GetEvidence())
	}
	return out
}

func orID(name, id string) string {
	if name == "" {
		return id
	}
	return name
}

// highlight cuts the document a classifier saw — title, "\n\n", then the
// paragraphs joined by "\n\n"; the paragraphs alone when the title is empty
// — into blocks, marking the evidence spans, whose offsets count Unicode
// code points (proto Span). A span outside the document, empty, or whose
// text is not what stands at its offsets (a record classified from another
// version of the text) is not marked but counted in unplaced: a wrong mark
// would mislead more than a missing one.
func highlight(title string, paragraphs []string, ev []evidence) (blocks []block, unplaced int) {
	type part struct {
		start, end int // code point offsets in the document
		heading    bool
		runes      []rune
	}
	var parts []part
	pos := 0
	addPart := func(s string, heading bool) {
		if len(parts) > 0 {
			pos += 2 // "\n\n"
		}
		r := []rune(s)
		parts = append(parts, part{start: pos, end: pos + len(r), heading: heading, runes: r})
		pos += len(r)
	}
	if title != "" {
		addPart(title, true)
	}
	for _, p := range paragraphs {
		addPart(p, false)
	}
	doc := make([]rune, 0, pos)
	for i, p := range parts {
		if i > 0 {
			doc = append(doc, '\n', '\n')
		}
		doc = append(doc, p.runes...)
	}

	var placed []evidence
	for _, e := range ev {
		if e.start < 0 || e.end <= e.start || e.end > len(doc) || (e.text != "" && string(doc[e.start:e.end]) != e.text) {
			unplaced++
			continue
		}
		placed = append(placed, e)
	}

	for _, p := range parts {
		// Cut the part where any placed span starts or ends inside it.
		cuts := []int{p.start, p.end}
		for _, e := range placed {
			for _, c := range []int{e.start, e.end} {
				if c > p.start && c < p.end {
					cuts = append(cuts, c)
				}
			}
		}
		slices.Sort(cuts)
		cuts = slices.Compact(cuts)
		b := block{Heading: p.heading}
		for i := 0; i+1 < len(cuts); i++ {
			from, to := cuts[i], cuts[i+1]
			seg := segment{Text: string(p.runes[from-p.start : to-p.start])}
			var kinds, tags []string
			for _, e := range placed {
				if e.start <= from && to <= e.end {
					kinds = append(kinds, "ev-"+e.kind)
					tags = append(tags, e.tag)
				}
			}
			if len(kinds) > 0 {
				slices.Sort(kinds)
				seg.Class = "ev " + strings.Join(slices.Compact(kinds), " ")
				seg.Tags = strings.Join(slices.Compact(tags), "; ")
			}
			// Merge with the previous segment when marked alike.
			if n := len(b.Segs); n > 0 && b.Segs[n-1].Class == seg.Class && b.Segs[n-1].Tags == seg.Tags {
				b.Segs[n-1].Text += seg.Text
				continue
			}
			b.Segs = append(b.Segs, seg)
		}
		blocks = append(blocks, b)
	}
	return blocks, unplaced
}

// spanTexts lists a tag's distinct evidence texts, at most n, for the tag
// table ("ISIS-K", "Threats" …).
func spanTexts(spans []*newsv1.Span, n int) string {
	var out []string
	for _, s := range spans {
		t := s.GetText()
		if t == "" || slices.Contains(out, t) {
			continue
		}
		if len(out) == n {
			return strings.Join(out, ", ") + " …"
		}
		out = append(out, t)
	}
	return strings.Join(out, ", ")
}
