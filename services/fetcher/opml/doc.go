// Package opml reads OPML 1.0/2.0 subscription lists, the format feed
// readers export, into feed entries.
//
// Every outline with an xmlUrl is a feed, however deeply nested (folders
// are outlines without one); its source id is derived from the title (or
// the feed's host) unless the caller overrides it. Links are resolved
// against the document's URL; only absolute http(s) feeds are returned, and
// a feed listed twice is returned once.
package opml
