// Package recordid is the identity of a newsflow record: the canonical
// form of an article URL and the stable record id derived from it.
//
// Two links that a reader would call "the same article" (differing only in
// scheme or host case, a default port, a fragment, tracking parameters,
// query order, dot segments or percent-encoding case) map to one canonical
// URL and so to one id. URL is idempotent: URL(URL(u)) == URL(u). The
// canonical form is for identity only; fetch the link as the feed gave it.
//
// The fetcher derives every record's id here, and every later stage
// recomputes it (Check) from the URL the record carries, so that a record
// claiming another page's id is refused as forged. The id is part of the
// public record format: it must never change.
package recordid
