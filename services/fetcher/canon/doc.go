// Package canon is the fetcher's view of record identity: the canonical
// form of an article URL and the stable record id derived from it, both
// defined once in plumbing/recordid (where every later stage checks them),
// and the normalised headline used to spot the same story under two links.
package canon
