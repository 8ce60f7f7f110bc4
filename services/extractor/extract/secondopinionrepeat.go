package extract

// minOnceChars is the least characters of a line's core that takenOnce
// reads as said already: a short line ("Yes.", a subhead) may well stand
// twice in a story.
const minOnceChars = 20

// onceSet holds the cores (repeatCore) of the lines of the text so far.
type onceSet map[string]bool

// takenOnce returns the cores of the kept lines: the second opinion takes
// back no line that says again, word for word, what the text says
// already (a kept line, or a line taken back before it: a pull quote or a
// teaser that repeats a paragraph of the story outside the chosen roots).
func takenOnce(kept []string) onceSet {
	s := make(onceSet, len(kept))
	for _, t := range kept {
		if c := repeatCore(t); len(c) >= minOnceChars {
			s[c] = true
		}
	}
	return s
}

// again reports whether the line t says again a line of s, and adds it
// to s when it does not.
func (s onceSet) again(t string) bool {
	c := repeatCore(t)
	if len(c) < minOnceChars {
		return false
	}
	if s[c] {
		return true
	}
	s[c] = true
	return false
}
