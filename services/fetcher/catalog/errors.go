package catalog

import "errors"

var (
	// ErrNotFound is returned for a feed the catalog does not know.
	ErrNotFound = errors.New("catalog: no such feed")
	// ErrConflict is returned when a compare-and-set lost to another writer.
	ErrConflict = errors.New("catalog: entry changed concurrently")
)
