package canon

import "errors"

var (
	// ErrNotAbsolute is returned for a URL without scheme or host.
	ErrNotAbsolute = errors.New("canon: URL is not absolute")
	// ErrScheme is returned for a URL whose scheme is not http or https.
	ErrScheme = errors.New("canon: URL scheme is not http or https")
)
