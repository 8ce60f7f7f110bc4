// Package feed parses RSS, Atom and JSON Feed documents, plain and Google
// News sitemaps and sitemap indexes (gzipped or not) into a small,
// format-independent Item list.
//
// Parsing is delegated to github.com/mmcdole/gofeed. What this package adds
// is the newsflow view of an item: its link is always absolute (resolved
// against xml:base where the format has it, else against the URL the feed was
// fetched from), authors are plain names, and an item's language falls back
// to the feed's, and dates are read with named zones ("MSK", "IST") and in
// sloppy formats by ParseDate.
package feed
