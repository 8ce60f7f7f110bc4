package feed

import "errors"

var (
	// ErrNotFeed is returned for a document that is not RSS, Atom, JSON
	// Feed or a sitemap.
	ErrNotFeed = errors.New("feed: document is not RSS, Atom, JSON Feed or a sitemap")
	// ErrTooLarge is returned for a gzipped document that inflates past
	// MaxSitemapBytes.
	ErrTooLarge = errors.New("feed: document too large after gunzip")
)
