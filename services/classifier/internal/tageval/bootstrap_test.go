package tageval

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestBootstrap(t *testing.T) {
	doc := func(found, falseTags, missed int, actorsExact, topicsExact bool) DocResult {
		r := DocResult{ActorsExact: actorsExact, TopicsExact: topicsExact}
		for range found {
			r.Found = append(r.Found, "a")
		}
		for range falseTags {
			r.False = append(r.False, "b")
		}
		for range missed {
			r.Missed = append(r.Missed, "c")
		}
		return r
	}
	repeat := func(n int, d ...DocResult) []DocResult {
		var out []DocResult
		for range n {
			out = append(out, d...)
		}
		return out
	}

	// Every document right: nothing to resample away from.
	perfect := bootstrap(repeat(20, doc(1, 0, 0, true, true)))
	require.Equal(t, Interval{1, 1}, perfect.ActorP)
	require.Equal(t, Interval{1, 1}, perfect.TopicExact)

	// Half the documents exact: the interval holds 0.5, and it narrows
	// as the sample grows.
	small := bootstrap(repeat(10, doc(1, 0, 0, true, true), doc(0, 1, 1, false, false)))
	large := bootstrap(repeat(200, doc(1, 0, 0, true, true), doc(0, 1, 1, false, false)))
	for _, iv := range []Interval{small.TopicExact, small.ActorP, small.ActorR, large.TopicExact} {
		require.LessOrEqual(t, iv.Lo, 0.5)
		require.GreaterOrEqual(t, iv.Hi, 0.5)
	}
	require.Less(t, large.TopicExact.Hi-large.TopicExact.Lo, small.TopicExact.Hi-small.TopicExact.Lo)
	require.Greater(t, small.TopicExact.Hi-small.TopicExact.Lo, 0.2, "20 documents cannot pin a rate to ±0.1")

	// The same documents give the same report.
	require.Equal(t, small, bootstrap(repeat(10, doc(1, 0, 0, true, true), doc(0, 1, 1, false, false))))
	require.Equal(t, Intervals{}, bootstrap(nil))
}
