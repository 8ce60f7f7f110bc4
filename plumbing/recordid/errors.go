package recordid

import "errors"

var (
	// ErrNotAbsolute is returned for a URL without scheme or host.
	ErrNotAbsolute = errors.New("recordid: URL is not absolute")
	// ErrScheme is returned for a URL whose scheme is not http or https.
	ErrScheme = errors.New("recordid: URL scheme is not http or https")
)

// ErrMismatch is returned by Check for a record whose id is not the id of
// the URL it carries.
var ErrMismatch = errors.New("recordid: record id does not match its URL")
