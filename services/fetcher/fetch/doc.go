// Package fetch is the fetcher's HTTP client for feeds and article pages.
//
// Every request goes through the same guarded path:
//
//   - An SSRF guard runs at dial time (net.Dialer.Control), after DNS
//     resolution, on every address actually connected to, so neither a
//     redirect nor DNS rebinding can reach loopback, link-local (cloud
//     metadata at 169.254.169.254), private, CGNAT, multicast, reserved or
//     unspecified addresses. Only Config.AllowCIDRs opens a range, for
//     development and tests. Environment proxies are ignored for the same
//     reason: a proxy would be the only address the guard sees.
//   - Politeness: at most one request in flight per host and at least
//     Config.HostInterval between the end of one request and the start of
//     the next, retries included.
//   - Timeouts for connect, response headers and the whole attempt (body
//     included, so a slow drip cannot hold a worker), a redirect limit, and
//     retries with exponential backoff and jitter on network errors, 5xx and
//     429/503 (honouring Retry-After up to Config.MaxRetryAfter) through
//     github.com/hashicorp/go-retryablehttp.
//   - The body is streamed under two caps, on the wire and after gzip
//     decoding; exceeding either is an error, never a silent truncation.
//
// Page bodies are returned as served (not transcoded); the declared and the
// detected charset are reported beside them. Errors that retrying cannot fix
// satisfy IsPermanent.
package fetch
