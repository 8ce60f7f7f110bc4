// Package canon turns article URLs into a canonical form and derives the
// stable record id from it.
//
// Two links that a reader would call "the same article" (differing only in
// scheme or host case, a default port, a fragment, tracking parameters,
// query order, dot segments or percent-encoding case) map to one canonical
// URL and so to one id. URL is idempotent: URL(URL(u)) == URL(u). The
// canonical form is for identity only; fetch the link as the feed gave it.
package canon
