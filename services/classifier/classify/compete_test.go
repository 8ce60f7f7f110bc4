package classify

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// TestChildCompetition checks Competition.ChildShare: in a war story, a
// sentence on a past terror attack meets the act-of-terror rule (which has no
// Relative share of its own) but weighs far less than the armed conflict
// (both children of conflict, war and peace), so it gives way; without competition it would stay.
func TestChildCompetition(t *testing.T) {
	const (
		conflict = "medtop:20000056"
		terror   = "medtop:20000053"
	)
	title := "Army presses offensive as troops shell rebel positions"
	text := "Government troops pressed their offensive on Tuesday, shelling rebel positions along the front line with artillery and airstrikes. " +
		"The army said soldiers had taken two villages after heavy fighting, and the rebels said they had repelled the invasion of their territory. " +
		"The war has displaced thousands, and clashes between the armed forces and rebel militias continued after a ceasefire collapsed. " +
		"Military commanders said more troops and warplanes were on their way, and the rebels fired rockets at army bases. " +
		"The region was hit by a terror attack last year, when a suicide bomber struck a market, and officials warned of terrorism."
	c := newTestClassifier(t)
	require.NotNil(t, c.tax.Competition, "the shipped taxonomy sets a competition")
	got := topicCodes(c.Document(title, text))
	require.Contains(t, got, conflict)
	require.NotContains(t, got, terror)

	tax := *c.tax
	tax.Competition = &taxonomy.Competition{}
	plain, err := New(&tax)
	require.NoError(t, err)
	require.Contains(t, topicCodes(plain.Document(title, text)), terror, "without competition the attack sentence tags an act of terror")
}
