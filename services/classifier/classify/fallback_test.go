package classify

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// TestFallbackRules checks that a fallback rule (taxonomy.Rule.Fallback)
// tags only a story that no other rule tags, and carries evidence when
// it does.
func TestFallbackRules(t *testing.T) {
	base, err := taxonomy.Default()
	require.NoError(t, err)
	tx := *base
	rule := func(id, code, q string, minEv int, fallback bool) taxonomy.Rule {
		e, err := taxonomy.ParseQuery(q)
		require.NoError(t, err)
		return taxonomy.Rule{ID: id, Code: code, Query: q, Expr: e, MinEvidence: minEv, Fallback: fallback}
	}
	const sport, soccer = "medtop:20000822", "medtop:20001065"
	tx.Rules = []taxonomy.Rule{
		rule("desk", sport, `(or/countunique>=3 (text_content any "referee stadium goal"))`, 3, false),
		rule("desk-fallback", soccer, `(or/countunique>=2 (text_content any "referee stadium goal defender club"))`, 3, true),
	}
	c, err := New(&tx)
	require.NoError(t, err)
	tests := []struct {
		name, title, text string
		want              []string // codes a rule gave (not inherited)
	}{
		{"the desk holds: no fallback", "", "The referee stopped the game at the stadium after the goal; the club said the defender was hurt.", []string{sport}},
		{"a brief only the fallback reads", "Club signs defender", "The defender joins on a three-year deal.", []string{soccer}},
		{"the fallback's threshold still holds", "", "The defender joins on a three-year deal.", nil},
		{"nothing", "", "Prices rose in December.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := c.Document(tt.title, tt.text)
			var got []string
			for _, tp := range tags.GetTopics() {
				require.NotEmpty(t, tp.GetEvidence(), "topic %s carries evidence", tp.GetCode())
				if !tp.GetInherited() {
					got = append(got, tp.GetCode())
				}
			}
			require.Equal(t, tt.want, got)
		})
	}
}

// TestGateAlternatives checks the gate test: every gate must be reached,
// except that of a run of alternatives (a desk's "strong cues or many
// weak ones") one is enough.
func TestGateAlternatives(t *testing.T) {
	c := &Classifier{gates: []gate{{min: 3}, {min: 1}, {min: 5, alt: true}, {min: 2}}}
	tests := []struct {
		name string
		hits []int32
		want bool
	}{
		{"all reached", []int32{3, 1, 5, 2}, true},
		{"the first alternative", []int32{3, 1, 0, 2}, true},
		{"the second alternative", []int32{3, 0, 5, 2}, true},
		{"no alternative", []int32{3, 0, 4, 2}, false},
		{"a plain gate before", []int32{2, 1, 5, 2}, false},
		{"a plain gate after", []int32{3, 1, 5, 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, c.reached(tt.hits, 0, 4))
		})
	}
	require.False(t, c.reached([]int32{3, 0, 4}, 0, 3), "a run of alternatives ending the rule's gates")
	require.True(t, c.reached([]int32{0, 0, 5}, 1, 3), "gates from lo on")
}
