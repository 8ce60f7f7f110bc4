package classify

import (
	"slices"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
)

// resolveRun appends the winners of a run of overlapping candidates to
// accepted, in order of start: the longest first, then the earliest; an
// actor and a place on the same span keep the actor; two actors on the
// same span (an alias two actors share) both stay.
func resolveRun(run []mention, accepted []mention) []mention {
	slices.SortFunc(run, func(a, b mention) int {
		if la, lb := a.e-a.s, b.e-b.s; la != lb {
			return int(lb - la)
		}
		if a.s != b.s {
			return int(a.s - b.s)
		}
		return int(b.actor - a.actor) // actors before places at the same span
	})
	base := len(accepted)
	for _, m := range run {
		overlaps := false
		for _, k := range accepted[base:] {
			if conflict(m, k) {
				overlaps = true
				break
			}
		}
		if !overlaps {
			accepted = append(accepted, m)
		}
	}
	slices.SortFunc(accepted[base:], func(a, b mention) int { return int(a.s - b.s) })
	return accepted
}

// conflict reports whether two overlapping candidates exclude each other.
func conflict(m, k mention) bool {
	if m.s >= k.e || k.s >= m.e {
		return false
	}
	if m.place == notAPlace || k.place == notAPlace {
		return m.actor < 0 && k.actor < 0 // an exclusion only competes with places
	}
	// Two actors on the same span share an alias; both stay.
	return m.s != k.s || m.e != k.e || m.actor < 0 || k.actor < 0 || m.actor == k.actor
}

// resolve keeps the longest of overlapping actor matches, drops places
// inside actor names ("Islamic State of Iraq"), and builds the tags.
func (c *Classifier) resolve(sc *scratch) ([]*newsv1.ActorTag, []*newsv1.PlaceTag) {
	resolveOverlaps(sc)
	c.readMentions(sc)
	return c.buildTags(sc)
}

// resolveOverlaps moves the winners among sc.cands into sc.accepted. Two
// readings of the same words cannot both be true ("Islamic State" the group
// and "Islamic State of Iraq" its longer alias; "Georgia" the place inside a
// group's name), so overlapping candidates compete.
func resolveOverlaps(sc *scratch) {
	// Candidates come in order of start. Only candidates in one run of
	// overlapping ones compete, so each run is resolved on its own
	// (usually a run of one).
	cands := sc.cands
	for lo := 0; lo < len(cands); {
		hi, end := lo+1, cands[lo].e
		for hi < len(cands) && cands[hi].s < end {
			end = max(end, cands[hi].e)
			hi++
		}
		if hi-lo == 1 {
			sc.accepted = append(sc.accepted, cands[lo])
		} else {
			sc.accepted = resolveRun(cands[lo:hi], sc.accepted)
		}
		lo = hi
	}
}
