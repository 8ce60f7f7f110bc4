package extract

import "testing"

// TestSubheadBetween checks the subhead in the middle of the story's run
// over the second opinion's reading of the container's lines (kept lines'
// indexes, tokCandidate, tokPassLine, tokBreak, tokLine; in: the lines
// taken back). The pages of its kind are TestRestoreLines' es, it and pt
// stories. Guards: a label over the first kept line (a break or nothing
// before it), running text before it that is not taken back, a short
// line before it, a kept line before it (the rules cut the subhead
// between two kept lines), a next line that is not kept (headedTake's
// own rule).
func TestSubheadBetween(t *testing.T) {
	cases := []struct {
		name string
		tok  []int
		at   int // the subhead's line
		in   []int
		want bool
	}{
		{"between", []int{0, tokCandidate, tokCandidate, tokLine, 1, 2}, 3, []int{1, 2, 3}, true},
		{"pass lines around", []int{0, tokCandidate, tokPassLine, tokLine, tokPassLine, 1}, 3, []int{1, 3}, true},
		{"guard: label first", []int{tokLine, 0, 1}, 0, []int{0}, false},
		{"guard: label after a break", []int{tokBreak, tokLine, 0, 1}, 1, []int{1}, false},
		{"guard: not taken back", []int{tokCandidate, tokLine, 0, 1}, 1, []int{1}, false},
		{"guard: after a short line", []int{0, tokCandidate, tokLine, tokLine, 1}, 3, []int{1, 2, 3}, false},
		{"guard: after a kept line", []int{0, tokLine, 1}, 1, []int{1}, false},
		{"guard: over running text", []int{0, tokCandidate, tokLine, tokCandidate}, 2, []int{1, 2, 3}, false},
	}
	for _, c := range cases {
		in := map[int]bool{}
		for _, j := range c.in {
			in[j] = true
		}
		next := -1
		for j := c.at + 1; j < len(c.tok); j++ {
			if c.tok[j] != tokPassLine {
				next = j
				break
			}
		}
		if got := subheadBetween(c.at, next, c.tok, in); got != c.want {
			t.Errorf("%s: subheadBetween(%d, %d) = %v, want %v", c.name, c.at, next, got, c.want)
		}
	}
}
