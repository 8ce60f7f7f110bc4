package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"time"
)

var (
	// ErrBlockedAddress is matched by errors from dialing a non-public
	// address that is not allow-listed.
	ErrBlockedAddress = errors.New("fetch: refusing non-public network address")
	// ErrScheme is returned for URLs (or redirect targets) that are not http(s).
	ErrScheme = errors.New("fetch: unsupported URL scheme")
	// ErrTooManyRedirects is returned when a redirect chain exceeds Config.MaxRedirects.
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
	// ErrBodyTooLarge is returned when the body on the wire exceeds Config.MaxBodyBytes.
	ErrBodyTooLarge = errors.New("fetch: body exceeds size limit")
	// ErrDecodedTooLarge is returned when the decompressed body exceeds
	// Config.MaxDecodedBytes (a decompression bomb, or just too big).
	ErrDecodedTooLarge = errors.New("fetch: decompressed body exceeds size limit")
	// ErrContentEncoding is returned for a Content-Encoding that was not asked for.
	ErrContentEncoding = errors.New("fetch: unsupported content encoding")
	// ErrNotHTML is matched by a *NotHTMLError: the page is not HTML and was skipped.
	ErrNotHTML = errors.New("fetch: not an HTML page")
	// ErrStatus is matched by a *StatusError.
	ErrStatus = errors.New("fetch: unexpected HTTP status")
	// ErrTimeout is returned when an attempt exceeds one of the timeouts.
	ErrTimeout = errors.New("fetch: timed out")
	// ErrRobotsDisallowed is returned for a page the host's robots.txt
	// forbids to our agent.
	ErrRobotsDisallowed = errors.New("fetch: disallowed by robots.txt")
	// ErrRobotsUnavailable is returned for a page whose host's robots.txt
	// could not be read (5xx, network error): transient, retried later.
	ErrRobotsUnavailable = errors.New("fetch: robots.txt unavailable")
)

// BlockedAddressError reports the address the SSRF guard refused.
type BlockedAddressError struct {
	Addr netip.Addr
}

func (e *BlockedAddressError) Error() string {
	return fmt.Sprintf("fetch: refusing non-public network address %s", e.Addr)
}

// Is makes errors.Is(err, ErrBlockedAddress) true.
func (e *BlockedAddressError) Is(target error) bool { return target == ErrBlockedAddress }

// StatusError is a final response with an unexpected status (after retries).
type StatusError struct {
	URL  string
	Code int
	// RetryAfter is the server's Retry-After, zero when it sent none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("fetch: HTTP %d %s from %q", e.Code, http.StatusText(e.Code), e.URL)
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Is makes errors.Is(err, ErrStatus) true.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// NotHTMLError says why a page was skipped: its media type is not HTML.
type NotHTMLError struct {
	URL         string
	ContentType string
}

func (e *NotHTMLError) Error() string {
	return fmt.Sprintf("fetch: skipping %q: content type %q is not HTML", e.URL, e.ContentType)
}

// Is makes errors.Is(err, ErrNotHTML) true.
func (e *NotHTMLError) Is(target error) bool { return target == ErrNotHTML }

// IsPermanent reports whether fetching the same URL again cannot succeed
// soon: the caller should give up on the URL rather than retry it.
func IsPermanent(err error) bool {
	for _, p := range []error{ErrBlockedAddress, ErrScheme, ErrTooManyRedirects, ErrBodyTooLarge, ErrDecodedTooLarge, ErrContentEncoding, ErrNotHTML, ErrRobotsDisallowed} {
		if errors.Is(err, p) {
			return true
		}
	}
	if se, ok := errors.AsType[*StatusError](err); ok {
		return se.Code >= 400 && se.Code < 500 && se.Code != http.StatusRequestTimeout &&
			se.Code != http.StatusTooManyRequests && se.Code != http.StatusTooEarly
	}
	return false
}
