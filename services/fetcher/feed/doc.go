// Package feed parses RSS, Atom and JSON Feed documents into a small,
// format-independent Item list.
//
// Parsing is delegated to github.com/mmcdole/gofeed. What this package adds
// is the newsflow view of an item: its link is always absolute (resolved
// against xml:base where the format has it, else against the URL the feed was
// fetched from), authors are plain names, and an item's language falls back
// to the feed's.
package feed
