package classify

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestWeigh checks the two weights of a topic's evidence: for its
// threshold a title span counts twice, for its share of the story
// (salience, compared by Rule.Relative) three times; a span found twice
// counts once.
func TestWeigh(t *testing.T) {
	sc := &scratch{}
	sc.n.b = []byte("strike closes plants\nunions said the strike would go on and the match was played")
	sc.n.titleEnd = len("strike closes plants\n")
	body := int32(sc.n.titleEnd)
	tests := []struct {
		name   string
		ev     [][2]int32
		w, sal int
	}{
		{"title word", [][2]int32{{0, 6}}, 2, 3},
		{"body word", [][2]int32{{body, body + 6}}, 1, 1},
		{"title and body", [][2]int32{{0, 6}, {body + 16, body + 22}}, 3, 4},
		{"a span twice", [][2]int32{{0, 6}, {0, 6}, {body, body + 6}}, 3, 4},
		{"a word and a phrase it begins", [][2]int32{{body, body + 6}, {body, body + 11}}, 2, 2},
		{"none", nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, sal := sc.weigh(tt.ev)
			require.Equal(t, tt.w, w, "weight")
			require.Equal(t, tt.sal, sal, "salience")
		})
	}
}
