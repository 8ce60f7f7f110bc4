package classify

import (
	"slices"
	"testing"
)

func TestConflict(t *testing.T) {
	actor := func(s, e, a int32) mention { return mention{s: s, e: e, actor: a, place: -1} }
	place := func(s, e, p int32) mention { return mention{s: s, e: e, actor: -1, place: p} }
	for _, tc := range []struct {
		name string
		m, k mention
		want bool
	}{
		{"disjoint", actor(0, 5, 1), actor(5, 9, 2), false},
		{"actor over place", actor(0, 20, 1), place(8, 13, 3), true},
		{"two actors share an alias", actor(0, 5, 1), actor(0, 5, 2), false},
		{"same actor twice", actor(0, 5, 1), actor(0, 5, 1), true},
		{"longer actor alias", actor(0, 20, 1), actor(0, 13, 2), true},
		{"place and actor on one span", actor(0, 5, 1), place(0, 5, 3), true},
		{"exclusion over place", place(0, 13, notAPlace), place(6, 13, 3), true},
		{"exclusion does not touch actors", place(0, 13, notAPlace), actor(0, 5, 1), false},
	} {
		if got := conflict(tc.m, tc.k); got != tc.want {
			t.Errorf("%s: conflict = %v, want %v", tc.name, got, tc.want)
		}
		if got := conflict(tc.k, tc.m); got != tc.want {
			t.Errorf("%s: conflict (swapped) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestResolveRun(t *testing.T) {
	actor := func(s, e, a int32) mention { return mention{s: s, e: e, actor: a, place: -1} }
	place := func(s, e, p int32) mention { return mention{s: s, e: e, actor: -1, place: p} }
	for _, tc := range []struct {
		name string
		run  []mention
		want []mention
	}{
		{
			// "Islamic State of Iraq": the long name wins over the short
			// alias and the place inside it.
			"longest wins",
			[]mention{actor(0, 14, 1), actor(0, 21, 2), place(18, 21, 7)},
			[]mention{actor(0, 21, 2)},
		},
		{
			"actor before place on one span",
			[]mention{place(0, 7, 4), actor(0, 7, 1)},
			[]mention{actor(0, 7, 1)},
		},
		{
			"shared alias keeps both actors",
			[]mention{actor(0, 5, 1), actor(0, 5, 2)},
			[]mention{actor(0, 5, 2), actor(0, 5, 1)},
		},
		{
			"exclusion swallows the place",
			[]mention{place(0, 13, notAPlace), place(6, 13, 3)},
			[]mention{place(0, 13, notAPlace)},
		},
	} {
		prior := []mention{actor(100, 105, 9)}
		got := resolveRun(slices.Clone(tc.run), slices.Clone(prior))
		want := append(prior, tc.want...)
		if !slices.Equal(got, want) {
			t.Errorf("%s: resolveRun = %v, want %v", tc.name, got, want)
		}
	}
}
