package extract

// maxCommentMarkerWords bounds a comment-control line ("Report this
// comment", "Reply").
const maxCommentMarkerWords = 6

// minStoryBeforeThread is how many words of story must precede a comment
// thread found by its repeated control lines.
const minStoryBeforeThread = 50

// commentThread finds reader comments that have no opening line: the same
// control line ("Report this comment", "Reply") repeats at a fixed period
// after the story. It returns the index of the first comment's first
// paragraph, or -1. The period between the first two markers is the size of
// one comment; the comment starts that many paragraphs before its marker when
// that paragraph is a short header line ("Posted by X on ...") like the one a
// period later, else at the marker itself.
func (p *page) commentThread(raw []para, total int) int {
	var marks []int
	for i, pa := range raw {
		if len(pa.text) > 80 || words(pa.text) > maxCommentMarkerWords {
			continue
		}
		if p.e.rules.paragraph(pa.text) == KindComments {
			marks = append(marks, i)
		}
	}
	if len(marks) < 2 {
		return -1
	}
	period := marks[1] - marks[0]
	if period < 1 || period > 8 {
		return -1
	}
	start := marks[0]
	if s := marks[0] - period + 1; s >= 0 && s < marks[0] && s+period < len(raw) &&
		words(raw[s].text) <= 15 && words(raw[s+period].text) <= 15 {
		start = s
	}
	if len(marks) > 2 && marks[2]-marks[1] != period {
		return -1
	}
	before := 0
	for _, pa := range raw[:start] {
		before += words(pa.text)
	}
	// The repetition is evidence enough that comments may outweigh the
	// story, but some story must come first.
	if before < minStoryBeforeThread && before*2 < total {
		return -1
	}
	return start
}
