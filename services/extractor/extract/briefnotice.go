package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A brief under the page's <h1> and a longer legal notice (an imprint, a
// disclaimer, terms) at the page's end, both in nested bare <div>s: the
// notice's block held more paragraphs and won the content choice, and the
// brief was lost (trailingNotice cuts a notice after a brief only when the
// brief's block won). The scorer's winner is the site's notice and the
// brief is the story when all of these hold:
//   - the winner does not hold the page's first <h1>, which comes before
//     it, and neither lies inside an <article> (a story's body after its
//     head block shares the story's <article>);
//   - the <h1>'s container does not hold the winner, and after the <h1> it
//     holds two or more sentence paragraphs (short unlinked lines such as
//     a date line aside), no heading and no link line, of at most
//     noticeBriefWords words: a brief, not a head block of headline,
//     subtitle and a lede cut short;
//   - the winner holds no heading and no link line, is no shorter than
//     noticeMinWords words and no longer than briefNoticeMaxWords, and
//     sits in a <footer> or role=contentinfo box or ends the page's text
//     (nothing with text but links follows it);
//   - the brief is a story by itself (storyWords reaches storyBarWords):
//     a story's head block holds a headline and a lede of a sentence or
//     two too short for one, and its body after it ended as the
//     "notice", the page a NO_TEXT non-article;
//   - the winner shares at most noticeMaxOverlap long words with the
//     headline and the brief: a story's own later block talks about what
//     its title names, a site's notice about the site.
// The brief's blocks are then the content; trailingNotice and the tail
// rules read them as they read any brief.

// briefNoticeMaxWords bounds the notice: a site's legal text under a brief
// is a few paragraphs, a story's body is not held to it.
const briefNoticeMaxWords = 400

// briefMetaLineWords bounds an unlinked line among the brief's paragraphs
// that does not end a sentence (a date line, a place).
const briefMetaLineWords = 8

// briefOverNotice returns the blocks of a brief under the page's <h1> when
// the winning block top is a site's notice after it, or nil.
func briefOverNotice(top *html.Node, st stats) []*html.Node {
	if v := st.get(top); v.words < noticeMinWords || v.words > briefNoticeMaxWords {
		return nil
	}
	if top.DataAtom == atom.Article || insideAny(top, atom.Article) || holdsElement(top, atom.Article) {
		return nil
	}
	h1 := firstAtom(docRoot(top), atom.H1)
	if h1 == nil || h1.Parent == nil || contains(top, h1) || isAncestor(h1.Parent, top) || !precedes(h1, top) || insideAny(h1, atom.Article) {
		return nil
	}
	notice := paragraphs([]*html.Node{top})
	if len(notice) == 0 {
		return nil
	}
	for _, pa := range notice {
		if pa.heading || pa.linked || pa.halfLinked {
			return nil
		}
	}
	// The brief: the blocks after the <h1> in its container.
	var blocks []*html.Node
	for s := h1.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && textOf(s) != "" {
			return nil
		}
		if s.Type == html.ElementNode && !skipSet.has(s.DataAtom) && textOf(s) != "" {
			blocks = append(blocks, s)
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	sentences, brief := 0, 0
	own := longWords(textOf(h1))
	var texts []string
	for _, pa := range paragraphs(blocks) {
		texts = append(texts, pa.text)
		w := words(pa.text)
		switch {
		case pa.heading || pa.linked || pa.halfLinked:
			return nil
		case endsSentence(pa.text):
			sentences++
		case w > briefMetaLineWords:
			return nil
		}
		brief += w
		for k := range longWords(pa.text) {
			own[k] = true
		}
	}
	// The brief is the story: a lede too short to be one is a head
	// block's, and the block after it the story's body.
	if sentences < 2 || brief > noticeBriefWords || storyWords(texts, brief, textOf(h1)) < storyBarWords {
		return nil
	}
	// The notice ends the page (its text reads the rest of the page,
	// so it is asked last).
	if !insideAny(top, atom.Footer) && !insideContentInfo(top) && !endsPageText(top) {
		return nil
	}
	shared := 0
	seen := map[string]bool{}
	for _, pa := range notice {
		for k := range longWords(pa.text) {
			if own[k] && !seen[k] {
				seen[k] = true
				if shared++; shared > noticeMaxOverlap {
					return nil
				}
			}
		}
	}
	return blocks
}
