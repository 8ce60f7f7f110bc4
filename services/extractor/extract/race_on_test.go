//go:build race

package extract

// raceEnabled says the tests run under the race detector. There sync.Pool
// drops items at random (on purpose, to find misuse), so the regexp
// package's pooled backtracking state is allocated afresh on most matches
// and a page of 18,000 short lines allocates gigabytes it never allocates
// in a normal build. Allocation bounds are a property of the normal build.
const raceEnabled = true
