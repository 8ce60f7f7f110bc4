package poll

import (
	"errors"

	"github.com/newsflow/newsflow/services/fetcher/feed"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
)

// ErrParse wraps a feed document that could not be parsed.
var ErrParse = errors.New("poll: unreadable feed document")

// Error kinds beyond fetch's, for newsflow.fetch.errors{kind}.
const (
	KindParse   = "parse"
	KindNotFeed = "not_feed"
	KindPublish = "publish"
	KindSeenSet = "seen_set"
	KindBuild   = "build"
)

// ErrorKind names the class of a poll error (fetch.Kind, plus parse errors).
func ErrorKind(err error) string {
	switch {
	case errors.Is(err, feed.ErrNotFeed):
		return KindNotFeed
	case errors.Is(err, ErrParse):
		return KindParse
	}
	return fetch.Kind(err)
}
