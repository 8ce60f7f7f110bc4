package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// checkRetry retries network errors, 5xx (but 501) and 429/503, and never
// what another attempt cannot change: a refused address, a redirect loop, a
// bad scheme or certificate, or a Retry-After longer than we will wait.
func (c *Client) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return false, ctxErr
	}
	if err != nil {
		var certErr *tls.CertificateVerificationError
		var unknownAuth x509.UnknownAuthorityError
		var hostErr x509.HostnameError
		switch {
		case errors.Is(err, ErrBlockedAddress), errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrScheme),
			errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
			return false, nil
		}
		return true, nil
	}
	switch code := resp.StatusCode; {
	case code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable:
		if d, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok && d > c.cfg.MaxRetryAfter {
			return false, nil
		}
		return true, nil
	case code >= 500 && code != http.StatusNotImplemented:
		return true, nil
	}
	return false, nil
}

// backoff waits what Retry-After asks on 429/503, else min·2^attempt capped
// at max, with jitter over the upper half so that replicas hitting one
// failing host spread out.
func (c *Client) backoff(lo, hi time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if d, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			return min(d, c.cfg.MaxRetryAfter)
		}
	}
	d := hi
	if attempt < 32 {
		if e := lo << attempt; e > 0 && e < hi {
			d = e
		}
	}
	if d <= 0 {
		return 0
	}
	return d/2 + rand.N(d/2+1)
}

// retryAfter parses a Retry-After value: delay-seconds or an HTTP-date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil {
		if s < 0 {
			return 0, false
		}
		return time.Duration(min(s, int64(24*time.Hour/time.Second))) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}
