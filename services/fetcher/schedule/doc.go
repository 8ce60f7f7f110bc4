// Package schedule runs the fetcher's polls across replicas.
//
// Every replica knows every feed (the YAML list it was given, plus the
// run-time feeds of the catalog) and every feed's state (a KV watch of the
// catalog). A feed is due when its NextPoll has passed, it is not
// disabled, and nobody holds its lease. A replica with a free poll slot
// claims a due feed by writing its state with a lease (owner, deadline)
// as a compare-and-set on the revision it saw: of several replicas that
// try, exactly one wins, the others see the conflict and move on. The
// winner polls within PollTimeout (the lease runs a margin longer), then
// writes the outcome — next poll, health, conditional-GET cache, lease
// cleared — with another compare-and-set.
//
// Invariants:
//
//   - No feed is polled twice at once, nor twice within one interval: a
//     claim needs NextPoll to have passed, and the poll that follows moves
//     it forward before the lease is cleared.
//   - No replica owns a feed between polls, so a dead replica's feeds are
//     simply claimed by the others when due; a poll it was in the middle
//     of is retried once its lease runs out (at most PollTimeout plus the
//     margin). A replica that shuts down cleanly hands its leases back.
//   - Intervals adapt: a feed that brings new items is polled at its
//     configured interval; one that answers 304, an identical body or only
//     items already seen is slowed by half again per poll up to
//     MaxIdleFactor times its interval. Its own ttl and the HTTP max-age or
//     Expires are honoured as lower bounds (capped by MaxHint), Retry-After
//     too. A failing feed backs off exponentially up to MaxBackoff and is
//     disabled after DisableAfter failures in a row, never dropped.
package schedule
