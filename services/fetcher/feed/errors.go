package feed

import "errors"

// ErrNotFeed is returned for a document that is not RSS, Atom or JSON Feed.
var ErrNotFeed = errors.New("feed: document is not RSS, Atom or JSON Feed")
