package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/http"
	"syscall"
)

// Error kinds, the values of the `kind` attribute of newsflow.fetch.errors.
const (
	KindCanceled       = "canceled"
	KindTimeout        = "timeout"
	KindBlockedAddress = "blocked_address"
	KindRobots         = "robots"
	KindRedirects      = "redirects"
	KindTooLarge       = "too_large"
	KindNotHTML        = "not_html"
	KindEncoding       = "encoding"
	KindRateLimited    = "http_429"
	KindHTTP4xx        = "http_4xx"
	KindHTTP5xx        = "http_5xx"
	KindTLS            = "tls"
	KindDNS            = "dns"
	KindConnect        = "connect"
	KindOther          = "other"
)

// Kind names the class of a fetch error for metrics and feed health. An
// unreadable robots.txt is classed by its cause (connect, http_5xx…).
func Kind(err error) string {
	var (
		se      *StatusError
		dnsErr  *net.DNSError
		certErr *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		recErr  tls.RecordHeaderError
		opErr   *net.OpError
	)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.Canceled):
		return KindCanceled
	case errors.Is(err, ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return KindTimeout
	case errors.Is(err, ErrBlockedAddress):
		return KindBlockedAddress
	case errors.Is(err, ErrRobotsDisallowed):
		return KindRobots
	case errors.Is(err, ErrTooManyRedirects):
		return KindRedirects
	case errors.Is(err, ErrBodyTooLarge), errors.Is(err, ErrDecodedTooLarge):
		return KindTooLarge
	case errors.Is(err, ErrNotHTML):
		return KindNotHTML
	case errors.Is(err, ErrContentEncoding):
		return KindEncoding
	case errors.As(err, &se):
		switch {
		case se.Code == http.StatusTooManyRequests:
			return KindRateLimited
		case se.Code >= 500:
			return KindHTTP5xx
		default:
			return KindHTTP4xx
		}
	case errors.As(err, &certErr), errors.As(err, &unknown), errors.As(err, &host), errors.As(err, &recErr):
		return KindTLS
	case errors.As(err, &dnsErr):
		return KindDNS
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.As(err, &opErr):
		return KindConnect
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return KindTimeout
	}
	if errors.Is(err, ErrRobotsUnavailable) {
		return KindRobots
	}
	return KindOther
}
