// Package redact hides the secrets a URL can carry before it leaves the
// fetcher in a log line, a metric label, a span attribute, an error
// message, a record or the command line's output.
//
// Feed URLs often authenticate with userinfo (https://user:pass@host/) or
// a query token (?api_key=…, ?token=…), and item links of paid feeds echo
// such tokens. Which query parameter is secret cannot be told from its name
// in general, so every query value, the userinfo and the fragment are
// replaced by "REDACTED"; the scheme, host, path and query keys stay, so
// that an operator can still tell the feeds apart. Invariants: the output
// never contains a userinfo, query value or fragment of the input; URL is
// idempotent; text without URLs is returned unchanged.
package redact
