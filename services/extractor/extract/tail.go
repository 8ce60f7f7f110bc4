package extract

import "strings"

// Limits of a teaser list that follows the story inside the content block.
const (
	// minTailStoryWords is how much story must precede a teaser list.
	minTailStoryWords = 80
	// maxTeaserHeadWords bounds a teaser headline.
	maxTeaserHeadWords = 20
	// maxTeaserTextWords bounds one paragraph of a teaser summary.
	maxTeaserTextWords = 60
	// maxTeaserTextParas bounds the summary paragraphs under one headline.
	maxTeaserTextParas = 2
	// maxTailLabelWords bounds the label line that opens a teaser list
	// ("More Local Headlines").
	maxTailLabelWords = 6
)

// trailingTeasers finds a list of story teasers at the end of ps: linked
// headlines, each followed by at most a short summary, running to the end.
// Two headlines with summaries, or three without, make a list; a short
// unlinked label line just before it belongs to it. It returns the index
// where the list starts, or len(ps).
func trailingTeasers(ps []para) int {
	end := len(ps)
	// A trailing label or "View all" link line does not break the list.
	if end > 0 && words(ps[end-1].text) <= 3 {
		end--
	}
	heads, summaries := 0, 0
	start := end
	i := end - 1
	for i >= 0 {
		// Walk back over the summary paragraphs of one teaser.
		j := i
		for j >= 0 && i-j < maxTeaserTextParas && !ps[j].linked && words(ps[j].text) <= maxTeaserTextWords {
			j--
		}
		if j < 0 || !ps[j].linked || words(ps[j].text) < 2 || words(ps[j].text) > maxTeaserHeadWords {
			break
		}
		heads++
		if j < i {
			summaries++
		}
		start = j
		i = j - 1
	}
	if heads < 2 || (heads < 3 && summaries < heads) {
		return len(ps)
	}
	if start > 0 && !ps[start-1].linked && words(ps[start-1].text) <= maxTailLabelWords {
		start--
	}
	return afterStory(ps, start)
}

// Limits of a run of text ads (title, one-line pitch, display domain).
const (
	// maxAdLineWords bounds one line of a text ad.
	maxAdLineWords = 30
	// maxAdGap is the most lines between two display domains of a run.
	maxAdGap = 3
)

// dropTextAds removes runs of text ads: two or more display domains
// ("www.example.co.uk" alone on a line), each after at most two short lines
// of title and pitch. A lone domain line is left alone: it may be the
// contact address that ends a story.
func (p *page) dropTextAds(ps []para) []para {
	var doms []int
	for i, pa := range ps {
		if bareDomain(pa.text) {
			doms = append(doms, i)
		}
	}
	if len(doms) < 2 {
		return ps
	}
	cut := make([]bool, len(ps))
	found := false
	for a := 0; a < len(doms); {
		b := a
		for b+1 < len(doms) && doms[b+1]-doms[b] <= maxAdGap {
			b++
		}
		if b > a {
			start := doms[a]
			for k := 0; k < 2 && start > 0 && !bareDomain(ps[start-1].text) && words(ps[start-1].text) <= maxAdLineWords; k++ {
				start--
			}
			ok := true
			for i := start; i <= doms[b]; i++ {
				if words(ps[i].text) > maxAdLineWords {
					ok = false
				}
			}
			if ok {
				for i := start; i <= doms[b]; i++ {
					cut[i] = true
				}
				found = true
			}
		}
		a = b + 1
	}
	if !found {
		return ps
	}
	out := ps[:0:0]
	for i, pa := range ps {
		if cut[i] {
			p.count(KindAd, 1)
			continue
		}
		out = append(out, pa)
	}
	return out
}

// bareDomain reports a line that is only a host name, as text ads show
// their target: letters, digits, '-' and '.', a dot, and a final label of
// two to six letters.
func bareDomain(t string) bool {
	if len(t) < 5 || len(t) > 64 {
		return false
	}
	dot := strings.LastIndexByte(t, '.')
	if dot <= 0 {
		return false
	}
	tld := t[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i] | 0x20
		switch {
		case 'a' <= c && c <= 'z':
		case '0' <= t[i] && t[i] <= '9', t[i] == '-', t[i] == '.':
			if i > dot {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// menuLine reports a paragraph that is a menu flattened into text: four or
// more items separated by '|', none longer than a few words ("News: ePaper
// | Front Page | National | Sport | …"). Sentences are not written that way.
func menuLine(t string) bool {
	if strings.Count(t, "|") < 3 {
		return false
	}
	for item := range strings.SplitSeq(t, "|") {
		if words(item) > 5 {
			return false
		}
	}
	return true
}

// Limits of a run of link lines that ends the content block.
const (
	// minLinkLines is how many short link lines make a run.
	minLinkLines = 3
	// maxLinkLineWords bounds one line of the run.
	maxLinkLineWords = 10
)

// trailingLinkLines finds a run of short lines at the end of ps that are
// mostly link text (a section menu, a list of site links, a "more" box
// flattened into the content), together with the short unlinked label
// lines inside it, and returns where it starts, or len(ps). A story ends
// in sentences; its lists are of plain text.
func trailingLinkLines(ps []para) int {
	start, links := len(ps), 0
	for i := len(ps) - 1; i >= 0; i-- {
		pa := ps[i]
		n := words(pa.text)
		if n > maxLinkLineWords {
			break
		}
		switch {
		case pa.halfLinked:
			links++
		case n <= 4 && (n == 1 || !endsSentence(pa.text)):
			// A label between the links ("N.F.L." is one word).
		default:
			i = -1
			continue
		}
		start = i
	}
	if links < minLinkLines {
		return len(ps)
	}
	return afterStory(ps, start)
}

// minInlineLinkLines is how many short link lines make a box inside the
// story (a section menu set between two paragraphs).
const minInlineLinkLines = 4

// dropLinkLineRuns removes runs of at least minInlineLinkLines short link
// lines (with short labels among them) inside the story: a story's own
// sentences are not a column of links.
func (p *page) dropLinkLineRuns(ps []para) []para {
	var out []para
	for i := 0; i < len(ps); {
		j, links := i, 0
		for j < len(ps) {
			pa := ps[j]
			n := words(pa.text)
			if n > maxLinkLineWords {
				break
			}
			if pa.halfLinked {
				links++
			} else if n > 4 || n > 1 && endsSentence(pa.text) {
				break
			}
			j++
		}
		if links >= minInlineLinkLines {
			p.count(KindRelated, int32(j-i))
			i = j
			continue
		}
		// A run that starts later inside this one ends where it ends and
		// holds no more links: keep the whole run and look on from its
		// end (one pass, not one per paragraph: a page of a million short
		// lines took minutes).
		if j == i {
			j++
		}
		out = append(out, ps[i:j]...)
		i = j
	}
	return out
}

// trailingSnippets finds a run of at least two teasers at the end of ps
// that each open with a linked headline and end in a cut-off summary ("…"
// or "..."), with short labels among them, and returns where it starts, or
// len(ps). A story's paragraphs are not cut off mid-sentence.
func trailingSnippets(ps []para) int {
	start, teasers := len(ps), 0
	for i := len(ps) - 1; i >= 0; i-- {
		pa := ps[i]
		t := strings.TrimSpace(pa.text)
		switch {
		case pa.linkHead && (strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")) && words(t) <= maxTeaserTextWords+maxTeaserHeadWords:
			teasers++
		case words(t) <= 4 && (pa.linkHead || !endsSentence(t)):
			// A label or a "more" link between the teasers.
		default:
			i = -1
			continue
		}
		start = i
	}
	if teasers < 2 {
		return len(ps)
	}
	return afterStory(ps, start)
}

// afterStory returns start, where a trailing run begins, when the
// paragraphs before it hold some story (minTailStoryWords): a run that
// follows no story is the page, not its tail, and nothing is cut (len(ps)).
func afterStory(ps []para, start int) int {
	return afterStoryOf(ps, start, minTailStoryWords)
}

// afterStoryOf returns start when the paragraphs before it hold at least
// minWords words, else len(ps).
func afterStoryOf(ps []para, start, minWords int) int {
	story := 0
	for _, pa := range ps[:start] {
		story += words(pa.text)
	}
	if story < minWords {
		return len(ps)
	}
	return start
}

// tailRules find, in order, where the story's paragraphs end and a tail
// of another kind begins (len(ps): no such tail), and the kind it is
// counted as.
var tailRules = []struct {
	find func([]para) int
	kind Kind
}{
	// A typed rule and the short lines after it (oldlayouts.go) are read
	// before the other rules cut some of those lines.
	{trailingRuledTail, KindPromo},
	{trailingDatedList, KindRelated}, // datedlists.go
	{trailingTeasers, KindRelated},
	{trailingSnippets, KindRelated},
	{trailingLinkLines, KindRelated},
	{trailingContacts, KindMeta},
	{trailingContactBox, KindMeta},
	{trailingHelpBox, KindMeta},
	{trailingCreditBox, KindMeta},    // creditbox.go
	{trailingAgencyCodes, KindMeta},  // agencycodes.go
	{trailingNotice, KindDisclaimer}, // legaltail.go
}
